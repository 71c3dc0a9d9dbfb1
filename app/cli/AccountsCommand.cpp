#include "AccountsCommand.h"

#include "CliRunner.h"
#include "CommandOptions.h"

namespace isb::cli {

unsigned AccountsCommand::sharedOptions() const {
    return NoSharedOptions;
}

QList<QCommandLineOption> AccountsCommand::options() const {
    return {CommandOptions::accounts()};
}

bool AccountsCommand::needsCredentials() const {
    return false;
}

int AccountsCommand::operandCount() const {
    return 1;
}

QString AccountsCommand::operandName() const {
    return QString();
}

QString AccountsCommand::operandError(const QStringList &operands) const {
    if (operands.size() < operandCount())
        //: %1 is a command ("accounts set"), %2 what it needs ("an account ID").
        return tr("%1 needs %2").arg(name(), operandName());
    return CommandSpec::operandError(operands);
}

bool AccountsCommand::save(CliRunner &runner, const AccountBook &book) {
    const AccountBook::Report report = book.save();
    if (report.ok())
        return true;
    runner.fail(ExitCode::Output, report.error);
    return false;
}

void AccountsCommand::warnAbout(CliRunner &runner, const QString &file, const AccountBook::Report &report) {
    for (const AccountBook::Issue &issue : report.issues) {
        runner.writeError(QCoreApplication::translate("isb::cli::CliRunner", "%1 line %2 skipped: %3")
                              .arg(file)
                              .arg(issue.line)
                              .arg(issue.message));
    }
}

QString AccountsCommand::describe(const AccountBook::Entry &entry) {
    QStringList parts;
    if (!entry.label.isEmpty())
        parts.append(entry.label);
    if (entry.trust != AccountBook::Trust::None)
        parts.append(AccountBook::trustName(entry.trust));
    return parts.isEmpty()
               ? entry.accountId
               : entry.accountId + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace isb::cli
