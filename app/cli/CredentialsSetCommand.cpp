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
        "credentials set --profile NAME --access-key-id ID [--region REGION] [--with-security-token]");
}

QString CredentialsSetCommand::description() const {
    //: %1 is an example command line.
    return QCoreApplication::translate(
               "isb::cli::CredentialsCommand",
               "Save a profile. The AccessKey Secret is read from standard input (one line; on a\nterminal a "
               "prompt that does not echo), then the STS token if --with-security-token.\nExample: %1")
        .arg(QStringLiteral(
            "image-share-cli credentials set --profile prod --access-key-id LTAI... < secret.txt"));
}

QList<QCommandLineOption> CredentialsSetCommand::options() const {
    return CredentialsCommand::options() + QList<QCommandLineOption>{CommandOptions::accessKeyId(),
                                                                     CommandOptions::profileRegion(),
                                                                     CommandOptions::withSecurityToken()};
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
    request->accessKeyId = parser.value(CommandOptions::accessKeyId());
    if (request->accessKeyId.isEmpty())
        return QCoreApplication::translate(
            "isb::cli::CredentialsCommand",
            "credentials set needs --access-key-id ID (the secret is read from standard input)");
    if (Credentials::hasWhitespaceOrControl(request->accessKeyId))
        return QCoreApplication::translate("isb::cli::CredentialsCommand",
                                           "--access-key-id contains whitespace");
    request->regionId = parser.value(CommandOptions::profileRegion());
    if (parser.isSet(CommandOptions::profileRegion()) && !Region::isValidId(request->regionId))
        return CommandLine::invalidRegionId(request->regionId);
    request->withSecurityToken = parser.isSet(CommandOptions::withSecurityToken());
    return {};
}

void CredentialsSetCommand::execute(CliRunner &runner) const {
    const CliRequest &request = runner.request();
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
