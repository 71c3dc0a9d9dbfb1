// STS 2015-04-01 in the simulator: GetCallerIdentity for every kind of key, in V3 and V1.
#include "SimulatorTestSupport.h"

using namespace isb;
using namespace isb::test;

using Parameters = QMap<QString, QString>;

namespace {

const QString kSts = QStringLiteral("2015-04-01");

QByteArray oneAccountFile(const QByteArray &accountId, const QByteArray &keyFields = {}) {
    QByteArray top = accountId.isNull() ? QByteArray() : "\"AccountId\":\"" + accountId + "\",";
    return "{" + top + R"("AccessKeys":[{"AccessKeyId":"root-key","AccessKeySecret":"s"},
        {"AccessKeyId":"user-key","AccessKeySecret":"s2","UserName":"auditor")" +
           keyFields + R"(}],"Regions":[],"Images":[]})";
}

} // namespace

class TestSimulatorSts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void callerIdentityOfDemoKeys_data();
    void callerIdentityOfDemoKeys();
    void callerIdentityOfKinds_data();
    void callerIdentityOfKinds();
    void accountIdDefaultsAndIsValidated();
    void unknownActionOfProduct();
    void unknownVersionRefused();

private:
    EcsSimulator m_simulator;
    std::unique_ptr<TestClient> m_client;
};

void TestSimulatorSts::initTestCase() {
    QString error;
    QVERIFY2(m_simulator.loadDataset(demoDataPath(), &error), qPrintable(error));
    QVERIFY(m_simulator.listen(QHostAddress::LocalHost));
    m_client = std::make_unique<TestClient>(m_simulator.url());
}

void TestSimulatorSts::callerIdentityOfDemoKeys_data() {
    QTest::addColumn<Credentials>("key");
    QTest::addColumn<SignatureVersion>("signature");
    QTest::newRow("AccessKey V3") << kDemoKey << SignatureVersion::V3;
    QTest::newRow("AccessKey V1") << kDemoKey << SignatureVersion::V1;
    QTest::newRow("STS key V3") << kStsKey << SignatureVersion::V3;
}

void TestSimulatorSts::callerIdentityOfDemoKeys() {
    QFETCH(Credentials, key);
    QFETCH(SignatureVersion, signature);
    Parameters parameters;
    if (signature == SignatureVersion::V1)
        parameters.insert(QStringLiteral("Format"), QStringLiteral("JSON"));
    const HttpResult result =
        m_client->callApi(kSts, QStringLiteral("GetCallerIdentity"), parameters, key, signature);
    QCOMPARE(result.status, 200);
    const QJsonObject body = result.json();
    QCOMPARE(body.value(QStringLiteral("AccountId")).toString(), m_simulator.dataset().accountId());
    QCOMPARE(m_simulator.dataset().accountId(), QStringLiteral("1500000000000001"));
    QCOMPARE(body.value(QStringLiteral("IdentityType")).toString(), QStringLiteral("Account"));
    QCOMPARE(body.value(QStringLiteral("Arn")).toString(), QStringLiteral("acs:ram::1500000000000001:root"));
    QCOMPARE(body.value(QStringLiteral("RequestId")).toString(), QString::fromLatin1(result.requestIdHeader));
    QVERIFY(!body.value(QStringLiteral("PrincipalId")).toString().isEmpty());
    QVERIFY(!body.value(QStringLiteral("UserId")).toString().isEmpty());
}

void TestSimulatorSts::callerIdentityOfKinds_data() {
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("identityType");
    QTest::addColumn<QString>("arn");
    QTest::newRow("root") << QStringLiteral("root-key") << QStringLiteral("s") << QStringLiteral("Account")
                          << QStringLiteral("acs:ram::123456789012:root");
    QTest::newRow("RAM user") << QStringLiteral("user-key") << QStringLiteral("s2")
                              << QStringLiteral("RAMUser")
                              << QStringLiteral("acs:ram::123456789012:user/auditor");
}

void TestSimulatorSts::callerIdentityOfKinds() {
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QString, identityType);
    QFETCH(QString, arn);
    QString error;
    auto dataset = SimulatorDataset::fromJson(oneAccountFile("123456789012"), &error);
    QVERIFY2(dataset, qPrintable(error));
    EcsSimulator simulator;
    simulator.loadDataset(*dataset);
    QVERIFY(simulator.listen());
    TestClient client(simulator.url());
    const HttpResult result =
        client.callApi(kSts, QStringLiteral("GetCallerIdentity"), {}, Credentials{keyId, secret, {}});
    QCOMPARE(result.status, 200);
    const QJsonObject body = result.json();
    QCOMPARE(body.value(QStringLiteral("AccountId")).toString(), QStringLiteral("123456789012"));
    QCOMPARE(body.value(QStringLiteral("IdentityType")).toString(), identityType);
    QCOMPARE(body.value(QStringLiteral("Arn")).toString(), arn);
    if (identityType == u"RAMUser")
        QVERIFY(body.value(QStringLiteral("UserId")).toString() != QStringLiteral("123456789012"));
    QCOMPARE(body.value(QStringLiteral("PrincipalId")).toString(),
             body.value(QStringLiteral("UserId")).toString());
}

void TestSimulatorSts::accountIdDefaultsAndIsValidated() {
    auto dataset = SimulatorDataset::fromJson(oneAccountFile(QByteArray()));
    QVERIFY(dataset);
    QCOMPARE(dataset->accountId(), QLatin1String(SimulatorDataset::kDefaultAccountId));
    QCOMPARE(dataset->accessKeys().at(1).accountId, QLatin1String(SimulatorDataset::kDefaultAccountId));
    QString error;
    QVERIFY(!SimulatorDataset::fromJson(oneAccountFile("12ab"), &error));
    QVERIFY2(error.contains(QStringLiteral("AccountId")), qPrintable(error));
}

void TestSimulatorSts::unknownActionOfProduct() {
    // ECS actions do not exist in STS's version, and the reverse.
    HttpResult result = m_client->callApi(kSts, QStringLiteral("DescribeRegions"), {});
    QCOMPARE(result.status, 404);
    QCOMPARE(result.code(), QStringLiteral("InvalidAction.NotFound"));
    result = m_client->call(QStringLiteral("GetCallerIdentity"), {});
    QCOMPARE(result.status, 404);
    QCOMPARE(result.code(), QStringLiteral("InvalidAction.NotFound"));
}

void TestSimulatorSts::unknownVersionRefused() {
    const HttpResult result =
        m_client->callApi(QStringLiteral("2099-01-01"), QStringLiteral("GetCallerIdentity"), {});
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), QStringLiteral("InvalidVersion"));
}

QTEST_GUILESS_MAIN(TestSimulatorSts)
#include "tst_simulator_sts.moc"
