// Issue 12, section 5: the simulator is at least as strict as the service. Repeated parameters, bodies
// above 1 MB and listening beyond loopback are refused; pipelined requests are answered in order; nonces
// expire by time order.
#include "SimulatorTestSupport.h"

#include <QProcess>
#include <QTcpSocket>

using namespace isb;
using namespace isb::test;

Q_DECLARE_METATYPE(isb::SignatureVersion)

class TestSimulatorStrict : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();

    void repeatedQueryParameterRefused_data();
    void repeatedQueryParameterRefused();
    void repeatedFormParameterRefused_data();
    void repeatedFormParameterRefused();
    void bodyAboveOneMegabyteRefused();
    void listensOnLoopbackOnly();
    void executableRefusesRemoteListen();
    void pipelinedRequestsAnsweredInOrder();
    void nonceExpiresAfterTheWindow();

private:
    /// Writes `requests` to one connection in a single write and reads `count` answers' status lines
    /// and bodies, in the order they came.
    QList<std::pair<int, QByteArray>> pipeline(const QList<SignedRequest> &requests);

    std::unique_ptr<EcsSimulator> m_simulator;
    std::unique_ptr<TestClient> m_client;
};

void TestSimulatorStrict::init() {
    m_simulator = std::make_unique<EcsSimulator>();
    QString error;
    QVERIFY2(m_simulator->loadDataset(demoDataPath(), &error), qPrintable(error));
    QVERIFY(m_simulator->listen(QHostAddress::LocalHost));
    m_client = std::make_unique<TestClient>(m_simulator->url());
}

void TestSimulatorStrict::repeatedQueryParameterRefused_data() {
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("name");
    QTest::newRow("V3 RegionId") << SignatureVersion::V3 << QByteArray("RegionId=cn-beijing")
                                 << QStringLiteral("RegionId");
    QTest::newRow("V1 RegionId") << SignatureVersion::V1 << QByteArray("RegionId=cn-beijing")
                                 << QStringLiteral("RegionId");
    QTest::newRow("V1 encoded name") << SignatureVersion::V1 << QByteArray("%52egionId=cn-beijing")
                                     << QStringLiteral("RegionId");
    QTest::newRow("V1 Signature") << SignatureVersion::V1 << QByteArray("Signature=abc")
                                  << QStringLiteral("Signature");
}

void TestSimulatorStrict::repeatedQueryParameterRefused() {
    QFETCH(SignatureVersion, version);
    QFETCH(QByteArray, extra);
    QFETCH(QString, name);
    QMap<QString, QString> parameters = {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")}};
    if (version == SignatureVersion::V1)
        parameters.insert(QStringLiteral("Format"), QStringLiteral("JSON"));
    SignedRequest request = m_client->sign(QStringLiteral("DescribeImages"), parameters, kDemoKey, version);
    QVERIFY(m_client->send(request).status == 200); // the same request once is fine...
    request = m_client->sign(QStringLiteral("DescribeImages"), parameters, kDemoKey, version);
    request.url.setQuery(request.url.query(QUrl::FullyEncoded) + QLatin1Char('&') +
                             QString::fromLatin1(extra),
                         QUrl::StrictMode);
    const HttpResult result = m_client->send(request); // ...with a name given twice it is refused
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), QStringLiteral("InvalidParameter"));
    QVERIFY2(result.message().contains(QLatin1Char('"') + name + QLatin1Char('"')),
             qPrintable(result.message()));
}

void TestSimulatorStrict::repeatedFormParameterRefused_data() {
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("repeated");
    QTest::newRow("twice in the body")
        << QByteArray("Action=DescribeRegions") << QByteArray("A=1&B=2&A=3") << QStringLiteral("A");
    QTest::newRow("query and body") << QByteArray("Action=DescribeRegions&Format=JSON")
                                    << QByteArray("Format=XML") << QStringLiteral("Format");
    QTest::newRow("plus is a space") << QByteArray() << QByteArray("a+b=1&a%20b=2") << QStringLiteral("a b");
    QTest::newRow("unique") << QByteArray("Action=DescribeRegions") << QByteArray("A=1&B=2") << QString();
}

void TestSimulatorStrict::repeatedFormParameterRefused() {
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, body);
    QFETCH(QString, repeated);
    IncomingRequest request;
    request.method = "POST";
    request.path = "/";
    request.rawQuery = query;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    request.body = body;
    SignatureVerifier verifier;
    const Verification verification = verifier.verify(request);
    QVERIFY(verification.error);
    if (repeated.isEmpty()) {
        QCOMPARE(verification.error->code(), QStringLiteral("MissingParameter")); // unsigned, but no repeat
    } else {
        QCOMPARE(verification.error->code(), QStringLiteral("InvalidParameter"));
        QCOMPARE(verification.error->httpStatus(), 400);
        QVERIFY(verification.error->message().contains(QLatin1Char('"') + repeated + QLatin1Char('"')));
    }
}

