#include "CliCredentialsProvider.h"

#include "CredentialResolver.h"
#include "ProfileStore.h"

#include <QCoreApplication>

// The strings keep the context of the file they were written in (CredentialsResolver), so that their
// translations still match.

namespace isb::cli {

namespace {

const QString kAccessKeyId = QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID");
const QString kAccessKeySecret = QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
const QString kSecurityToken = QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN");

// A stray newline or space from copy and paste would only surface later as SignatureDoesNotMatch.
QString notSet(const QString &variable) {
    //: %1 is the name of an environment variable.
    return QCoreApplication::translate("isb::cli::CredentialsResolver", "%1 is not set").arg(variable);
}

QString containsWhitespace(const QString &variable) {
    //: %1 is the name of an environment variable.
    return QCoreApplication::translate("isb::cli::CredentialsResolver", "%1 contains whitespace")
        .arg(variable);
}

} // namespace

CredentialsResolution resolveCredentials(const QProcessEnvironment &environment) {
    CredentialsResolution resolution;
    Credentials &credentials = resolution.credentials;
    credentials.accessKeyId = environment.value(kAccessKeyId);
    credentials.accessKeySecret = environment.value(kAccessKeySecret);
    credentials.securityToken = environment.value(kSecurityToken);

    // Messages name the variable only: the value of a secret never goes into a message.
    if (credentials.accessKeyId.isEmpty() && credentials.accessKeySecret.isEmpty())
        //: %1 and %2 are the names of environment variables.
        resolution.error =
            QCoreApplication::translate("isb::cli::CredentialsResolver", "no credentials: set %1 and %2")
                .arg(kAccessKeyId, kAccessKeySecret);
    else if (credentials.accessKeyId.isEmpty())
        resolution.error = notSet(kAccessKeyId);
    else if (credentials.accessKeySecret.isEmpty())
        resolution.error = notSet(kAccessKeySecret);
    else if (Credentials::hasWhitespaceOrControl(credentials.accessKeyId))
        resolution.error = containsWhitespace(kAccessKeyId);
    else if (Credentials::hasWhitespaceOrControl(credentials.accessKeySecret))
        resolution.error = containsWhitespace(kAccessKeySecret);
    else if (Credentials::hasWhitespaceOrControl(credentials.securityToken))
        resolution.error = containsWhitespace(kSecurityToken);

    if (!resolution.error.isEmpty())
        resolution.credentials = {};
    return resolution;
}

CredentialsProvider environmentCredentialsProvider(const QProcessEnvironment &environment) {
    return [environment](std::function<void(const CredentialsResolution &)> done) {
        done(resolveCredentials(environment));
    };
}

CredentialsProvider profileCredentialsProvider(ProfileStore *store, const QString &explicitProfile) {
    return [store, explicitProfile](std::function<void(const CredentialsResolution &)> done) {
        const CredentialResolver resolver(store);
        resolver.resolve(explicitProfile, store,
                         [store, done = std::move(done)](const CredentialResolver::Resolved &resolved,
                                                         const CredentialError &error) {
                             if (error.isError()) {
                                 done({{}, describeCredentialError(error)});
                                 return;
                             }
                             if (resolved.profile.source == CredentialProfile::Source::Environment) {
                                 // Same checks, and messages naming the variable, as before profiles existed.
                                 done(resolveCredentials(store->environment()));
                                 return;
                             }
                             CredentialsResolution resolution;
                             resolution.credentials = resolved.credentials;
                             done(resolution);
                         });
    };
}

QString describeCredentialError(const CredentialError &error) {
    if (error.kind == CredentialError::Kind::Keychain) {
        // The keychain's own message, when there is one, goes in parentheses after what failed.
        const QString details = error.keychain.message;
        switch (error.keychain.kind) {
        case KeychainError::Kind::NoBackend: {
            //: %1 and %2 are the names of environment variables.
            const QString advice = QCoreApplication::translate(
                                       "isb::cli::CredentialsResolver",
                                       "install and unlock gnome-keyring or KWallet (a Secret Service is "
                                       "needed), or set %1 and %2")
                                       .arg(kAccessKeyId, kAccessKeySecret);
            if (details.isEmpty())
                //: %1 says what to do.
                return QCoreApplication::translate("isb::cli::CredentialsResolver",
                                                   "no keychain available: %1")
                    .arg(advice);
            //: %1 is the keychain's message, %2 says what to do.
            return QCoreApplication::translate("isb::cli::CredentialsResolver",
                                               "no keychain available (%1): %2")
                .arg(details, advice);
        }
        case KeychainError::Kind::AccessDenied:
            if (details.isEmpty())
                return QCoreApplication::translate("isb::cli::CredentialsResolver",
                                                   "the keychain refused access: unlock it and try again");
            //: %1 is the keychain's message.
            return QCoreApplication::translate("isb::cli::CredentialsResolver",
                                               "the keychain refused access (%1): unlock it and try again")
                .arg(details);
        default:
            break;
        }
    }
    if (error.kind == CredentialError::Kind::SecretMissing) {
        //: %1 is a profile name, %2 the command that saves it again.
        return QCoreApplication::translate(
                   "isb::cli::CredentialsResolver",
                   "the keychain has no secret for profile %1: save it again with `%2`")
            .arg(error.profileName,
                 QStringLiteral("image-share-cli credentials set --profile %1 --access-key-id ID")
                     .arg(error.profileName));
    }
    return error.message;
}

} // namespace isb::cli
