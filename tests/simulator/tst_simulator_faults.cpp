// Injected faults, latency and the concurrency cap, each observed from the client side.
#include "SimulatorTestSupport.h"

#include <QElapsedTimer>

using namespace isb;
using namespace isb::test;

Q_DECLARE_METATYPE(isb::FaultKind)

class TestSimulatorFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void apiErrorFaults_data();
    void apiErrorFaults();
    void malformedJson();
    void truncatedBody();
    void connectionReset();
    void stall();
    void failNextIsExact();
    void rateOneIsASwitch();
    void seededRatesRepeat();
    void latencyServesConnectionsConcurrently();
    void concurrencyCap();
    void faultsAreAppliedBeforeAuthentication();
    void shiftRemovesAGrantAfterPageOne();
    void shortPagesPromiseMore();
    void ignorePageAlwaysAnswersPageOne();
    void hugeBodyIsStreamed();
    void gateway429HasAnHtmlBody();
    void controlCharsInTexts();
    void newKindsHaveNames();

private:
    HttpResult regions() { return m_client->call(QStringLiteral("DescribeRegions"), {}); }
    HttpResult permissions(const QString &imageId, int page) {
        return m_client->call(QStringLiteral("DescribeImageSharePermission"),
                              {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                               {QStringLiteral("ImageId"), imageId},
                               {QStringLiteral("PageNumber"), QString::number(page)},
                               {QStringLiteral("PageSize"), QStringLiteral("50")}});
    }
    static QStringList accountIds(const HttpResult &result) {
        QStringList ids;
        const QJsonArray accounts = result.json()
                                        .value(QStringLiteral("Accounts"))
                                        .toObject()
                                        .value(QStringLiteral("Account"))
                                        .toArray();
        for (const QJsonValue &account : accounts)
            ids.append(account.toObject().value(QStringLiteral("AliyunId")).toString());
        return ids;
    }
    QString bigImage() const { return demoImageId(*m_simulator, QStringLiteral("shared-build-agent")); }

    std::unique_ptr<EcsSimulator> m_simulator;
    std::unique_ptr<TestClient> m_client;
};

void TestSimulatorFaults::initTestCase() {
    qRegisterMetaType<FaultKind>();
}

void TestSimulatorFaults::init() {
    m_simulator = std::make_unique<EcsSimulator>();
    QString error;
    QVERIFY2(m_simulator->loadDataset(demoDataPath(), &error), qPrintable(error));
    QVERIFY(m_simulator->listen(QHostAddress::LocalHost));
    m_client = std::make_unique<TestClient>(m_simulator->url());
}

void TestSimulatorFaults::apiErrorFaults_data() {
    QTest::addColumn<FaultKind>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("throttling") << FaultKind::Throttling << 400 << QStringLiteral("Throttling");
    QTest::newRow("unavailable") << FaultKind::Unavailable << 503 << QStringLiteral("ServiceUnavailable");
    QTest::newRow("internal") << FaultKind::Internal << 500 << QStringLiteral("InternalError");
}

void TestSimulatorFaults::apiErrorFaults() {
    QFETCH(FaultKind, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    m_simulator->failNext(kind, 1);
    const HttpResult result = regions();
    QCOMPARE(result.status, status);
    QCOMPARE(result.code(), code);
    QVERIFY(!result.json().value(QStringLiteral("RequestId")).toString().isEmpty());
    QCOMPARE(m_simulator->throttledCount(), kind == FaultKind::Throttling ? 1 : 0);
    QCOMPARE(regions().status, 200);
}

void TestSimulatorFaults::malformedJson() {
    m_simulator->failNext(FaultKind::MalformedJson, 1);
    const HttpResult result = regions();
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.status, 200);
    QJsonParseError parseError;
    QJsonDocument::fromJson(result.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);
}

void TestSimulatorFaults::truncatedBody() {
    // POST is not idempotent, so Qt reports the short body instead of silently resending.
    m_simulator->setFault(FaultKind::Truncated, 1.0);
    const HttpResult result = regions();
    QVERIFY(result.finished);
    QVERIFY2(result.error != QNetworkReply::NoError, qPrintable(QString::number(result.error)));
}

