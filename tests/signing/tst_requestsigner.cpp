// Signing must match Alibaba Cloud's SDKs byte for byte: checked against the published worked examples
// (../shared/reference/ecs-api.md) and against encodings of every character class that needs care.
#include "RequestSigner.h"

#include <QTest>
#include <QUrlQuery>

using namespace isb;

class TestRequestSigner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void percentEncode_data();
    void percentEncode();
    void v3PublishedVector();
    void v3SignProducesPublishedAuthorization();
    void v1PublishedVector_data();
    void v1PublishedVector();
    void v1StringToSignEncodesTwice_data();
    void v1StringToSignEncodesTwice();
    void canonicalQuerySortsByEncodedName();
    void urlCarriesTheSignedEncoding_data();
    void urlCarriesTheSignedEncoding();
    void securityTokenIsSigned();
    void freshContextEveryTime();
    void hostHeader_data();
    void hostHeader();
};

void TestRequestSigner::percentEncode_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("unreserved") << QStringLiteral("AZaz09-_.~") << QByteArray("AZaz09-_.~");
    QTest::newRow("space") << QStringLiteral("a b") << QByteArray("a%20b");
    QTest::newRow("asterisk") << QStringLiteral("*") << QByteArray("%2A");
    QTest::newRow("tilde") << QStringLiteral("~") << QByteArray("~");
    QTest::newRow("plus") << QStringLiteral("+") << QByteArray("%2B");
    QTest::newRow("slash") << QStringLiteral("/") << QByteArray("%2F");
    QTest::newRow("equals") << QStringLiteral("=") << QByteArray("%3D");
    QTest::newRow("ampersand") << QStringLiteral("&") << QByteArray("%26");
    QTest::newRow("percent") << QStringLiteral("%") << QByteArray("%25");
    QTest::newRow("colon") << QStringLiteral("12:46:24") << QByteArray("12%3A46%3A24");
    QTest::newRow("chinese") << QStringLiteral("中") << QByteArray("%E4%B8%AD");
    QTest::newRow("latin1") << QStringLiteral("é") << QByteArray("%C3%A9");
    QTest::newRow("emoji") << QStringLiteral("\U0001F600") << QByteArray("%F0%9F%98%80");
}

void TestRequestSigner::percentEncode() {
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(RequestSigner::percentEncode(input), expected);
}

