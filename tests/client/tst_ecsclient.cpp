// EcsClient against the ECS simulator over real loopback HTTP: paging, errors, retries, timeouts,
// cancellation and the transport rules. The client, the simulator and the signature rules are checked
// against each other; a scripted server covers what a well-behaved service never does.
#include "../support/WaitFinished.h"
#include "EcsClient.h"
#include "EcsSimulator.h"
#include "ScriptedHttpServer.h"
#include "ServiceText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace isb;
using isb::test::waitFinished;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(isb::FaultKind)

namespace {

const QString kRegion = QStringLiteral("cn-test");
const QString kManyImage = QStringLiteral("m-many0000000000000001");
const QString kPublicImage = QStringLiteral("m-public000000000000001");
const QString kUnsharedImage = QStringLiteral("m-unshared0000000000001");
constexpr int kManyAccounts = 57;

QString accountId(int i) {
    return QStringLiteral("1%1").arg(i, 11, 10, QLatin1Char('0'));
}

// A dataset of our own, so every expectation below is computed from what the test put in.
QByteArray testDataset() {
    QJsonArray manyAccounts;
    for (int i = 0; i < kManyAccounts; ++i)
        manyAccounts.append(
            QJsonObject{{QStringLiteral("AliyunId"), accountId(i)},
                        {QStringLiteral("SharedTime"), QStringLiteral("2026-01-02T03:04:05Z")}});
    auto image = [](const QString &id, const QString &name, const QJsonArray &accounts,
                    const QJsonArray &groups) {
        return QJsonObject{{QStringLiteral("RegionId"), kRegion},
                           {QStringLiteral("ImageId"), id},
                           {QStringLiteral("ImageName"), name},
                           {QStringLiteral("Status"), QStringLiteral("Available")},
                           {QStringLiteral("OSName"), QStringLiteral("Alibaba Cloud Linux 3")},
                           {QStringLiteral("CreationTime"), QStringLiteral("2025-05-06T07:08:09Z")},
                           {QStringLiteral("Size"), 40},
                           {QStringLiteral("Accounts"), accounts},
                           {QStringLiteral("ShareGroups"), groups}};
    };
    QJsonArray images{
        image(kManyImage, QStringLiteral("many"), manyAccounts, {}),
        image(kPublicImage, QStringLiteral("公开 image"),
              QJsonArray{QJsonObject{{QStringLiteral("AliyunId"), accountId(900)}}},
              QJsonArray{QStringLiteral("all")}),
        image(kUnsharedImage, QStringLiteral("unshared"), {}, {}),
    };
    for (int i = 0; i < 23; ++i)
        images.append(image(QStringLiteral("m-filler%1").arg(i, 15, 10, QLatin1Char('0')),
                            QStringLiteral("filler %1").arg(i), {}, {}));
    const QJsonObject root{
        {QStringLiteral("AccessKeys"),
         QJsonArray{QJsonObject{{QStringLiteral("AccessKeyId"), QStringLiteral("test-key")},
                                {QStringLiteral("AccessKeySecret"), QStringLiteral("test-secret")}},
                    QJsonObject{{QStringLiteral("AccessKeyId"), QStringLiteral("STS.test")},
                                {QStringLiteral("AccessKeySecret"), QStringLiteral("sts-secret")},
                                {QStringLiteral("SecurityToken"), QStringLiteral("sts-token")}}}},
        {QStringLiteral("Regions"),
         QJsonArray{QJsonObject{
             {QStringLiteral("RegionId"), kRegion},
             {QStringLiteral("LocalName"), QJsonObject{{QStringLiteral("zh-CN"), QStringLiteral("测试")},
                                                       {QStringLiteral("en-US"), QStringLiteral("Test")}}},
             {QStringLiteral("RegionEndpoint"), QStringLiteral("ecs.cn-test.aliyuncs.com")}}}},
        {QStringLiteral("Images"), images},
    };
    return QJsonDocument(root).toJson();
}

const Credentials kGoodCredentials{QStringLiteral("test-key"), QStringLiteral("test-secret"), {}};

} // namespace

class TestEcsClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void describeRegionsLearnsEndpoints_data();
    void describeRegionsLearnsEndpoints();
    void describeImagesAllPages();
    void sharePermissionOnePage_data();
    void sharePermissionOnePage();
    void sharePermissionAllPages_data();
    void sharePermissionAllPages();
    void pageSizeNeverAboveFifty();
    void groupAllAndSharedTime();
    void apiErrors_data();
    void apiErrors();
    void securityToken();
    void clockSkewIsReported();
    void retriesRecover_data();
    void retriesRecover();
    void retriesGiveUp();
    void throttlingCanBeLeftToTheCaller();
    void clientErrorsAreNeverRetried();
    void everyRetryIsSignedAnew();
    void timeout();
    void cancelDeliversNothing();
    void deletingACallCancelsIt();
    void plainHttpRefusedForRemoteHosts_data();
    void plainHttpRefusedForRemoteHosts();
    void redirectIsAnError();
    void hostileAnswers_data();
    void hostileAnswers();
    void missingCredentials();
    void defaultEndpoints();

    // Issue 12: every answer complete and current, or a clear error.
    void grantRemovedWhileReadingIsReadAgain();
    void sharePagingFaults_data();
    void sharePagingFaults();
    void imagePagingFaults_data();
    void imagePagingFaults();
    void confirmationCatchesRemoveAndAdd();
    void changingListGivesUpAfterThreeRestarts();
    void contradictoryPages_data();
    void contradictoryPages();
    void hugeBodyIsAborted();
    void gateway429IsThrottling();
    void serviceTextIsSanitized();
    void untrustedRegionEndpoint_data();
    void untrustedRegionEndpoint();
    void untrustedRegionEndpointIsRefused();

private:
    EcsClient *makeClient(ClientOptions options = {}, const Credentials &credentials = kGoodCredentials);

    std::unique_ptr<EcsSimulator> m_simulator;
    std::unique_ptr<EcsClient> m_client;
};

void TestEcsClient::init() {
    m_simulator = std::make_unique<EcsSimulator>();
    const auto dataset = SimulatorDataset::fromJson(testDataset());
    QVERIFY(dataset.has_value());
    m_simulator->loadDataset(*dataset);
    QVERIFY(m_simulator->listen(QHostAddress::LocalHost, 0));
}

void TestEcsClient::cleanup() {
    m_client.reset();
    m_simulator.reset();
}