void TestSimulatorFaults::connectionReset() {
    // Qt resends a request whose connection closed before any answer byte (twice at most), so a
    // one-off reset can go unnoticed: make it permanent to observe it.
    m_simulator->setFault(FaultKind::Reset, 1.0);
    const HttpResult result = regions();
    QVERIFY(result.finished);
    QCOMPARE(result.status, 0);
    QVERIFY(result.error == QNetworkReply::RemoteHostClosedError ||
            result.error == QNetworkReply::UnknownNetworkError);
    QVERIFY(m_simulator->requestCount() >= 1);
    QCOMPARE(m_simulator->inFlight(), 0);
}

void TestSimulatorFaults::stall() {
    m_simulator->failNext(FaultKind::Stall, 1);
    QNetworkReply *reply = m_client->start(m_client->sign(QStringLiteral("DescribeRegions"), {}));
    const HttpResult stalled = TestClient::collect(reply, 300);
    QVERIFY(!stalled.finished);
    // The client gave up (collect() aborted the reply): the stalled request is no longer in flight.
    QTRY_COMPARE(m_simulator->inFlight(), 0);
    QCOMPARE(regions().status, 200);
}

void TestSimulatorFaults::failNextIsExact() {
    m_simulator->failNext(FaultKind::Unavailable, 2);
    m_simulator->failNext(FaultKind::Throttling, 1);
    QCOMPARE(regions().status, 503);
    QCOMPARE(regions().status, 503);
    QCOMPARE(regions().code(), QStringLiteral("Throttling"));
    QCOMPARE(regions().status, 200);
    QCOMPARE(m_simulator->requestCount(), 4);
    QCOMPARE(m_simulator->throttledCount(), 1);
}

void TestSimulatorFaults::rateOneIsASwitch() {
    m_simulator->setFault(FaultKind::Internal, 1.0);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(regions().status, 500);
    m_simulator->setFault(FaultKind::Internal, 0);
    QCOMPARE(regions().status, 200);
}

void TestSimulatorFaults::seededRatesRepeat() {
    const auto run = [this] {
        m_simulator->clearFaults();
        m_simulator->setSeed(42);
        m_simulator->setFault(FaultKind::Unavailable, 0.5);
        QList<int> statuses;
        for (int i = 0; i < 12; ++i)
            statuses.append(regions().status);
        return statuses;
    };
    const QList<int> first = run();
    QCOMPARE(run(), first);
    QVERIFY(first.contains(200));
    QVERIFY(first.contains(503));
}

void TestSimulatorFaults::latencyServesConnectionsConcurrently() {
    using namespace std::chrono_literals;
    m_simulator->setLatency(400ms);
    QElapsedTimer timer;
    timer.start();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 4; ++i)
        replies.append(m_client->start(m_client->sign(QStringLiteral("DescribeRegions"), {})));
    for (QNetworkReply *reply : replies)
        QCOMPARE(TestClient::collect(reply).status, 200);
    // Four answers delayed 400 ms each, served in parallel rather than one after another.
    QVERIFY2(timer.elapsed() >= 390, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(timer.elapsed() < 1200, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_simulator->peakConcurrency(), 4);
    QCOMPARE(m_simulator->inFlight(), 0);
}

void TestSimulatorFaults::concurrencyCap() {
    using namespace std::chrono_literals;
    m_simulator->setLatency(500ms);
    m_simulator->setMaxConcurrent(2);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 5; ++i)
        replies.append(m_client->start(m_client->sign(QStringLiteral("DescribeRegions"), {})));
    int ok = 0;
    int throttled = 0;
    for (QNetworkReply *reply : replies) {
        const HttpResult result = TestClient::collect(reply);
        if (result.status == 200) {
            ++ok;
        } else {
            QCOMPARE(result.status, 400);
            QCOMPARE(result.code(), QStringLiteral("Throttling.User"));
            QCOMPARE(result.message(), QStringLiteral("Request was denied due to user flow control."));
            ++throttled;
        }
    }
    QCOMPARE(ok, 2);
    QCOMPARE(throttled, 3);
    QCOMPARE(m_simulator->throttledCount(), 3);
    QCOMPARE(m_simulator->peakConcurrency(), 2);
    QCOMPARE(m_simulator->requestCount(), 5);

    m_simulator->resetCounters();
    QCOMPARE(m_simulator->requestCount(), 0);
    QCOMPARE(m_simulator->throttledCount(), 0);
    QCOMPARE(m_simulator->peakConcurrency(), 0);
}

