#include "EcsSimulator.h"

#include "SimulatorActions.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

#include <memory>

namespace isb {

/// Hands every parsed request, with its socket, to the simulator: the socket is what lets faults
/// truncate, reset or stall a connection, which a responder-only API cannot do.
class SimulatorHttpServer final : public QAbstractHttpServer {
public:
    explicit SimulatorHttpServer(EcsSimulator *simulator)
        : m_simulator(simulator) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override {
        m_simulator->handleRequest(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    EcsSimulator *m_simulator;
};

namespace {

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 413:
        return "Payload Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

/// The format an answer must use before (or without) verifying the request.
SimulatorAnswer::Format requestedFormat(const IncomingRequest &request) {
    if (request.hasHeader("authorization"))
        return SimulatorAnswer::Format::Json;
    QMap<QString, QString> parameters = SignatureVerifier::parseForm(request.rawQuery);
    if (request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded"))
        parameters.insert(SignatureVerifier::parseForm(request.body));
    return parameters.value(QStringLiteral("Format")).compare(u"JSON", Qt::CaseInsensitive) == 0
               ? SimulatorAnswer::Format::Json
               : SimulatorAnswer::Format::Xml;
}

QString hostId(const IncomingRequest &request) {
    const QByteArray host = request.header("host");
    return host.isEmpty() ? QStringLiteral("ecs.aliyuncs.com") : QString::fromUtf8(host);
}

QString actionName(const IncomingRequest &request) {
    QString action = QString::fromUtf8(request.header("x-acs-action"));
    if (action.isEmpty())
        action = SignatureVerifier::parseForm(request.rawQuery).value(QStringLiteral("Action"));
    return action.isEmpty() ? QStringLiteral("?") : action;
}

SimulatorAnswer throttlingAnswer(bool userFlowControl) {
    // The concurrency cap is the service's per-user flow control; the injected fault is its generic
    // throttling. Both are 400, and clients recognise either by the Throttling prefix.
    if (userFlowControl) {
        return SimulatorAnswer::error(400, QStringLiteral("Throttling.User"),
                                      QStringLiteral("Request was denied due to user flow control."));
    }
    return SimulatorAnswer::error(400, QStringLiteral("Throttling"),
                                  QStringLiteral("Request was denied due to request throttling."));
}

// What the control-chars fault puts into texts: retitle the terminal (OSC 0 ... BEL), clear it (CSI 2J),
// a C1 NEL and a Unicode line separator.
const QString kHostileText = QString::fromUtf16(u"\x1b]0;owned\x07\x1b[2J\x85\x2028");

QJsonValue withHostileText(const QJsonValue &value, const QString &key = {}) {
    static const QStringList keys = {QStringLiteral("ImageName"), QStringLiteral("Description"),
                                     QStringLiteral("LocalName"), QStringLiteral("OSName")};
    if (value.isString() && keys.contains(key))
        return QJsonValue(QString(value.toString() + kHostileText));
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = withHostileText(array.at(i), key);
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = withHostileText(it.value(), it.key());
        return object;
    }
    return value;
}

// Above any answer cap a client should have (EcsClient aborts beyond 32 MiB).
constexpr qint64 kHugeBodyBytes = 33 * 1024 * 1024;

void streamHugeBody(QTcpSocket *socket) {
    // Close-delimited, without Content-Length: the client learns the size only while reading.
    socket->write(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=utf-8\r\nConnection: close\r\n\r\n"
        "{\"Padding\":\"");
    auto sent = std::make_shared<qint64>(0);
    const auto more = [socket, sent] {
        static const QByteArray chunk(256 * 1024, 'x');
        if (*sent >= kHugeBodyBytes || socket->state() != QAbstractSocket::ConnectedState)
            return;
        while (socket->bytesToWrite() < 2 * chunk.size() && *sent < kHugeBodyBytes) {
            socket->write(chunk);
            *sent += chunk.size();
        }
        if (*sent >= kHugeBodyBytes) {
            socket->write("\"}");
            socket->disconnectFromHost(); // after the pending bytes are out
        }
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
    more();
}

void resetConnection(QTcpSocket *socket) {
#ifdef Q_OS_UNIX
    // A zero linger time makes close() send RST instead of FIN, like a crashed load balancer.
    const struct linger lingerOption = {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lingerOption, sizeof lingerOption);
#endif
    socket->abort();
}

} // namespace

EcsSimulator::EcsSimulator(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<SimulatorHttpServer>(this)) {}

EcsSimulator::~EcsSimulator() {
    for (const Connection &connection : std::as_const(m_connections))
        disconnect(connection.disconnected);
    m_connections.clear();
    m_pending.clear();
    // Close the connections while this object is still whole.
    m_server.reset();
}

bool EcsSimulator::loadDataset(const QString &path, QString *error) {
    auto dataset = SimulatorDataset::fromFile(path, error);
    if (!dataset)
        return false;
    loadDataset(*dataset);
    return true;
}

void EcsSimulator::loadDataset(const SimulatorDataset &dataset) {
    m_dataset = dataset;
    m_verifier.setAccessKeys(m_dataset.accessKeys());
    m_verifier.clearNonces();
}

bool EcsSimulator::listen(const QHostAddress &address, quint16 port) {
    if (!address.isLoopback() && !m_allowRemote)
        return false;
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0)
        return false;
    m_address = address;
    m_port = bound;
    return true;
}

QUrl EcsSimulator::url() const {
    if (m_port == 0)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    if (m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4 || m_address.isNull())
        url.setHost(QStringLiteral("127.0.0.1"));
    else if (m_address == QHostAddress::AnyIPv6)
        url.setHost(QStringLiteral("::1"));
    else
        url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
}

void EcsSimulator::setLatency(std::chrono::milliseconds latency) {
    m_latency = std::max(latency, std::chrono::milliseconds(0));
}

void EcsSimulator::setMaxConcurrent(int maxConcurrent) {
    m_maxConcurrent = std::max(maxConcurrent, 0);
}

void EcsSimulator::setFault(FaultKind kind, double rate) {
    m_faults.setRate(kind, rate);
}

void EcsSimulator::failNext(FaultKind kind, int count) {
    m_faults.failNext(kind, count);
}

void EcsSimulator::clearFaults() {
    m_faults.clear();
}

void EcsSimulator::setSeed(quint32 seed) {
    m_faults.setSeed(seed);
}

void EcsSimulator::setClockForTests(std::function<QDateTime()> clock) {
    m_verifier.setClock(std::move(clock));
}

void EcsSimulator::resetCounters() {
    m_requestCount = 0;
    m_throttledCount = 0;
    m_peakConcurrency = m_inFlight;
    m_peakByAccount.clear();
    for (auto it = m_inFlightByAccount.cbegin(); it != m_inFlightByAccount.cend(); ++it)
        m_peakByAccount.insert(it.key(), it.value());
}

void EcsSimulator::setStsLifetimeScale(double scale) {
    m_stsLifetimeScale = scale > 0 ? scale : 1.0;
}

EcsSimulator::Outgoing EcsSimulator::immediateError(const IncomingRequest &request,
                                                    const SimulatorAnswer &answer, const QString &why) {
    Outgoing outgoing;
    outgoing.requestId = SimulatorAnswer::newRequestId();
    outgoing.httpStatus = answer.httpStatus();
    outgoing.body =
        answer.render(requestedFormat(request), outgoing.requestId, hostId(request), &outgoing.contentType);
    outgoing.summary = QString::fromLatin1(request.method) % u' ' % actionName(request) %
                       QStringLiteral(" -> ") % QString::number(outgoing.httpStatus) % u' ' % answer.code() %
                       QStringLiteral(" (") % why % u')';
    return outgoing;
}

void EcsSimulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    ++m_requestCount;
    IncomingRequest incoming;
    incoming.method = methodName(request.method());
    incoming.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    incoming.rawQuery = request.url().query(QUrl::FullyEncoded).toUtf8();
    incoming.headers = request.headers();
    incoming.body = request.body();

    if (incoming.body.size() > kMaxBodyBytes) {
        const SimulatorAnswer tooLarge = SimulatorAnswer::error(
            413, QStringLiteral("RequestEntityTooLarge"),
            QStringLiteral("The request body is larger than 1 MB, the most the service accepts."));
        incoming.body.clear(); // nothing of it is read, not even its Format
        schedule(socket, immediateError(incoming, tooLarge, QStringLiteral("body above 1 MB")),
                 Timing::Refused);
        return;
    }
    // The service throttles each account on its own: the cap counts the answers in flight for the
    // account of the request's key (read before verification, as a gateway would).
    const QString account = accountOf(incoming);
    if (m_maxConcurrent > 0 && m_inFlightByAccount.value(account) >= m_maxConcurrent) {
        ++m_throttledCount;
        schedule(socket, immediateError(incoming, throttlingAnswer(true), QStringLiteral("concurrency cap")),
                 Timing::Refused);
        return;
    }
    Outgoing outgoing = answer(incoming, m_faults.next());
    outgoing.account = account;
    const bool delayed = m_latency.count() > 0 || outgoing.fault == FaultKind::Stall;
    schedule(socket, std::move(outgoing), delayed ? Timing::Delayed : Timing::Served);
}

QString EcsSimulator::accountOf(const IncomingRequest &request) const {
    QString keyId;
    const QByteArray authorization = request.header("authorization");
    const qsizetype credential = authorization.indexOf("Credential=");
    if (credential >= 0) {
        const qsizetype start = credential + qsizetype(qstrlen("Credential="));
        const qsizetype end = authorization.indexOf(',', start);
        keyId = QString::fromUtf8(authorization.mid(start, end < 0 ? -1 : end - start)).trimmed();
    } else {
        QMap<QString, QString> parameters = SignatureVerifier::parseForm(request.rawQuery);
        if (request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded"))
            parameters.insert(SignatureVerifier::parseForm(request.body));
        keyId = parameters.value(QStringLiteral("AccessKeyId"));
    }
    const SimAccessKey *key = m_dataset.findAccessKey(keyId);
    return key ? key->accountId : QString();
}

int EcsSimulator::peakConcurrency(const QString &accountId) const {
    return m_peakByAccount.value(accountId);
}

void EcsSimulator::leaveFlight(Pending &pending) {
    if (!pending.inFlight)
        return;
    pending.inFlight = false;
    --m_inFlight;
    if (--m_inFlightByAccount[pending.outgoing.account] <= 0)
        m_inFlightByAccount.remove(pending.outgoing.account);
}

EcsSimulator::Outgoing EcsSimulator::answer(const IncomingRequest &request, FaultKind fault) {
    Outgoing outgoing;
    outgoing.fault = fault;
    outgoing.requestId = SimulatorAnswer::newRequestId();
    const QString prefix = QString::fromLatin1(request.method) % u' ' % actionName(request);

    // Faults stand in front of the service, as a load balancer or flow control would: the request is
    // not authenticated, so its nonce stays unused and a retry with the same signature could succeed.
    SimulatorAnswer result =
        SimulatorAnswer::error(500, QStringLiteral("InternalError"),
                               QStringLiteral("The request processing has failed due to some "
                                              "unknown error, exception or failure."));
    SimulatorAnswer::Format format = requestedFormat(request);
    switch (fault) {
    case FaultKind::None:
    case FaultKind::Truncated:
    case FaultKind::Shift:
    case FaultKind::ShortPages:
    case FaultKind::IgnorePage:
    case FaultKind::ControlChars: {
        const Verification verification = m_verifier.verify(request);
        format = verification.format;
        if (verification.error) {
            result = *verification.error;
        } else {
            QMap<QString, QString> parameters = verification.parameters;
            if (fault == FaultKind::IgnorePage)
                parameters.insert(QStringLiteral("PageNumber"), QStringLiteral("1"));
            // The verifier knows the same keys as the dataset, so the caller is always found.
            const SimAccessKey *caller = m_dataset.findAccessKey(verification.accessKeyId);
            const qsizetype keysBefore = m_dataset.accessKeys().size();
            if (caller) {
                result = SimulatorActions(m_dataset, m_verifier.now(), m_stsLifetimeScale)
                             .handle(*caller, verification.apiVersion, verification.action, parameters);
            }
            // AssumeRole issued a temporary key: the verifier learns it for the next requests.
            if (m_dataset.accessKeys().size() != keysBefore)
                m_verifier.setAccessKeys(m_dataset.accessKeys());
            applyAnswerFault(fault, verification.action, parameters, &result);
        }
        if (fault == FaultKind::ControlChars && result.isError())
            result.setMessage(result.message() + kHostileText);
        break;
    }
    case FaultKind::HugeBody: // streamed by send()
        outgoing.summary = prefix % QStringLiteral(" -> fault huge-body");
        return outgoing;
    case FaultKind::Gateway429:
        outgoing.httpStatus = 429;
        outgoing.contentType = QByteArrayLiteral("text/html");
        outgoing.body = QByteArrayLiteral("<html><head><title>429 Too Many Requests</title></head><body>"
                                          "<h1>429 Too Many Requests</h1><hr><center>gateway</center>"
                                          "</body></html>\n");
        ++m_throttledCount;
        outgoing.summary = prefix % QStringLiteral(" -> fault gateway-429");
        return outgoing;
    case FaultKind::Throttling:
        result = throttlingAnswer(false);
        ++m_throttledCount;
        break;
    case FaultKind::Unavailable:
        result =
            SimulatorAnswer::error(503, QStringLiteral("ServiceUnavailable"),
                                   QStringLiteral("The request has failed due to a temporary failure of the "
                                                  "server."));
        break;
    case FaultKind::Internal:
        break;
    case FaultKind::MalformedJson:
        outgoing.httpStatus = 200;
        outgoing.contentType = QByteArrayLiteral("application/json;charset=utf-8");
        outgoing.body =
            QByteArrayLiteral("{\"RequestId\":\"") + outgoing.requestId.toLatin1() +
            QByteArrayLiteral("\",\"TotalCount\":3,\"Accounts\":{\"Account\":[{\"AliyunId\":\"1234");
        outgoing.summary = prefix % QStringLiteral(" -> fault malformed-json");
        return outgoing;
    case FaultKind::Reset:
    case FaultKind::Stall:
        outgoing.summary = prefix % QStringLiteral(" -> fault ") % FaultPlan::name(fault);
        return outgoing;
    }

    outgoing.httpStatus = result.httpStatus();
    outgoing.body = result.render(format, outgoing.requestId, hostId(request), &outgoing.contentType);
    outgoing.summary = prefix % QStringLiteral(" -> ") % QString::number(outgoing.httpStatus);
    if (result.isError())
        outgoing.summary += u' ' % result.code();
    if (fault != FaultKind::None)
        outgoing.summary += QStringLiteral(" (fault ") % FaultPlan::name(fault) % u')';
    return outgoing;
}

void EcsSimulator::applyAnswerFault(FaultKind fault, const QString &action,
                                    const QMap<QString, QString> &parameters, SimulatorAnswer *result) {
    if (result->isError())
        return;
    QJsonObject body = result->body();
    switch (fault) {
    case FaultKind::Shift: {
        // A grant disappears right after page 1 went out, as if someone unshared it while the client reads.
        const QString page = parameters.value(QStringLiteral("PageNumber"));
        if (action == u"DescribeImageSharePermission" && (page.isEmpty() || page == u"1"))
            m_dataset.removeFirstAccount(parameters.value(QStringLiteral("ImageId")));
        return;
    }
    case FaultKind::ShortPages:
        if (body.contains(QStringLiteral("TotalCount")))
            body.insert(QStringLiteral("TotalCount"), body.value(QStringLiteral("TotalCount")).toInt() + 5);
        break;
    case FaultKind::ControlChars:
        body = withHostileText(body).toObject();
        break;
    default:
        return;
    }
    result->setBody(body);
}

void EcsSimulator::schedule(QTcpSocket *socket, Outgoing outgoing, Timing timing) {
    const quint64 id = ++m_nextPendingId;
    Pending &pending = m_pending[id];
    pending.socket = socket;
    const bool stall = outgoing.fault == FaultKind::Stall;
    if (stall)
        Q_EMIT requestHandled(outgoing.summary);
    const QString account = outgoing.account;
    pending.outgoing = std::move(outgoing);
    auto connection = m_connections.find(socket);
    if (connection == m_connections.end()) {
        connection = m_connections.insert(socket, {});
        // A client that gives up (or a reset) ends its requests: they no longer count as in flight.
        connection->disconnected =
            connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { dropConnection(socket); });
    }
    connection->order.push_back(id);

    if (timing != Timing::Delayed) {
        // Momentarily in flight, so that the peak reflects that this request was served.
        if (timing == Timing::Served) {
            m_peakConcurrency = std::max(m_peakConcurrency, m_inFlight + 1);
            m_peakByAccount[account] =
                std::max(m_peakByAccount.value(account), m_inFlightByAccount.value(account) + 1);
        }
        pending.ready = true;
        sendReady(socket);
        return;
    }
    pending.inFlight = true;
    ++m_inFlight;
    const int accountInFlight = ++m_inFlightByAccount[account];
    m_peakConcurrency = std::max(m_peakConcurrency, m_inFlight);
    m_peakByAccount[account] = std::max(m_peakByAccount.value(account), accountInFlight);
    if (!stall)
        QTimer::singleShot(m_latency, this, [this, id] { markReady(id); });
}

void EcsSimulator::markReady(quint64 id) {
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    it->ready = true;
    leaveFlight(*it);
    if (it->socket)
        sendReady(it->socket);
}

void EcsSimulator::sendReady(QTcpSocket *socket) {
    const auto connection = m_connections.find(socket);
    if (connection == m_connections.end())
        return;
    // Only the front may go out: a later answer that is ready waits for the earlier ones.
    while (!connection->order.empty()) {
        const auto it = m_pending.find(connection->order.front());
        if (it != m_pending.end() && !it->ready)
            return;
        connection->order.pop_front();
        if (it == m_pending.end())
            continue;
        const Pending pending = it.value();
        m_pending.erase(it);
        if (pending.socket && pending.socket->state() == QAbstractSocket::ConnectedState)
            send(pending.socket, pending.outgoing);
        if (!m_connections.contains(socket))
            return; // send() reset the connection, which dropped the rest
    }
}

void EcsSimulator::dropConnection(QTcpSocket *socket) {
    const auto connection = m_connections.find(socket);
    if (connection == m_connections.end())
        return;
    disconnect(connection->disconnected);
    for (const quint64 id : connection->order) {
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            continue;
        leaveFlight(*it);
        m_pending.erase(it);
    }
    m_connections.erase(connection);
}

void EcsSimulator::send(QTcpSocket *socket, const Outgoing &outgoing) {
    switch (outgoing.fault) {
    case FaultKind::Stall:
        return;
    case FaultKind::Reset:
        Q_EMIT requestHandled(outgoing.summary);
        resetConnection(socket);
        return;
    case FaultKind::HugeBody:
        Q_EMIT requestHandled(outgoing.summary);
        streamHugeBody(socket);
        return;
    default:
        break;
    }

    const bool truncated = outgoing.fault == FaultKind::Truncated;
    // A truncated answer promises the whole body but stops half way, then the connection closes.
    const QByteArray body = truncated ? outgoing.body.left(outgoing.body.size() / 2) : outgoing.body;
    QByteArray message = "HTTP/1.1 " + QByteArray::number(outgoing.httpStatus) + ' ' +
                         reasonPhrase(outgoing.httpStatus) + "\r\n";
    message += "Content-Type: " + outgoing.contentType + "\r\n";
    message += "Content-Length: " + QByteArray::number(outgoing.body.size()) + "\r\n";
    message += "x-acs-request-id: " + outgoing.requestId.toLatin1() + "\r\n";
    message += "\r\n" + body;
    socket->write(message);
    if (truncated)
        socket->disconnectFromHost();
    Q_EMIT requestHandled(outgoing.summary);
}

} // namespace isb
