// The simulator's authentication: both signature schemes, and every way a request can fail it.
#include "SimulatorTestSupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

using namespace isb;
using namespace isb::test;

Q_DECLARE_METATYPE(isb::SignatureVersion)

class TestSimulatorSignature : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void publishedV3ExampleVerifies();
    void publishedV1ExampleVerifies_data();
    void publishedV1ExampleVerifies();

    void signedRequestAccepted_data();
    void signedRequestAccepted();
    void v1WithoutFormatAnswersXml();
    void v1PostFormBodyAccepted();
    void v3FormBodyParametersMerged();

    void wrongSecretRejected_data();
    void wrongSecretRejected();
    void tamperedParameterRejected_data();
    void tamperedParameterRejected();
    void tamperedBodyRejected();
    void replayedNonceRejected_data();
    void replayedNonceRejected();
    void failedSignatureDoesNotBurnNonce();
    void clockSkew_data();
    void clockSkew();
    void badTimestampFormat();
    void securityToken_data();
    void securityToken();
    void unknownKeyRejected_data();
    void unknownKeyRejected();
    void incompleteSignature_data();
    void incompleteSignature();
    void unsignedRequestGetsMissingParameter();
    void wrongVersionRejected();
    void unknownActionRejected();
    void errorBodyShape();
    void freshRequestIdEveryAnswer();

private:
    static SimulatorDataset keysOnlyDataset(const QString &id, const QString &secret);

    std::unique_ptr<EcsSimulator> m_simulator;
    std::unique_ptr<TestClient> m_client;
};

void TestSimulatorSignature::initTestCase() {
    qRegisterMetaType<SignatureVersion>();
}

void TestSimulatorSignature::init() {
    // A fresh simulator per test: nonces and faults never leak from one test into another.
    m_simulator = std::make_unique<EcsSimulator>();
    QString error;
    QVERIFY2(m_simulator->loadDataset(demoDataPath(), &error), qPrintable(error));
    QVERIFY(m_simulator->listen(QHostAddress::LocalHost));
    m_client = std::make_unique<TestClient>(m_simulator->url());
}

SimulatorDataset TestSimulatorSignature::keysOnlyDataset(const QString &id, const QString &secret) {
    const QByteArray json = QByteArrayLiteral("{\"AccessKeys\":[{\"AccessKeyId\":\"") + id.toUtf8() +
                            QByteArrayLiteral("\",\"AccessKeySecret\":\"") + secret.toUtf8() +
                            QByteArrayLiteral("\"}],\"Regions\":[],\"Images\":[]}");
    QString error;
    auto dataset = SimulatorDataset::fromJson(json, &error);
    if (!dataset)
        qFatal("bad test dataset: %s", qPrintable(error));
    return *dataset;
}

