#include "DiffCommand.h"

#include "AuditReport.h"
#include "CliRunner.h"
#include "CommandOptions.h"
#include "accounts/AccountBook.h"

namespace isb::cli {

// The strings keep the context they had in CommandLine, so that their translations still match.

QString DiffCommand::name() const {
    return QStringLiteral("diff");
}

Command DiffCommand::command() const {
    return Command::Diff;
}

QString DiffCommand::syntax() const {
    return QStringLiteral("diff OLD.json NEW.json [--all] [--output FILE]");
}

QString DiffCommand::description() const {
    return QCoreApplication::translate(
        "isb::cli::CommandLine",
        "Compare two audit snapshots: +/- lines per grant and image, then a summary line.\n--all also "
        "lists unchanged grants (=). Exit 0 with or without differences, 2 if a\nfile is not a readable "
        "snapshot.");
}

unsigned DiffCommand::sharedOptions() const {
    // Two local files: nothing is sent, so the format is fixed. The request options are accepted, and
    // unused, so that one set of global options serves every command of a script.
    return RequestOptions | OutputOption;
}

QList<QCommandLineOption> DiffCommand::options() const {
    return {CommandOptions::all(), CommandOptions::accounts()};
}

int DiffCommand::operandCount() const {
    return 2;
}

QString DiffCommand::operandError(const QStringList &) const {
    return QCoreApplication::translate("isb::cli::CommandLine", "diff needs two snapshot files: %1")
        .arg(QStringLiteral("diff OLD.json NEW.json"));
}

bool DiffCommand::needsCredentials() const {
    return false;
}

QString DiffCommand::validate(const QCommandLineParser &parser, const QStringList &operands,
                              CliRequest *request) const {
    request->diffFiles = operands;
    request->allPages = parser.isSet(CommandOptions::all());
    request->accountsFile = parser.value(CommandOptions::accounts());
    return {};
}

void DiffCommand::execute(CliRunner &runner) const {
    // The book decides which added grants are new findings, listed first.
    AccountBook *book = runner.accountBook();
    if (!book)
        return;
    auto *report =
        new AuditReport(runner.request(), runner.standardOutput(), runner.standardError(), &runner);
    report->setAccountBook(book);
    runner.follow(report);
    report->startDiff();
}

} // namespace isb::cli
