// EcsClient's calls beyond reading images, against the simulator over loopback HTTP: STS
// GetCallerIdentity, and the endpoints of the other products.
#include "../support/WaitFinished.h"
#include "EcsClient.h"
#include "EcsSimulator.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace isb;
using isb::test::waitFinished;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(isb::SignatureVersion)

namespace {

const Credentials kDemoKey{
    QStringLiteral("LTAI5tDemoReadOnly0001"), QStringLiteral("demo-secret-not-a-real-key"), {}};
const Credentials kWritableKey{
    QStringLiteral("LTAI5tDemoWritable0001"), QStringLiteral("demo-writable-secret-not-real"), {}};
const Credentials kStsKey{QStringLiteral("STS.DemoTemporary0001"), QStringLiteral("demo-sts-secret-not-real"),
                          QStringLiteral("demo-sts-token")};

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

    void shareChangeBatches_data();
    void shareChangeBatches();
    void shareChangeApplied_data();
    void shareChangeApplied();
    void shareChangeStopsAtFirstError();
    void shareChangeErrors_data();
    void shareChangeErrors();

    void assumeRoleAndUseTheKey();
    void assumeRoleErrors_data();
    void assumeRoleErrors();
    void listAccountsAllPages();
    void listAccountsRefusedForMembers();
    void imagesSharedWithMe();

private:
    QString demoImage(const QString &name, const QString &regionId = QStringLiteral("cn-hangzhou")) const;
    QStringList knownPartners(int count) const;
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

QString TestAccountCalls::demoImage(const QString &name, const QString &regionId) const {
    for (const SimImage &image : m_simulator->dataset().images()) {
        if (image.imageName == name && image.regionId == regionId)
            return image.imageId;
    }
    return {};
}

// Accounts of the demo data that exist and hold no grant of prod-db-proxy (it has none).
QStringList TestAccountCalls::knownPartners(int count) const {
    QStringList accounts;
    for (const SimImage &image : m_simulator->dataset().images()) {
        for (const SimSharedAccount &account : image.accounts) {
            if (!accounts.contains(account.aliyunId) && accounts.size() < count)
                accounts.append(account.aliyunId);
        }
    }
    return accounts;
}

void TestAccountCalls::shareChangeBatches_data() {
    QTest::addColumn<int>("adds");
    QTest::addColumn<int>("removes");
    QTest::addColumn<bool>("makePrivate");
    QTest::addColumn<int>("calls");
    QTest::newRow("nothing") << 0 << 0 << false << 0;
    QTest::newRow("private only") << 0 << 0 << true << 1;
    QTest::newRow("ten adds") << 10 << 0 << false << 1;
    QTest::newRow("eleven adds") << 11 << 0 << false << 2;
    QTest::newRow("23 removes and private") << 0 << 23 << true << 3;
    QTest::newRow("paired") << 15 << 25 << false << 3;
}

void TestAccountCalls::shareChangeBatches() {
    QFETCH(int, adds);
    QFETCH(int, removes);
    QFETCH(bool, makePrivate);
    QFETCH(int, calls);
    QStringList add;
    QStringList remove;
    for (int i = 0; i < adds; ++i)
        add.append(QStringLiteral("1%1").arg(i, 11, 10, QLatin1Char('0')));
    for (int i = 0; i < removes; ++i)
        remove.append(QStringLiteral("2%1").arg(i, 11, 10, QLatin1Char('0')));
    const QList<ApiRequest> requests = EcsClient::shareChangeRequests(
        QStringLiteral("cn-x"), QStringLiteral("m-x"), add, remove, makePrivate);
    QCOMPARE(requests.size(), calls);
    QStringList sentAdd;
    QStringList sentRemove;
    for (qsizetype c = 0; c < requests.size(); ++c) {
        const auto &parameters = requests.at(c).parameters;
        QCOMPARE(requests.at(c).action, QStringLiteral("ModifyImageSharePermission"));
        QCOMPARE(parameters.value(QStringLiteral("RegionId")), QStringLiteral("cn-x"));
        QCOMPARE(parameters.value(QStringLiteral("ImageId")), QStringLiteral("m-x"));
        // Never more than ten per list, never an eleventh index, IsPublic=false once, never true.
        QVERIFY(!parameters.contains(QStringLiteral("AddAccount.11")));
        QVERIFY(!parameters.contains(QStringLiteral("RemoveAccount.11")));
        QCOMPARE(parameters.value(QStringLiteral("IsPublic")),
                 makePrivate && c == 0 ? QStringLiteral("false") : QString());
        for (int n = 1; n <= 10; ++n) {
            if (parameters.contains(QStringLiteral("AddAccount.%1").arg(n)))
                sentAdd.append(parameters.value(QStringLiteral("AddAccount.%1").arg(n)));
            if (parameters.contains(QStringLiteral("RemoveAccount.%1").arg(n)))
                sentRemove.append(parameters.value(QStringLiteral("RemoveAccount.%1").arg(n)));
        }
    }
    QCOMPARE(sentAdd, add);
    QCOMPARE(sentRemove, remove);
}

void TestAccountCalls::shareChangeApplied_data() {
    QTest::addColumn<SignatureVersion>("signature");
    QTest::newRow("V3") << SignatureVersion::V3;
    QTest::newRow("V1") << SignatureVersion::V1;
}

void TestAccountCalls::shareChangeApplied() {
    QFETCH(SignatureVersion, signature);
    const QString image = demoImage(QStringLiteral("prod-db-proxy"));
    const QStringList partners = knownPartners(23);
    QCOMPARE(partners.size(), 23);
    EcsClient *client = makeClient(kWritableKey, signature);
    m_simulator->resetCounters();
    std::unique_ptr<ShareChangeCall> call(
        client->modifyImageSharePermission(QStringLiteral("cn-hangzhou"), image, partners, {}, false));
    QVERIFY(waitFinished(call.get()));
    QVERIFY2(call->succeeded(), qPrintable(call->error().toOneLine()));
    QCOMPARE(call->result().size(), 3);
    QCOMPARE(QSet<QString>(call->result().cbegin(), call->result().cend()).size(), 3);
    QCOMPARE(m_simulator->requestCount(), 3);
    QCOMPARE(m_simulator->dataset().findImage(image)->accounts.size(), 23);

    // Read back through the client: every grant is there; then remove them all again.
    std::unique_ptr<SharePermissionCall> read(
        client->describeImageSharePermission({QStringLiteral("cn-hangzhou"), image, 1, 50, true}));
    QVERIFY(waitFinished(read.get()));
    QCOMPARE(read->result().accounts.size(), 23);
    call.reset(client->modifyImageSharePermission(QStringLiteral("cn-hangzhou"), image, {}, partners, true));
    QVERIFY(waitFinished(call.get()));
    QVERIFY(call->succeeded());
    QCOMPARE(call->result().size(), 3);
    QVERIFY(m_simulator->dataset().findImage(image)->accounts.isEmpty());
}

void TestAccountCalls::shareChangeStopsAtFirstError() {
    const QString image = demoImage(QStringLiteral("prod-db-proxy"));
    QStringList partners = knownPartners(14);
    partners.insert(12, QStringLiteral("999999999999")); // in the second batch: no such account
    std::unique_ptr<ShareChangeCall> call(
        makeClient(kWritableKey)
            ->modifyImageSharePermission(QStringLiteral("cn-hangzhou"), image, partners, {}, false));
    QVERIFY(waitFinished(call.get()));
    QVERIFY(!call->succeeded());
    QCOMPARE(call->error().code, QStringLiteral("InvalidAccount.NotFound"));
    QCOMPARE(call->error().httpStatus, 404);
    QCOMPARE(call->result().size(), 1); // the first batch was applied
    QCOMPARE(m_simulator->dataset().findImage(image)->accounts.size(), 10);
}

void TestAccountCalls::shareChangeErrors_data() {
    QTest::addColumn<QString>("image");
    QTest::addColumn<QString>("add");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString someone = QStringLiteral("<partner>");
    QTest::newRow("MissingParameter")
        << QString() << someone << false << 400 << QStringLiteral("MissingParameter");
    QTest::newRow("InvalidImageId.NotFound")
        << QStringLiteral("m-nope") << someone << false << 404 << QStringLiteral("InvalidImageId.NotFound");
    QTest::newRow("InvalidAccount.NotFound")
        << QStringLiteral("prod-db-proxy") << QStringLiteral("999999999999") << false << 404
        << QStringLiteral("InvalidAccount.NotFound");
    QTest::newRow("InvalidAccount.Forbbiden")
        << QStringLiteral("prod-db-proxy") << QStringLiteral("1500000000000001") << false << 404
        << QStringLiteral("InvalidAccount.Forbbiden");
    // shared-build-agent already holds 57 (more than the quota, as after a support ticket).
    QTest::newRow("QuotaExceed.ShareImageUser")
        << QStringLiteral("shared-build-agent") << QStringLiteral("<new>") << false << 403
        << QStringLiteral("QuotaExceed.ShareImageUser");
    QTest::newRow("OperationDeined.EncryptedSnapshot")
        << QStringLiteral("sg-payments-pci") << someone << false << 403
        << QStringLiteral("OperationDeined.EncryptedSnapshot");
    QTest::newRow("Forbidden.RAM") << QStringLiteral("prod-db-proxy") << someone << true << 403
                                   << QStringLiteral("Forbidden.RAM");
}

void TestAccountCalls::shareChangeErrors() {
    QFETCH(QString, image);
    QFETCH(QString, add);
    QFETCH(bool, readOnly);
    QFETCH(int, status);
    QFETCH(QString, code);
    QString region = QStringLiteral("cn-hangzhou");
    QString imageId = image;
    if (!image.isEmpty() && !image.startsWith(u"m-")) {
        region = image.startsWith(u"sg-") ? QStringLiteral("ap-southeast-1") : region;
        imageId = demoImage(image, region);
        QVERIFY(!imageId.isEmpty());
    }
    if (add == u"<partner>")
        add = knownPartners(1).constFirst();
    if (add == u"<new>") {
        const SimImage *big = m_simulator->dataset().findImage(imageId);
        for (const QString &candidate : knownPartners(80)) {
            const bool granted =
                std::any_of(big->accounts.cbegin(), big->accounts.cend(),
                            [&](const SimSharedAccount &a) { return a.aliyunId == candidate; });
            if (!granted) {
                add = candidate;
                break;
            }
        }
        QVERIFY(add != u"<new>");
    }
    std::unique_ptr<ShareChangeCall> call(
        makeClient(readOnly ? kDemoKey : kWritableKey)
            ->modifyImageSharePermission(region, imageId, {add}, {}, false));
    QVERIFY(waitFinished(call.get()));
    QVERIFY(!call->succeeded());
    QCOMPARE(call->error().code, code);
    QCOMPARE(call->error().httpStatus, status);
    QVERIFY(call->result().isEmpty());
}

void TestAccountCalls::assumeRoleAndUseTheKey() {
    std::unique_ptr<AssumeRoleCall> call(
        makeClient(kDemoKey, SignatureVersion::V1)
            ->assumeRole(QStringLiteral("acs:ram::1500000000000003:role/"
                                        "ResourceDirectoryAccountAccessRole"),
                         QStringLiteral("image-share-browser"), QStringLiteral("isb-demo-external"), 1800));
    QVERIFY(waitFinished(call.get()));
    QVERIFY2(call->succeeded(), qPrintable(call->error().toOneLine()));
    const AssumedRole role = call->result();
    QVERIFY(role.accessKeyId.startsWith(u"STS."));
    QVERIFY(!role.accessKeySecret.isEmpty());
    QVERIFY(!role.securityToken.isEmpty());
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(role.expiration) - 1800) <= 2);
    QVERIFY(role.assumedRoleId.endsWith(u":image-share-browser"));
    call.reset(); // before its client is replaced

    std::unique_ptr<CallerIdentityCall> identity(
        makeClient(Credentials{role.accessKeyId, role.accessKeySecret, role.securityToken})
            ->getCallerIdentity());
    QVERIFY(waitFinished(identity.get()));
    QVERIFY(identity->succeeded());
    QCOMPARE(identity->result().accountId, QStringLiteral("1500000000000003"));
    QCOMPARE(identity->result().identityType, QStringLiteral("AssumedRoleUser"));
}