void TestSimulatorSignature::publishedV3ExampleVerifies() {
    // The worked example of ecs-api.md, verified without RequestSigner::sign in the loop.
    SignatureVerifier verifier;
    verifier.setAccessKeys(
        keysOnlyDataset(QStringLiteral("YourAccessKeyId"), QStringLiteral("YourAccessKeySecret"))
            .accessKeys());
    verifier.setClock(
        [] { return QDateTime::fromString(QStringLiteral("2023-10-26T10:22:40Z"), Qt::ISODate); });
    IncomingRequest request;
    request.method = "POST";
    request.path = "/";
    request.rawQuery = "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai";
    request.headers = {
        {"Host", "ecs.cn-shanghai.aliyuncs.com"},
        {"x-acs-action", "RunInstances"},
        {"x-acs-version", "2014-05-26"},
        {"x-acs-date", "2023-10-26T10:22:32Z"},
        {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
        {"x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"Authorization", "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
                          "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                          "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"},
    };
    const Verification verification = verifier.verify(request);
    QVERIFY2(!verification.error, qPrintable(verification.error ? verification.error->message() : QString()));
    QCOMPARE(verification.action, QStringLiteral("RunInstances"));
    QCOMPARE(verification.parameters.value(QStringLiteral("RegionId")), QStringLiteral("cn-shanghai"));

    // One changed hex digit of the signature is a mismatch.
    request.headers.last().second.chop(1);
    request.headers.last().second += '1';
    const Verification tampered = verifier.verify(request);
    QVERIFY(tampered.error);
    QCOMPARE(tampered.error->code(), QStringLiteral("SignatureDoesNotMatch"));
}

void TestSimulatorSignature::publishedV1ExampleVerifies_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("GET") << QByteArray("GET") << QByteArray("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    QTest::newRow("POST") << QByteArray("POST") << QByteArray("MxbnVAM4w6sft9xjVpe/GCKueuk=");
}

void TestSimulatorSignature::publishedV1ExampleVerifies() {
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, signature);
    SignatureVerifier verifier;
    verifier.setAccessKeys(
        keysOnlyDataset(QStringLiteral("testid"), QStringLiteral("testsecret")).accessKeys());
    verifier.setClock(
        [] { return QDateTime::fromString(QStringLiteral("2016-02-23T12:50:00Z"), Qt::ISODate); });
    IncomingRequest request;
    request.method = method;
    request.path = "/";
    request.rawQuery = "AccessKeyId=testid&Action=DescribeRegions&Format=XML&SignatureMethod=HMAC-SHA1"
                       "&SignatureNonce=3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf&SignatureVersion=1.0"
                       "&Timestamp=2016-02-23T12%3A46%3A24Z&Version=2014-05-26&Signature=" +
                       signature.toPercentEncoding();
    const Verification verification = verifier.verify(request);
    QVERIFY2(!verification.error, qPrintable(verification.error ? verification.error->message() : QString()));
    QCOMPARE(verification.action, QStringLiteral("DescribeRegions"));
    QCOMPARE(verification.format, SimulatorAnswer::Format::Xml);
}

void TestSimulatorSignature::signedRequestAccepted_data() {
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<Credentials>("credentials");
    QTest::newRow("V3") << SignatureVersion::V3 << kDemoKey;
    QTest::newRow("V1") << SignatureVersion::V1 << kDemoKey;
    QTest::newRow("V3 STS") << SignatureVersion::V3 << kStsKey;
    QTest::newRow("V1 STS") << SignatureVersion::V1 << kStsKey;
}

void TestSimulatorSignature::signedRequestAccepted() {
    QFETCH(SignatureVersion, version);
    QFETCH(Credentials, credentials);
    // A parameter that needs percent-encoding on both sides of the check.
    const HttpResult result = m_client->call(QStringLiteral("DescribeImages"),
                                             {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                                              {QStringLiteral("ImageName"), QStringLiteral("网关 ~*'()")}},
                                             credentials, version);
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.status, 200);
    QVERIFY(result.contentType.startsWith("application/json"));
    QCOMPARE(result.json().value(QStringLiteral("RegionId")).toString(), QStringLiteral("cn-hangzhou"));
}

