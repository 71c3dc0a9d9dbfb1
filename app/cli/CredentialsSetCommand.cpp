#include "CredentialsSetCommand.h"

#include "AccessKeyMask.h"
#include "CliRunner.h"
#include "CommandLine.h"
#include "CommandOptions.h"
#include "Credentials.h"
#include "EcsTypes.h"
#include "ProfileStore.h"
#include "SecretInput.h"

namespace isb::cli {

namespace {

/// One line of standard input, or the message of why there is none.
std::optional<QString> readLine(const QString &prompt, const QString &missing, QString *error) {
    const SecretLine line = readSecretLine(prompt);
    switch (line.status) {
    case SecretLine::Status::Read:
        if (!line.text.isEmpty())
            return line.text;
        break;
    case SecretLine::Status::TooLong:
        //: %1 is a number of bytes.
        *error =
            QCoreApplication::translate("isb::cli::CredentialsCommand",
                                        "a line on standard input is longer than %1 bytes; nothing was saved")
                .arg(kMaxSecretLineBytes);
        return std::nullopt;
    case SecretLine::Status::EndOfInput:
        break;
    }
    *error = missing;
    return std::nullopt;
}

} // namespace

// The strings keep the context of CredentialsCommand, where they were written, so that their translations
// still match.

QString CredentialsSetCommand::name() const {
    return kWord + QStringLiteral(" set");
}

Command CredentialsSetCommand::command() const {
    return Command::CredentialsSet;
}

QString CredentialsSetCommand::syntax() const {
    return QStringLiteral(
        "credentials set --profile NAME --access-key-id ID [--region REGION] [--with-security-token]\n"
        "   or: --profile NAME --role-arn ARN --source-profile NAME|env [--session-name NAME]\n"
        "       [--external-id ID] [--duration SECONDS] [--region REGION]");
}

QString CredentialsSetCommand::description() const {
    //: %1 is an example command line.
    return QCoreApplication::translate(
               "isb::cli::CredentialsCommand",
               "Save a profile. The AccessKey Secret is read from standard input (one line; on a\nterminal a "
               "prompt that does not echo), then the STS token if --with-security-token.\nExample: %1")
               .arg(QStringLiteral(
                   "image-share-cli credentials set --profile prod --access-key-id LTAI... < secret.txt")) +
           QLatin1Char('\n') +
           //: %1 is an example command line.
           QCoreApplication::translate(
               "isb::cli::CredentialsCommand",
               "With --role-arn: a role profile, which has no secret of its own; the keys of\n"
               "--source-profile (a saved profile, or env for ALIBABA_CLOUD_ACCESS_KEY_*) assume the\n"
               "role, and its temporary keys stay in memory. Example: %1")
               .arg(QStringLiteral("image-share-cli credentials set --profile data --role-arn "
                                   "acs:ram::1500000000000003:role/Auditor --source-profile prod"));
}

QList<QCommandLineOption> CredentialsSetCommand::options() const {
    return CredentialsCommand::options() +
           QList<QCommandLineOption>{CommandOptions::accessKeyId(),       CommandOptions::profileRegion(),
                                     CommandOptions::withSecurityToken(), CommandOptions::roleArn(),
                                     CommandOptions::sourceProfile(),     CommandOptions::sessionName(),
                                     CommandOptions::externalId(),        CommandOptions::duration()};
}

QString CredentialsSetCommand::validateRole(const QCommandLineParser &parser, CliRequest *request) const {
    if (parser.isSet(CommandOptions::accessKeyId()) || parser.isSet(CommandOptions::withSecurityToken()))
        return QCoreApplication::translate(
            "isb::cli::CredentialsCommand",
            "--role-arn saves a role profile, which has no AccessKey of its own: give --access-key-id and "
            "--with-security-token to its --source-profile instead");
    RoleSpec &role = request->roleSpec;
    role.roleArn = parser.value(CommandOptions::roleArn());
    if (parser.isSet(CommandOptions::sessionName()))
        role.sessionName = parser.value(CommandOptions::sessionName());
    role.externalId = parser.value(CommandOptions::externalId());
    if (parser.isSet(CommandOptions::duration())) {
        bool ok = false;
        role.durationSeconds = parser.value(CommandOptions::duration()).toInt(&ok);
        if (!ok)
            role.durationSeconds = -1;
    }
    // One option at a time, each named, so that the user knows which value to fix.
    const QList<std::pair<QCommandLineOption, QString>> problems = {
        {CommandOptions::roleArn(), RoleSpec::roleArnProblem(role.roleArn)},
        {CommandOptions::sessionName(), RoleSpec::sessionNameProblem(role.sessionName)},
        {CommandOptions::externalId(), RoleSpec::externalIdProblem(role.externalId)},
        {CommandOptions::duration(), RoleSpec::durationProblem(role.durationSeconds)},
    };
    for (const auto &[option, problem] : problems) {
        if (!problem.isEmpty())
            //: %1 is an option, %2 what is wrong with its value.
            return QCoreApplication::translate("isb::cli::CredentialsCommand", "%1: %2")
                .arg(CommandOptions::dashed(option), problem);
    }
    if (!parser.isSet(CommandOptions::sourceProfile()))
        return QCoreApplication::translate(
            "isb::cli::CredentialsCommand",
            "credentials set --role-arn needs --source-profile NAME (a saved profile, or env for the "
            "environment variables)");
    const QString source = parser.value(CommandOptions::sourceProfile());
    request->sourceProfile = source.compare(QLatin1String("env"), Qt::CaseInsensitive) == 0
                                 ? ProfileStore::environmentProfileName()
                                 : source;
    return {};
}

QString CredentialsSetCommand::validate(const QCommandLineParser &parser, const QStringList &,
                                        CliRequest *request) const {
    if (const QString error = readProfile(parser, request); !error.isEmpty())
        return error;
    QString why;
    if (!ProfileStore::isValidProfileName(request->profile, &why))
        //: %2 says which names are allowed.
        return QCoreApplication::translate("isb::cli::CredentialsCommand", "invalid profile name \"%1\": %2")
            .arg(request->profile, why);
    request->regionId = parser.value(CommandOptions::profileRegion());
    if (parser.isSet(CommandOptions::profileRegion()) && !Region::isValidId(request->regionId))
        return CommandLine::invalidRegionId(request->regionId);
    if (parser.isSet(CommandOptions::roleArn()))
        return validateRole(parser, request);
    for (const QCommandLineOption &roleOnly : {CommandOptions::sourceProfile(), CommandOptions::sessionName(),
                                               CommandOptions::externalId(), CommandOptions::duration()}) {
        if (parser.isSet(roleOnly))
            //: %1 is an option.
            return QCoreApplication::translate("isb::cli::CredentialsCommand", "%1 needs --role-arn ARN")
                .arg(CommandOptions::dashed(roleOnly));
    }
    request->accessKeyId = parser.value(CommandOptions::accessKeyId());
    if (request->accessKeyId.isEmpty())
        return QCoreApplication::translate(
            "isb::cli::CredentialsCommand",
            "credentials set needs --access-key-id ID (the secret is read from standard input)");
    if (Credentials::hasWhitespaceOrControl(request->accessKeyId))
        return QCoreApplication::translate("isb::cli::CredentialsCommand",
                                           "--access-key-id contains whitespace");
    request->withSecurityToken = parser.isSet(CommandOptions::withSecurityToken());
    return {};
}

void CredentialsSetCommand::executeRole(CliRunner &runner) const {
    const CliRequest &request = runner.request();
    ProfileStore *store = runner.profileStore();
    store->saveRoleProfile(
        request.profile, request.regionId, request.sourceProfile, request.roleSpec, &runner,
        [&runner, store](const CredentialError &error) {
            if (error.isError()) {
                // The checks of the command line passed; what is left is about the profiles (exit 2).
                if (error.kind == CredentialError::Kind::InvalidInput)
                    return runner.fail(ExitCode::Usage, error.message);
                return failWithError(runner, error);
            }
            const CliRequest &request = runner.request();
            //: %1 is a profile name, %2 a role ARN, %3 the source profile's name.
            QString text = QCoreApplication::translate(
                               "isb::cli::CredentialsCommand",
                               "Saved role profile %1: it assumes %2 with the keys of %3. No secret is "
                               "stored for it; its temporary keys stay in memory.")
                               .arg(request.profile, request.roleSpec.roleArn, request.sourceProfile) +
                           QLatin1Char('\n');
            if (!store->contains(request.sourceProfile))
                //: %1 is a profile name.
                text += QCoreApplication::translate("isb::cli::CredentialsCommand",
                                                    "Note: there is no profile %1 yet; add it before using "
                                                    "this one.")
                            .arg(request.sourceProfile) +
                        QLatin1Char('\n');
            if (store->defaultProfileName() == request.profile)
                text += QCoreApplication::translate("isb::cli::CredentialsCommand",
                                                    "It is the default profile.") +
                        QLatin1Char('\n');
            runner.writeAndFinish(text);
        });
}

void CredentialsSetCommand::execute(CliRunner &runner) const {
    const CliRequest &request = runner.request();
    if (!request.roleSpec.roleArn.isEmpty())
        return executeRole(runner);
    QString error;
    //: The prompt on a terminal; the secret is typed after it.
    const std::optional<QString> secret = readLine(
        QCoreApplication::translate("isb::cli::CredentialsCommand", "AccessKey Secret for profile %1: ")
            .arg(request.profile),
        QCoreApplication::translate("isb::cli::CredentialsCommand",
                                    "no AccessKey Secret on standard input; nothing was saved"),
        &error);
    if (!secret) {
        runner.fail(ExitCode::Credentials, error);
        return;
    }
    runner.addRedaction(*secret);
    if (Credentials::hasWhitespaceOrControl(*secret)) {
        runner.fail(
            ExitCode::Credentials,
            QCoreApplication::translate("isb::cli::CredentialsCommand",
                                        "the AccessKey Secret contains whitespace; nothing was saved"));
        return;
    }
    QString token;
    if (request.withSecurityToken) {
        //: The prompt on a terminal; the token is typed after it.
        const std::optional<QString> read = readLine(
            QCoreApplication::translate("isb::cli::CredentialsCommand", "STS security token: "),
            QCoreApplication::translate(
                "isb::cli::CredentialsCommand",
                "--with-security-token: no token on standard input after the secret; nothing was saved"),
            &error);
        if (!read) {
            runner.fail(ExitCode::Credentials, error);
            return;
        }
        token = *read;
        runner.addRedaction(token);
        if (Credentials::hasWhitespaceOrControl(token)) {
            runner.fail(
                ExitCode::Credentials,
                QCoreApplication::translate("isb::cli::CredentialsCommand",
                                            "the security token contains whitespace; nothing was saved"));
            return;
        }
    }

    const Credentials credentials{request.accessKeyId, *secret, token};
    ProfileStore *store = runner.profileStore();
    store->saveProfile(request.profile, request.regionId, credentials, &runner,
                       [&runner, store](const CredentialError &error) {
                           if (error.isError()) {
                               failWithError(runner, error);
                               return;
                           }
                           const CliRequest &request = runner.request();
                           //: %1 is a profile name, %2 the masked AccessKey ID.
                           QString text = QCoreApplication::translate(
                                              "isb::cli::CredentialsCommand",
                                              "Saved profile %1 (AccessKey ID %2); the secret is in the "
                                              "system keychain.")
                                              .arg(request.profile, maskAccessKeyId(request.accessKeyId)) +
                                          QLatin1Char('\n');
                           if (store->defaultProfileName() == request.profile)
                               text += QCoreApplication::translate("isb::cli::CredentialsCommand",
                                                                   "It is the default profile.") +
                                       QLatin1Char('\n');
                           runner.writeAndFinish(text);
                       });
}

} // namespace isb::cli
