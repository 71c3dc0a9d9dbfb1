#include "RevokeCommand.h"

#include "accounts/AccountBook.h"

#include "AuditCommand.h"
#include "CliRunner.h"
#include "CommandLine.h"
#include "CommandOptions.h"
#include "SharingChangeReport.h"

namespace isb::cli {

QString RevokeCommand::name() const {
    return QStringLiteral("revoke");
}

Command RevokeCommand::command() const {
    return Command::Revoke;
}

QString RevokeCommand::syntax() const {
    return QStringLiteral(
        "revoke --account ACCOUNT [--region REGION]... [--resource-directory [--role-name NAME] "
        "[--external-id ID] [--member ID]...] [--pool N] [--yes] [--plan]");
}

QString RevokeCommand::description() const {
    return QCoreApplication::translate(
        "isb::cli::RevokeCommand",
        "Take every image of the regions (default: all) away from ACCOUNT: finds them with the audit,\n"
        "prints the plan, asks on a terminal (or --yes), applies, verifies and journals it.\nWith "
        "--resource-directory every account of the directory: each image is changed\nwith its owner's "
        "credentials (the members' through their role); --member limits\nthe accounts (--account is the "
        "account revoked). A member that cannot be reached\nis one line on standard error and the exit "
        "status is partial.");
}

unsigned RevokeCommand::sharedOptions() const {
    return RequestOptions;
}

QList<QCommandLineOption> RevokeCommand::options() const {
    return {CommandOptions::account(),
            CommandOptions::region(),
            CommandOptions::resourceDirectory(),
            CommandOptions::roleName(),
            CommandOptions::memberExternalId(),
            CommandOptions::revokeMember(),
            CommandOptions::pool(),
            CommandOptions::yes(),
            CommandOptions::planOnly()};
}

QStringList RevokeCommand::repeatableOptions() const {
    return {CommandOptions::region().names().constLast(), CommandOptions::revokeMember().names().constLast()};
}

QString RevokeCommand::validate(const QCommandLineParser &parser, const QStringList &,
                                CliRequest *request) const {
    if (!parser.isSet(CommandOptions::account()))
        return QCoreApplication::translate("isb::cli::RevokeCommand", "revoke needs --account");
    request->account = parser.value(CommandOptions::account());
    for (const QString &regionId : parser.values(CommandOptions::region())) {
        if (!Region::isValidId(regionId))
            return CommandLine::invalidRegionId(regionId);
        if (!request->regionIds.contains(regionId))
            request->regionIds.append(regionId);
    }
    if (const QString error =
            AuditCommand::validateOrganisation(parser, CommandOptions::revokeMember(), request);
        !error.isEmpty())
        return error;
    if (parser.isSet(CommandOptions::pool())) {
        bool ok = false;
        const QString text = parser.value(CommandOptions::pool());
        request->poolSize = text.toInt(&ok);
        if (!ok || request->poolSize < 1 || request->poolSize > 64)
            return QCoreApplication::translate("isb::cli::CommandLine",
                                               "--pool must be a whole number from 1 to 64, not \"%1\"")
                .arg(text);
    }
    request->assumeYes = parser.isSet(CommandOptions::yes());
    request->planOnly = parser.isSet(CommandOptions::planOnly());
    return {};
}

void RevokeCommand::execute(CliRunner &runner) const {
    // The plan names each account with its label; a book that cannot be read at all has failed the run.
    const AccountBook *book = runner.accountBook();
    if (!book)
        return;
    auto *report =
        new SharingChangeReport(runner.request(), runner.standardOutput(), runner.standardError(), &runner);
    report->setCredentials(runner.credentials());
    report->setAction(name());
    report->setAccountBook(book);
    runner.follow(report);
    report->startRevoke();
}

} // namespace isb::cli
