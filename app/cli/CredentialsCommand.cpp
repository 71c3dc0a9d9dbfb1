#include "CredentialsCommand.h"

#include "CliCredentialsProvider.h"
#include "CliRunner.h"
#include "CommandLine.h"
#include "CommandOptions.h"

#include <QSettings>

namespace isb::cli {

unsigned CredentialsCommand::sharedOptions() const {
    return NoSharedOptions;
}

QList<QCommandLineOption> CredentialsCommand::options() const {
    return {CommandOptions::managedProfile()};
}

bool CredentialsCommand::needsCredentials() const {
    return false;
}

QString CredentialsCommand::notApplicable(const QString &option) const {
    const QStringList setOnly = {CommandOptions::dashed(CommandOptions::accessKeyId()),
                                 CommandOptions::dashed(CommandOptions::profileRegion()),
                                 CommandOptions::dashed(CommandOptions::withSecurityToken())};
    if (setOnly.contains(option))
        return tr("--access-key-id, --region and --with-security-token apply to credentials set only");
    const QStringList roleOnly = {CommandOptions::dashed(CommandOptions::roleArn()),
                                  CommandOptions::dashed(CommandOptions::sourceProfile()),
                                  CommandOptions::dashed(CommandOptions::sessionName()),
                                  CommandOptions::dashed(CommandOptions::externalId()),
                                  CommandOptions::dashed(CommandOptions::duration())};
    if (roleOnly.contains(option))
        //: %1 is an option.
        return tr("%1 applies to credentials set only").arg(option);
    return CommandSpec::notApplicable(option);
}

QString CredentialsCommand::usageErrorLine(const QString &error) const {
    return usageHint(error);
}

QString CredentialsCommand::usageHint(const QString &error) {
    return QCoreApplication::translate("main", "%1 (see credentials --help)").arg(error);
}

QString CredentialsCommand::subcommandError(const QStringList &words) {
    if (words.isEmpty())
        return tr("credentials needs a subcommand: set, list, delete or default");
    if (words.size() > 1)
        return tr("unexpected argument \"%1\"").arg(words.at(1));
    return tr("unknown credentials subcommand \"%1\" (set, list, delete or default)").arg(words.constFirst());
}

QString CredentialsCommand::readProfile(const QCommandLineParser &parser, CliRequest *request) const {
    request->profile = parser.value(CommandOptions::managedProfile());
    if (!request->profile.isEmpty())
        return {};
    //: %1 is a command such as "credentials delete".
    return tr("%1 needs --profile NAME").arg(name());
}

void CredentialsCommand::failWithError(CliRunner &runner, const CredentialError &error) {
    QString message = describeCredentialError(error);
    if (error.kind == CredentialError::Kind::Keychain)
        //: %1 says what went wrong with the keychain.
        message = tr("%1; nothing was changed").arg(message);
    runner.fail(ExitCode::Credentials, message);
}

QString CredentialsCommand::overviewHelp() {
    // Subcommands, options, variable and product names stay as they are in every language.
    //: The first line of credentials --help; %1 is the syntax, which stays as it is.
    QString text = tr("Usage: %1").arg(QStringLiteral("image-share-cli credentials <subcommand> [options]")) +
                   QStringLiteral("\n\n");
    text +=
        tr("Profiles keep the AccessKey Secret (and STS token) in the system keychain (Secret Service:\n"
           "GNOME Keyring or KWallet); the name, AccessKey ID and region are kept in the settings shared\n"
           "with the window.") +
        QStringLiteral("\n\n");
    text += tr("Subcommands:") + QLatin1Char('\n');
    const CommandLine commandLine;
    for (const CommandSpec *command : commandLine.commands()) {
        if (command->name().startsWith(kWord + QLatin1Char(' ')))
            text += CommandLine::commandHelp(command->syntax().mid(kWord.size() + 1), command->description());
    }
    text +=
        CommandLine::commandHelp(QStringLiteral("<subcommand> --help"), tr("The options of one subcommand."));
    text += QLatin1Char('\n') + sourcesHelp() + QStringLiteral("\n\n");
    text += tr("Exit codes: 0 success, 2 usage error, 3 credentials problem (unknown profile, no keychain,\n"
               "keychain locked, no secret given).") +
            QLatin1Char('\n');
    return text;
}

QString CredentialsCommand::sourcesHelp() {
    // The order itself is written in one place, the README; `credentials list` shows its outcome.
    //: %1 to %4 are names of environment variables, %5 a command.
    return tr("Credentials come from --profile NAME, the environment (%1,\n%2, %3 for STS),\n"
              "%4=NAME or the default profile. Which one wins is in the Credentials section of\n"
              "README.md; %5 shows the choice.")
        .arg(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
             QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), QStringLiteral("ALIBABA_CLOUD_PROFILE"),
             QStringLiteral("`image-share-cli credentials list`"));
}

QString CredentialsCommand::sharedSettingsFile() {
    // Must match the window's QApplication organization and application names (app/browser/main.cpp).
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("ImageShareBrowser"),
                     QStringLiteral("image-share-browser"))
        .fileName();
}

} // namespace isb::cli
