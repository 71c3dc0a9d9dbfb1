#include "CredentialsResolver.h"

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

} // namespace isb::cli