void TestSimulatorFaults::faultsAreAppliedBeforeAuthentication() {
    // A faulted request is not authenticated, so resending the very same signed request works.
    const SignedRequest request = m_client->sign(QStringLiteral("DescribeRegions"), {});
    m_simulator->failNext(FaultKind::Unavailable, 1);
    QCOMPARE(m_client->send(request).status, 503);
    QCOMPARE(m_client->send(request).status, 200);
}

void TestSimulatorFaults::shiftRemovesAGrantAfterPageOne() {
    const QString image = bigImage();
    const QStringList before = accountIds(permissions(image, 1)) + accountIds(permissions(image, 2));
    QCOMPARE(before.size(), 57);
    m_simulator->failNext(FaultKind::Shift, 1);
    const HttpResult first = permissions(image, 1);
    QCOMPARE(first.status, 200);
    QCOMPARE(accountIds(first), before.mid(0, 50)); // page 1 as it was
    const HttpResult second = permissions(image, 2);
    QCOMPARE(second.json().value(QStringLiteral("TotalCount")).toInt(), 56);
    QCOMPARE(accountIds(second), before.mid(51)); // shifted: before[50] is on neither page
    QCOMPARE(demoImage(*m_simulator, image)->accounts.size(), 56);
}

void TestSimulatorFaults::shortPagesPromiseMore() {
    m_simulator->failNext(FaultKind::ShortPages, 1);
    const HttpResult result = permissions(bigImage(), 2);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QStringLiteral("TotalCount")).toInt(), 62);
    QCOMPARE(accountIds(result).size(), 7);
    QCOMPARE(permissions(bigImage(), 2).json().value(QStringLiteral("TotalCount")).toInt(), 57);
}

void TestSimulatorFaults::ignorePageAlwaysAnswersPageOne() {
    const QStringList first = accountIds(permissions(bigImage(), 1));
    m_simulator->failNext(FaultKind::IgnorePage, 1);
    const HttpResult result = permissions(bigImage(), 2);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QStringLiteral("PageNumber")).toInt(), 1);
    QCOMPARE(accountIds(result), first);
}

void TestSimulatorFaults::hugeBodyIsStreamed() {
    m_simulator->failNext(FaultKind::HugeBody, 1);
    const HttpResult result =
        TestClient::collect(m_client->start(m_client->sign(QStringLiteral("DescribeRegions"), {})), 30000);
    QCOMPARE(result.status, 200);
    QVERIFY(result.body.size() > 32 * 1024 * 1024);
    QCOMPARE(regions().status, 200);
}

void TestSimulatorFaults::gateway429HasAnHtmlBody() {
    m_simulator->failNext(FaultKind::Gateway429, 1);
    const HttpResult result = regions();
    QCOMPARE(result.status, 429);
    QVERIFY(result.body.startsWith("<html>"));
    QCOMPARE(m_simulator->throttledCount(), 1);
    QCOMPARE(regions().status, 200);
}

void TestSimulatorFaults::controlCharsInTexts() {
    m_simulator->failNext(FaultKind::ControlChars, 2);
    const HttpResult images = m_client->call(QStringLiteral("DescribeImages"),
                                             {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")}});
    QCOMPARE(images.status, 200);
    const QString name = images.json()
                             .value(QStringLiteral("Images"))
                             .toObject()
                             .value(QStringLiteral("Image"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QStringLiteral("ImageName"))
                             .toString();
    for (const char16_t c : {u'\x1b', u'\x07', u'\x85', u'\x2028'})
        QVERIFY(name.contains(QChar(c)));
    const HttpResult error = permissions(QStringLiteral("m-doesnotexist"), 1);
    QCOMPARE(error.status, 404);
    QVERIFY(error.message().contains(QChar(u'\x1b')));
}

void TestSimulatorFaults::newKindsHaveNames() {
    const QStringList names = {QStringLiteral("shift"),       QStringLiteral("short-pages"),
                               QStringLiteral("ignore-page"), QStringLiteral("huge-body"),
                               QStringLiteral("gateway-429"), QStringLiteral("control-chars")};
    for (const QString &name : names) {
        const auto kind = FaultPlan::kindFromName(name);
        QVERIFY2(kind, qPrintable(name));
        QCOMPARE(FaultPlan::name(*kind), name);
        FaultPlan plan;
        QVERIFY(plan.applySpec(name + QStringLiteral(":#1")));
        QCOMPARE(plan.next(), *kind);
    }
}

QTEST_GUILESS_MAIN(TestSimulatorFaults)
#include "tst_simulator_faults.moc"
