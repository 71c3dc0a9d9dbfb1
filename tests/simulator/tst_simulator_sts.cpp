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

    void assumeRoleErrors_data();
    void assumeRoleErrors();
    void assumedKeyServesTheRoleAccount();
    void temporaryKeyExpires();
    void listAccounts();
    void listAccountsRefused();
    void imagesSharedWithMe();
    void throttlingPerAccount();

private:
    Credentials assume(const QString &account, const QString &externalId = {});
    static QString roleArn(const QString &account) {
        return QStringLiteral("acs:ram::%1:role/ResourceDirectoryAccountAccessRole").arg(account);
    }

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

Credentials TestSimulatorSts::assume(const QString &account, const QString &externalId) {
    Parameters parameters{{QStringLiteral("RoleArn"), roleArn(account)},
                          {QStringLiteral("RoleSessionName"), QStringLiteral("isb-test")}};
    if (!externalId.isEmpty())
        parameters.insert(QStringLiteral("ExternalId"), externalId);
    const HttpResult result = m_client->callApi(kSts, QStringLiteral("AssumeRole"), parameters);
    const QJsonObject credentials = result.json().value(QStringLiteral("Credentials")).toObject();
    return {credentials.value(QStringLiteral("AccessKeyId")).toString(),
            credentials.value(QStringLiteral("AccessKeySecret")).toString(),
            credentials.value(QStringLiteral("SecurityToken")).toString()};
}

void TestSimulatorSts::assumeRoleErrors_data() {
    QTest::addColumn<Parameters>("parameters");
    QTest::addColumn<bool>("asMember"); // the caller is a temporary key of member ...02, not the management
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString session = QStringLiteral("RoleSessionName");
    const QString arn = QStringLiteral("RoleArn");
    QTest::newRow("no RoleArn") << Parameters{{session, QStringLiteral("s1")}} << false << 400
                                << QStringLiteral("MissingParameter");
    QTest::newRow("no session") << Parameters{{arn, roleArn(QStringLiteral("1500000000000002"))}} << false
                                << 400 << QStringLiteral("MissingParameter");
    QTest::newRow("malformed ARN") << Parameters{{arn, QStringLiteral("arn:aws:iam::1:role/x")},
                                                 {session, QStringLiteral("s1")}}
                                   << false << 400 << QStringLiteral("InvalidParameter.RoleArn");
    QTest::newRow("session too short")
        << Parameters{{arn, roleArn(QStringLiteral("1500000000000002"))}, {session, QStringLiteral("a")}}
        << false << 400 << QStringLiteral("InvalidParameter.RoleSessionName");
    QTest::newRow("session bad character")
        << Parameters{{arn, roleArn(QStringLiteral("1500000000000002"))}, {session, QStringLiteral("a b")}}
        << false << 400 << QStringLiteral("InvalidParameter.RoleSessionName");
    QTest::newRow("no such role") << Parameters{{arn, roleArn(QStringLiteral("1500000000000004"))},
                                                {session, QStringLiteral("s1")}}
                                  << false << 404 << QStringLiteral("EntityNotExist.Role");
    QTest::newRow("duration too short")
        << Parameters{{arn, roleArn(QStringLiteral("1500000000000002"))},
                      {session, QStringLiteral("s1")},
                      {QStringLiteral("DurationSeconds"), QStringLiteral("899")}}
        << false << 400 << QStringLiteral("InvalidParameter.DurationSeconds");
    QTest::newRow("duration above the role's maximum")
        << Parameters{{arn, roleArn(QStringLiteral("1500000000000002"))},
                      {session, QStringLiteral("s1")},
                      {QStringLiteral("DurationSeconds"), QStringLiteral("3601")}}
        << false << 400 << QStringLiteral("InvalidParameter.DurationSeconds");
    QTest::newRow("ExternalId missing")
        << Parameters{{arn, roleArn(QStringLiteral("1500000000000003"))}, {session, QStringLiteral("s1")}}
        << false << 403 << QStringLiteral("NoPermission");
    QTest::newRow("ExternalId wrong") << Parameters{{arn, roleArn(QStringLiteral("1500000000000003"))},
                                                    {session, QStringLiteral("s1")},
                                                    {QStringLiteral("ExternalId"), QStringLiteral("guess")}}
                                      << false << 403 << QStringLiteral("NoPermission");
    QTest::newRow("caller not trusted")
        << Parameters{{arn, roleArn(QStringLiteral("1500000000000002"))}, {session, QStringLiteral("s1")}}
        << true << 403 << QStringLiteral("NoPermission");
}

