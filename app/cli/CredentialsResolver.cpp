#include "CredentialsResolver.h"

#include "CredentialResolver.h"
#include "ProfileStore.h"

namespace isb::cli {

namespace {

const QString kAccessKeyId = QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID");
const QString kAccessKeySecret = QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
const QString kSecurityToken = QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN");

// A stray newline or space from copy and paste would only surface later as SignatureDoesNotMatch.
bool hasWhitespaceOrControl(const QString &value) {
    for (const QChar c : value) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return true;
    }
    return false;
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
        resolution.error = QStringLiteral("no credentials: set ") + kAccessKeyId + QStringLiteral(" and ") +
                           kAccessKeySecret;
    else if (credentials.accessKeyId.isEmpty())
        resolution.error = kAccessKeyId + QStringLiteral(" is not set");
    else if (credentials.accessKeySecret.isEmpty())
        resolution.error = kAccessKeySecret + QStringLiteral(" is not set");
    else if (hasWhitespaceOrControl(credentials.accessKeyId))
        resolution.error = kAccessKeyId + QStringLiteral(" contains whitespace");
    else if (hasWhitespaceOrControl(credentials.accessKeySecret))
        resolution.error = kAccessKeySecret + QStringLiteral(" contains whitespace");
    else if (hasWhitespaceOrControl(credentials.securityToken))
        resolution.error = kSecurityToken + QStringLiteral(" contains whitespace");

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
        const QString details = error.keychain.message.isEmpty()
                                    ? QString()
                                    : QStringLiteral(" (") + error.keychain.message + QLatin1Char(')');
        switch (error.keychain.kind) {
        case KeychainError::Kind::NoBackend:
            return QStringLiteral("no keychain available") + details +
                   QStringLiteral(
                       ": install and unlock gnome-keyring or KWallet (a Secret Service is needed), "
                       "or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET");
        case KeychainError::Kind::AccessDenied:
            return QStringLiteral("the keychain refused access") + details +
                   QStringLiteral(": unlock it and try again");
        default:
            break;
        }
    }
    if (error.kind == CredentialError::Kind::SecretMissing) {
        return QStringLiteral("the keychain has no secret for profile ") + error.profileName +
               QStringLiteral(": save it again with `image-share-cli credentials set --profile ") +
               error.profileName + QStringLiteral(" --access-key-id ID`");
    }
    return error.message;
}

} // namespace isb::cli
