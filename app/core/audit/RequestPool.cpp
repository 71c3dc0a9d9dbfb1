#include "RequestPool.h"

#include "rules/RetryBackoff.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcPool, "isb.pool")

namespace isb {

RequestPool::RequestPool(QObject *parent)
    : QObject(parent) {
    m_holdTimer.setSingleShot(true);
    connect(&m_holdTimer, &QTimer::timeout, this, &RequestPool::roomChanged);
}

RequestPool::~RequestPool() {
    // The calls are children of the lanes; cancelling them (forgotten first, so that no completion runs
    // into a runner being destroyed) keeps their handlers from running.
    const QList<EcsCall *> calls = std::exchange(m_inFlight, {}).keys();
    for (EcsCall *call : calls)
        call->cancel();
}

void RequestPool::setClientOptions(const ClientOptions &options) {
    m_clientOptions = options;
}

void RequestPool::setCredentials(const Credentials &credentials) {
    m_credentials = credentials;
    for (EcsClient *lane : std::as_const(m_lanes))
        lane->setCredentials(credentials);
}

void RequestPool::setPoolSize(int poolSize, double decreaseFactor) {
    m_poolSize = std::max(1, poolSize);
    m_decreaseFactor = decreaseFactor;
}

void RequestPool::makeLanes() {
    cancelAll();
    qDeleteAll(m_lanes);
    m_lanes.clear();
    ClientOptions laneOptions = m_clientOptions;
    // Throttling comes back at once so the pool can narrow its window and requeue; 5xx, timeouts and
    // network errors are still retried inside the client with its backoff.
    laneOptions.retryThrottling = false;
    // Qt 6.4's QNetworkAccessManager opens at most six HTTP/1.1 connections per host and queues every
    // further request (QHttp1Configuration::setNumberOfConnectionsPerHost arrived in Qt 6.5). With one
    // client a pool of 8 would have only 6 requests on the wire against a single endpoint (the
    // simulator, an --endpoint override, or one region's endpoint), so the pool spreads its requests over
    // ceil(pool / 6) clients ("lanes"), each with its own connections kept alive between requests.
    const int laneCount = (m_poolSize + kConnectionsPerClient - 1) / kConnectionsPerClient;
    for (int i = 0; i < laneCount; ++i) {
        auto *lane = new EcsClient(laneOptions, this);
        lane->setCredentials(m_credentials);
        for (auto it = m_endpoints.cbegin(); it != m_endpoints.cend(); ++it)
            lane->setRegionEndpoint(it.key(), it.value());
        m_lanes.append(lane);
    }
    m_laneInFlight = QList<int>(laneCount, 0);
}

void RequestPool::reset(bool newLanes) {
    if (newLanes || m_lanes.isEmpty())
        makeLanes();
    restartWindow();
}

void RequestPool::restartWindow() {
    m_window = AuditCongestionWindow(m_poolSize, m_decreaseFactor);
    m_holdTimer.stop();
    m_consecutiveHolds = 0;
}

void RequestPool::resetCounters() {
    m_peakInFlight = 0;
    m_throttled = 0;
}

void RequestPool::setRegionEndpoint(const QString &regionId, const QString &endpoint) {
    m_endpoints.insert(regionId, endpoint);
    for (EcsClient *lane : std::as_const(m_lanes))
        lane->setRegionEndpoint(regionId, endpoint);
}

bool RequestPool::hasRoom() const {
    return !m_holdTimer.isActive() && m_inFlight.size() < m_window.limit();
}

void RequestPool::start(const std::function<EcsCall *(EcsClient &)> &make, Done done) {
    if (m_lanes.isEmpty())
        makeLanes();
    const auto least = std::min_element(m_laneInFlight.cbegin(), m_laneInFlight.cend());
    const int lane = int(least - m_laneInFlight.cbegin());
    EcsCall *call = make(*m_lanes.at(lane));
    m_inFlight.insert(call, {std::move(done), lane, m_window.nextSequence()});
    ++m_laneInFlight[lane];
    m_peakInFlight = std::max(m_peakInFlight, int(m_inFlight.size()));
    connect(call, &EcsCall::finished, this, [this, call] { onFinished(call); });
}

void RequestPool::onFinished(EcsCall *call) {
    const auto it = m_inFlight.find(call);
    if (it == m_inFlight.end())
        return;
    const Running running = std::move(it.value());
    m_inFlight.erase(it);
    --m_laneInFlight[running.lane];
    call->deleteLater();
    if (call->error().isThrottling()) {
        ++m_throttled;
        const bool wasAtMinimum = m_window.isAtMinimum();
        const bool cut = m_window.onThrottled(running.sequence);
        if (cut && wasAtMinimum) {
            // One request at a time is still throttled: the quota is spent (ECS resets it each minute),
            // so only waiting helps. The same backoff as the client's own retries.
            m_holdTimer.start(RetryBackoff::delay(m_consecutiveHolds, m_clientOptions.retryBaseDelay,
                                                  m_clientOptions.retryMaxDelay));
            ++m_consecutiveHolds;
        }
        qCDebug(lcPool) << "throttled; window" << m_window.window();
        running.done(call, Outcome::Throttled);
    } else {
        m_window.onSuccess();
        m_consecutiveHolds = 0;
        running.done(call, Outcome::Answered);
    }
    Q_EMIT roomChanged();
}

void RequestPool::cancelAll() {
    m_holdTimer.stop();
    const QList<EcsCall *> calls = m_inFlight.keys();
    m_inFlight.clear();
    for (EcsCall *call : calls) {
        call->cancel();
        call->deleteLater();
    }
    m_laneInFlight.fill(0);
}

void RequestPool::abandon() {
    m_holdTimer.stop();
    const QHash<EcsCall *, Running> running = std::exchange(m_inFlight, {});
    m_laneInFlight.fill(0);
    for (auto it = running.cbegin(); it != running.cend(); ++it) {
        it.key()->cancel();
        it.key()->deleteLater();
        it.value().done(it.key(), Outcome::Abandoned);
    }
}

int RequestPool::requestsSent() const {
    int sent = 0;
    for (const EcsClient *lane : m_lanes)
        sent += lane->attemptsSent();
    return sent;
}

} // namespace isb
