#pragma once

#include "AuditCongestionWindow.h"
#include "Credentials.h"
#include "EcsClient.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace isb {

/// The one request engine of the audit, the region export and the sharing changes: a bounded number of
/// requests in flight, spread over keep-alive HTTP clients ("lanes"), with an AuditCongestionWindow that
/// narrows on throttling answers and a hold when even one request at a time is throttled.
///
/// The pool owns no queue: its runner keeps its tasks in the order it wants, and pulls them while
/// hasRoom() says so (on roomChanged()). Each request comes with its completion; a throttled request is
/// handed back (Throttled) for the runner to requeue, everything else is Answered. The pool is for one
/// account: the service throttles each account on its own, so an organisation runs one pool per account
/// (OrganisationAudit), each with its own window and hold, side by side.
class RequestPool final : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Answered,  // a result or an error that is not throttling
        Throttled, // the service throttled it: requeue it
        Abandoned, // abandon() dropped it while in flight
    };
    using Done = std::function<void(EcsCall *call, Outcome outcome)>;

    explicit RequestPool(QObject *parent = nullptr);
    ~RequestPool() override;

    /// Take effect at the next reset(). retryThrottling is forced off: the pool handles throttling.
    void setClientOptions(const ClientOptions &options);
    const ClientOptions &clientOptions() const { return m_clientOptions; }
    void setCredentials(const Credentials &credentials);
    const Credentials &credentials() const { return m_credentials; }
    /// Requests in flight at most (the window's maximum) and the window's cut on throttling.
    void setPoolSize(int poolSize, double decreaseFactor = 0.7);
    int poolSize() const { return m_poolSize; }

    /// New lanes (when the pool size or options changed, or none exist yet) and a full window. Lanes are
    /// kept otherwise, so their keep-alive connections and request counts carry over.
    void reset(bool newLanes = true);
    /// Only a full window and no hold: a new run on the same lanes.
    void restartWindow();

    /// A request may start now: no hold, and fewer in flight than the window allows.
    bool hasRoom() const;
    /// Starts the request `make` builds on the least busy lane; `done` runs when it ends.
    void start(const std::function<EcsCall *(EcsClient &)> &make, Done done);
    /// Cancels every request in flight without calling their completions; stops the hold.
    void cancelAll();
    /// Cancels every request in flight and calls each completion with Abandoned; stops the hold.
    void abandon();

    int inFlight() const { return int(m_inFlight.size()); }
    int peakInFlight() const { return m_peakInFlight; }
    bool isHolding() const { return m_holdTimer.isActive(); }
    double window() const { return m_window.window(); }
    int throttledAnswers() const { return m_throttled; }
    void resetCounters();
    /// HTTP attempts sent by the lanes (throttled ones and client retries included).
    int requestsSent() const;
    const QList<EcsClient *> &lanes() const { return m_lanes; }
    void setRegionEndpoint(const QString &regionId, const QString &endpoint);

    /// QNetworkAccessManager's fixed limit of HTTP/1.1 connections per host in Qt 6.4.
    static constexpr int kConnectionsPerClient = 6;

Q_SIGNALS:
    /// A request ended or a hold expired: the runner may start more (hasRoom()).
    void roomChanged();

private:
    struct Running {
        Done done;
        int lane = 0;
        quint64 sequence = 0;
    };
    void onFinished(EcsCall *call);
    void makeLanes();

    ClientOptions m_clientOptions;
    Credentials m_credentials;
    int m_poolSize = 8;
    double m_decreaseFactor = 0.7;
    QHash<QString, QString> m_endpoints;
    QList<EcsClient *> m_lanes;
    QList<int> m_laneInFlight;
    AuditCongestionWindow m_window;
    QHash<EcsCall *, Running> m_inFlight;
    QTimer m_holdTimer;
    int m_consecutiveHolds = 0;
    int m_peakInFlight = 0;
    int m_throttled = 0;
};

} // namespace isb