void TestRequestSigner::v3PublishedVector() {
    const QMap<QString, QString> query = {
        {QStringLiteral("ImageId"), QStringLiteral("win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd")},
        {QStringLiteral("RegionId"), QStringLiteral("cn-shanghai")},
    };
    const QByteArray payload = RequestSigner::hashedPayload({});
    QCOMPARE(payload, QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    const HeaderList headers = {
        {"x-acs-action", "RunInstances"},
        {"host", "ecs.cn-shanghai.aliyuncs.com"},
        {"x-acs-version", "2014-05-26"},
        {"x-acs-date", "2023-10-26T10:22:32Z"},
        {"x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"},
        {"x-acs-content-sha256", payload},
    };
    const QByteArray canonical = RequestSigner::canonicalRequestV3("POST", "/", query, headers, payload);
    QCOMPARE(
        canonical,
        QByteArray("POST\n/\n"
                   "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
                   "host:ecs.cn-shanghai.aliyuncs.com\n"
                   "x-acs-action:RunInstances\n"
                   "x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                   "x-acs-date:2023-10-26T10:22:32Z\n"
                   "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\n"
                   "x-acs-version:2014-05-26\n"
                   "\n"
                   "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n"
                   "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    const QByteArray stringToSign = RequestSigner::stringToSignV3(canonical);
    QCOMPARE(
        stringToSign,
        QByteArray("ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259"));
    QCOMPARE(RequestSigner::signatureV3(QStringLiteral("YourAccessKeySecret"), stringToSign),
             QByteArray("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
}

void TestRequestSigner::v3SignProducesPublishedAuthorization() {
    ApiRequest request;
    request.action = QStringLiteral("RunInstances");
    request.parameters = {
        {QStringLiteral("ImageId"), QStringLiteral("win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd")},
        {QStringLiteral("RegionId"), QStringLiteral("cn-shanghai")},
    };
    const Credentials credentials{
        QStringLiteral("YourAccessKeyId"), QStringLiteral("YourAccessKeySecret"), {}};
    const SigningContext context{QDateTime(QDate(2023, 10, 26), QTime(10, 22, 32), Qt::UTC),
                                 QStringLiteral("3156853299f313e23d1673dc12e1703d")};
    const SignedRequest signedRequest =
        RequestSigner::sign(request, QUrl(QStringLiteral("https://ecs.cn-shanghai.aliyuncs.com")),
                            credentials, SignatureVersion::V3, context);
    QCOMPARE(signedRequest.method, QByteArray("POST"));
    QVERIFY(signedRequest.body.isEmpty());
    QByteArray authorization;
    for (const auto &[name, value] : signedRequest.headers) {
        if (name == "authorization")
            authorization = value;
    }
    QCOMPARE(authorization,
             QByteArray("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;"
                        "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                        "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0"));
    QCOMPARE(
        signedRequest.url.toString(QUrl::FullyEncoded),
        QStringLiteral("https://ecs.cn-shanghai.aliyuncs.com/"
                       "?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai"));
}

static QMap<QString, QString> publishedV1Parameters() {
    return {
        {QStringLiteral("AccessKeyId"), QStringLiteral("testid")},
        {QStringLiteral("Action"), QStringLiteral("DescribeRegions")},
        {QStringLiteral("Format"), QStringLiteral("XML")},
        {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
        {QStringLiteral("SignatureNonce"), QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf")},
        {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
        {QStringLiteral("Timestamp"), QStringLiteral("2016-02-23T12:46:24Z")},
        {QStringLiteral("Version"), QStringLiteral("2014-05-26")},
    };
}

void TestRequestSigner::v1PublishedVector_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("GET") << QByteArray("GET") << QByteArray("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    QTest::newRow("POST") << QByteArray("POST") << QByteArray("MxbnVAM4w6sft9xjVpe/GCKueuk=");
}

void TestRequestSigner::v1PublishedVector() {
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, signature);
    const QByteArray stringToSign = RequestSigner::stringToSignV1(method, publishedV1Parameters());
    QCOMPARE(
        stringToSign,
        method +
            "&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-"
            "SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%"
            "26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26");
    QCOMPARE(RequestSigner::signatureV1(QStringLiteral("testsecret"), stringToSign), signature);

    // The same through sign(): the Signature parameter lands percent-encoded in the URL.
    if (method == "GET") {
        ApiRequest request{QStringLiteral("DescribeRegions"),
                           QStringLiteral("2014-05-26"),
                           {{QStringLiteral("Format"), QStringLiteral("XML")}}};
        const SigningContext context{QDateTime(QDate(2016, 2, 23), QTime(12, 46, 24), Qt::UTC),
                                     QStringLiteral("3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf")};
        const SignedRequest signedRequest = RequestSigner::sign(
            request, QUrl(QStringLiteral("https://ecs.aliyuncs.com")),
            {QStringLiteral("testid"), QStringLiteral("testsecret"), {}}, SignatureVersion::V1, context);
        QVERIFY(signedRequest.url.toString(QUrl::FullyEncoded)
                    .endsWith(QStringLiteral("&Signature=OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D")));
    }
}

void TestRequestSigner::v1StringToSignEncodesTwice_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("inStringToSign");
    QTest::newRow("space") << QStringLiteral("a b") << QByteArray("a%2520b");
    QTest::newRow("asterisk") << QStringLiteral("a*b") << QByteArray("a%252Ab");
    QTest::newRow("tilde") << QStringLiteral("a~b") << QByteArray("a~b");
    QTest::newRow("plus") << QStringLiteral("a+b") << QByteArray("a%252Bb");
    QTest::newRow("slash") << QStringLiteral("a/b") << QByteArray("a%252Fb");
    QTest::newRow("equals") << QStringLiteral("a=b") << QByteArray("a%253Db");
    QTest::newRow("ampersand") << QStringLiteral("a&b") << QByteArray("a%2526b");
    QTest::newRow("chinese") << QStringLiteral("镜像") << QByteArray("%25E9%2595%259C%25E5%2583%258F");
}

void TestRequestSigner::v1StringToSignEncodesTwice() {
    QFETCH(QString, value);
    QFETCH(QByteArray, inStringToSign);
    const QByteArray stringToSign =
        RequestSigner::stringToSignV1("GET", {{QStringLiteral("ImageName"), value}});
    QCOMPARE(stringToSign, "GET&%2F&ImageName%3D" + inStringToSign);
}

void TestRequestSigner::canonicalQuerySortsByEncodedName() {
    const QMap<QString, QString> parameters = {
        {QStringLiteral("b"), QStringLiteral("2")},
        {QStringLiteral("A"), QStringLiteral("1")},
        {QStringLiteral("a"), QStringLiteral("x y")},
        {QStringLiteral("B.1"), QStringLiteral("*")},
    };
    // Byte order: upper case before lower case, '.' before letters.
    QCOMPARE(RequestSigner::canonicalQueryString(parameters), QByteArray("A=1&B.1=%2A&a=x%20y&b=2"));
}

void TestRequestSigner::urlCarriesTheSignedEncoding_data() {
    QTest::addColumn<int>("version");
    QTest::newRow("v3") << int(SignatureVersion::V3);
    QTest::newRow("v1") << int(SignatureVersion::V1);
}

void TestRequestSigner::urlCarriesTheSignedEncoding() {
    // QUrl must not re-encode what was signed: the server sees the same bytes, and decodes the same values.
    QFETCH(int, version);
    const QString hostile = QStringLiteral("a b*c~d+e/f=g&h%i中");
    ApiRequest request{QStringLiteral("DescribeImages"),
                       QStringLiteral("2014-05-26"),
                       {{QStringLiteral("ImageName"), hostile},
                        {QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")}}};
    const SignedRequest signedRequest =
        RequestSigner::sign(request, QUrl(QStringLiteral("http://127.0.0.1:8080")),
                            {QStringLiteral("id"), QStringLiteral("secret"), {}}, SignatureVersion(version),
                            SigningContext::fresh());
    const QString encoded = signedRequest.url.toString(QUrl::FullyEncoded);
    QVERIFY2(encoded.contains(QStringLiteral("ImageName=a%20b%2Ac~d%2Be%2Ff%3Dg%26h%25i%E4%B8%AD")),
             qPrintable(encoded));
    const QUrlQuery query(signedRequest.url);
    QCOMPARE(query.queryItemValue(QStringLiteral("ImageName"), QUrl::FullyDecoded), hostile);
}

void TestRequestSigner::securityTokenIsSigned() {
    const Credentials sts{QStringLiteral("STS.id"), QStringLiteral("secret"),
                          QStringLiteral("token/with+chars")};
    ApiRequest request{QStringLiteral("DescribeRegions"), QStringLiteral("2014-05-26"), {}};
    const SigningContext context = SigningContext::fresh();
    const QUrl endpoint(QStringLiteral("https://ecs.aliyuncs.com"));

    const SignedRequest v3 = RequestSigner::sign(request, endpoint, sts, SignatureVersion::V3, context);
    QByteArray authorization;
    QByteArray token;
    for (const auto &[name, value] : v3.headers) {
        if (name == "authorization")
            authorization = value;
        if (name == "x-acs-security-token")
            token = value;
    }
    QCOMPARE(token, QByteArray("token/with+chars"));
    QVERIFY(authorization.contains(";x-acs-security-token;"));

    const SignedRequest v1 = RequestSigner::sign(request, endpoint, sts, SignatureVersion::V1, context);
    QCOMPARE(QUrlQuery(v1.url).queryItemValue(QStringLiteral("SecurityToken"), QUrl::FullyDecoded),
             QStringLiteral("token/with+chars"));
    // Removing the token from the signed parameters changes the signature: it is covered by it.
    QMap<QString, QString> parameters;
    for (const auto &[name, value] : QUrlQuery(v1.url).queryItems(QUrl::FullyDecoded))
        parameters.insert(name, value);
    const QByteArray withToken =
        RequestSigner::signatureV1(sts.accessKeySecret, RequestSigner::stringToSignV1("GET", parameters));
    QCOMPARE(withToken, parameters.value(QStringLiteral("Signature")).toLatin1());
    parameters.remove(QStringLiteral("SecurityToken"));
    QVERIFY(RequestSigner::signatureV1(sts.accessKeySecret,
                                       RequestSigner::stringToSignV1("GET", parameters)) != withToken);
}

void TestRequestSigner::freshContextEveryTime() {
    const SigningContext first = SigningContext::fresh();
    const SigningContext second = SigningContext::fresh();
    QVERIFY(first.nonce != second.nonce);
    QVERIFY(qAbs(first.timestamp.secsTo(QDateTime::currentDateTimeUtc())) < 5);
    QCOMPARE(first.timestamp.timeSpec(), Qt::UTC);
    QCOMPARE(RequestSigner::formatTimestamp(QDateTime(QDate(2016, 2, 23), QTime(12, 46, 24), Qt::UTC)),
             QStringLiteral("2016-02-23T12:46:24Z"));
}

void TestRequestSigner::hostHeader_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("host");
    QTest::newRow("https default") << QStringLiteral("https://ecs.aliyuncs.com")
                                   << QByteArray("ecs.aliyuncs.com");
    QTest::newRow("https 443") << QStringLiteral("https://ecs.aliyuncs.com:443")
                               << QByteArray("ecs.aliyuncs.com");
    QTest::newRow("loopback port") << QStringLiteral("http://127.0.0.1:5000") << QByteArray("127.0.0.1:5000");
    QTest::newRow("ipv6") << QStringLiteral("http://[::1]:5000") << QByteArray("[::1]:5000");
}

void TestRequestSigner::hostHeader() {
    QFETCH(QString, url);
    QFETCH(QByteArray, host);
    QCOMPARE(RequestSigner::hostHeader(QUrl(url)), host);
}

QTEST_GUILESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"
