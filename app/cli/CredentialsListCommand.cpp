#include "CredentialsListCommand.h"

#include "AccessKeyMask.h"
#include "CliRunner.h"
#include "CommandOptions.h"
#include "CredentialResolver.h"
#include "ProfileStore.h"
#include "TextTable.h"

namespace isb::cli {

// The strings keep the context of CredentialsCommand, where they were written, so that their translations
// still match.

QString CredentialsListCommand::name() const {
    return kWord + QStringLiteral(" list");
}

Command CredentialsListCommand::command() const {
    return Command::CredentialsList;
}

QString CredentialsListCommand::syntax() const {
    return QStringLiteral("credentials list");
}

QString CredentialsListCommand::description() const {
    return QCoreApplication::translate("isb::cli::CredentialsCommand",
                                       "Show the profiles: name, source, AccessKey ID (masked), region, "
                                       "default, and the role a role\nprofile "
                                       "assumes.");
}

QList<QCommandLineOption> CredentialsListCommand::options() const {
    return {}; // no --profile: it lists them all
}

QString CredentialsListCommand::notApplicable(const QString &option) const {
    if (option == CommandOptions::dashed(CommandOptions::profile()))
        return QCoreApplication::translate("isb::cli::CredentialsCommand",
                                           "credentials list takes no --profile");
    return CredentialsCommand::notApplicable(option);
}

QString CredentialsListCommand::validate(const QCommandLineParser &, const QStringList &,
                                         CliRequest *) const {
    return {};
}

void CredentialsListCommand::execute(CliRunner &runner) const {
    ProfileStore *store = runner.profileStore();
    const QString defaultName = store->defaultProfileName();
    TextTable table({QStringLiteral("PROFILE"), QStringLiteral("SOURCE"), QStringLiteral("ACCESS KEY ID"),
                     QStringLiteral("REGION"), QStringLiteral("DEFAULT"), QStringLiteral("ROLE")});
    const QList<CredentialProfile> profiles = store->profiles();
    for (const CredentialProfile &profile : profiles) {
        // A role profile: its source profile after the source word, and what it assumes.
        QString source = CredentialProfile::sourceName(profile.source);
        QString role;
        if (profile.isRole()) {
            source += QStringLiteral(" from ") + profile.sourceProfile;
            role = profile.role.roleArn;
            if (!profile.role.externalId.isEmpty())
                role += QStringLiteral(" (ExternalId)");
        }
        table.addRow({profile.name, source,
                      profile.isRole() ? QString() : maskAccessKeyId(profile.accessKeyId), profile.regionId,
                      profile.name == defaultName ? QStringLiteral("yes") : QString(), role});
    }
    QString text =
        profiles.isEmpty()
            ? QCoreApplication::translate("isb::cli::CredentialsCommand", "No profiles.") + QLatin1Char('\n')
            : table.toString();
    const CredentialResolver::Choice choice = CredentialResolver(store).choose();
    text += QLatin1Char('\n');
    if (choice.error.isError())
        //: %1 says why no credentials would be found.
        text += QCoreApplication::translate("isb::cli::CredentialsCommand", "Without --profile: %1")
                    .arg(choice.error.message);
    else
        //: %1 is a profile name, %2 why it is chosen (e.g. "the default profile").
        text += QCoreApplication::translate("isb::cli::CredentialsCommand",
                                            "Without --profile, commands use %1 (%2).")
                    .arg(choice.profile.name, CredentialResolver::reasonText(choice.reason));
    text += QLatin1Char('\n');
    runner.writeAndFinish(text);
}

} // namespace isb::cli
