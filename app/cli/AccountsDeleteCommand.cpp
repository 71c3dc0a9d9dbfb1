#include "AccountsDeleteCommand.h"

#include "CliRunner.h"
#include "CommandOptions.h"

namespace isb::cli {

// The strings use the context of AccountsCommand, as every accounts command does.

QString AccountsDeleteCommand::name() const {
    return kWord + QStringLiteral(" delete");
}

Command AccountsDeleteCommand::command() const {
    return Command::AccountsDelete;
}

QString AccountsDeleteCommand::syntax() const {
    return QStringLiteral("accounts delete ID [--accounts FILE]");
}

QString AccountsDeleteCommand::description() const {
    return QCoreApplication::translate("isb::cli::AccountsCommand", "Remove an account from the book.");
}

QString AccountsDeleteCommand::operandName() const {
    return QCoreApplication::translate("isb::cli::AccountsCommand", "an account ID");
}

QString AccountsDeleteCommand::validate(const QCommandLineParser &parser, const QStringList &operands,
                                        CliRequest *request) const {
    request->accountsFile = parser.value(CommandOptions::accounts());
    request->accountId = operands.constFirst();
    return AccountBook::validationError(request->accountId, {});
}

void AccountsDeleteCommand::execute(CliRunner &runner) const {
    AccountBook *book = runner.accountBook();
    if (!book)
        return;
    const QString &accountId = runner.request().accountId;
    if (!book->remove(accountId)) {
        runner.fail(ExitCode::Usage,
                    QCoreApplication::translate("isb::cli::AccountsCommand", "account %1 is not in %2")
                        .arg(accountId, book->filePath()));
        return;
    }
    if (!save(runner, *book))
        return;
    runner.writeAndFinish(QCoreApplication::translate("isb::cli::AccountsCommand", "Deleted %1 from %2.")
                              .arg(accountId, book->filePath()) +
                          QLatin1Char('\n'));
}

} // namespace isb::cli
