#pragma once

#include "EcsClient.h"
#include "RoleSpec.h"

#include <QString>
#include <QStringList>

namespace isb::cli {

enum class Command {
    Regions,
    Images,
    Permissions,
    Export,
    Audit,
    Diff,
    CredentialsSet,
    CredentialsList,
    CredentialsDelete,
    CredentialsDefault,
    AccountsList,
    AccountsSet,
    AccountsDelete,
    AccountsImport,
    AccountsExport,
    Check,
    Share,
    Revoke,
    History,
    Undo
};
enum class OutputFormat { Table, Csv, Json };

/// A validated command line: everything a command's execute() needs, nothing left to check.
struct CliRequest {
    Command command = Command::Regions;
    OutputFormat format = OutputFormat::Table;
    QString outputFile; // empty: standard output
    // --profile: the saved profile (or "Environment") to use; empty: the resolution order decides (see the
    // top-level README, "Credentials"). For credentials set, delete and default: the profile to manage.
    QString profile;
    ClientOptions client;

    QString language = QStringLiteral("en-US"); // regions
    QString regionId;                           // images, permissions, export; credentials set
    QString imageName;                          // images: fuzzy name filter
    bool sharedWithMe = false;                  // images --shared-with-me: others' images shared with you
    QString imageId;                            // permissions, export
    int pageNumber = 1;
    int pageSize = 10; // the API's default
    bool allPages = false;
    bool allImages = false;     // export: every custom image of the region instead of --image
    bool byteOrderMark = false; // export --format csv: start with a UTF-8 BOM for Excel

    QStringList regionIds;          // audit: --region, repeatable; empty: every region
    int poolSize = 8;               // audit: --pool, requests in flight at most
    int patienceSeconds = 120;      // audit: --patience, AuditOptions::patience
    bool resourceDirectory = false; // audit, check, revoke: --resource-directory, every account of it
    QString roleName;               // audit, check, revoke: --role-name; empty: OrganisationOptions' default
    QString externalId;             // audit, check, revoke: --external-id for the members' AssumeRole
    QStringList memberAccountIds;   // audit, check --account; revoke --member; repeatable; empty: all
    QStringList diffFiles;          // diff: OLD.json NEW.json

    // --accounts FILE: the account book to use instead of the saved one (AccountBook::defaultFilePath()).
    QString accountsFile;
    QString accountId;          // accounts set, delete
    QString label;              // accounts set --label
    bool hasLabel = false;      // accounts set: --label given (an empty one clears the label)
    QString trust;              // accounts set --trust: "own", "trusted" or "" (none)
    bool hasTrust = false;      // accounts set: --trust given
    QString accountsOperand;    // accounts import FILE, accounts export FILE
    QStringList addAccounts;    // share --add
    QStringList removeAccounts; // share --remove
    bool makePrivate = false;   // share --private
    QString account;            // revoke --account
    bool assumeYes = false;     // share, revoke, undo --yes
    bool planOnly = false;      // share, revoke, undo --plan
    int journalEntry = 0;       // undo ENTRY (1 = oldest); 0: the latest

    QString accessKeyId;            // credentials set
    bool withSecurityToken = false; // credentials set: read the STS token after the secret
    // credentials set --role-arn: a role profile (CredentialProfile::Source::Role); roleSpec.roleArn empty
    // otherwise. sourceProfile is a profile name, or ProfileStore::environmentProfileName() for `env`.
    RoleSpec roleSpec;
    QString sourceProfile;
};

} // namespace isb::cli
