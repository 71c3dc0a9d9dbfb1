#include "UndoCommand.h"

#include "accounts/AccountBook.h"

#include "CliRunner.h"
#include "CommandOptions.h"
#include "SharingChangeReport.h"

#include "changes/ChangeJournal.h"

namespace isb::cli {

QString UndoCommand::name() const {
    return QStringLiteral("undo");
}

Command UndoCommand::command() const {
    return Command::Undo;
}

QString UndoCommand::syntax() const {
    return QStringLiteral("undo [ENTRY] [--yes] [--plan]");
}

QString UndoCommand::description() const {
    return QCoreApplication::translate(
        "isb::cli::UndoCommand",
        "Apply the inverse of journal entry ENTRY (its number in history; default: the latest):\nwhat it "
        "added is removed and what it removed is added again, through the same plan and\nconfirmation. An "
        "image made private is not made public again (that is the console's job).");
}

unsigned UndoCommand::sharedOptions() const {
    return RequestOptions;
}

QList<QCommandLineOption> UndoCommand::options() const {
    return {CommandOptions::yes(), CommandOptions::planOnly()};
}

QStringList UndoCommand::repeatableOptions() const {
    return {};
}

bool UndoCommand::acceptsOperandCount(qsizetype count) const {
    return count <= 1;
}

QString UndoCommand::operandError(const QStringList &operands) const {
    return QCoreApplication::translate("isb::cli::CommandLine", "unexpected argument \"%1\"")
        .arg(operands.value(1));
}

QString UndoCommand::validate(const QCommandLineParser &parser, const QStringList &operands,
                              CliRequest *request) const {
    if (!operands.isEmpty()) {
        bool ok = false;
        request->journalEntry = operands.constFirst().toInt(&ok);
        if (!ok || request->journalEntry < 1)
            return QCoreApplication::translate(
                       "isb::cli::UndoCommand",
                       "ENTRY must be an entry number of history (1 or more), not \"%1\"")
                .arg(operands.constFirst());
    }
    request->assumeYes = parser.isSet(CommandOptions::yes());
    request->planOnly = parser.isSet(CommandOptions::planOnly());
    return {};
}

void UndoCommand::execute(CliRunner &runner) const {
    // The plan names each account with its label; a book that cannot be read at all has failed the run.
    const AccountBook *book = runner.accountBook();
    if (!book)
        return;
    const CliRequest &request = runner.request();
    QString error;
    const QList<JournalEntry> entries = ChangeJournal().entries(&error);
    if (!error.isEmpty()) {
        runner.fail(ExitCode::Usage, error);
        return;
    }
    const qsizetype index = request.journalEntry == 0 ? entries.size() - 1 : request.journalEntry - 1;
    if (index < 0 || index >= entries.size()) {
        runner.fail(
            ExitCode::Usage,
            entries.isEmpty()
                ? QCoreApplication::translate("isb::cli::UndoCommand", "the change journal is empty")
                : QCoreApplication::translate("isb::cli::UndoCommand", "no journal entry %1 (history has %2)")
                      .arg(request.journalEntry)
                      .arg(entries.size()));
        return;
    }
    if (const JournalEntry &entry = entries.at(index); entry.spansAccounts()) {
        // Its images belong to several accounts: sent with the caller's key alone, each other account's
        // change would fail, so nothing is sent.
        QStringList others;
        for (const JournalImage &image : entry.images) {
            if (!image.accountId.isEmpty() && image.accountId != entry.callerAccountId &&
                !others.contains(image.accountId))
                others.append(image.accountId);
        }
        runner.fail(ExitCode::Usage,
                    //: %1 an entry number, %2 account IDs. Keep the option and command names as they are.
                    QCoreApplication::translate(
                        "isb::cli::UndoCommand",
                        "entry %1 changed images of other accounts of the Resource Directory (%2): its undo "
                        "needs --resource-directory, which undo does not support; give the grants back with "
                        "share --add in each account")
                        .arg(index + 1)
                        .arg(others.join(QStringLiteral(", "))));
        return;
    }
    const QList<SharingRequest> inverse = entries.at(index).inverse();
    if (inverse.isEmpty()) {
        runner.writeAndFinish(
            QCoreApplication::translate("isb::cli::UndoCommand",
                                        "Nothing to undo: entry %1 only made images private, "
                                        "and making an image public is the console's job.\n")
                .arg(index + 1));
        return;
    }
    auto *report = new SharingChangeReport(request, runner.standardOutput(), runner.standardError(), &runner);
    report->setCredentials(runner.credentials());
    report->setAction(name());
    report->setAccountBook(book);
    runner.follow(report);
    report->startWithRequests(inverse);
}

} // namespace isb::cli