EcsClient *TestEcsClient::makeClient(ClientOptions options, const Credentials &credentials) {
    if (options.endpointOverride.isEmpty())
        options.endpointOverride = m_simulator->url();
    options.retryBaseDelay = 5ms; // keep retries quick in tests; the policy is the same
    options.retryMaxDelay = 40ms;
    m_client = std::make_unique<EcsClient>(options);
    m_client->setCredentials(credentials);
    return m_client.get();
}

void TestEcsClient::describeRegionsLearnsEndpoints_data() {
    QTest::addColumn<int>("signature");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("localName");
    QTest::newRow("v3 en") << int(SignatureVersion::V3) << QStringLiteral("en-US") << QStringLiteral("Test");
    QTest::newRow("v3 zh") << int(SignatureVersion::V3) << QStringLiteral("zh-CN") << QStringLiteral("测试");
    QTest::newRow("v1 zh") << int(SignatureVersion::V1) << QStringLiteral("zh-CN") << QStringLiteral("测试");
}

void TestEcsClient::describeRegionsLearnsEndpoints() {
    QFETCH(int, signature);
    QFETCH(QString, language);
    QFETCH(QString, localName);
    ClientOptions options;
    options.signatureVersion = SignatureVersion(signature);
    EcsClient *client = makeClient(options);
    std::unique_ptr<RegionsCall> call(client->describeRegions(language));
    QVERIFY(waitFinished(call.get()));
    QVERIFY2(call->succeeded(), qPrintable(call->error().toOneLine()));
    QCOMPARE(call->result().size(), 1);
    QCOMPARE(call->result().first().regionId, kRegion);
    QCOMPARE(call->result().first().localName, localName);
    QCOMPARE(call->result().first().regionEndpoint, QStringLiteral("ecs.cn-test.aliyuncs.com"));
    QVERIFY(!call->lastRequestId().isEmpty());

    // Without an override, later calls for the region go to the endpoint the service named.
    ClientOptions noOverride;
    EcsClient other(noOverride);
    other.setRegionEndpoint(kRegion, call->result().first().regionEndpoint);
    QCOMPARE(other.endpointFor(kRegion), QUrl(QStringLiteral("https://ecs.cn-test.aliyuncs.com")));
}

void TestEcsClient::describeImagesAllPages() {
    EcsClient *client = makeClient();
    ImageQuery query;
    query.regionId = kRegion;
    query.pageSize = 10; // 26 images: three pages
    query.allPages = true;
    std::unique_ptr<ImagesCall> call(client->describeImages(query));
    QSignalSpy progress(call.get(), &EcsCall::progress);
    QVERIFY(waitFinished(call.get()));
    QVERIFY2(call->succeeded(), qPrintable(call->error().toOneLine()));
    QCOMPARE(call->result().images.size(), 26);
    QCOMPARE(call->result().totalCount, 26);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.last().at(0).toInt(), 3);
    QCOMPARE(client->attemptsSent(), 4); // 3 pages, then page 1 again to confirm the list held still
    QSet<QString> ids;
    for (const Image &image : call->result().images)
        ids.insert(image.imageId);
    QCOMPARE(ids.size(), 26);
    QVERIFY(ids.contains(kManyImage));

    // The name filter is fuzzy and handles non-ASCII.
    query.imageName = QStringLiteral("公开");
    std::unique_ptr<ImagesCall> filtered(client->describeImages(query));
    QVERIFY(waitFinished(filtered.get()));
    QVERIFY(filtered->succeeded());
    QCOMPARE(filtered->result().images.size(), 1);
    QCOMPARE(filtered->result().images.first().imageId, kPublicImage);
    QCOMPARE(filtered->result().images.first().sizeGiB, qint64(40));
    QCOMPARE(filtered->result().images.first().creationTime,
             QDateTime(QDate(2025, 5, 6), QTime(7, 8, 9), Qt::UTC));
}

void TestEcsClient::sharePermissionOnePage_data() {
    QTest::addColumn<int>("signature");
    QTest::addColumn<int>("pageNumber");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("expectedAccounts");
    QTest::addColumn<int>("firstIndex");
    QTest::newRow("v3 default page") << int(SignatureVersion::V3) << 1 << 10 << 10 << 0;
    QTest::newRow("v3 page 2 of 50") << int(SignatureVersion::V3) << 2 << 50 << 7 << 50;
    QTest::newRow("v1 page 6 of 10") << int(SignatureVersion::V1) << 6 << 10 << 7 << 50;
    QTest::newRow("v1 page 3 of 20") << int(SignatureVersion::V1) << 3 << 20 << 17 << 40;
    QTest::newRow("past the end") << int(SignatureVersion::V3) << 9 << 10 << 0 << -1;
}

void TestEcsClient::sharePermissionOnePage() {
    QFETCH(int, signature);
    QFETCH(int, pageNumber);
    QFETCH(int, pageSize);
    QFETCH(int, expectedAccounts);
    QFETCH(int, firstIndex);
    ClientOptions options;
    options.signatureVersion = SignatureVersion(signature);
    EcsClient *client = makeClient(options);
    std::unique_ptr<SharePermissionCall> call(
        client->describeImageSharePermission({kRegion, kManyImage, pageNumber, pageSize, false}));
    QVERIFY(waitFinished(call.get()));
    QVERIFY2(call->succeeded(), qPrintable(call->error().toOneLine()));
    const SharePermissionPage &page = call->result();
    QCOMPARE(page.totalCount, kManyAccounts);
    QCOMPARE(page.pageNumber, pageNumber);
    QCOMPARE(page.pageSize, pageSize);
    QCOMPARE(page.accounts.size(), expectedAccounts);
    QCOMPARE(page.pageCount(), (kManyAccounts + pageSize - 1) / pageSize);
    if (firstIndex >= 0)
        QCOMPARE(page.accounts.first().aliyunId, accountId(firstIndex));
    QCOMPARE(page.imageId, kManyImage);
    QCOMPARE(page.regionId, kRegion);
    QCOMPARE(page.requestId, call->lastRequestId());
}

void TestEcsClient::sharePermissionAllPages_data() {
    QTest::addColumn<int>("signature");
    QTest::newRow("v3") << int(SignatureVersion::V3);
    QTest::newRow("v1") << int(SignatureVersion::V1);
}