void TestSimulatorStrict::bodyAboveOneMegabyteRefused() {
    const auto post = [this](qsizetype size) {
        SignedRequest request = m_client->sign(QStringLiteral("DescribeRegions"), {});
        request.body = "A=" + QByteArray(size - 2, 'x');
        return m_client->send(request);
    };
    const HttpResult tooLarge = post(EcsSimulator::kMaxBodyBytes + 1);
    QCOMPARE(tooLarge.status, 413);
    QCOMPARE(tooLarge.code(), QStringLiteral("RequestEntityTooLarge"));
    // Exactly 1 MB is read and verified: it fails only because the body's hash was not signed.
    const HttpResult limit = post(EcsSimulator::kMaxBodyBytes);
    QCOMPARE(limit.status, 400);
    QCOMPARE(limit.code(), QStringLiteral("SignatureDoesNotMatch"));
}

void TestSimulatorStrict::listensOnLoopbackOnly() {
    EcsSimulator simulator;
    QVERIFY(!simulator.listen(QHostAddress::AnyIPv4));
    QVERIFY(!simulator.isListening());
    QVERIFY(!simulator.listen(QHostAddress::Any));
    QVERIFY(simulator.listen(QHostAddress::LocalHostIPv6) || simulator.listen(QHostAddress::LocalHost));
    EcsSimulator remote;
    remote.setAllowRemote(true);
    QVERIFY(remote.listen(QHostAddress::AnyIPv4));
    QCOMPARE(remote.url().host(), QStringLiteral("127.0.0.1"));
}

void TestSimulatorStrict::executableRefusesRemoteListen() {
    const QString program = QStringLiteral(ISB_BIN_DIR "/ecs-simulator");
    QProcess refused;
    refused.start(program, {QStringLiteral("--data"), demoDataPath(), QStringLiteral("--listen"),
                            QStringLiteral("0.0.0.0:0")});
    QVERIFY(refused.waitForFinished(5000));
    QCOMPARE(refused.exitCode(), 2);
    QVERIFY(refused.readAllStandardOutput().isEmpty());
    QVERIFY(refused.readAllStandardError().contains("--allow-remote"));

    QProcess allowed;
    allowed.start(program, {QStringLiteral("--data"), demoDataPath(), QStringLiteral("--listen"),
                            QStringLiteral("0.0.0.0:0"), QStringLiteral("--allow-remote")});
    QVERIFY(allowed.waitForReadyRead(5000));
    QVERIFY(allowed.readAllStandardOutput().startsWith("listening on http://127.0.0.1:"));
    allowed.terminate();
    QVERIFY(allowed.waitForFinished(5000));
}

QList<std::pair<int, QByteArray>> TestSimulatorStrict::pipeline(const QList<SignedRequest> &requests) {
    QByteArray wire;
    for (const SignedRequest &request : requests) {
        wire += request.method + ' ' + request.url.path(QUrl::FullyEncoded).toUtf8();
        if (request.url.hasQuery())
            wire += '?' + request.url.query(QUrl::FullyEncoded).toUtf8();
        wire += " HTTP/1.1\r\n";
        for (const auto &[name, value] : request.headers)
            wire += name + ": " + value + "\r\n";
        wire += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n\r\n" + request.body;
    }
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_simulator->port());
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(wire); // every request in one write: the server sees them back to back
    QByteArray received;
    QList<std::pair<int, QByteArray>> answers;
    while (answers.size() < requests.size()) {
        // One answer: status line and headers, then Content-Length bytes.
        const qsizetype headerEnd = received.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const QByteArray head = received.left(headerEnd);
            const qsizetype lengthAt = head.toLower().indexOf("content-length:");
            const qsizetype lineEnd = head.indexOf("\r\n", lengthAt);
            const int length =
                head.mid(lengthAt + 15, lineEnd < 0 ? -1 : lineEnd - lengthAt - 15).trimmed().toInt();
            if (received.size() >= headerEnd + 4 + length) {
                answers.append({head.mid(9, 3).toInt(), received.mid(headerEnd + 4, length)});
                received.remove(0, headerEnd + 4 + length);
                continue;
            }
        }
        QSignalSpy readable(&socket, &QIODevice::readyRead);
        if (socket.bytesAvailable() == 0 && !readable.wait(5000))
            break;
        received += socket.readAll();
    }
    return answers;
}

