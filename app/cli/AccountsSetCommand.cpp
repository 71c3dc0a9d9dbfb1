#include "AccountsSetCommand.h"

#include "CliRunner.h"
#include "CommandOptions.h"

namespace isb::cli {

// The strings use the context of AccountsCommand, as every accounts command does.

QString AccountsSetCommand::name() const {
    return kWord + QStringLiteral(" set");
}

Command AccountsSetCommand::command() const {
    return Command::AccountsSet;
}

QString AccountsSetCommand::syntax() const {
    return QStringLiteral("accounts set ID [--label TEXT] [--trust own|trusted|none] [--accounts FILE]");
}

QString AccountsSetCommand::description() const {
    return QCoreApplication::translate("isb::cli::AccountsCommand",
                                       "Add an account to the book or change it; what is not given stays as "
                                       "it was\n(a new account: no label, trust none).");
}

QString AccountsSetCommand::operandName() const {
    return QCoreApplication::translate("isb::cli::AccountsCommand", "an account ID");
}

QList<QCommandLineOption> AccountsSetCommand::options() const {
    return {CommandOptions::label(), CommandOptions::trust(), CommandOptions::accounts()};
}

QString AccountsSetCommand::validate(const QCommandLineParser &parser, const QStringList &operands,
                                     CliRequest *request) const {
    request->accountsFile = parser.value(CommandOptions::accounts());
    request->accountId = operands.constFirst();
    request->hasLabel = parser.isSet(CommandOptions::label());
    request->label = parser.value(CommandOptions::label());
    request->hasTrust = parser.isSet(CommandOptions::trust());
    const QString trust = parser.value(CommandOptions::trust());
    // "none" on the command line: an empty argument is easy to lose in a shell script.
    request->trust = trust == QLatin1String("none") ? QString() : trust;
    const bool known =
        trust == QLatin1String("none") || (!trust.isEmpty() && AccountBook::trustFromName(trust));
    if (request->hasTrust && !known)
        return QCoreApplication::translate("isb::cli::AccountsCommand",
                                           "--trust must be own, trusted or none, not \"%1\"")
            .arg(trust);
    return AccountBook::validationError(request->accountId, request->label);
}

void AccountsSetCommand::execute(CliRunner &runner) const {
    AccountBook *book = runner.accountBook();
    if (!book)
        return;
    const CliRequest &request = runner.request();
    AccountBook::Entry entry =
        book->entry(request.accountId).value_or(AccountBook::Entry{request.accountId, {}, {}});
    if (request.hasLabel)
        entry.label = request.label;
    if (request.hasTrust)
        entry.trust = *AccountBook::trustFromName(request.trust);
    const AccountBook::Report report = book->set(entry.accountId, entry.label, entry.trust);
    if (!report.ok()) {
        runner.fail(ExitCode::Usage, report.error);
        return;
    }
    if (!save(runner, *book))
        return;
    runner.writeAndFinish(QCoreApplication::translate("isb::cli::AccountsCommand", "Saved %1 in %2.")
                              .arg(describe(entry), book->filePath()) +
                          QLatin1Char('\n'));
}

} // namespace isb::cli
