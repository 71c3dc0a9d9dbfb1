#include "AccountsExportCommand.h"

#include "CliRunner.h"
#include "CommandOptions.h"

namespace isb::cli {

// The strings use the context of AccountsCommand, as every accounts command does.

QString AccountsExportCommand::name() const {
    return kWord + QStringLiteral(" export");
}

Command AccountsExportCommand::command() const {
    return Command::AccountsExport;
}

QString AccountsExportCommand::syntax() const {
    return QStringLiteral("accounts export FILE [--accounts FILE]");
}

QString AccountsExportCommand::description() const {
    return QCoreApplication::translate("isb::cli::AccountsCommand",
                                       "Write the book to FILE (AccountId,Label,Trust).");
}

QString AccountsExportCommand::operandName() const {
    return QCoreApplication::translate("isb::cli::AccountsCommand", "a file");
}

QString AccountsExportCommand::validate(const QCommandLineParser &parser, const QStringList &operands,
                                        CliRequest *request) const {
    request->accountsFile = parser.value(CommandOptions::accounts());
    request->accountsOperand = operands.constFirst();
    return {};
}

void AccountsExportCommand::execute(CliRunner &runner) const {
    const AccountBook *book = runner.accountBook();
    if (!book)
        return;
    const QString &file = runner.request().accountsOperand;
    const AccountBook::Report report = book->exportTo(file);
    if (!report.ok()) {
        runner.fail(ExitCode::Output, report.error);
        return;
    }
    runner.writeAndFinish(QCoreApplication::translate("isb::cli::AccountsCommand",
                                                      "%n account(s) written to %1.", nullptr,
                                                      int(book->entries().size()))
                              .arg(file) +
                          QLatin1Char('\n'));
}

} // namespace isb::cli
