#include "CredentialsDefaultCommand.h"

#include "CliRunner.h"
#include "ProfileStore.h"

namespace isb::cli {

// The strings keep the context of CredentialsCommand, where they were written, so that their translations
// still match.

QString CredentialsDefaultCommand::name() const {
    return kWord + QStringLiteral(" default");
}

Command CredentialsDefaultCommand::command() const {
    return Command::CredentialsDefault;
}

QString CredentialsDefaultCommand::syntax() const {
    return QStringLiteral("credentials default --profile NAME");
}

QString CredentialsDefaultCommand::description() const {
    return QCoreApplication::translate(
        "isb::cli::CredentialsCommand",
        "Use NAME when no --profile is given and the environment has no credentials.");
}

QString CredentialsDefaultCommand::validate(const QCommandLineParser &parser, const QStringList &,
                                            CliRequest *request) const {
    return readProfile(parser, request);
}

void CredentialsDefaultCommand::execute(CliRunner &runner) const {
    const CredentialError error = runner.profileStore()->setDefaultProfileName(runner.request().profile);
    if (error.isError()) {
        failWithError(runner, error);
        return;
    }
    runner.writeAndFinish(
        QCoreApplication::translate("isb::cli::CredentialsCommand", "%1 is now the default profile.")
            .arg(runner.request().profile) +
        QLatin1Char('\n'));
}

} // namespace isb::cli