void TestAccountCalls::assumeRoleErrors_data() {
    QTest::addColumn<QString>("arn");
    QTest::addColumn<QString>("session");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("code");
    const QString web = QStringLiteral("acs:ram::1500000000000002:role/ResourceDirectoryAccountAccessRole");
    QTest::newRow("no role") << QStringLiteral(
                                    "acs:ram::1500000000000004:role/ResourceDirectoryAccountAccessRole")
                             << QStringLiteral("s1") << 3600 << QStringLiteral("EntityNotExist.Role");
    QTest::newRow("ExternalId required")
        << QStringLiteral("acs:ram::1500000000000003:role/ResourceDirectoryAccountAccessRole")
        << QStringLiteral("s1") << 3600 << QStringLiteral("NoPermission");
    QTest::newRow("session name") << web << QStringLiteral("x") << 3600
                                  << QStringLiteral("InvalidParameter.RoleSessionName");
    QTest::newRow("duration") << web << QStringLiteral("s1") << 600
                              << QStringLiteral("InvalidParameter.DurationSeconds");
}

void TestAccountCalls::assumeRoleErrors() {
    QFETCH(QString, arn);
    QFETCH(QString, session);
    QFETCH(int, duration);
    QFETCH(QString, code);
    std::unique_ptr<AssumeRoleCall> call(makeClient()->assumeRole(arn, session, {}, duration));
    QVERIFY(waitFinished(call.get()));
    QVERIFY(!call->succeeded());
    QCOMPARE(call->error().code, code);
    QVERIFY(call->result().accessKeyId.isEmpty());
}

