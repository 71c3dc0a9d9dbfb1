#include "CredentialsDeleteCommand.h"

#include "CliRunner.h"
#include "ProfileStore.h"

namespace isb::cli {

// The strings keep the context of CredentialsCommand, where they were written, so that their translations
// still match.

QString CredentialsDeleteCommand::name() const {
    return kWord + QStringLiteral(" delete");
}

Command CredentialsDeleteCommand::command() const {
    return Command::CredentialsDelete;
}

QString CredentialsDeleteCommand::syntax() const {
    return QStringLiteral("credentials delete --profile NAME");
}

QString CredentialsDeleteCommand::description() const {
    return QCoreApplication::translate("isb::cli::CredentialsCommand",
                                       "Remove a profile and its keychain entry.");
}

QString CredentialsDeleteCommand::validate(const QCommandLineParser &parser, const QStringList &,
                                           CliRequest *request) const {
    return readProfile(parser, request);
}

void CredentialsDeleteCommand::execute(CliRunner &runner) const {
    runner.profileStore()->removeProfile(
        runner.request().profile, &runner, [&runner](const CredentialError &error) {
            if (error.isError()) {
                failWithError(runner, error);
                return;
            }
            runner.writeAndFinish(QCoreApplication::translate("isb::cli::CredentialsCommand",
                                                              "Deleted profile %1 and its keychain entry.")
                                      .arg(runner.request().profile) +
                                  QLatin1Char('\n'));
        });
}

} // namespace isb::cli
