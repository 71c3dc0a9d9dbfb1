#pragma once

#include "Credentials.h"
#include "EcsCall.h"
#include "EcsError.h"
#include "EcsTypes.h"
#include "RoleSpec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>

namespace isb {

class EcsClient;
struct ClientOptions;

/// A RAM role's temporary key: AssumeRole with the source credentials, kept in memory only, renewed
/// before it expires. Credentials::role points at one; every EcsClient holding those credentials (and
/// every copy of them: audit lanes, the audit window, the export) asks it for the key to sign with.
///
/// The rules, each here once:
/// - before a request, a key inside its refresh margin (refreshMargin(): 20% of its lifetime, or 5
///   minutes when that is more, but never more than half of it) is renewed first, so that no request
///   leaves with a key about to expire; nothing is renewed while the program is idle;
/// - a request refused because the temporary key expired or was revoked (EcsError::
///   isTemporaryKeyRejected()) renews the key once and is sent again once (EcsClient does this);
/// - requests that need a new key at the same time share one AssumeRole call.
///
/// AssumeRole goes where the asking client's requests go (its ClientOptions: `--endpoint`, signature
/// version, timeout), signed with the source credentials; a source that is itself a role session
/// (a chain) is renewed the same way. Everything runs on the thread that created the session.
class RoleSession final : public std::enable_shared_from_this<RoleSession> {
    Q_DECLARE_TR_FUNCTIONS(isb::RoleSession)

public:
    using Done = std::function<void(const EcsError &error)>;

    /// `spec` should be valid (RoleSpec::problem()); an invalid one fails every refresh without a call.
    static std::shared_ptr<RoleSession> create(const Credentials &source, const RoleSpec &spec);
    ~RoleSession();
    RoleSession(const RoleSession &) = delete;
    RoleSession &operator=(const RoleSession &) = delete;

    const RoleSpec &spec() const { return m_spec; }
    const Credentials &source() const { return m_source; }

    /// The temporary key to sign with; empty until the first AssumeRole succeeded.
    const Credentials &current() const { return m_current; }
    /// When the key expires, as STS said (UTC); null before the first key.
    QDateTime expiration() const { return m_expiration; }
    /// From when on the key is renewed before a request.
    QDateTime refreshAt() const { return m_refreshAt; }
    /// The assumed identity, `acs:ram::<account>:role/<role>/<session>`.
    QString assumedRoleArn() const { return m_assumedRoleArn; }
    /// Whether the next request must wait for a new key: none yet, or inside the refresh margin.
    bool needsRefresh() const;

    /// How long before expiry a key of `lifetime` is renewed.
    static std::chrono::milliseconds refreshMargin(std::chrono::milliseconds lifetime);

    /// Obtains a new key with `options`; `done` (from the event loop, not at all once `context` is gone)
    /// gets the error, or none when current() holds a fresh key. `staleKeyId`: the key a request was
    /// refused with; when another key has replaced it since, that one is used without a call.
    void refresh(const ClientOptions &options, QObject *context, Done done, const QString &staleKeyId = {});

    /// AssumeRole calls sent so far (tests, figures).
    int assumeCount() const { return m_assumeCount; }

private:
    RoleSession(const Credentials &source, const RoleSpec &spec);
    void applyAnswer(const EcsResultCall<AssumedRole> &call);
    void finishRefresh(const EcsError &error);
    static void releaseLater(std::shared_ptr<RoleSession> self);

    struct Waiter {
        QPointer<QObject> context;
        Done done;
    };

    Credentials m_source;
    RoleSpec m_spec;
    Credentials m_current;
    QDateTime m_expiration;
    QDateTime m_refreshAt;
    QString m_assumedRoleArn;
    std::unique_ptr<EcsClient> m_client; // made on the first refresh, with the first asker's options
    QList<Waiter> m_waiters;
    bool m_refreshing = false;
    int m_assumeCount = 0;
};

} // namespace isb
