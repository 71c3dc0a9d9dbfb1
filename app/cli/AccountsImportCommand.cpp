#include "AccountsImportCommand.h"

#include "CliRunner.h"
#include "CommandOptions.h"

namespace isb::cli {

// The strings use the context of AccountsCommand, as every accounts command does.

QString AccountsImportCommand::name() const {
    return kWord + QStringLiteral(" import");
}

Command AccountsImportCommand::command() const {
    return Command::AccountsImport;
}

QString AccountsImportCommand::syntax() const {
    return QStringLiteral("accounts import FILE [--accounts FILE]");
}

QString AccountsImportCommand::description() const {
    return QCoreApplication::translate(
        "isb::cli::AccountsCommand",
        "Merge an account book file into the book: new accounts are added, known ones\ntake the file's label "
        "and trust. Rows that are not valid are named on\nstandard error and skipped.");
}

QString AccountsImportCommand::operandName() const {
    return QCoreApplication::translate("isb::cli::AccountsCommand", "a file");
}

QString AccountsImportCommand::validate(const QCommandLineParser &parser, const QStringList &operands,
                                        CliRequest *request) const {
    request->accountsFile = parser.value(CommandOptions::accounts());
    request->accountsOperand = operands.constFirst();
    return {};
}

void AccountsImportCommand::execute(CliRunner &runner) const {
    AccountBook *book = runner.accountBook();
    if (!book)
        return;
    const QString &file = runner.request().accountsOperand;
    const AccountBook::Report report = book->import(file);
    if (!report.ok()) {
        runner.fail(ExitCode::Usage, report.error);
        return;
    }
    warnAbout(runner, file, report);
    if (!save(runner, *book))
        return;
    //: %1 is a file; the counts follow.
    runner.writeAndFinish(
        QCoreApplication::translate("isb::cli::AccountsCommand",
                                    "Imported %1 into %2: %3 added, %4 updated, %5 unchanged, %6 skipped.")
            .arg(file, book->filePath())
            .arg(report.added)
            .arg(report.updated)
            .arg(report.unchanged)
            .arg(report.issues.size()) +
        QLatin1Char('\n'));
}

} // namespace isb::cli