void TestSimulatorSts::assumeRoleErrors() {
    QFETCH(Parameters, parameters);
    QFETCH(bool, asMember);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Credentials caller = asMember ? assume(QStringLiteral("1500000000000002")) : kDemoKey;
    QVERIFY(!caller.accessKeyId.isEmpty());
    const qsizetype keys = m_simulator.dataset().accessKeys().size();
    const HttpResult result = m_client->callApi(kSts, QStringLiteral("AssumeRole"), parameters, caller);
    QCOMPARE(result.status, status);
    QCOMPARE(result.code(), code);
    QCOMPARE(m_simulator.dataset().accessKeys().size(), keys); // no key issued
}

void TestSimulatorSts::assumedKeyServesTheRoleAccount() {
    const HttpResult result =
        m_client->callApi(kSts, QStringLiteral("AssumeRole"),
                          {{QStringLiteral("RoleArn"), roleArn(QStringLiteral("1500000000000003"))},
                           {QStringLiteral("RoleSessionName"), QStringLiteral("audit@isb")},
                           {QStringLiteral("ExternalId"), QStringLiteral("isb-demo-external")},
                           {QStringLiteral("DurationSeconds"), QStringLiteral("900")}},
                          kDemoKey, SignatureVersion::V1);
    QCOMPARE(result.status, 200);
    const QJsonObject body = result.json();
    const QJsonObject credentials = body.value(QStringLiteral("Credentials")).toObject();
    QVERIFY(credentials.value(QStringLiteral("AccessKeyId")).toString().startsWith(u"STS."));
    QVERIFY(!credentials.value(QStringLiteral("SecurityToken")).toString().isEmpty());
    const QDateTime expiration =
        QDateTime::fromString(credentials.value(QStringLiteral("Expiration")).toString(), Qt::ISODate);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expiration) - 900) <= 2);
    QCOMPARE(body.value(QStringLiteral("AssumedRoleUser")).toObject().value(QStringLiteral("Arn")).toString(),
             QStringLiteral("acs:ram::1500000000000003:role/resourcedirectoryaccountaccessrole/audit@isb"));
    const Credentials key{credentials.value(QStringLiteral("AccessKeyId")).toString(),
                          credentials.value(QStringLiteral("AccessKeySecret")).toString(),
                          credentials.value(QStringLiteral("SecurityToken")).toString()};

    const QJsonObject identity = m_client->callApi(kSts, QStringLiteral("GetCallerIdentity"), {}, key).json();
    QCOMPARE(identity.value(QStringLiteral("AccountId")).toString(), QStringLiteral("1500000000000003"));
    QCOMPARE(identity.value(QStringLiteral("IdentityType")).toString(), QStringLiteral("AssumedRoleUser"));
    QCOMPARE(identity.value(QStringLiteral("Arn")).toString(),
             QStringLiteral(
                 "acs:ram::1500000000000003:assumed-role/ResourceDirectoryAccountAccessRole/audit@isb"));
    QVERIFY(identity.value(QStringLiteral("PrincipalId")).toString().endsWith(u":audit@isb"));

    // ECS answers for the member: its own images only, and the management's are not found.
    const QJsonArray images = m_client
                                  ->call(QStringLiteral("DescribeImages"),
                                         {{QStringLiteral("RegionId"), QStringLiteral("cn-shanghai")}}, key)
                                  .json()
                                  .value(QStringLiteral("Images"))
                                  .toObject()
                                  .value(QStringLiteral("Image"))
                                  .toArray();
    QCOMPARE(images.size(), 1);
    QCOMPARE(images.at(0).toObject().value(QStringLiteral("ImageName")).toString(),
             QStringLiteral("member-data-etl"));
    QCOMPARE(images.at(0).toObject().value(QStringLiteral("ImageOwnerId")).toString(),
             QStringLiteral("1500000000000003"));
    const QString managementImage =
        demoImageId(m_simulator, QStringLiteral("analytics-spark-3.5"), QStringLiteral("cn-shanghai"));
    const HttpResult share = m_client->call(QStringLiteral("DescribeImageSharePermission"),
                                            {{QStringLiteral("RegionId"), QStringLiteral("cn-shanghai")},
                                             {QStringLiteral("ImageId"), managementImage}},
                                            key);
    QCOMPARE(share.code(), QStringLiteral("InvalidImageId.NotFound"));
    // The token must come with the temporary key.
    QCOMPARE(m_client
                 ->callApi(kSts, QStringLiteral("GetCallerIdentity"), {},
                           Credentials{key.accessKeyId, key.accessKeySecret, {}})
                 .code(),
             QStringLiteral("InvalidSecurityToken.Missing"));
}