void TestEcsClient::sharePermissionAllPages() {
    QFETCH(int, signature);
    ClientOptions options;
    options.signatureVersion = SignatureVersion(signature);
    EcsClient *client = makeClient(options);
    std::unique_ptr<SharePermissionCall> call(
        client->describeImageSharePermission({kRegion, kManyImage, 1, 10, true}));
    QVERIFY(waitFinished(call.get()));
    QVERIFY2(call->succeeded(), qPrintable(call->error().toOneLine()));
    QCOMPARE(call->result().accounts.size(), kManyAccounts);
    QCOMPARE(call->result().totalCount, kManyAccounts);
    for (int i = 0; i < kManyAccounts; ++i)
        QCOMPARE(call->result().accounts.at(i).aliyunId, accountId(i));
    QCOMPARE(client->attemptsSent(), 3); // pages of 50: 50 + 7, then page 1 again to confirm
    QCOMPARE(m_simulator->requestCount(), 3);
}

void TestEcsClient::pageSizeNeverAboveFifty() {
    // The simulator answers 400 above 50, as the reference page allows; the client clamps instead.
    EcsClient *client = makeClient();
    std::unique_ptr<SharePermissionCall> call(
        client->describeImageSharePermission({kRegion, kManyImage, 1, 100, false}));
    QVERIFY(waitFinished(call.get()));
    QVERIFY2(call->succeeded(), qPrintable(call->error().toOneLine()));
    QCOMPARE(call->result().pageSize, 50);
    QCOMPARE(call->result().accounts.size(), 50);
}

void TestEcsClient::groupAllAndSharedTime() {
    EcsClient *client = makeClient();
    std::unique_ptr<SharePermissionCall> call(
        client->describeImageSharePermission({kRegion, kPublicImage, 1, 10, true}));
    QVERIFY(waitFinished(call.get()));
    QVERIFY(call->succeeded());
    QVERIFY(call->result().isSharedWithEveryone());
    QCOMPARE(call->result().shareGroups, QStringList{QStringLiteral("all")});
    QCOMPARE(call->result().accounts.size(), 1);
    QVERIFY(!call->result().accounts.first().sharedTime.isValid()); // absent in the data: stays absent

    std::unique_ptr<SharePermissionCall> many(
        client->describeImageSharePermission({kRegion, kManyImage, 1, 10, false}));
    QVERIFY(waitFinished(many.get()));
    QCOMPARE(many->result().accounts.first().sharedTime,
             QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QVERIFY(!many->result().isSharedWithEveryone());
}

void TestEcsClient::apiErrors_data() {
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("regionId");
    QTest::addColumn<QString>("imageId");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("authentication");
    QTest::newRow("unknown image") << "test-key"
                                   << "test-secret" << kRegion << "m-doesnotexist" << 404
                                   << "InvalidImageId.NotFound" << false;
    QTest::newRow("missing region") << "test-key"
                                    << "test-secret"
                                    << "" << kManyImage << 400 << "MissingParameter" << false;
    QTest::newRow("missing image") << "test-key"
                                   << "test-secret" << kRegion << "" << 400 << "MissingParameter" << false;
    QTest::newRow("wrong secret") << "test-key"
                                  << "not-the-secret" << kRegion << kManyImage << 400
                                  << "SignatureDoesNotMatch" << true;
    QTest::newRow("unknown key") << "no-such-key"
                                 << "x" << kRegion << kManyImage << 404 << "InvalidAccessKeyId.NotFound"
                                 << true;
}

void TestEcsClient::apiErrors() {
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QString, regionId);
    QFETCH(QString, imageId);
    QFETCH(int, httpStatus);
    QFETCH(QString, code);
    QFETCH(bool, authentication);
    EcsClient *client = makeClient({}, {keyId, secret, {}});
    std::unique_ptr<SharePermissionCall> call(
        client->describeImageSharePermission({regionId, imageId, 1, 10, false}));
    QVERIFY(waitFinished(call.get()));
    QVERIFY(!call->succeeded());
    const EcsError &error = call->error();
    QCOMPARE(error.kind, EcsError::Kind::Api);
    QCOMPARE(error.httpStatus, httpStatus);
    QCOMPARE(error.code, code);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!error.requestId.isEmpty());
    QVERIFY(error.recommend.startsWith(QLatin1String("https://")));
    QCOMPARE(error.isAuthenticationError(), authentication);
    QVERIFY(!error.isRetryable());
    QCOMPARE(client->attemptsSent(), 1);
    QVERIFY(!error.toOneLine().contains(secret) || secret == QLatin1String("x"));
    if (code == QLatin1String("MissingParameter")) {
        const QString missing = regionId.isEmpty() ? QStringLiteral("RegionId") : QStringLiteral("ImageId");
        QCOMPARE(error.message, QStringLiteral("The input parameter %1 that is mandatory for processing this "
                                               "request is not supplied.")
                                    .arg(missing));
    }
}

void TestEcsClient::securityToken() {
    for (const auto version : {SignatureVersion::V3, SignatureVersion::V1}) {
        ClientOptions options;
        options.signatureVersion = version;
        EcsClient *client = makeClient(
            options, {QStringLiteral("STS.test"), QStringLiteral("sts-secret"), QStringLiteral("sts-token")});
        std::unique_ptr<RegionsCall> ok(client->describeRegions());
        QVERIFY(waitFinished(ok.get()));
        QVERIFY2(ok->succeeded(), qPrintable(ok->error().toOneLine()));

        client->setCredentials({QStringLiteral("STS.test"), QStringLiteral("sts-secret"), {}});
        std::unique_ptr<RegionsCall> missing(client->describeRegions());
        QVERIFY(waitFinished(missing.get()));
        QVERIFY(missing->error().code.startsWith(QLatin1String("InvalidSecurityToken.")));
        QVERIFY(missing->error().isAuthenticationError());
    }
}

void TestEcsClient::clockSkewIsReported() {
    m_simulator->setClockForTests([] { return QDateTime::currentDateTimeUtc().addSecs(16 * 60); });
    EcsClient *client = makeClient();
    std::unique_ptr<RegionsCall> call(client->describeRegions());
    QVERIFY(waitFinished(call.get()));
    QCOMPARE(call->error().code, QStringLiteral("InvalidTimeStamp.Expired"));
    QVERIFY(call->error().isClockSkew());
    QCOMPARE(client->attemptsSent(), 1);
}

void TestEcsClient::retriesRecover_data() {
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("failures");
    QTest::newRow("throttling") << int(FaultKind::Throttling) << 3;
    QTest::newRow("503") << int(FaultKind::Unavailable) << 2;
    QTest::newRow("500") << int(FaultKind::Internal) << 1;
    QTest::newRow("malformed json") << int(FaultKind::MalformedJson) << 1;
    QTest::newRow("truncated") << int(FaultKind::Truncated) << 1;
    QTest::newRow("reset") << int(FaultKind::Reset) << 2;
}

