#pragma once

#include "EcsClient.h"

#include <QString>

namespace isb::cli {

enum class Command { Regions, Images, Permissions };
enum class OutputFormat { Table, Csv, Json };

/// A validated command line: everything a CliRunner needs, nothing left to check.
struct CliRequest {
    Command command = Command::Regions;
    OutputFormat format = OutputFormat::Table;
    QString outputFile; // empty: standard output
    ClientOptions client;

    QString language = QStringLiteral("en-US"); // regions
    QString regionId;                           // images, permissions
    QString imageName;                          // images: fuzzy name filter
    QString imageId;                            // permissions
    int pageNumber = 1;
    int pageSize = 10; // the API's default
    bool allPages = false;
};

} // namespace isb::cli