void TestSimulatorSts::temporaryKeyExpires() {
    EcsSimulator simulator;
    QVERIFY(simulator.loadDataset(demoDataPath()));
    simulator.setStsLifetimeScale(0.001); // 900 s become 0.9 s
    QVERIFY(simulator.listen());
    TestClient client(simulator.url());
    const QJsonObject credentials =
        client
            .callApi(kSts, QStringLiteral("AssumeRole"),
                     {{QStringLiteral("RoleArn"), roleArn(QStringLiteral("1500000000000002"))},
                      {QStringLiteral("RoleSessionName"), QStringLiteral("short")},
                      {QStringLiteral("DurationSeconds"), QStringLiteral("900")}})
            .json()
            .value(QStringLiteral("Credentials"))
            .toObject();
    const Credentials key{credentials.value(QStringLiteral("AccessKeyId")).toString(),
                          credentials.value(QStringLiteral("AccessKeySecret")).toString(),
                          credentials.value(QStringLiteral("SecurityToken")).toString()};
    QCOMPARE(client.callApi(kSts, QStringLiteral("GetCallerIdentity"), {}, key).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(client.callApi(kSts, QStringLiteral("GetCallerIdentity"), {}, key).code(),
                              QStringLiteral("InvalidSecurityToken.Expired"), 5000);
    QCOMPARE(client.call(QStringLiteral("DescribeRegions"), {}, key).status, 400);
}

void TestSimulatorSts::listAccounts() {
    QStringList ids;
    for (int page = 1; page <= 2; ++page) {
        const HttpResult result =
            m_client->callApi(QStringLiteral("2020-03-31"), QStringLiteral("ListAccounts"),
                              {{QStringLiteral("PageNumber"), QString::number(page)},
                               {QStringLiteral("PageSize"), QStringLiteral("3")}});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(QStringLiteral("TotalCount")).toInt(), 4);
        const QJsonArray accounts = result.json()
                                        .value(QStringLiteral("Accounts"))
                                        .toObject()
                                        .value(QStringLiteral("Account"))
                                        .toArray();
        QCOMPARE(accounts.size(), page == 1 ? 3 : 1);
        for (const QJsonValue &account : accounts) {
            ids.append(account.toObject().value(QStringLiteral("AccountId")).toString());
            for (const char *field :
                 {"DisplayName", "Type", "Status", "FolderId", "JoinMethod", "ResourceDirectoryId"})
                QVERIFY2(!account.toObject().value(QLatin1String(field)).toString().isEmpty(), field);
        }
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("1500000000000001"), QStringLiteral("1500000000000002"),
                               QStringLiteral("1500000000000003"), QStringLiteral("1500000000000004")}));
    const HttpResult tooBig = m_client->callApi(QStringLiteral("2020-03-31"), QStringLiteral("ListAccounts"),
                                                {{QStringLiteral("PageSize"), QStringLiteral("101")}});
    QCOMPARE(tooBig.code(), QStringLiteral("InvalidParameter.PageSize"));
}

void TestSimulatorSts::listAccountsRefused() {
    const HttpResult member = m_client->callApi(QStringLiteral("2020-03-31"), QStringLiteral("ListAccounts"),
                                                {}, assume(QStringLiteral("1500000000000002")));
    QCOMPARE(member.status, 403);
    QCOMPARE(member.code(), QStringLiteral("NoPermission"));
    auto dataset = SimulatorDataset::fromJson(oneAccountFile("123456789012"));
    QVERIFY(dataset);
    EcsSimulator simulator;
    simulator.loadDataset(*dataset);
    QVERIFY(simulator.listen());
    TestClient client(simulator.url());
    const HttpResult alone = client.callApi(QStringLiteral("2020-03-31"), QStringLiteral("ListAccounts"), {},
                                            Credentials{QStringLiteral("root-key"), QStringLiteral("s"), {}});
    QCOMPARE(alone.status, 404);
    QCOMPARE(alone.code(), QStringLiteral("EntityNotExists.ResourceDirectory"));
}