void TestEcsClient::retriesRecover() {
    QFETCH(int, fault);
    QFETCH(int, failures);
    EcsClient *client = makeClient();
    m_simulator->failNext(FaultKind(fault), failures);
    std::unique_ptr<SharePermissionCall> call(
        client->describeImageSharePermission({kRegion, kManyImage, 1, 10, false}));
    QSignalSpy retrying(call.get(), &EcsCall::retrying);
    QSignalSpy throttled(client, &EcsClient::throttled);
    QVERIFY(waitFinished(call.get()));
    QVERIFY2(call->succeeded(), qPrintable(call->error().toOneLine()));
    QCOMPARE(call->result().accounts.size(), 10);
    QCOMPARE(m_simulator->requestCount(), failures + 1);
    if (FaultKind(fault) == FaultKind::Reset) {
        // Qt itself resends once when a reused keep-alive connection turns out closed, so the client
        // may see fewer failures than the server caused.
        QVERIFY(retrying.size() >= 1 && retrying.size() <= failures);
    } else {
        QCOMPARE(retrying.size(), failures);
        QCOMPARE(client->attemptsSent(), failures + 1);
    }
    QCOMPARE(throttled.size(), FaultKind(fault) == FaultKind::Throttling ? failures : 0);
}

void TestEcsClient::retriesGiveUp() {
    ClientOptions options;
    options.maxRetries = 3;
    EcsClient *client = makeClient(options);
    m_simulator->setFault(FaultKind::Unavailable, 1.0);
    std::unique_ptr<SharePermissionCall> call(
        client->describeImageSharePermission({kRegion, kManyImage, 1, 10, false}));
    QVERIFY(waitFinished(call.get()));
    QCOMPARE(call->error().kind, EcsError::Kind::Api);
    QCOMPARE(call->error().httpStatus, 503);
    QCOMPARE(call->error().code, QStringLiteral("ServiceUnavailable"));
    QVERIFY(call->error().isRetryable());
    QCOMPARE(client->attemptsSent(), 4);
    QCOMPARE(m_simulator->requestCount(), 4);
}

void TestEcsClient::throttlingCanBeLeftToTheCaller() {
    ClientOptions options;
    options.retryThrottling = false;
    EcsClient *client = makeClient(options);
    m_simulator->failNext(FaultKind::Throttling, 1);
    std::unique_ptr<RegionsCall> call(client->describeRegions());
    QVERIFY(waitFinished(call.get()));
    QVERIFY(call->error().isThrottling());
    QCOMPARE(client->attemptsSent(), 1);
}

void TestEcsClient::clientErrorsAreNeverRetried() {
    EcsClient *client = makeClient();
    std::unique_ptr<SharePermissionCall> call(
        client->describeImageSharePermission({kRegion, QStringLiteral("m-gone"), 1, 10, false}));
    QSignalSpy retrying(call.get(), &EcsCall::retrying);
    QVERIFY(waitFinished(call.get()));
    QCOMPARE(call->error().code, QStringLiteral("InvalidImageId.NotFound"));
    QCOMPARE(retrying.size(), 0);
    QCOMPARE(m_simulator->requestCount(), 1);
}

void TestEcsClient::everyRetryIsSignedAnew() {
    test::ScriptedHttpServer server;
    const QByteArray unavailable =
        R"({"RequestId":"R1","HostId":"h","Code":"ServiceUnavailable","Message":"busy","Recommend":""})";
    const QByteArray regions = R"({"RequestId":"R2","Regions":{"Region":[{"RegionId":"cn-x","LocalName":"X",)"
                               R"("RegionEndpoint":"ecs.cn-x.aliyuncs.com","Status":"available"}]}})";
    server.setResponses({test::ScriptedHttpServer::response(503, unavailable),
                         test::ScriptedHttpServer::response(200, regions)});
    ClientOptions options;
    options.endpointOverride = server.url();
    EcsClient *client = makeClient(options);
    std::unique_ptr<RegionsCall> call(client->describeRegions());
    QVERIFY(waitFinished(call.get()));
    QVERIFY2(call->succeeded(), qPrintable(call->error().toOneLine()));
    QCOMPARE(server.requests().size(), 2);
    const QByteArray first = server.requests().at(0);
    const QByteArray second = server.requests().at(1);
    using S = test::ScriptedHttpServer;
    QVERIFY(!S::header(first, "x-acs-signature-nonce").isEmpty());
    QVERIFY(S::header(first, "x-acs-signature-nonce") != S::header(second, "x-acs-signature-nonce"));
    QVERIFY(S::header(first, "authorization") != S::header(second, "authorization"));
    QCOMPARE(call->lastRequestId(), QStringLiteral("R2"));
}

void TestEcsClient::timeout() {
    ClientOptions options;
    options.timeout = 300ms;
    options.maxRetries = 1;
    EcsClient *client = makeClient(options);
    m_simulator->setFault(FaultKind::Stall, 1.0);
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<RegionsCall> call(client->describeRegions());
    QVERIFY(waitFinished(call.get(), 5000));
    QCOMPARE(call->error().kind, EcsError::Kind::Timeout);
    QVERIFY(call->error().isRetryable());
    QCOMPARE(client->attemptsSent(), 2);
    QVERIFY(timer.elapsed() >= 500); // two attempts that each waited for the timeout
}

void TestEcsClient::cancelDeliversNothing() {
    m_simulator->setLatency(300ms);
    EcsClient *client = makeClient();
    std::unique_ptr<SharePermissionCall> call(
        client->describeImageSharePermission({kRegion, kManyImage, 1, 10, true}));
    QSignalSpy finished(call.get(), &EcsCall::finished);
    QTRY_COMPARE(m_simulator->inFlight(), 1);
    call->cancel();
    QVERIFY(call->isCancelled());
    QVERIFY(!finished.wait(700));
    QCOMPARE(finished.size(), 0);
    QVERIFY(!call->isFinished());
    QCOMPARE(call->result().accounts.size(), 0);
    QCOMPARE(client->attemptsSent(), 1); // the second page was never asked for
}