void TestSimulatorSignature::v1WithoutFormatAnswersXml() {
    // The signer writes Format=JSON; build a V1 request without Format, as older tools send it.
    const QUrl endpoint = m_client->endpoint();
    QMap<QString, QString> parameters = {
        {QStringLiteral("Action"), QStringLiteral("DescribeImageSharePermission")},
        {QStringLiteral("Version"), QStringLiteral("2014-05-26")},
        {QStringLiteral("AccessKeyId"), kDemoKey.accessKeyId},
        {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
        {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
        {QStringLiteral("SignatureNonce"), QStringLiteral("nonce-xml-1")},
        {QStringLiteral("Timestamp"), RequestSigner::formatTimestamp(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
        {QStringLiteral("ImageId"), demoImageId(*m_simulator, QStringLiteral("partner-sdk-sandbox"))},
    };
    const QByteArray signature = RequestSigner::signatureV1(kDemoKey.accessKeySecret,
                                                            RequestSigner::stringToSignV1("GET", parameters));
    SignedRequest request;
    request.method = "GET";
    request.url = endpoint;
    request.url.setQuery(QString::fromLatin1(RequestSigner::canonicalQueryString(parameters) +
                                             "&Signature=" + signature.toPercentEncoding()),
                         QUrl::StrictMode);
    const HttpResult result = m_client->send(request);
    QCOMPARE(result.status, 200);
    QVERIFY2(result.contentType.startsWith("text/xml"), result.contentType.constData());
    QVERIFY(result.body.startsWith("<?xml"));
    QVERIFY(result.body.contains("<DescribeImageSharePermissionResponse>"));
    QVERIFY(result.body.contains("<ShareGroups><ShareGroup><Group>all</Group></ShareGroup></ShareGroups>"));
    QVERIFY(result.body.contains("<Accounts><Account><AliyunId>"));
    QVERIFY(result.body.contains("<TotalCount>6</TotalCount>"));
    QVERIFY(result.body.contains(QByteArray("<RequestId>" + result.requestIdHeader + "</RequestId>")));

    // Errors come as <Error> in XML too: the same nonce again.
    const HttpResult replay = m_client->send(request);
    QCOMPARE(replay.status, 400);
    QVERIFY(replay.body.contains("<Error>"));
    QVERIFY(replay.body.contains("<Code>SignatureNonceUsed</Code>"));
    QVERIFY(replay.body.contains("<HostId>"));
    QVERIFY(replay.body.contains("<Recommend>"));
}

void TestSimulatorSignature::v1PostFormBodyAccepted() {
    QMap<QString, QString> parameters = {
        {QStringLiteral("Action"), QStringLiteral("DescribeRegions")},
        {QStringLiteral("Version"), QStringLiteral("2014-05-26")},
        {QStringLiteral("Format"), QStringLiteral("JSON")},
        {QStringLiteral("AccessKeyId"), kDemoKey.accessKeyId},
        {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
        {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
        {QStringLiteral("SignatureNonce"), QStringLiteral("nonce-post-form")},
        {QStringLiteral("Timestamp"), RequestSigner::formatTimestamp(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("AcceptLanguage"), QStringLiteral("en-US")},
    };
    const QByteArray signature = RequestSigner::signatureV1(
        kDemoKey.accessKeySecret, RequestSigner::stringToSignV1("POST", parameters));
    SignedRequest request;
    request.method = "POST";
    request.url = m_client->endpoint();
    request.body =
        RequestSigner::canonicalQueryString(parameters) + "&Signature=" + signature.toPercentEncoding();
    const HttpResult result = m_client->send(request);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json()
                 .value(QStringLiteral("Regions"))
                 .toObject()
                 .value(QStringLiteral("Region"))
                 .toArray()
                 .size(),
             5);
}

void TestSimulatorSignature::v3FormBodyParametersMerged() {
    // The official SDKs may send RPC parameters as a form body with V3; the body is covered by its hash.
    const QMap<QString, QString> body = {
        {QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
        {QStringLiteral("ImageId"), demoImageId(*m_simulator, QStringLiteral("shared-build-agent"))}};
    const QMap<QString, QString> query = {{QStringLiteral("PageSize"), QStringLiteral("50")}};
    SignedRequest request = m_client->sign(QStringLiteral("DescribeImageSharePermission"), query);
    request.body = RequestSigner::canonicalQueryString(body);
    const QByteArray hash = RequestSigner::hashedPayload(request.body);
    HeaderList signedHeaders;
    for (const auto &header : request.headers) {
        if (header.first != "authorization")
            signedHeaders.append(header.first == "x-acs-content-sha256" ? qMakePair(header.first, hash)
                                                                        : header);
    }
    const QByteArray canonical = RequestSigner::canonicalRequestV3("POST", "/", query, signedHeaders, hash);
    const QByteArray signature =
        RequestSigner::signatureV3(kDemoKey.accessKeySecret, RequestSigner::stringToSignV3(canonical));
    request.headers = signedHeaders;
    request.headers.append(
        {"authorization", "ACS3-HMAC-SHA256 Credential=" + kDemoKey.accessKeyId.toUtf8() + ",SignedHeaders=" +
                              RequestSigner::signedHeaderNames(signedHeaders) + ",Signature=" + signature});
    const HttpResult result = m_client->send(request);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(QStringLiteral("TotalCount")).toInt(), 57);
    QCOMPARE(result.json().value(QStringLiteral("PageSize")).toInt(), 50);
}

void TestSimulatorSignature::wrongSecretRejected_data() {
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("V3") << SignatureVersion::V3;
    QTest::newRow("V1") << SignatureVersion::V1;
}

void TestSimulatorSignature::wrongSecretRejected() {
    QFETCH(SignatureVersion, version);
    Credentials wrong = kDemoKey;
    wrong.accessKeySecret = QStringLiteral("not-the-secret");
    const HttpResult result = m_client->call(QStringLiteral("DescribeRegions"), {}, wrong, version);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), QStringLiteral("SignatureDoesNotMatch"));
    QCOMPARE(result.message(),
             QStringLiteral("The request signature we calculated does not match the signature you "
                            "provided. Check your key and signing method."));
    QVERIFY(!result.body.contains("not-the-secret"));
    QVERIFY(!result.body.contains(kDemoKey.accessKeySecret.toUtf8()));
}

void TestSimulatorSignature::tamperedParameterRejected_data() {
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("V3") << SignatureVersion::V3;
    QTest::newRow("V1") << SignatureVersion::V1;
}

void TestSimulatorSignature::tamperedParameterRejected() {
    QFETCH(SignatureVersion, version);
    SignedRequest request =
        m_client->sign(QStringLiteral("DescribeImages"),
                       {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")}}, kDemoKey, version);
    QUrlQuery query(request.url);
    query.removeQueryItem(QStringLiteral("RegionId"));
    query.addQueryItem(QStringLiteral("RegionId"), QStringLiteral("cn-beijing"));
    request.url.setQuery(query);
    const HttpResult result = m_client->send(request);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), QStringLiteral("SignatureDoesNotMatch"));
}

void TestSimulatorSignature::tamperedBodyRejected() {
    // The signature covers x-acs-content-sha256, and that hash must describe the body that arrived.
    SignedRequest request = m_client->sign(QStringLiteral("DescribeRegions"), {});
    request.body = "AcceptLanguage=en-US";
    const HttpResult result = m_client->send(request);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), QStringLiteral("SignatureDoesNotMatch"));
}

void TestSimulatorSignature::replayedNonceRejected_data() {
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("V3") << SignatureVersion::V3;
    QTest::newRow("V1") << SignatureVersion::V1;
}

void TestSimulatorSignature::replayedNonceRejected() {
    QFETCH(SignatureVersion, version);
    const SignedRequest request = m_client->sign(QStringLiteral("DescribeRegions"), {}, kDemoKey, version);
    QCOMPARE(m_client->send(request).status, 200);
    const HttpResult replay = m_client->send(request);
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.code(), QStringLiteral("SignatureNonceUsed"));

    // The same nonce from another key is a different nonce.
    SigningContext context = SigningContext::fresh();
    QCOMPARE(m_client->send(m_client->sign(QStringLiteral("DescribeRegions"), {}, kDemoKey, version, context))
                 .status,
             200);
    QCOMPARE(m_client->send(m_client->sign(QStringLiteral("DescribeRegions"), {}, kStsKey, version, context))
                 .status,
             200);
}

void TestSimulatorSignature::failedSignatureDoesNotBurnNonce() {
    const SigningContext context = SigningContext::fresh();
    Credentials wrong = kDemoKey;
    wrong.accessKeySecret = QStringLiteral("wrong");
    const HttpResult failed = m_client->send(
        m_client->sign(QStringLiteral("DescribeRegions"), {}, wrong, SignatureVersion::V3, context));
    QCOMPARE(failed.code(), QStringLiteral("SignatureDoesNotMatch"));
    const HttpResult ok = m_client->send(
        m_client->sign(QStringLiteral("DescribeRegions"), {}, kDemoKey, SignatureVersion::V3, context));
    QCOMPARE(ok.status, 200);
}

void TestSimulatorSignature::clockSkew_data() {
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<int>("skewMinutes");
    QTest::addColumn<int>("status");
    for (const auto version : {SignatureVersion::V3, SignatureVersion::V1}) {
        const char *name = version == SignatureVersion::V3 ? "V3" : "V1";
        QTest::addRow("%s +16 min", name) << version << 16 << 400;
        QTest::addRow("%s -16 min", name) << version << -16 << 400;
        QTest::addRow("%s +14 min", name) << version << 14 << 200;
        QTest::addRow("%s -14 min", name) << version << -14 << 200;
    }
}

void TestSimulatorSignature::clockSkew() {
    QFETCH(SignatureVersion, version);
    QFETCH(int, skewMinutes);
    QFETCH(int, status);
    SigningContext context = SigningContext::fresh();
    context.timestamp = context.timestamp.addSecs(skewMinutes * 60);
    const HttpResult result =
        m_client->send(m_client->sign(QStringLiteral("DescribeRegions"), {}, kDemoKey, version, context));
    QCOMPARE(result.status, status);
    if (status != 200)
        QCOMPARE(result.code(), QStringLiteral("InvalidTimeStamp.Expired"));
}

void TestSimulatorSignature::badTimestampFormat() {
    SignedRequest request = m_client->sign(QStringLiteral("DescribeRegions"), {});
    setHeader(request, "x-acs-date", "26/10/2023 10:22");
    const HttpResult result = m_client->send(request);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), QStringLiteral("InvalidTimeStamp.Format"));

    // The server's clock can be moved instead of the client's.
    m_simulator->setClockForTests([] { return QDateTime::currentDateTimeUtc().addSecs(20 * 60); });
    const HttpResult expired = m_client->call(QStringLiteral("DescribeRegions"), {});
    QCOMPARE(expired.code(), QStringLiteral("InvalidTimeStamp.Expired"));
    m_simulator->setClockForTests(nullptr);
    QCOMPARE(m_client->call(QStringLiteral("DescribeRegions"), {}).status, 200);
}

