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

    /// Whether a typed or pasted key, secret or token holds a space, line end or other control character:
    /// refused up front, since it would only surface later as SignatureDoesNotMatch.
    static bool hasWhitespaceOrControl(const QString &value) {
        for (const QChar c : value) {
            if (c.isSpace() || c.category() == QChar::Other_Control)
                return true;
        }
        return false;
    }
};

} // namespace isb