void TestAccountCalls::listAccountsAllPages() {
    std::unique_ptr<DirectoryAccountsCall> call(makeClient()->listAccounts());
    QVERIFY(waitFinished(call.get()));
    QVERIFY2(call->succeeded(), qPrintable(call->error().toOneLine()));
    QStringList ids;
    for (const DirectoryAccount &account : call->result())
        ids.append(account.accountId);
    QCOMPARE(ids, (QStringList{QStringLiteral("1500000000000001"), QStringLiteral("1500000000000002"),
                               QStringLiteral("1500000000000003"), QStringLiteral("1500000000000004")}));
    QCOMPARE(call->result().first().displayName, QStringLiteral("platform (management)"));
    QCOMPARE(call->result().first().type, QStringLiteral("ResourceAccount"));
    QCOMPARE(call->result().first().status, QStringLiteral("CreateSuccess"));
}

void TestAccountCalls::listAccountsRefusedForMembers() {
    std::unique_ptr<AssumeRoleCall> role(makeClient()->assumeRole(
        QStringLiteral("acs:ram::1500000000000002:role/ResourceDirectoryAccountAccessRole"),
        QStringLiteral("member")));
    QVERIFY(waitFinished(role.get()));
    QVERIFY(role->succeeded());
    const Credentials member{role->result().accessKeyId, role->result().accessKeySecret,
                             role->result().securityToken};
    role.reset(); // before its client is replaced
    std::unique_ptr<DirectoryAccountsCall> call(makeClient(member)->listAccounts());
    QVERIFY(waitFinished(call.get()));
    QVERIFY(!call->succeeded());
    QCOMPARE(call->error().code, QStringLiteral("NoPermission"));
    QCOMPARE(call->error().httpStatus, 403);
}

void TestAccountCalls::imagesSharedWithMe() {
    ImageQuery query;
    query.regionId = QStringLiteral("cn-shanghai");
    query.ownerAlias = QStringLiteral("others");
    query.allPages = true;
    std::unique_ptr<ImagesCall> call(makeClient()->describeImages(query));
    QVERIFY(waitFinished(call.get()));
    QVERIFY2(call->succeeded(), qPrintable(call->error().toOneLine()));
    QCOMPARE(call->result().images.size(), 1);
    QCOMPARE(call->result().images.first().imageName, QStringLiteral("member-data-etl"));
    QCOMPARE(call->result().images.first().imageOwnerId, QStringLiteral("1500000000000003"));
    QVERIFY(!call->result().images.first().isSelfShared);
    // The caller's own images carry its own account as the owner.
    query.ownerAlias = QStringLiteral("self");
    call.reset(m_client->describeImages(query));
    QVERIFY(waitFinished(call.get()));
    QVERIFY(!call->result().images.isEmpty());
    for (const Image &image : call->result().images)
        QCOMPARE(image.imageOwnerId, QStringLiteral("1500000000000001"));
}

QTEST_GUILESS_MAIN(TestAccountCalls)
#include "tst_accountcalls.moc"
