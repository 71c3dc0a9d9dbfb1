#include "CheckCommand.h"

#include "AuditCommand.h"
#include "AuditReport.h"
#include "CliRunner.h"
#include "CommandOptions.h"
#include "EcsClient.h"
#include "EcsTypes.h"
#include "accounts/AccountBook.h"

namespace isb::cli {

QString CheckCommand::name() const {
    return QStringLiteral("check");
}

Command CheckCommand::command() const {
    return Command::Check;
}

QString CheckCommand::syntax() const {
    return QStringLiteral(
        "check [--region REGION]... [--resource-directory [--role-name NAME] [--external-id ID] "
        "[--account ID]...] [--accounts FILE] [--pool N] [--patience SECONDS] "
        "[--format table|csv|json] [--output FILE]");
}

QString CheckCommand::description() const {
    return QCoreApplication::translate(
        "isb::cli::CheckCommand",
        "Run the audit and write its findings only: images shared with everyone (group\nall) and grants to "
        "accounts the account book does not mark own or trusted.\nExit 0: complete and nothing found; 10: "
        "findings; 3, 4 or 5: a lookup failed.");
}

unsigned CheckCommand::sharedOptions() const {
    return RequestOptions | FormatOption | OutputOption;
}

QList<QCommandLineOption> CheckCommand::options() const {
    return AuditCommand().options(); // --accounts included
}

QStringList CheckCommand::repeatableOptions() const {
    return AuditCommand().repeatableOptions();
}

QString CheckCommand::validate(const QCommandLineParser &parser, const QStringList &operands,
                               CliRequest *request) const {
    // The audit's options (--accounts included) mean the same here.
    return AuditCommand().validate(parser, operands, request);
}

namespace {

void startCheck(CliRunner &runner, AccountBook *book) {
    auto *report =
        new AuditReport(runner.request(), runner.standardOutput(), runner.standardError(), &runner);
    report->setCredentials(runner.credentials());
    report->setAccountBook(book);
    runner.follow(report);
    report->startCheck();
}

} // namespace

void CheckCommand::execute(CliRunner &runner) const {
    AccountBook *book = runner.accountBook();
    if (!book)
        return;
    // The credentials' own account is own without being in the book (STS GetCallerIdentity).
    CallerIdentityCall *call = runner.client()->getCallerIdentity();
    QObject::connect(call, &EcsCall::finished, &runner, [&runner, call, book] {
        call->deleteLater();
        if (call->succeeded() && Account::isValidId(call->result().accountId)) {
            book->setCallerAccountId(call->result().accountId);
        } else {
            // Not fatal: without it, only the book's own accounts count as own, which can only add findings.
            const QString reason =
                call->succeeded() ? QStringLiteral("no account ID in the answer") : call->error().toOneLine();
            runner.writeError(QCoreApplication::translate(
                                  "isb::cli::CheckCommand",
                                  "could not learn the account of the credentials (GetCallerIdentity): %1")
                                  .arg(reason));
        }
        startCheck(runner, book);
    });
}

} // namespace isb::cli