void TestSimulatorSts::imagesSharedWithMe() {
    const auto names = [this](const Credentials &key, const QString &region, const QString &alias) {
        QStringList result;
        const QJsonArray images =
            m_client
                ->call(QStringLiteral("DescribeImages"),
                       {{QStringLiteral("RegionId"), region}, {QStringLiteral("ImageOwnerAlias"), alias}},
                       key)
                .json()
                .value(QStringLiteral("Images"))
                .toObject()
                .value(QStringLiteral("Image"))
                .toArray();
        for (const QJsonValue &image : images)
            result.append(image.toObject().value(QStringLiteral("ImageName")).toString() % u'@' %
                          image.toObject().value(QStringLiteral("ImageOwnerId")).toString());
        return result;
    };
    QCOMPARE(names(kDemoKey, QStringLiteral("cn-hangzhou"), QStringLiteral("others")),
             QStringList{QStringLiteral("member-web-base@1500000000000002")});
    QCOMPARE(names(kDemoKey, QStringLiteral("cn-beijing"), QStringLiteral("others")),
             QStringList{QStringLiteral("member-data-lake@1500000000000003")});
    const Credentials data = assume(QStringLiteral("1500000000000003"), QStringLiteral("isb-demo-external"));
    QCOMPARE(names(data, QStringLiteral("cn-hangzhou"), QStringLiteral("others")),
             (QStringList{QStringLiteral("member-web-base@1500000000000002"),
                          QStringLiteral("member-web-partner@1500000000000002")}));
    QVERIFY(names(data, QStringLiteral("cn-hangzhou"), QStringLiteral("self")).isEmpty());
}

void TestSimulatorSts::throttlingPerAccount() {
    EcsSimulator simulator;
    QVERIFY(simulator.loadDataset(demoDataPath()));
    QVERIFY(simulator.listen());
    TestClient client(simulator.url());
    const QJsonObject credentials =
        client
            .callApi(kSts, QStringLiteral("AssumeRole"),
                     {{QStringLiteral("RoleArn"), roleArn(QStringLiteral("1500000000000002"))},
                      {QStringLiteral("RoleSessionName"), QStringLiteral("cap")}})
            .json()
            .value(QStringLiteral("Credentials"))
            .toObject();
    const Credentials member{credentials.value(QStringLiteral("AccessKeyId")).toString(),
                             credentials.value(QStringLiteral("AccessKeySecret")).toString(),
                             credentials.value(QStringLiteral("SecurityToken")).toString()};
    simulator.setLatency(std::chrono::milliseconds(300));
    simulator.setMaxConcurrent(1);
    const Parameters regions;
    // Two accounts side by side: each within its own cap.
    QNetworkReply *first = client.start(client.sign(QStringLiteral("DescribeRegions"), regions, kDemoKey));
    QNetworkReply *second = client.start(client.sign(QStringLiteral("DescribeRegions"), regions, member));
    // The same account twice: the second is over the cap.
    QNetworkReply *third =
        client.start(client.sign(QStringLiteral("DescribeRegions"), regions, kWritableDemoKey));
    const HttpResult a = TestClient::collect(first);
    const HttpResult b = TestClient::collect(second);
    const HttpResult c = TestClient::collect(third);
    QCOMPARE(b.status, 200);
    // Whichever of the management account's two arrived second was over its cap.
    QCOMPARE(QSet<QString>({a.code(), c.code()}),
             QSet<QString>({QString(), QStringLiteral("Throttling.User")}));
    QCOMPARE(simulator.peakConcurrency(QStringLiteral("1500000000000001")), 1);
    QCOMPARE(simulator.peakConcurrency(QStringLiteral("1500000000000002")), 1);
    QCOMPARE(simulator.peakConcurrency(), 2);
}

QTEST_GUILESS_MAIN(TestSimulatorSts)
#include "tst_simulator_sts.moc"
