#include "AuditCommand.h"

#include "AuditReport.h"
#include "CliRunner.h"
#include "CommandLine.h"
#include "CommandOptions.h"
#include "EcsTypes.h"
#include "accounts/AccountBook.h"

#include <QRegularExpression>

namespace isb::cli {

namespace {

// Far above what one account's API quota sustains; the audit's congestion window finds the real limit.
constexpr int kMaxPoolSize = 64;
constexpr int kMaxPatienceSeconds = 86400;

} // namespace

// The strings keep the context they had in CommandLine, so that their translations still match.

QString AuditCommand::name() const {
    return QStringLiteral("audit");
}

Command AuditCommand::command() const {
    return Command::Audit;
}

QString AuditCommand::syntax() const {
    return QStringLiteral(
        "audit [--region REGION]... [--resource-directory [--role-name NAME] [--external-id ID] "
        "[--account ID]...] [--accounts FILE] [--pool N] [--patience SECONDS] [--format table|csv|json] "
        "[--output FILE]");
}

QString AuditCommand::description() const {
    return QCoreApplication::translate(
        "isb::cli::CommandLine",
        "Every custom image of the regions (default: all) and everyone it is shared with.\ncsv/table "
        "columns as permissions; json is the snapshot that diff reads. Failed lookups\nare listed on "
        "standard error, one line each, and the exit status is 3, 4 or 5, but\neverything found is still "
        "written. Progress goes to standard error on a terminal.\nWith --resource-directory every account "
        "of the directory is audited, and csv starts\nwith the columns AccountId and AccountName; a member "
        "that cannot be reached is\none line on standard error and the exit status is partial.");
}

unsigned AuditCommand::sharedOptions() const {
    return RequestOptions | FormatOption | OutputOption;
}

QList<QCommandLineOption> AuditCommand::options() const {
    return {CommandOptions::region(),
            CommandOptions::pool(),
            CommandOptions::patience(),
            CommandOptions::accounts(),
            CommandOptions::resourceDirectory(),
            CommandOptions::roleName(),
            CommandOptions::memberExternalId(),
            CommandOptions::memberAccount()};
}

QStringList AuditCommand::repeatableOptions() const {
    // Any number of regions, and of members.
    return {CommandOptions::region().names().constLast(),
            CommandOptions::memberAccount().names().constLast()};
}

QString AuditCommand::validate(const QCommandLineParser &parser, const QStringList &,
                               CliRequest *request) const {
    for (const QString &regionId : parser.values(CommandOptions::region())) {
        if (!Region::isValidId(regionId))
            return CommandLine::invalidRegionId(regionId);
        if (!request->regionIds.contains(regionId))
            request->regionIds.append(regionId);
    }
    request->accountsFile = parser.value(CommandOptions::accounts());
    if (const QString error = validateOrganisation(parser, CommandOptions::memberAccount(), request);
        !error.isEmpty())
        return error;
    if (parser.isSet(CommandOptions::pool())) {
        bool ok = false;
        const QString text = parser.value(CommandOptions::pool());
        request->poolSize = text.toInt(&ok);
        if (!ok || request->poolSize < 1 || request->poolSize > kMaxPoolSize)
            return QCoreApplication::translate("isb::cli::CommandLine",
                                               "--pool must be a whole number from 1 to 64, not \"%1\"")
                .arg(text);
    }
    if (parser.isSet(CommandOptions::patience())) {
        bool ok = false;
        const QString text = parser.value(CommandOptions::patience());
        request->patienceSeconds = text.toInt(&ok);
        if (!ok || request->patienceSeconds < 1 || request->patienceSeconds > kMaxPatienceSeconds)
            return QCoreApplication::translate(
                       "isb::cli::AuditCommand",
                       "--patience must be a whole number of seconds from 1 to 86400, not \"%1\"")
                .arg(text);
    }
    return {};
}

QString AuditCommand::validateOrganisation(const QCommandLineParser &parser,
                                           const QCommandLineOption &memberOption, CliRequest *request) {
    request->resourceDirectory = parser.isSet(CommandOptions::resourceDirectory());
    const bool organisationOnly = parser.isSet(CommandOptions::roleName()) ||
                                  parser.isSet(CommandOptions::memberExternalId()) ||
                                  parser.isSet(memberOption);
    if (organisationOnly && !request->resourceDirectory)
        return QCoreApplication::translate("isb::cli::AuditCommand",
                                           "--role-name, --external-id and %1 need --resource-directory")
            .arg(CommandOptions::dashed(memberOption));
    request->roleName = parser.value(CommandOptions::roleName());
    // A RAM role name: 1-64 of letters, digits, '.', '-' and '_' (it goes into an ARN).
    static const QRegularExpression roleName(QRegularExpression::anchoredPattern(u"[A-Za-z0-9._-]{1,64}"));
    if (parser.isSet(CommandOptions::roleName()) && !roleName.match(request->roleName).hasMatch())
        return QCoreApplication::translate("isb::cli::AuditCommand",
                                           "--role-name \"%1\" is not a RAM role name")
            .arg(request->roleName);
    request->externalId = parser.value(CommandOptions::memberExternalId());
    for (const QString &accountId : parser.values(memberOption)) {
        if (!Account::isValidId(accountId))
            return QCoreApplication::translate("isb::cli::AuditCommand", "%1 \"%2\" is not an account ID")
                .arg(CommandOptions::dashed(memberOption), accountId);
        if (!request->memberAccountIds.contains(accountId))
            request->memberAccountIds.append(accountId);
    }
    return {};
}

void AuditCommand::execute(CliRunner &runner) const {
    // The audit writes what it found even when lookups failed, so it handles its output itself.
    AccountBook *book = runner.accountBook();
    if (!book)
        return;
    auto *report =
        new AuditReport(runner.request(), runner.standardOutput(), runner.standardError(), &runner);
    report->setCredentials(runner.credentials());
    report->setAccountBook(book);
    runner.follow(report);
    report->startAudit();
}

} // namespace isb::cli
