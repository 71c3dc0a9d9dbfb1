// The window's transport: Qt Network loaded from the module isb-network on a client's first request
// (app/network/README.md). This test links no transport: its createHttpTransport() loads the module, as the
// browser's does, from a path the test can change.
#include "../support/WaitFinished.h"
#include "EcsClient.h"
#include "EcsSimulator.h"
#include "HttpTransport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace isb;
using isb::test::waitFinished;

namespace {

QString modulePath = QStringLiteral(ISB_NETWORK_MODULE_PATH);
int transportsMade = 0;

QByteArray dataset() {
    const QJsonObject root{
        {QStringLiteral("AccessKeys"),
         QJsonArray{QJsonObject{{QStringLiteral("AccessKeyId"), QStringLiteral("test-key")},
                                {QStringLiteral("AccessKeySecret"), QStringLiteral("test-secret")}}}},
        {QStringLiteral("Regions"),
         QJsonArray{QJsonObject{
             {QStringLiteral("RegionId"), QStringLiteral("cn-test")},
             {QStringLiteral("LocalName"), QJsonObject{{QStringLiteral("en-US"), QStringLiteral("Test")}}},
             {QStringLiteral("RegionEndpoint"), QStringLiteral("ecs.cn-test.aliyuncs.com")}}}},
        {QStringLiteral("Images"), QJsonArray{}},
    };
    return QJsonDocument(root).toJson();
}

} // namespace

namespace isb {
std::unique_ptr<HttpTransport> createHttpTransport(QString *error) {
    ++transportsMade;
    return loadHttpTransportModule(modulePath, error);
}
} // namespace isb

class TestNetworkModule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void answersArriveThroughTheModule();
    void wrongKeyIsTheServicesError();
    void missingModuleFailsEveryCallClearly();

private:
    std::unique_ptr<EcsClient> makeClient(const QString &secret = QStringLiteral("test-secret"));
    std::unique_ptr<EcsSimulator> m_simulator;
};

void TestNetworkModule::init() {
    modulePath = QStringLiteral(ISB_NETWORK_MODULE_PATH);
    transportsMade = 0;
    m_simulator = std::make_unique<EcsSimulator>();
    const auto data = SimulatorDataset::fromJson(dataset());
    QVERIFY(data.has_value());
    m_simulator->loadDataset(*data);
    QVERIFY(m_simulator->listen());
}

void TestNetworkModule::cleanup() {
    m_simulator.reset();
}

std::unique_ptr<EcsClient> TestNetworkModule::makeClient(const QString &secret) {
    ClientOptions options;
    options.endpointOverride = m_simulator->url();
    options.maxRetries = 0;
    auto client = std::make_unique<EcsClient>(options);
    client->setCredentials(Credentials{QStringLiteral("test-key"), secret, {}});
    return client;
}

void TestNetworkModule::answersArriveThroughTheModule() {
    const auto client = makeClient();
    QCOMPARE(transportsMade, 0); // nothing is loaded before the first request
    for (int round = 0; round < 2; ++round) {
        std::unique_ptr<RegionsCall> call(client->describeRegions());
        QVERIFY(waitFinished(call.get()));
        QVERIFY2(call->succeeded(), qPrintable(call->error().message));
        QCOMPARE(call->result().size(), 1);
        QCOMPARE(call->result().first().regionId, QStringLiteral("cn-test"));
    }
    QCOMPARE(transportsMade, 1); // one transport per client, made on its first request
}

void TestNetworkModule::wrongKeyIsTheServicesError() {
    const auto client = makeClient(QStringLiteral("not-the-secret"));
    std::unique_ptr<RegionsCall> call(client->describeRegions());
    QVERIFY(waitFinished(call.get()));
    QCOMPARE(call->error().kind, EcsError::Kind::Api);
    QCOMPARE(call->error().httpStatus, 400);
    QCOMPARE(call->error().code, QStringLiteral("SignatureDoesNotMatch"));
}

void TestNetworkModule::missingModuleFailsEveryCallClearly() {
    modulePath = QDir::temp().filePath(QStringLiteral("no-such-dir/libisb-network.so"));
    const auto client = makeClient();
    for (int round = 0; round < 2; ++round) {
        std::unique_ptr<RegionsCall> call(client->describeRegions());
        QVERIFY(waitFinished(call.get()));
        QCOMPARE(call->error().kind, EcsError::Kind::Refused); // nothing sent, and not worth retrying
        QCOMPARE(call->error().code, QStringLiteral("NetworkModuleMissing"));
        QVERIFY2(call->error().message.contains(QLatin1String("network module could not be loaded")),
                 qPrintable(call->error().message));
        QVERIFY2(call->error().message.contains(QLatin1String("no-such-dir")),
                 qPrintable(call->error().message));
    }
    QCOMPARE(transportsMade, 2); // tried again on the next request, not cached as a failure
}

QTEST_GUILESS_MAIN(TestNetworkModule)

#include "tst_networkmodule.moc"