void TestSimulatorSignature::securityToken_data() {
    QTest::addColumn<SignatureVersion>("version");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("code");
    for (const auto version : {SignatureVersion::V3, SignatureVersion::V1}) {
        const char *name = version == SignatureVersion::V3 ? "V3" : "V1";
        QTest::addRow("%s missing", name)
            << version << QString() << QStringLiteral("InvalidSecurityToken.Missing");
        QTest::addRow("%s wrong", name) << version << QStringLiteral("stolen-token")
                                        << QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey");
        QTest::addRow("%s right", name) << version << kStsKey.securityToken << QString();
    }
}

void TestSimulatorSignature::securityToken() {
    QFETCH(SignatureVersion, version);
    QFETCH(QString, token);
    QFETCH(QString, code);
    Credentials credentials = kStsKey;
    credentials.securityToken = token;
    const HttpResult result = m_client->call(QStringLiteral("DescribeRegions"), {}, credentials, version);
    QCOMPARE(result.status, code.isEmpty() ? 200 : 400);
    QCOMPARE(result.code(), code);
}

void TestSimulatorSignature::unknownKeyRejected_data() {
    QTest::addColumn<SignatureVersion>("version");
    QTest::newRow("V3") << SignatureVersion::V3;
    QTest::newRow("V1") << SignatureVersion::V1;
}

