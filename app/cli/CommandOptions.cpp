#include "CommandOptions.h"

namespace isb::cli {

// The descriptions written before the commands had classes keep their context, "isb::cli::CommandLine", so
// that their translations still match.

QCommandLineOption CommandOptions::help() {
    return {{QStringLiteral("h"), QStringLiteral("help")},
            QCoreApplication::translate("isb::cli::CommandLine", "Show this help and exit.")};
}

QCommandLineOption CommandOptions::version() {
    return {{QStringLiteral("v"), QStringLiteral("version")},
            QCoreApplication::translate("isb::cli::CommandLine", "Show the version and exit.")};
}

QCommandLineOption CommandOptions::endpoint() {
    return {QStringLiteral("endpoint"),
            QCoreApplication::translate("isb::cli::CommandLine",
                                        "Send every request to URL (https; http only to localhost). Default: "
                                        "the region's public endpoint."),
            QStringLiteral("URL")};
}

QCommandLineOption CommandOptions::profile() {
    return {QStringLiteral("profile"),
            //: Keep `credentials list` and "Environment" as they are: a command and a profile name.
            QCoreApplication::translate("isb::cli::CommandLine",
                                        "Use the saved credentials profile NAME (see `credentials list`), or "
                                        "\"Environment\" for the ALIBABA_CLOUD_* variables."),
            QStringLiteral("NAME")};
}

QCommandLineOption CommandOptions::signature() {
    return {QStringLiteral("signature"),
            QCoreApplication::translate("isb::cli::CommandLine", "Signature scheme: v3 (default) or v1."),
            QStringLiteral("v3|v1"), QStringLiteral("v3")};
}

QCommandLineOption CommandOptions::format() {
    return {
        QStringLiteral("format"),
        QCoreApplication::translate("isb::cli::CommandLine", "Output format: table (default), csv or json."),
        QStringLiteral("table|csv|json"), QStringLiteral("table")};
}

QCommandLineOption CommandOptions::output() {
    return {QStringLiteral("output"),
            QCoreApplication::translate(
                "isb::cli::CommandLine",
                "Write the result to FILE (replaced only when complete) instead of standard output."),
            QStringLiteral("FILE")};
}

QCommandLineOption CommandOptions::timeout() {
    return {QStringLiteral("timeout"),
            QCoreApplication::translate(
                "isb::cli::CommandLine",
                "Give up on one attempt after SECONDS (default 10; failed attempts are retried)."),
            QStringLiteral("SECONDS")};
}

QCommandLineOption CommandOptions::language() {
    return {QStringLiteral("language"),
            //: LocalName is a field of the DescribeRegions API.
            QCoreApplication::translate(
                "isb::cli::CommandLine",
                "regions: language of LocalName: en-US (default), zh-CN, zh-TW, ja, fr, de, ko."),
            QStringLiteral("LANG"), QStringLiteral("en-US")};
}

QCommandLineOption CommandOptions::region() {
    return {QStringLiteral("region"),
            QCoreApplication::translate("isb::cli::CommandLine",
                                        "images, permissions: region id, e.g. cn-hangzhou."),
            QStringLiteral("REGION")};
}

QCommandLineOption CommandOptions::name() {
    return {
        QStringLiteral("name"),
        QCoreApplication::translate("isb::cli::CommandLine", "images: only images whose name contains TEXT."),
        QStringLiteral("TEXT")};
}

QCommandLineOption CommandOptions::image() {
    return {QStringLiteral("image"),
            QCoreApplication::translate("isb::cli::CommandLine", "permissions: image id, e.g. m-bp1abc."),
            QStringLiteral("ID")};
}

QCommandLineOption CommandOptions::page() {
    return {
        QStringLiteral("page"),
        QCoreApplication::translate("isb::cli::CommandLine", "permissions: page number, from 1 (default 1)."),
        QStringLiteral("N")};
}

QCommandLineOption CommandOptions::pageSize() {
    return {QStringLiteral("page-size"),
            QCoreApplication::translate("isb::cli::CommandLine",
                                        "permissions: accounts per page, 1-50 (default 10)."),
            QStringLiteral("N")};
}

QCommandLineOption CommandOptions::all() {
    return {QStringLiteral("all"),
            QCoreApplication::translate(
                "isb::cli::CommandLine",
                "permissions: fetch every page and merge them. diff: also list unchanged grants.")};
}

QCommandLineOption CommandOptions::allImages() {
    return {QStringLiteral("all-images"),
            QCoreApplication::translate(
                "isb::cli::CommandLine",
                "export: every custom image of the region (all statuses), instead of --image.")};
}

QCommandLineOption CommandOptions::sharedWithMe() {
    return {QStringLiteral("shared-with-me"),
            QCoreApplication::translate("isb::cli::CommandLine",
                                        "images: the images other accounts share with you (with their "
                                        "ImageOwnerId), instead of your own.")};
}

QCommandLineOption CommandOptions::bom() {
    return {QStringLiteral("bom"),
            QCoreApplication::translate("isb::cli::CommandLine",
                                        "export --format csv: start the file with a UTF-8 BOM for Excel.")};
}

QCommandLineOption CommandOptions::pool() {
    return {QStringLiteral("pool"),
            QCoreApplication::translate(
                "isb::cli::CommandLine",
                "audit: requests in flight at most, 1-64 (default 8); fewer when throttled."),
            QStringLiteral("N")};
}

QCommandLineOption CommandOptions::patience() {
    return {QStringLiteral("patience"),
            tr("audit: seconds to wait while every answer is throttling before the lookups left fail, "
               "1-86400 (default 120)."),
            QStringLiteral("SECONDS")};
}

QCommandLineOption CommandOptions::managedProfile() {
    return {QStringLiteral("profile"), tr("credentials: the profile to save, delete or make the default."),
            QStringLiteral("NAME")};
}

QCommandLineOption CommandOptions::accessKeyId() {
    return {QStringLiteral("access-key-id"),
            tr("credentials set: the AccessKey ID (the secret is read from standard input)."),
            QStringLiteral("ID")};
}

QCommandLineOption CommandOptions::profileRegion() {
    return {QStringLiteral("region"), tr("credentials set: the profile's region, e.g. cn-hangzhou."),
            QStringLiteral("REGION")};
}

QCommandLineOption CommandOptions::withSecurityToken() {
    return {QStringLiteral("with-security-token"),
            tr("credentials set: also read an STS security token, on the line after the secret.")};
}

QCommandLineOption CommandOptions::roleArn() {
    return {QStringLiteral("role-arn"),
            tr("credentials set: save a role profile that assumes ARN (acs:ram::<account>:role/<name>) with "
               "the keys of --source-profile."),
            QStringLiteral("ARN")};
}

QCommandLineOption CommandOptions::sourceProfile() {
    return {QStringLiteral("source-profile"),
            tr("credentials set --role-arn: the profile whose keys assume the role; env for the "
               "ALIBABA_CLOUD_ACCESS_KEY_* variables."),
            QStringLiteral("NAME")};
}

QCommandLineOption CommandOptions::sessionName() {
    return {QStringLiteral("session-name"),
            tr("credentials set --role-arn: the RoleSessionName, 2-64 of A-Z a-z 0-9 . @ _ - (default "
               "image-share-browser)."),
            QStringLiteral("NAME")};
}

QCommandLineOption CommandOptions::externalId() {
    return {QStringLiteral("external-id"),
            tr("credentials set --role-arn: the ExternalId the role's trust policy asks for."),
            QStringLiteral("ID")};
}

QCommandLineOption CommandOptions::duration() {
    return {QStringLiteral("duration"),
            tr("credentials set --role-arn: how long each temporary key lives, 900-43200 seconds (default "
               "3600)."),
            QStringLiteral("SECONDS")};
}

QCommandLineOption CommandOptions::add() {
    return {QStringLiteral("add"),
            QCoreApplication::translate("isb::cli::CommandOptions",
                                        "share: let ACCOUNT (an account ID) launch the image; repeatable."),
            QStringLiteral("ACCOUNT")};
}

QCommandLineOption CommandOptions::remove() {
    return {QStringLiteral("remove"),
            QCoreApplication::translate("isb::cli::CommandOptions",
                                        "share: take the image away from ACCOUNT; repeatable."),
            QStringLiteral("ACCOUNT")};
}

QCommandLineOption CommandOptions::makePrivate() {
    return {QStringLiteral("private"),
            QCoreApplication::translate("isb::cli::CommandOptions",
                                        "share: remove share group all (every account); the image becomes "
                                        "private. No command makes an image public.")};
}

QCommandLineOption CommandOptions::account() {
    return {QStringLiteral("account"),
            QCoreApplication::translate("isb::cli::CommandOptions",
                                        "revoke: the account ID to take every image away from."),
            QStringLiteral("ACCOUNT")};
}

QCommandLineOption CommandOptions::yes() {
    return {QStringLiteral("yes"),
            QCoreApplication::translate("isb::cli::CommandOptions",
                                        "share, revoke, undo: apply the plan without asking. Without a "
                                        "terminal and without --yes nothing is changed (exit 2).")};
}

QCommandLineOption CommandOptions::planOnly() {
    return {QStringLiteral("plan"),
            QCoreApplication::translate("isb::cli::CommandOptions",
                                        "share, revoke, undo: print the plan and exit 0; change nothing.")};
}

QString CommandOptions::dashed(const QCommandLineOption &option) {
    return QStringLiteral("--") + option.names().constLast();
}

QCommandLineOption CommandOptions::resourceDirectory() {
    return {
        QStringLiteral("resource-directory"),
        QCoreApplication::translate("isb::cli::CommandOptions",
                                    "Every account of the caller's Resource Directory: the members through "
                                    "their RAM role, the caller's own account with its credentials.")};
}

QCommandLineOption CommandOptions::roleName() {
    return {QStringLiteral("role-name"),
            QCoreApplication::translate("isb::cli::CommandOptions",
                                        "With --resource-directory: the role assumed in each member "
                                        "(default ResourceDirectoryAccountAccessRole)."),
            QStringLiteral("NAME")};
}

QCommandLineOption CommandOptions::memberExternalId() {
    return {
        QStringLiteral("external-id"),
        QCoreApplication::translate("isb::cli::CommandOptions",
                                    "With --resource-directory: the ExternalId the members' roles ask for."),
        QStringLiteral("ID")};
}

QCommandLineOption CommandOptions::memberAccount() {
    return {QStringLiteral("account"),
            QCoreApplication::translate("isb::cli::CommandOptions",
                                        "With --resource-directory: audit only this account of the directory "
                                        "(repeatable)."),
            QStringLiteral("ID")};
}

QCommandLineOption CommandOptions::revokeMember() {
    return {QStringLiteral("member"),
            QCoreApplication::translate("isb::cli::CommandOptions",
                                        "revoke, with --resource-directory: change only the images of this "
                                        "account of the directory (repeatable; --account is the account "
                                        "revoked)."),
            QStringLiteral("ID")};
}

QCommandLineOption CommandOptions::accounts() {
    return {QStringLiteral("accounts"),
            tr("Use the account book FILE (AccountId,Label,Trust) instead of the saved one."),
            QStringLiteral("FILE")};
}

QCommandLineOption CommandOptions::label() {
    return {QStringLiteral("label"), tr("accounts set: the account's label (empty to clear it)."),
            QStringLiteral("TEXT")};
}

QCommandLineOption CommandOptions::trust() {
    return {QStringLiteral("trust"),
            tr("accounts set: own (your account), trusted (a partner) or none (a label only)."),
            QStringLiteral("own|trusted|none")};
}

} // namespace isb::cli