void TestSimulatorStrict::pipelinedRequestsAnsweredInOrder() {
    using namespace std::chrono_literals;
    // The first request waits 300 ms for its answer; the second is refused at once by the concurrency
    // cap. HTTP/1.1 still owes the answers in request order: the refusal may not overtake.
    m_simulator->setLatency(300ms);
    m_simulator->setMaxConcurrent(1);
    const SignedRequest first = m_client->sign(QStringLiteral("DescribeRegions"), {});
    const SignedRequest second = m_client->sign(
        QStringLiteral("DescribeImages"), {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")}});
    auto answers = pipeline({first, second});
    QCOMPARE(answers.size(), 2);
    QCOMPARE(answers.at(0).first, 200);
    QVERIFY(answers.at(0).second.contains("\"Regions\""));
    QCOMPARE(answers.at(1).first, 400);
    QVERIFY(answers.at(1).second.contains("Throttling.User"));

    // Without a cap, three at once, each with its own answer in its own place.
    m_simulator->setMaxConcurrent(0);
    m_simulator->setLatency(0ms);
    const SignedRequest third = m_client->sign(QStringLiteral("DescribeImages"),
                                               {{QStringLiteral("RegionId"), QStringLiteral("cn-beijing")}});
    answers = pipeline({m_client->sign(QStringLiteral("DescribeRegions"), {}), second, third});
    QCOMPARE(answers.size(), 3);
    QVERIFY(answers.at(0).second.contains("\"Regions\""));
    QVERIFY(answers.at(1).second.contains("\"RegionId\":\"cn-hangzhou\""));
    QVERIFY(answers.at(2).second.contains("\"RegionId\":\"cn-beijing\""));
}

void TestSimulatorStrict::nonceExpiresAfterTheWindow() {
    QDateTime now = QDateTime::currentDateTimeUtc();
    m_simulator->setClockForTests([&now] { return now; });
    SigningContext context = SigningContext::fresh();
    const auto sendAt = [&](const QDateTime &time) {
        context.timestamp = time;
        return m_client->send(
            m_client->sign(QStringLiteral("DescribeRegions"), {}, kDemoKey, SignatureVersion::V3, context));
    };
    QCOMPARE(sendAt(now).status, 200);
    // Within the window the nonce is refused, whatever the timestamp.
    now = now.addSecs(SignatureVerifier::kWindowSeconds - 60);
    HttpResult replay = sendAt(now);
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.code(), QStringLiteral("SignatureNonceUsed"));
    // After it the nonce is forgotten: the service would refuse such an old timestamp anyway.
    now = now.addSecs(120);
    QCOMPARE(sendAt(now).status, 200);
    // ...and remembered again from its new use.
    replay = sendAt(now);
    QCOMPARE(replay.code(), QStringLiteral("SignatureNonceUsed"));

    // Expiry pops from the front of the arrival order: what expired is gone, what is fresh stays.
    SignatureVerifier verifier;
    verifier.setAccessKeys(m_simulator->dataset().accessKeys());
    QDateTime clock = now;
    verifier.setClock([&clock] { return clock; });
    const auto verifyNonce = [&](const QString &nonce) {
        SigningContext signing{clock, nonce};
        const SignedRequest request =
            m_client->sign(QStringLiteral("DescribeRegions"), {}, kDemoKey, SignatureVersion::V3, signing);
        IncomingRequest incoming;
        incoming.method = request.method;
        incoming.path = "/";
        incoming.rawQuery = request.url.query(QUrl::FullyEncoded).toUtf8();
        incoming.headers = request.headers;
        return verifier.verify(incoming);
    };
    for (int i = 0; i < 100; ++i)
        QVERIFY(!verifyNonce(QStringLiteral("old-%1").arg(i)).error);
    clock = clock.addSecs(SignatureVerifier::kWindowSeconds / 2);
    for (int i = 0; i < 10; ++i)
        QVERIFY(!verifyNonce(QStringLiteral("new-%1").arg(i)).error);
    QCOMPARE(verifier.rememberedNonces(), 110);
    clock = clock.addSecs(SignatureVerifier::kWindowSeconds / 2 + 1);
    QVERIFY(!verifyNonce(QStringLiteral("old-0")).error); // expired: usable again
    QCOMPARE(verifier.rememberedNonces(), 11);            // the 10 new ones and old-0 again
    const Verification replayed = verifyNonce(QStringLiteral("new-3"));
    QVERIFY(replayed.error);
    QCOMPARE(replayed.error->code(), QStringLiteral("SignatureNonceUsed"));
}

QTEST_GUILESS_MAIN(TestSimulatorStrict)
#include "tst_simulator_strict.moc"