void TestSimulatorSignature::unknownKeyRejected() {
    QFETCH(SignatureVersion, version);
    const Credentials unknown{QStringLiteral("LTAI5tNobodyKnowsMe"), QStringLiteral("whatever"), {}};
    const HttpResult result = m_client->call(QStringLiteral("DescribeRegions"), {}, unknown, version);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.code(), QStringLiteral("InvalidAccessKeyId.NotFound"));
    QCOMPARE(result.message(), QStringLiteral("Specified access key is not found."));
}

void TestSimulatorSignature::incompleteSignature_data() {
    QTest::addColumn<QByteArray>("removeHeader");
    QTest::addColumn<QByteArray>("authorization");
    // A required header that is absent although SignedHeaders names it.
    for (const QByteArray &name :
         {QByteArray("x-acs-date"), QByteArray("x-acs-signature-nonce"), QByteArray("x-acs-content-sha256"),
          QByteArray("x-acs-action"), QByteArray("x-acs-version")})
        QTest::addRow("without %s", name.constData()) << name << QByteArray();
    QTest::newRow("other algorithm") << QByteArray()
                                     << QByteArray("HMAC-SHA1 Credential=x,SignedHeaders=host,Signature=1");
    QTest::newRow("no signature")
        << QByteArray()
        << QByteArray("ACS3-HMAC-SHA256 Credential=LTAI5tDemoReadOnly0001,SignedHeaders=host");
    QTest::newRow("required header not signed")
        << QByteArray()
        << QByteArray("ACS3-HMAC-SHA256 Credential=LTAI5tDemoReadOnly0001,SignedHeaders=host;x-acs-action;"
                      "x-acs-content-sha256;x-acs-signature-nonce;x-acs-version,Signature=00");
}

