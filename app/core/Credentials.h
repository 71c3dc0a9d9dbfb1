#pragma once

#include <QString>

namespace isb {

/// An AccessKey pair, optionally with an STS SecurityToken. Lives in memory only; the secret is never
/// written anywhere but the OS keychain.
struct Credentials {
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // empty unless these are STS credentials

    bool isComplete() const { return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty(); }
    bool hasSecurityToken() const { return !securityToken.isEmpty(); }
};

} // namespace isb
