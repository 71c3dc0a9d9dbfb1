#pragma once

#include "Credentials.h"

#include <QProcessEnvironment>
#include <QString>

#include <functional>

namespace isb::cli {

/// The outcome of looking for credentials: either complete credentials or a one-line reason that names
/// where they were looked for, and never contains the secret.
struct CredentialsResolution {
    Credentials credentials;
    QString error;

    bool isValid() const { return error.isEmpty() && credentials.isComplete(); }
};

/// How the CLI obtains credentials. Asynchronous, because a keychain lookup (a later `--profile`) needs
/// the event loop; the environment provider simply answers at once.
using CredentialsProvider = std::function<void(std::function<void(const CredentialsResolution &)> done)>;

/// Reads ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and the optional
/// ALIBABA_CLOUD_SECURITY_TOKEN, the variables every Alibaba Cloud SDK and the aliyun CLI use.
CredentialsResolution resolveCredentials(const QProcessEnvironment &environment);

/// A provider around resolveCredentials() for `environment`.
CredentialsProvider environmentCredentialsProvider(const QProcessEnvironment &environment);

} // namespace isb::cli