void TestEcsClient::deletingACallCancelsIt() {
    m_simulator->setLatency(200ms);
    EcsClient *client = makeClient();
    auto *call = client->describeRegions();
    QTRY_COMPARE(m_simulator->inFlight(), 1);
    delete call; // must not crash when the reply comes back or is aborted
    QTRY_COMPARE(m_simulator->inFlight(), 0);
    std::unique_ptr<RegionsCall> next(client->describeRegions());
    QVERIFY(waitFinished(next.get()));
    QVERIFY(next->succeeded());
}

void TestEcsClient::plainHttpRefusedForRemoteHosts_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("remote http") << QStringLiteral("http://ecs.cn-hangzhou.aliyuncs.com") << false;
    QTest::newRow("private ip http") << QStringLiteral("http://10.0.0.5:8080") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::newRow("https remote") << QStringLiteral("https://ecs.aliyuncs.com") << true;
    QTest::newRow("loopback v4") << QStringLiteral("http://127.0.0.1:9000") << true;
    QTest::newRow("loopback 127/8") << QStringLiteral("http://127.0.0.2:9000") << true;
    QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:9000") << true;
    QTest::newRow("localhost") << QStringLiteral("http://localhost:9000") << true;
    QTest::newRow("v4-mapped loopback") << QStringLiteral("http://[::ffff:127.0.0.1]:9000") << true;
    QTest::newRow("v4-mapped remote") << QStringLiteral("http://[::ffff:10.0.0.5]:9000") << false;
    QTest::newRow("name starting like loopback") << QStringLiteral("http://127.0.0.1.example.com") << false;
    QTest::newRow("five numbers") << QStringLiteral("http://127.0.0.1.5") << false;
}

void TestEcsClient::plainHttpRefusedForRemoteHosts() {
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(EcsClient::transportPolicyViolation(QUrl(url)).isEmpty(), allowed);
    if (allowed)
        return;
    ClientOptions options;
    options.endpointOverride = QUrl(url);
    EcsClient *client = makeClient(options);
    std::unique_ptr<RegionsCall> call(client->describeRegions());
    QVERIFY(waitFinished(call.get()));
    QCOMPARE(call->error().kind, EcsError::Kind::Refused);
    QCOMPARE(client->attemptsSent(), 0);
}

void TestEcsClient::redirectIsAnError() {
    test::ScriptedHttpServer server;
    server.setResponses({test::ScriptedHttpServer::response(302, {}, "Location: https://evil.example/\r\n")});
    ClientOptions options;
    options.endpointOverride = server.url();
    EcsClient *client = makeClient(options);
    std::unique_ptr<RegionsCall> call(client->describeRegions());
    QVERIFY(waitFinished(call.get()));
    QCOMPARE(call->error().kind, EcsError::Kind::BadResponse);
    QCOMPARE(call->error().httpStatus, 302);
    QVERIFY(call->error().message.contains(QLatin1String("evil.example")));
    QCOMPARE(server.requests().size(), 1);
}

void TestEcsClient::hostileAnswers_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("<html>hello</html>");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("missing total") << QByteArray(
        R"({"PageNumber":1,"PageSize":10,"ImageId":"m-1","RegionId":"r"})");
    QTest::newRow("total is text") << QByteArray(R"({"TotalCount":"many","PageNumber":1,"PageSize":10})");
    QTest::newRow("accounts not wrapped")
        << QByteArray(R"({"TotalCount":1,"PageNumber":1,"PageSize":10,"Accounts":[{"AliyunId":"1"}]})");
    QTest::newRow("account without id")
        << QByteArray(R"({"TotalCount":1,"PageNumber":1,"PageSize":10,"Accounts":{"Account":[{"X":"1"}]}})");
    QTest::newRow("group is number") << QByteArray(
        R"({"TotalCount":0,"PageNumber":1,"PageSize":10,"ShareGroups":{"ShareGroup":[{"Group":7}]}})");
    QTest::newRow("more than page size") << QByteArray(
        R"({"TotalCount":3,"PageNumber":1,"PageSize":1,"Accounts":{"Account":[{"AliyunId":"1"},{"AliyunId":"2"}]}})");
}

void TestEcsClient::hostileAnswers() {
    QFETCH(QByteArray, body);
    test::ScriptedHttpServer server;
    server.setResponses({test::ScriptedHttpServer::response(200, body)});
    ClientOptions options;
    options.endpointOverride = server.url();
    options.maxRetries = 1;
    EcsClient *client = makeClient(options);
    std::unique_ptr<SharePermissionCall> call(
        client->describeImageSharePermission({QStringLiteral("r"), QStringLiteral("m-1"), 1, 10, false}));
    QVERIFY(waitFinished(call.get()));
    QCOMPARE(call->error().kind, EcsError::Kind::BadResponse);
    QVERIFY(!call->error().message.isEmpty());
    QCOMPARE(call->result().accounts.size(), 0);
}

void TestEcsClient::missingCredentials() {
    EcsClient *client = makeClient({}, {});
    std::unique_ptr<RegionsCall> call(client->describeRegions());
    QVERIFY(waitFinished(call.get()));
    QCOMPARE(call->error().kind, EcsError::Kind::Refused);
    QCOMPARE(call->error().code, QStringLiteral("MissingCredentials"));
    QCOMPARE(m_simulator->requestCount(), 0);
}

void TestEcsClient::defaultEndpoints() {
    EcsClient client;
    QCOMPARE(client.endpointFor({}), QUrl(QStringLiteral("https://ecs.aliyuncs.com")));
    QCOMPARE(client.endpointFor(QStringLiteral("cn-hangzhou")),
             QUrl(QStringLiteral("https://ecs.cn-hangzhou.aliyuncs.com")));
    ClientOptions options;
    options.endpointOverride = QUrl(QStringLiteral("http://127.0.0.1:1234"));
    client.setOptions(options);
    QCOMPARE(client.endpointFor(QStringLiteral("cn-hangzhou")), options.endpointOverride);
}

