#pragma once

#include "EcsClient.h"

#include <QString>
#include <QStringList>

namespace isb::cli {

enum class Command { Regions, Images, Permissions, Export, Audit, Diff };
enum class OutputFormat { Table, Csv, Json };

/// A validated command line: everything a CliRunner needs, nothing left to check.
struct CliRequest {
    Command command = Command::Regions;
    OutputFormat format = OutputFormat::Table;
    QString outputFile; // empty: standard output
    QString profile;    // --profile: a saved profile, or "Environment"; empty: the resolution order decides
    ClientOptions client;

    QString language = QStringLiteral("en-US"); // regions
    QString regionId;                           // images, permissions
    QString imageName;                          // images: fuzzy name filter
    QString imageId;                            // permissions, export
    int pageNumber = 1;
    int pageSize = 10; // the API's default
    bool allPages = false;
    bool allImages = false;     // export: every custom image of the region instead of --image
    bool byteOrderMark = false; // export --format csv: start with a UTF-8 BOM for Excel

    QStringList regionIds; // audit: --region, repeatable; empty: every region
    int poolSize = 8;      // audit: --pool, requests in flight at most
    QStringList diffFiles; // diff: OLD.json NEW.json
};

} // namespace isb::cli
