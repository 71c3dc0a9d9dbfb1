#pragma once

#include "FaultPlan.h"
#include "SignatureVerifier.h"
#include "SimulatorAnswer.h"
#include "SimulatorDataset.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>

class QHttpServerRequest;
class QTcpSocket;

namespace isb {

class SimulatorHttpServer;

/// A stand-in for the ECS service (API version 2014-05-26), STS and ResourceManager on a loopback port, for
/// tests and demos. It verifies V3 and V1 signatures like the service, answers the actions of
/// SimulatorActions from a dataset of one or several accounts, and can inject latency, a per-account
/// concurrency cap and faults.
///
/// Typical use in a test:
/// \code
///   isb::EcsSimulator sim;
///   QVERIFY(sim.loadDataset(QStringLiteral(ISB_SOURCE_DIR "/resources/demo-data.json")));
///   QVERIFY(sim.listen(QHostAddress::LocalHost));
///   client.setEndpoint(sim.url());
///   sim.failNext(isb::FaultKind::Throttling, 2); // the next two requests are throttled
/// \endcode
///
/// Everything runs on the thread that owns the object; answers are delayed with timers, never by
/// blocking, so many connections are served at once. Counters include every request that arrived.
class EcsSimulator final : public QObject {
    Q_OBJECT
public:
    explicit EcsSimulator(QObject *parent = nullptr);
    ~EcsSimulator() override;

    /// Loads and validates a data file; on failure keeps the previous data and sets `error`.
    bool loadDataset(const QString &path, QString *error = nullptr);
    /// Replaces the data; nonces seen so far are forgotten.
    void loadDataset(const SimulatorDataset &dataset);
    const SimulatorDataset &dataset() const { return m_dataset; }

    /// The largest request body accepted; a bigger one is answered 413 without being verified.
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    /// Starts listening; port 0 picks a free port. False when the address or port cannot be bound, and
    /// for an address that is not loopback unless setAllowRemote(true): the simulator's keys are public.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    /// Allows listen() on addresses other than loopback (`--allow-remote`). Default false.
    void setAllowRemote(bool allow) { m_allowRemote = allow; }
    bool isListening() const { return m_port != 0; }
    /// http://127.0.0.1:PORT (the address listened on; 127.0.0.1 when listening on Any). Empty before
    /// listen().
    QUrl url() const;
    quint16 port() const { return m_port; }

    /// Every answer (faults included) is sent this long after its request arrived. Default 0.
    void setLatency(std::chrono::milliseconds latency);
    /// A request arriving while `maxConcurrent` answers of its account (the account of its key) are in
    /// flight (waiting on latency or stalled) is answered at once with 400 Throttling.User and does not
    /// count as in flight: each account is throttled on its own, as by the service. 0 = no cap (default).
    void setMaxConcurrent(int maxConcurrent);

    /// Each request gets `kind` with probability `rate` (0 removes it, 1 = every request).
    void setFault(FaultKind kind, double rate);
    /// The next `count` requests get `kind`, before any rate applies. Deterministic.
    void failNext(FaultKind kind, int count = 1);
    /// Removes every rate and queued fault.
    void clearFaults();
    /// Seeds the generator behind fault rates, for reproducible runs.
    void setSeed(quint32 seed);
    /// Direct access, e.g. for FaultPlan::applySpec() from the command line.
    FaultPlan &faultPlan() { return m_faults; }

    /// Replaces the server's clock (UTC) used for the timestamp window and nonce expiry; null restores it.
    void setClockForTests(std::function<QDateTime()> clock);

    /// Requests that arrived (every one, whatever its answer).
    int requestCount() const { return m_requestCount; }
    /// Answers with a Throttling code: the concurrency cap and the throttling fault.
    int throttledCount() const { return m_throttledCount; }
    /// The most answers that were in flight at the same time.
    int peakConcurrency() const { return m_peakConcurrency; }
    /// The same for one account's requests.
    int peakConcurrency(const QString &accountId) const;
    /// Temporary keys from AssumeRole live DurationSeconds × `scale` (default 1), so that tests and
    /// demos can see them expire (InvalidSecurityToken.Expired) without waiting 15 minutes.
    void setStsLifetimeScale(double scale);
    /// Answers currently in flight.
    int inFlight() const { return m_inFlight; }
    void resetCounters();

Q_SIGNALS:
    /// One line per request for logs, e.g. "POST DescribeImages (V3) -> 200" or "GET ? -> fault stall".
    void requestHandled(const QString &summary);

private:
    friend class SimulatorHttpServer;

    /// An answer ready to go out, possibly replaced by a fault.
    struct Outgoing {
        FaultKind fault = FaultKind::None;
        int httpStatus = 200;
        QByteArray contentType;
        QByteArray body;
        QString requestId;
        QString summary;
        QString account; // whose concurrency it counts against
    };
    struct Pending {
        QPointer<QTcpSocket> socket;
        Outgoing outgoing;
        bool ready = false;    // its latency is over: it goes out once every earlier answer has
        bool inFlight = false; // counted in m_inFlight
    };
    /// The answers one connection still owes, in request order: HTTP/1.1 answers pipelined requests in
    /// the order they arrived, whatever latency or fault delays each.
    struct Connection {
        std::deque<quint64> order;
        QMetaObject::Connection disconnected;
    };

    void handleRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    /// The account of the key a request names (empty when unknown), without verifying it.
    QString accountOf(const IncomingRequest &request) const;
    /// The answer no longer counts as in flight (for the total and its account).
    void leaveFlight(Pending &pending);
    Outgoing answer(const IncomingRequest &request, FaultKind fault);
    /// The faults that alter a computed answer (or, for shift, the data after it).
    void applyAnswerFault(FaultKind fault, const QString &action, const QMap<QString, QString> &parameters,
                          SimulatorAnswer *result);
    Outgoing immediateError(const IncomingRequest &request, const SimulatorAnswer &answer,
                            const QString &why);
    /// Refused: answered at once and never in flight (the concurrency cap, a body too large). Served:
    /// answered at once. Delayed: after the latency, or never (a stall).
    enum class Timing { Refused, Served, Delayed };
    void schedule(QTcpSocket *socket, Outgoing outgoing, Timing timing);
    void markReady(quint64 id);
    void sendReady(QTcpSocket *socket);
    void dropConnection(QTcpSocket *socket);
    void send(QTcpSocket *socket, const Outgoing &outgoing);

    std::unique_ptr<SimulatorHttpServer> m_server;
    SimulatorDataset m_dataset;
    SignatureVerifier m_verifier;
    FaultPlan m_faults;
    QHostAddress m_address;
    quint16 m_port = 0;
    std::chrono::milliseconds m_latency{0};
    int m_maxConcurrent = 0;
    double m_stsLifetimeScale = 1.0;
    QHash<QString, int> m_inFlightByAccount;
    QHash<QString, int> m_peakByAccount;

    bool m_allowRemote = false;

    QHash<quint64, Pending> m_pending;
    QHash<QTcpSocket *, Connection> m_connections;
    quint64 m_nextPendingId = 0;
    int m_inFlight = 0;
    int m_requestCount = 0;
    int m_throttledCount = 0;
    int m_peakConcurrency = 0;
};

} // namespace isb
