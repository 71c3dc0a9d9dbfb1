#pragma once

#include "CredentialError.h"
#include "Credentials.h"

#include <QProcessEnvironment>
#include <QString>

#include <functional>

namespace isb {
class ProfileStore;
}

namespace isb::cli {

// How a CLI run obtains its credentials: an asynchronous provider around isb::CredentialResolver (which turns
// a profile or the environment into Credentials), plus the CLI's own checks of the environment variables and
// its one-line messages for standard error.

/// The outcome of looking for credentials: either complete credentials or a one-line reason that names
/// where they were looked for, and never contains the secret.
struct CredentialsResolution {
    Credentials credentials;
    QString error;

    bool isValid() const { return error.isEmpty() && credentials.isComplete(); }
};

/// How the CLI obtains credentials. Asynchronous, because reading a saved profile's secret from the
/// keychain needs the event loop.
using CredentialsProvider = std::function<void(std::function<void(const CredentialsResolution &)> done)>;

/// Reads ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and the optional
/// ALIBABA_CLOUD_SECURITY_TOKEN, the variables every Alibaba Cloud SDK and the aliyun CLI use, and
/// rejects values with whitespace (a pasted line end would only surface later as SignatureDoesNotMatch).
CredentialsResolution resolveCredentials(const QProcessEnvironment &environment);

/// A provider around resolveCredentials() for `environment` only (in-process tests).
CredentialsProvider environmentCredentialsProvider(const QProcessEnvironment &environment);

/// The CLI's provider: isb::CredentialResolver on `store` (which decides the order; it is written down in the
/// top-level README, "Credentials"), with `explicitProfile` as --profile. `store` must outlive every call of
/// the provider.
CredentialsProvider profileCredentialsProvider(ProfileStore *store, const QString &explicitProfile);

/// One line for standard error that says what to do; a missing or locked keychain gets the CLI's own
/// advice (the library's message offers session-only credentials, which a CLI run cannot have).
QString describeCredentialError(const CredentialError &error);

} // namespace isb::cli
