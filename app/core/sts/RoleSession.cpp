#include "RoleSession.h"

#include "EcsClient.h"

#include <QLoggingCategory>
#include <QMetaObject>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRole, "isb.sts")

namespace isb {

using namespace std::chrono_literals;

std::shared_ptr<RoleSession> RoleSession::create(const Credentials &source, const RoleSpec &spec) {
    return std::shared_ptr<RoleSession>(new RoleSession(source, spec));
}

RoleSession::RoleSession(const Credentials &source, const RoleSpec &spec)
    : m_source(source)
    , m_spec(spec) {}

// Destroying the client drops an AssumeRole in flight: no callback reaches a dead session.
RoleSession::~RoleSession() = default;

bool RoleSession::needsRefresh() const {
    return !m_current.isComplete() || !m_refreshAt.isValid() ||
           QDateTime::currentDateTimeUtc() >= m_refreshAt;
}

std::chrono::milliseconds RoleSession::refreshMargin(std::chrono::milliseconds lifetime) {
    if (lifetime <= 0ms)
        return 0ms;
    // 20% of the lifetime, but at least 5 minutes so that a slow audit page or a stalled answer never
    // straddles the expiry; never more than half, so that a short-lived key is still used.
    const auto fifth = lifetime / 5;
    const auto fiveMinutesOrHalf = std::min<std::chrono::milliseconds>(5min, lifetime / 2);
    return std::max(fifth, fiveMinutesOrHalf);
}

void RoleSession::refresh(const ClientOptions &options, QObject *context, Done done,
                          const QString &staleKeyId) {
    if (!staleKeyId.isEmpty() && m_current.accessKeyId != staleKeyId && !needsRefresh()) {
        // Another request renewed the key after this one was sent with the old one.
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
        return;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(done)});
    if (m_refreshing)
        return;
    m_refreshing = true;
    if (!m_client)
        m_client = std::make_unique<EcsClient>(options);
    else
        m_client->setOptions(options);
    m_client->setCredentials(m_source);

    if (const QString problem = m_spec.problem(); !problem.isEmpty()) {
        // Queued, like an answer, so that callers see the same order of events either way.
        const EcsError error =
            EcsError::local(EcsError::Kind::Refused, problem, QStringLiteral("InvalidRoleProfile"));
        QMetaObject::invokeMethod(
            m_client.get(),
            [weak = weak_from_this(), error] {
                if (auto self = weak.lock()) {
                    self->finishRefresh(error);
                    releaseLater(std::move(self));
                }
            },
            Qt::QueuedConnection);
        return;
    }

    ++m_assumeCount;
    AssumeRoleCall *call =
        m_client->assumeRole(m_spec.roleArn, m_spec.sessionName, m_spec.externalId, m_spec.durationSeconds);
    QObject::connect(call, &EcsCall::finished, m_client.get(), [weak = weak_from_this(), call] {
        call->deleteLater();
        auto self = weak.lock();
        if (!self)
            return;
        self->applyAnswer(*call);
        releaseLater(std::move(self));
    });
}

void RoleSession::applyAnswer(const AssumeRoleCall &call) {
    if (call.error().isError()) {
        EcsError error = call.error();
        //: %1 is a role ARN, %2 the service's message.
        error.message = tr("AssumeRole of %1 failed: %2").arg(m_spec.roleArn, error.message);
        finishRefresh(error);
        return;
    }
    const AssumedRole &role = call.result();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_current = Credentials{role.accessKeyId, role.accessKeySecret, role.securityToken};
    m_expiration = role.expiration;
    m_assumedRoleArn = role.arn;
    const std::chrono::milliseconds lifetime(now.msecsTo(role.expiration));
    m_refreshAt = role.expiration.addMSecs(-refreshMargin(lifetime).count());
    if (m_refreshAt < now)
        m_refreshAt = now; // already expired by this clock: the service decides (one renewal)
    qCInfo(lcRole).noquote() << "assumed" << m_spec.roleArn << "- the key expires at"
                             << role.expiration.toString(Qt::ISODate) << "and is renewed from"
                             << m_refreshAt.toString(Qt::ISODate);
    finishRefresh({});
}

void RoleSession::releaseLater(std::shared_ptr<RoleSession> self) {
    // A waiter may have dropped every other reference (its client went away). The session then must not
    // be destroyed here, inside a signal of its own client's call: it goes from the event loop instead.
    if (self.use_count() > 1 || !QCoreApplication::instance())
        return;
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [self = std::move(self)] { Q_UNUSED(self) }, Qt::QueuedConnection);
}

void RoleSession::finishRefresh(const EcsError &error) {
    m_refreshing = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    if (error.isError())
        qCInfo(lcRole).noquote() << "AssumeRole of" << m_spec.roleArn << "failed:" << error.shortCode();
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(error);
    }
}

} // namespace isb
