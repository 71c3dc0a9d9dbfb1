// EcsClient's calls beyond reading images, against the simulator over loopback HTTP: STS
// GetCallerIdentity, and the endpoints of the other products.
#include "EcsClient.h"
#include "EcsSimulator.h"

#include <QSignalSpy>
#include <QTest>

using namespace isb;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(isb::SignatureVersion)

namespace {

const Credentials kDemoKey{
    QStringLiteral("LTAI5tDemoReadOnly0001"), QStringLiteral("demo-secret-not-a-real-key"), {}};
const Credentials kStsKey{QStringLiteral("STS.DemoTemporary0001"), QStringLiteral("demo-sts-secret-not-real"),
                          QStringLiteral("demo-sts-token")};

template<typename Call> bool waitFinished(Call *call, int timeoutMs = 10000) {
    if (call->isFinished())
        return true;
    QSignalSpy spy(call, &EcsCall::finished);
    return spy.wait(timeoutMs);
}

} // namespace

class TestAccountCalls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void productEndpoints();
    void callerIdentity_data();
    void callerIdentity();
    void callerIdentityUnknownKey();

private:
    EcsClient *makeClient(const Credentials &credentials = kDemoKey,
                          SignatureVersion signature = SignatureVersion::V3);

    std::unique_ptr<EcsSimulator> m_simulator;
    std::unique_ptr<EcsClient> m_client;
};

void TestAccountCalls::init() {
    m_simulator = std::make_unique<EcsSimulator>();
    QString error;
    QVERIFY2(m_simulator->loadDataset(QStringLiteral(ISB_SOURCE_DIR "/resources/demo-data.json"), &error),
             qPrintable(error));
    QVERIFY(m_simulator->listen(QHostAddress::LocalHost, 0));
}

void TestAccountCalls::cleanup() {
    m_client.reset();
    m_simulator.reset();
}

EcsClient *TestAccountCalls::makeClient(const Credentials &credentials, SignatureVersion signature) {
    ClientOptions options;
    options.endpointOverride = m_simulator->url();
    options.signatureVersion = signature;
    options.retryBaseDelay = 5ms;
    options.retryMaxDelay = 40ms;
    m_client = std::make_unique<EcsClient>(options);
    m_client->setCredentials(credentials);
    return m_client.get();
}

void TestAccountCalls::productEndpoints() {
    EcsClient client;
    const ApiRequest sts{QStringLiteral("GetCallerIdentity"),
                         QLatin1String(EcsClient::kStsVersion),
                         {},
                         QLatin1String(EcsClient::kStsHost)};
    QCOMPARE(client.endpointFor(sts, QStringLiteral("cn-hangzhou")),
             QUrl(QStringLiteral("https://sts.aliyuncs.com")));
    const ApiRequest ecs{QStringLiteral("DescribeImages"), QStringLiteral("2014-05-26"), {}};
    QCOMPARE(client.endpointFor(ecs, QStringLiteral("cn-hangzhou")),
             QUrl(QStringLiteral("https://ecs.cn-hangzhou.aliyuncs.com")));
    // --endpoint sends every product to the one place (the simulator answers them all).
    ClientOptions options;
    options.endpointOverride = QUrl(QStringLiteral("http://127.0.0.1:1234"));
    client.setOptions(options);
    QCOMPARE(client.endpointFor(sts, {}), options.endpointOverride);
}

void TestAccountCalls::callerIdentity_data() {
    QTest::addColumn<Credentials>("credentials");
    QTest::addColumn<SignatureVersion>("signature");
    QTest::newRow("AccessKey V3") << kDemoKey << SignatureVersion::V3;
    QTest::newRow("AccessKey V1") << kDemoKey << SignatureVersion::V1;
    QTest::newRow("STS V3") << kStsKey << SignatureVersion::V3;
    QTest::newRow("STS V1") << kStsKey << SignatureVersion::V1;
}

void TestAccountCalls::callerIdentity() {
    QFETCH(Credentials, credentials);
    QFETCH(SignatureVersion, signature);
    std::unique_ptr<CallerIdentityCall> call(makeClient(credentials, signature)->getCallerIdentity());
    QVERIFY(waitFinished(call.get()));
    QVERIFY2(call->succeeded(), qPrintable(call->error().toOneLine()));
    QCOMPARE(call->result().accountId, m_simulator->dataset().accountId());
    QCOMPARE(call->result().accountId, QStringLiteral("1500000000000001"));
    QCOMPARE(call->result().identityType, QStringLiteral("Account"));
    QCOMPARE(call->result().arn, QStringLiteral("acs:ram::1500000000000001:root"));
    QVERIFY(!call->result().requestId.isEmpty());
    QCOMPARE(call->result().requestId, call->lastRequestId());
}

void TestAccountCalls::callerIdentityUnknownKey() {
    std::unique_ptr<CallerIdentityCall> call(
        makeClient(Credentials{QStringLiteral("LTAI-nobody"), QStringLiteral("x"), {}})->getCallerIdentity());
    QVERIFY(waitFinished(call.get()));
    QVERIFY(!call->succeeded());
    QCOMPARE(call->error().code, QStringLiteral("InvalidAccessKeyId.NotFound"));
    QCOMPARE(call->result().accountId, QString());
}

QTEST_GUILESS_MAIN(TestAccountCalls)
#include "tst_accountcalls.moc"