void TestSimulatorSignature::incompleteSignature() {
    QFETCH(QByteArray, removeHeader);
    QFETCH(QByteArray, authorization);
    SignedRequest request = m_client->sign(QStringLiteral("DescribeRegions"), {});
    if (!removeHeader.isEmpty())
        test::removeHeader(request, removeHeader);
    if (!authorization.isEmpty())
        setHeader(request, "authorization", authorization);
    const HttpResult result = m_client->send(request);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), QStringLiteral("IncompleteSignature"));
}

void TestSimulatorSignature::unsignedRequestGetsMissingParameter() {
    SignedRequest request;
    request.method = "GET";
    request.url = m_client->endpoint();
    request.url.setQuery(QStringLiteral("Action=DescribeRegions&Format=JSON"));
    const HttpResult result = m_client->send(request);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), QStringLiteral("MissingParameter"));
    QCOMPARE(result.message(), QStringLiteral("The input parameter AccessKeyId that is mandatory for "
                                              "processing this request is not supplied."));
}

void TestSimulatorSignature::wrongVersionRejected() {
    for (const auto version : {SignatureVersion::V3, SignatureVersion::V1}) {
        const SignedRequest request =
            RequestSigner::sign({QStringLiteral("DescribeRegions"), QStringLiteral("2016-03-14"), {}},
                                m_client->endpoint(), kDemoKey, version, SigningContext::fresh());
        const HttpResult result = m_client->send(request);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.code(), QStringLiteral("InvalidVersion"));
    }
}

void TestSimulatorSignature::unknownActionRejected() {
    const HttpResult result = m_client->call(QStringLiteral("RunInstances"), {});
    QCOMPARE(result.status, 404);
    QCOMPARE(result.code(), QStringLiteral("InvalidAction.NotFound"));
}

void TestSimulatorSignature::errorBodyShape() {
    const Credentials unknown{QStringLiteral("LTAI5tNobodyKnowsMe"), QStringLiteral("whatever"), {}};
    const HttpResult result = m_client->call(QStringLiteral("DescribeRegions"), {}, unknown);
    const QJsonObject body = result.json();
    QCOMPARE(body.keys(),
             (QStringList{QStringLiteral("Code"), QStringLiteral("HostId"), QStringLiteral("Message"),
                          QStringLiteral("Recommend"), QStringLiteral("RequestId")}));
    const QString requestId = body.value(QStringLiteral("RequestId")).toString();
    QCOMPARE(body.value(QStringLiteral("HostId")).toString(),
             QString::fromLatin1(RequestSigner::hostHeader(m_client->endpoint())));
    QCOMPARE(body.value(QStringLiteral("Recommend")).toString(),
             QStringLiteral(
                 "https://api.aliyun.com/troubleshoot?q=InvalidAccessKeyId.NotFound&product=Ecs&requestId=") %
                 requestId);
    QVERIFY(result.contentType.startsWith("application/json"));
}

void TestSimulatorSignature::freshRequestIdEveryAnswer() {
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$"));
    QSet<QString> seen;
    const Credentials wrong{kDemoKey.accessKeyId, QStringLiteral("wrong"), {}};
    for (int i = 0; i < 6; ++i) {
        const HttpResult result =
            m_client->call(QStringLiteral("DescribeRegions"), {}, i % 2 ? wrong : kDemoKey);
        const QString requestId = result.json().value(QStringLiteral("RequestId")).toString();
        QVERIFY2(uuid.match(requestId).hasMatch(), qPrintable(requestId));
        QCOMPARE(QString::fromLatin1(result.requestIdHeader), requestId);
        QVERIFY(!seen.contains(requestId));
        seen.insert(requestId);
    }
}

QTEST_GUILESS_MAIN(TestSimulatorSignature)
#include "tst_simulator_signature.moc"