namespace {

QByteArray permissionPage(qint64 total, int pageNumber, const QStringList &ids, int pageSize = 50) {
    QJsonArray accounts;
    for (const QString &id : ids)
        accounts.append(QJsonObject{{QStringLiteral("AliyunId"), id}});
    const QJsonObject object{{QStringLiteral("RequestId"), QStringLiteral("R%1").arg(pageNumber)},
                             {QStringLiteral("RegionId"), QStringLiteral("r")},
                             {QStringLiteral("ImageId"), QStringLiteral("m-1")},
                             {QStringLiteral("TotalCount"), total},
                             {QStringLiteral("PageNumber"), pageNumber},
                             {QStringLiteral("PageSize"), pageSize},
                             {QStringLiteral("Accounts"), QJsonObject{{QStringLiteral("Account"), accounts}}},
                             {QStringLiteral("ShareGroups"), QJsonObject{}}};
    return test::ScriptedHttpServer::response(200, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList ids(int from, int to) {
    QStringList list;
    for (int i = from; i <= to; ++i)
        list.append(accountId(i));
    return list;
}

SharePermissionQuery allPagesOf(const QString &region, const QString &image) {
    SharePermissionQuery query;
    query.regionId = region;
    query.imageId = image;
    query.allPages = true;
    return query;
}

} // namespace

void TestEcsClient::grantRemovedWhileReadingIsReadAgain() {
    // Page 1 lists accounts 0-49 of 57; then account 0 is unshared, so page 2 starts at 51 and account 50
    // would be on no page. The changed TotalCount sends the client back to page 1.
    EcsClient *client = makeClient();
    m_simulator->failNext(FaultKind::Shift, 1);
    std::unique_ptr<SharePermissionCall> call(
        client->describeImageSharePermission(allPagesOf(kRegion, kManyImage)));
    QVERIFY(waitFinished(call.get()));
    QVERIFY2(call->succeeded(), qPrintable(call->error().toOneLine()));
    QStringList got;
    for (const SharedAccount &account : call->result().accounts)
        got.append(account.aliyunId);
    QCOMPARE(got, QStringList(ids(1, kManyAccounts - 1)));
    QVERIFY(got.contains(accountId(50)));
    QCOMPARE(call->result().totalCount, kManyAccounts - 1);
    // page 1, page 2 (TotalCount 56, not 57), then page 1, page 2 and page 1 again to confirm.
    QCOMPARE(client->attemptsSent(), 5);
}

void TestEcsClient::sharePagingFaults_data() {
    QTest::addColumn<FaultKind>("fault");
    QTest::addColumn<double>("rate"); // 0: exactly the next request
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("short-pages") << FaultKind::ShortPages << 1.0 << int(EcsError::Kind::BadResponse)
                                 << QStringLiteral("InconsistentPages");
    QTest::newRow("ignore-page") << FaultKind::IgnorePage << 1.0 << int(EcsError::Kind::BadResponse)
                                 << QStringLiteral("InconsistentPages");
    QTest::newRow("shift-always") << FaultKind::Shift << 1.0 << int(EcsError::Kind::Changed)
                                  << QStringLiteral("SharingChanged");
}

void TestEcsClient::sharePagingFaults() {
    QFETCH(FaultKind, fault);
    QFETCH(double, rate);
    QFETCH(int, kind);
    QFETCH(QString, code);
    EcsClient *client = makeClient();
    if (rate > 0)
        m_simulator->setFault(fault, rate);
    else
        m_simulator->failNext(fault, 1);
    std::unique_ptr<SharePermissionCall> call(
        client->describeImageSharePermission(allPagesOf(kRegion, kManyImage)));
    QVERIFY(waitFinished(call.get()));
    QCOMPARE(int(call->error().kind), kind);
    QCOMPARE(call->error().code, code);
    QVERIFY(!call->error().message.isEmpty());
    QVERIFY(call->result().accounts.isEmpty()); // nothing half-read is handed out
    if (fault == FaultKind::Shift) {
        QVERIFY(call->error().message.contains(QLatin1String("changed while it was being read; try again")));
        // Page 1, page 2 (TotalCount changed): 4 passes in all.
        QCOMPARE(client->attemptsSent(), 8);
    }
}

void TestEcsClient::imagePagingFaults_data() {
    QTest::addColumn<FaultKind>("fault");
    QTest::newRow("short-pages") << FaultKind::ShortPages;
    QTest::newRow("ignore-page") << FaultKind::IgnorePage;
}

void TestEcsClient::imagePagingFaults() {
    QFETCH(FaultKind, fault);
    EcsClient *client = makeClient();
    m_simulator->setFault(fault, 1.0);
    ImageQuery query;
    query.regionId = kRegion;
    query.pageSize = 10;
    query.allPages = true;
    std::unique_ptr<ImagesCall> call(client->describeImages(query));
    QVERIFY(waitFinished(call.get()));
    QCOMPARE(call->error().kind, EcsError::Kind::BadResponse);
    QCOMPARE(call->error().code, QStringLiteral("InconsistentPages"));
    QVERIFY(call->result().images.isEmpty());

    // A single page is checked the same way: the page asked for, as many entries as TotalCount leaves.
    query.allPages = false;
    query.pageNumber = 3; // 6 of the 26 images; short-pages claims 31
    std::unique_ptr<ImagesCall> single(client->describeImages(query));
    QVERIFY(waitFinished(single.get()));
    QCOMPARE(single->error().code, QStringLiteral("InconsistentPages"));
}

void TestEcsClient::confirmationCatchesRemoveAndAdd() {
    // Issue 12's case: page 1 lists 1-50 of 60; then account 3 is unshared and account 99 shared, so the
    // count stays 60. Page 2 now starts at 52: 51 is on no page, and the union still has 60 entries.
    // Only reading page 1 again shows the change; the second pass is consistent.
    QStringList after = ids(1, 60);
    after.removeAll(accountId(3));
    after.append(accountId(99));
    test::ScriptedHttpServer server;
    // Pass 1: page 1, page 2, page 1 again (differs). Pass 2: page 1, page 2, page 1 again (same).
    server.setResponses({permissionPage(60, 1, ids(1, 50)), permissionPage(60, 2, after.mid(50)),
                         permissionPage(60, 1, after.mid(0, 50)), permissionPage(60, 1, after.mid(0, 50)),
                         permissionPage(60, 2, after.mid(50)), permissionPage(60, 1, after.mid(0, 50))});
    ClientOptions options;
    options.endpointOverride = server.url();
    EcsClient *client = makeClient(options);
    std::unique_ptr<SharePermissionCall> call(
        client->describeImageSharePermission(allPagesOf(QStringLiteral("r"), QStringLiteral("m-1"))));
    QVERIFY(waitFinished(call.get()));
    QVERIFY2(call->succeeded(), qPrintable(call->error().toOneLine()));
    QStringList got;
    for (const SharedAccount &account : call->result().accounts)
        got.append(account.aliyunId);
    QCOMPARE(got, after);
    QVERIFY(got.contains(accountId(51)));
    QCOMPARE(call->result().totalCount, 60);
    QCOMPARE(server.requests().size(), 6);
}

void TestEcsClient::changingListGivesUpAfterThreeRestarts() {
    // Every confirmation read differs: 1 pass + 3 restarts of 3 requests each, then the clear error.
    test::ScriptedHttpServer server;
    QList<QByteArray> responses;
    for (int pass = 0; pass < 4; ++pass) {
        responses << permissionPage(60, 1, ids(pass * 100 + 1, pass * 100 + 50))
                  << permissionPage(60, 2, ids(pass * 100 + 51, pass * 100 + 60))
                  << permissionPage(60, 1, ids(pass * 100 + 2, pass * 100 + 51));
    }
    server.setResponses(responses);
    ClientOptions options;
    options.endpointOverride = server.url();
    EcsClient *client = makeClient(options);
    std::unique_ptr<SharePermissionCall> call(
        client->describeImageSharePermission(allPagesOf(QStringLiteral("r"), QStringLiteral("m-1"))));
    QVERIFY(waitFinished(call.get()));
    QCOMPARE(call->error().kind, EcsError::Kind::Changed);
    QCOMPARE(call->error().code, QStringLiteral("SharingChanged"));
    QCOMPARE(call->error().message,
             QStringLiteral("The image's sharing changed while it was being read; try again."));
    QCOMPARE(server.requests().size(), 12);
}

void TestEcsClient::contradictoryPages_data() {
    QTest::addColumn<QList<QByteArray>>("responses");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("requests");
    using S = test::ScriptedHttpServer;
    QTest::newRow("page number differs")
        << QList<QByteArray>{permissionPage(60, 1, ids(1, 50)), permissionPage(60, 1, ids(1, 50))}
        << int(EcsError::Kind::BadResponse) << 2;
    QTest::newRow("short page while TotalCount promises more")
        << QList<QByteArray>{permissionPage(60, 1, ids(1, 50)), permissionPage(60, 2, ids(51, 55))}
        << int(EcsError::Kind::BadResponse) << 2;
    QTest::newRow("short first page")
        << QList<QByteArray>{permissionPage(8, 1, ids(1, 3))} << int(EcsError::Kind::BadResponse) << 1;
    QTest::newRow("account twice on one page")
        << QList<QByteArray>{permissionPage(3, 1, {accountId(1), accountId(2), accountId(1)})}
        << int(EcsError::Kind::BadResponse) << 1;
    // Every pass repeats an account of page 1 on page 2: never trusted, 4 passes of 2 pages.
    QTest::newRow("account on two pages")
        << QList<QByteArray>{permissionPage(60, 1, ids(1, 50)), permissionPage(60, 2, ids(50, 59)),
                             permissionPage(60, 1, ids(1, 50)), permissionPage(60, 2, ids(50, 59)),
                             permissionPage(60, 1, ids(1, 50)), permissionPage(60, 2, ids(50, 59)),
                             permissionPage(60, 1, ids(1, 50)), permissionPage(60, 2, ids(50, 59))}
        << int(EcsError::Kind::Changed) << 8;
    QTest::newRow("TotalCount above the cap")
        << QList<QByteArray>{permissionPage(2000000, 1, ids(1, 50))} << int(EcsError::Kind::BadResponse) << 1;
    QTest::newRow("AliyunId number above 2^53")
        << QList<QByteArray>{S::response(
               200,
               R"({"RequestId":"R","RegionId":"r","ImageId":"m-1","TotalCount":1,"PageNumber":1,)"
               R"("PageSize":50,"Accounts":{"Account":[{"AliyunId":9007199254740993}]},"ShareGroups":{}})")}
        << int(EcsError::Kind::BadResponse) << 1;
    QTest::newRow("duplicate ImageIds")
        << QList<QByteArray>{S::response(
               200, R"({"RequestId":"R","TotalCount":2,"PageNumber":1,"PageSize":50,"Images":{"Image":[)"
                    R"({"ImageId":"m-1"},{"ImageId":"m-1"}]}})")}
        << int(EcsError::Kind::BadResponse) << 1;
}

void TestEcsClient::contradictoryPages() {
    QFETCH(QList<QByteArray>, responses);
    QFETCH(int, kind);
    QFETCH(int, requests);
    test::ScriptedHttpServer server;
    server.setResponses(responses);
    ClientOptions options;
    options.endpointOverride = server.url();
    EcsClient *client = makeClient(options);
    std::unique_ptr<EcsCall> call;
    if (QByteArray(QTest::currentDataTag()).contains("ImageIds")) {
        ImageQuery query;
        query.regionId = QStringLiteral("r");
        query.allPages = true;
        call.reset(client->describeImages(query));
    } else {
        call.reset(
            client->describeImageSharePermission(allPagesOf(QStringLiteral("r"), QStringLiteral("m-1"))));
    }
    QVERIFY(waitFinished(call.get()));
    QCOMPARE(int(call->error().kind), kind);
    QVERIFY(!call->error().message.isEmpty());
    QCOMPARE(server.requests().size(), requests);
}

void TestEcsClient::hugeBodyIsAborted() {
    ClientOptions options;
    options.maxRetries = 0;
    EcsClient *client = makeClient(options);
    m_simulator->failNext(FaultKind::HugeBody, 1);
    std::unique_ptr<RegionsCall> call(client->describeRegions());
    QVERIFY(waitFinished(call.get(), 20000));
    QCOMPARE(call->error().kind, EcsError::Kind::BadResponse);
    QCOMPARE(call->error().code, QStringLiteral("ResponseTooLarge"));
    QVERIFY(!call->error().isRetryable());
}

void TestEcsClient::gateway429IsThrottling() {
    EcsClient *client = makeClient();
    QSignalSpy throttled(client, &EcsClient::throttled);
    m_simulator->failNext(FaultKind::Gateway429, 2);
    std::unique_ptr<RegionsCall> call(client->describeRegions());
    QVERIFY(waitFinished(call.get()));
    QVERIFY2(call->succeeded(), qPrintable(call->error().toOneLine()));
    QCOMPARE(throttled.count(), 2);
    QCOMPARE(client->attemptsSent(), 3);

    // Left to the caller (the audit's pool), it is reported as throttling, not as a broken answer.
    ClientOptions options;
    options.retryThrottling = false;
    options.endpointOverride = m_simulator->url();
    EcsClient pooled(options);
    pooled.setCredentials(kGoodCredentials);
    m_simulator->failNext(FaultKind::Gateway429, 1);
    std::unique_ptr<RegionsCall> second(pooled.describeRegions());
    QVERIFY(waitFinished(second.get()));
    QCOMPARE(second->error().httpStatus, 429);
    QVERIFY(second->error().isThrottling());
    QVERIFY(second->error().isRetryable());
}

void TestEcsClient::serviceTextIsSanitized() {
    EcsClient *client = makeClient();
    m_simulator->setFault(FaultKind::ControlChars, 1.0);
    ImageQuery query;
    query.regionId = kRegion;
    std::unique_ptr<ImagesCall> images(client->describeImages(query));
    QVERIFY(waitFinished(images.get()));
    QVERIFY2(images->succeeded(), qPrintable(images->error().toOneLine()));
    QVERIFY(!images->result().images.isEmpty());
    for (const Image &image : images->result().images) {
        QVERIFY(image.imageName.contains(QChar::ReplacementCharacter));
        for (const QString &text : {image.imageName, image.osName, image.description})
            QVERIFY2(!hasUnsafeServiceCharacters(text), qPrintable(text));
    }
    std::unique_ptr<RegionsCall> regions(client->describeRegions());
    QVERIFY(waitFinished(regions.get()));
    QVERIFY(!hasUnsafeServiceCharacters(regions->result().value(0).localName));
    QVERIFY(regions->result().value(0).localName.startsWith(QLatin1String("Test")));

    // An error's Message too.
    std::unique_ptr<SharePermissionCall> missing(
        client->describeImageSharePermission({kRegion, QStringLiteral("m-doesnotexist"), 1, 10, false}));
    QVERIFY(waitFinished(missing.get()));
    QVERIFY(missing->error().isNotFound());
    QVERIFY(missing->error().message.contains(QChar::ReplacementCharacter));
    QVERIFY(!hasUnsafeServiceCharacters(missing->error().message));
    QVERIFY(!hasUnsafeServiceCharacters(missing->error().toOneLine()));

    // Every field of an error body, from a scripted answer (ESC, BEL, C1, U+2028/U+2029, tab, newline).
    test::ScriptedHttpServer server;
    server.setResponses({test::ScriptedHttpServer::response(
        404,
        "{\"RequestId\":\"R\\u001b[2J\",\"HostId\":\"h\\u0007\",\"Code\":\"Bad\\u009b31m\","
        "\"Message\":\"line\\u2028two\\u2029\\tthree\\n\",\"Recommend\":\"https://x/\\u001b]0;t\\u0007\"}")});
    ClientOptions options;
    options.endpointOverride = server.url();
    EcsClient scriptedClient(options);
    scriptedClient.setCredentials(kGoodCredentials);
    std::unique_ptr<RegionsCall> scripted(scriptedClient.describeRegions());
    QVERIFY(waitFinished(scripted.get()));
    const EcsError &error = scripted->error();
    QCOMPARE(error.kind, EcsError::Kind::Api);
    for (const QString &text : {error.requestId, error.hostId, error.code, error.message, error.recommend,
                                scripted->lastRequestId()})
        QVERIFY2(!hasUnsafeServiceCharacters(text), qPrintable(text));
    QCOMPARE(error.message, QString::fromUtf16(u"line\xfffdtwo\xfffd\xfffdthree\xfffd"));
}

void TestEcsClient::untrustedRegionEndpoint_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("trusted");
    QTest::newRow("region") << QStringLiteral("ecs.cn-hangzhou.aliyuncs.com") << true;
    QTest::newRow("upper case") << QStringLiteral("ECS.cn-hangzhou.Aliyuncs.COM") << true;
    QTest::newRow("vpc") << QStringLiteral("ecs-vpc.cn-hangzhou.aliyuncs.com") << true;
    QTest::newRow("bare suffix") << QStringLiteral("aliyuncs.com") << false;
    QTest::newRow("no dot boundary") << QStringLiteral("ecs.evilaliyuncs.com") << false;
    QTest::newRow("suffix elsewhere") << QStringLiteral("ecs.aliyuncs.com.evil.example") << false;
    QTest::newRow("other host") << QStringLiteral("evil.example") << false;
    QTest::newRow("port") << QStringLiteral("ecs.cn-hangzhou.aliyuncs.com:8443") << false;
    QTest::newRow("user info") << QStringLiteral("evil.example@ecs.aliyuncs.com") << false;
    QTest::newRow("path") << QStringLiteral("evil.example/ecs.aliyuncs.com") << false;
    QTest::newRow("trailing newline") << QStringLiteral("ecs.cn-hangzhou.aliyuncs.com\n") << false;
    QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << false;
}

void TestEcsClient::untrustedRegionEndpoint() {
    QFETCH(QString, host);
    QFETCH(bool, trusted);
    QCOMPARE(Region::isTrustedEndpoint(host), trusted);
}

void TestEcsClient::untrustedRegionEndpointIsRefused() {
    // DescribeRegions names a host outside aliyuncs.com for the region: its requests are refused, with
    // nothing sent; a region with a proper endpoint is unaffected.
    EcsClient client;
    client.setCredentials(kGoodCredentials);
    client.setRegionEndpoint(QStringLiteral("cn-evil"), QStringLiteral("ecs.aliyuncs.com.evil.example"));
    client.setRegionEndpoint(QStringLiteral("cn-good"), QStringLiteral("ecs.cn-good.aliyuncs.com"));
    QCOMPARE(client.endpointFor(QStringLiteral("cn-good")),
             QUrl(QStringLiteral("https://ecs.cn-good.aliyuncs.com")));
    ImageQuery query;
    query.regionId = QStringLiteral("cn-evil");
    std::unique_ptr<ImagesCall> call(client.describeImages(query));
    QVERIFY(waitFinished(call.get()));
    QCOMPARE(call->error().kind, EcsError::Kind::Refused);
    QCOMPARE(call->error().code, QStringLiteral("UntrustedEndpoint"));
    QVERIFY(call->error().message.contains(QLatin1String("ecs.aliyuncs.com.evil.example")));
    QCOMPARE(client.attemptsSent(), 0);

    // The user's own --endpoint is still honoured.
    ClientOptions options = client.options();
    options.endpointOverride = m_simulator->url();
    client.setOptions(options);
    query.regionId = kRegion;
    client.setRegionEndpoint(kRegion, QStringLiteral("evil.example"));
    std::unique_ptr<ImagesCall> overridden(client.describeImages(query));
    QVERIFY(waitFinished(overridden.get()));
    QVERIFY2(overridden->succeeded(), qPrintable(overridden->error().toOneLine()));
}

QTEST_GUILESS_MAIN(TestEcsClient)
#include "tst_ecsclient.moc"
