#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>

namespace isb::cli {

/// Every option of image-share-cli, each declared once: the shared ones that CommandLine reads for every
/// command that takes them, and those that a few commands take (a command lists them in its options()).
/// Descriptions are translated when called: install the translator first.
class CommandOptions final {
    Q_DECLARE_TR_FUNCTIONS(isb::cli::CommandOptions)

public:
    // Shared (see CommandSpec::SharedOption).
    static QCommandLineOption help();
    static QCommandLineOption version();
    static QCommandLineOption endpoint();
    static QCommandLineOption profile();
    static QCommandLineOption signature();
    static QCommandLineOption format();
    static QCommandLineOption output();
    static QCommandLineOption timeout();

    // Of one command or a few.
    static QCommandLineOption language();
    static QCommandLineOption region();
    static QCommandLineOption name();
    static QCommandLineOption image();
    static QCommandLineOption page();
    static QCommandLineOption pageSize();
    static QCommandLineOption all();
    static QCommandLineOption allImages();
    static QCommandLineOption sharedWithMe(); // images --shared-with-me
    static QCommandLineOption bom();
    static QCommandLineOption pool();
    static QCommandLineOption patience();
    static QCommandLineOption managedProfile(); // credentials set, delete, default --profile
    static QCommandLineOption accessKeyId();
    static QCommandLineOption profileRegion(); // credentials set --region
    static QCommandLineOption withSecurityToken();
    static QCommandLineOption roleArn();           // credentials set --role-arn: a role profile
    static QCommandLineOption sourceProfile();     // credentials set --source-profile NAME|env
    static QCommandLineOption sessionName();       // credentials set --session-name
    static QCommandLineOption externalId();        // credentials set --external-id
    static QCommandLineOption duration();          // credentials set --duration SECONDS
    static QCommandLineOption accounts();          // --accounts FILE: another account book
    static QCommandLineOption label();             // accounts set --label
    static QCommandLineOption trust();             // accounts set --trust
    static QCommandLineOption add();               // share --add ACCOUNT
    static QCommandLineOption remove();            // share --remove ACCOUNT
    static QCommandLineOption makePrivate();       // share --private
    static QCommandLineOption account();           // revoke --account ACCOUNT
    static QCommandLineOption resourceDirectory(); // audit, check --resource-directory
    static QCommandLineOption roleName();          // audit, check --role-name NAME
    // audit, check --external-id X: the same option name as credentials set's, with its own help text
    static QCommandLineOption memberExternalId();
    static QCommandLineOption memberAccount(); // audit, check --account ID (with --resource-directory)
    // revoke --member ID (with --resource-directory): revoke's --account is the account revoked
    static QCommandLineOption revokeMember();
    static QCommandLineOption yes();      // share, revoke, undo: apply without asking
    static QCommandLineOption planOnly(); // share, revoke, undo --plan

    /// The long name with its dashes: "--page-size".
    static QString dashed(const QCommandLineOption &option);
};

} // namespace isb::cli
