#pragma once

#include <QString>

#include <memory>

namespace isb {

class RoleSession;

/// An AccessKey pair, optionally with an STS SecurityToken, or a RAM role's session. Lives in memory
/// only; the secret is never written anywhere but the OS keychain.
struct Credentials {
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // empty unless these are STS credentials
    /// Set for a role profile: the three fields above are then empty, and every request is signed with
    /// the session's current temporary key (see sts/RoleSession.h). Copies share the one session.
    std::shared_ptr<RoleSession> role = {};

    bool isComplete() const { return role || (!accessKeyId.isEmpty() && !accessKeySecret.isEmpty()); }
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
