// The simulator's actions: DescribeRegions, DescribeImages and DescribeImageSharePermission as the
// reference page describes them, over the demo dataset.
#include "SimulatorTestSupport.h"

using namespace isb;
using namespace isb::test;

using Parameters = QMap<QString, QString>;

class TestSimulatorActions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void regionsLocalized_data();
    void regionsLocalized();

    void imagesDefaultsToAvailable();
    void imagesFilters_data();
    void imagesFilters();
    void imagesPaging();
    void imagesFieldShapes();
    void imagesInvalidParameters_data();
    void imagesInvalidParameters();

    void sharePaging_data();
    void sharePaging();
    void shareAccountsInDatasetOrder();
    void shareGroupsOnEveryPage();
    void shareResponseShape();
    void shareInvalidPageParameters_data();
    void shareInvalidPageParameters();
    void shareMissingParameters_data();
    void shareMissingParameters();
    void shareImageNotFound_data();
    void shareImageNotFound();

private:
    HttpResult share(const QString &imageId, const QString &pageNumber = {}, const QString &pageSize = {},
                     const QString &regionId = QStringLiteral("cn-hangzhou"));

    EcsSimulator m_simulator;
    std::unique_ptr<TestClient> m_client;
    QString m_bigImage; // 57 accounts
};

void TestSimulatorActions::initTestCase() {
    QString error;
    QVERIFY2(m_simulator.loadDataset(demoDataPath(), &error), qPrintable(error));
    QVERIFY(m_simulator.listen(QHostAddress::LocalHost));
    m_client = std::make_unique<TestClient>(m_simulator.url());
    m_bigImage = demoImageId(m_simulator, QStringLiteral("shared-build-agent"));
    QVERIFY(!m_bigImage.isEmpty());
    QCOMPARE(demoImage(m_simulator, m_bigImage)->accounts.size(), 57);
}

HttpResult TestSimulatorActions::share(const QString &imageId, const QString &pageNumber,
                                       const QString &pageSize, const QString &regionId) {
    QMap<QString, QString> parameters;
    if (!regionId.isEmpty())
        parameters.insert(QStringLiteral("RegionId"), regionId);
    if (!imageId.isEmpty())
        parameters.insert(QStringLiteral("ImageId"), imageId);
    if (!pageNumber.isEmpty())
        parameters.insert(QStringLiteral("PageNumber"), pageNumber);
    if (!pageSize.isEmpty())
        parameters.insert(QStringLiteral("PageSize"), pageSize);
    return m_client->call(QStringLiteral("DescribeImageSharePermission"), parameters);
}

static QJsonArray listOf(const QJsonObject &body, const QString &outer, const QString &inner) {
    return body.value(outer).toObject().value(inner).toArray();
}

void TestSimulatorActions::regionsLocalized_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("hangzhou");
    QTest::newRow("default is zh-CN") << QString() << QStringLiteral("华东1（杭州）");
    QTest::newRow("zh-CN") << QStringLiteral("zh-CN") << QStringLiteral("华东1（杭州）");
    QTest::newRow("en-US") << QStringLiteral("en-US") << QStringLiteral("China (Hangzhou)");
    QTest::newRow("ja falls back to en-US") << QStringLiteral("ja") << QStringLiteral("China (Hangzhou)");
}

void TestSimulatorActions::regionsLocalized() {
    QFETCH(QString, language);
    QFETCH(QString, hangzhou);
    QMap<QString, QString> parameters;
    if (!language.isEmpty())
        parameters.insert(QStringLiteral("AcceptLanguage"), language);
    const HttpResult result = m_client->call(QStringLiteral("DescribeRegions"), parameters);
    QCOMPARE(result.status, 200);
    const QJsonArray regions = listOf(result.json(), QStringLiteral("Regions"), QStringLiteral("Region"));
    QCOMPARE(regions.size(), 5);
    const QJsonObject first = regions.first().toObject();
    QCOMPARE(first.value(QStringLiteral("RegionId")).toString(), QStringLiteral("cn-hangzhou"));
    QCOMPARE(first.value(QStringLiteral("LocalName")).toString(), hangzhou);
    QCOMPARE(first.value(QStringLiteral("RegionEndpoint")).toString(),
             QStringLiteral("ecs.cn-hangzhou.aliyuncs.com"));
    QCOMPARE(first.value(QStringLiteral("Status")).toString(), QStringLiteral("available"));
}

void TestSimulatorActions::imagesDefaultsToAvailable() {
    const HttpResult result = m_client->call(QStringLiteral("DescribeImages"),
                                             {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                                              {QStringLiteral("PageSize"), QStringLiteral("100")}});
    QCOMPARE(result.status, 200);
    int available = 0;
    for (const SimImage &image : m_simulator.dataset().images())
        available += image.regionId == u"cn-hangzhou" && image.status == u"Available";
    const QJsonObject body = result.json();
    QCOMPARE(body.value(QStringLiteral("TotalCount")).toInt(), available);
    const QJsonArray images = listOf(body, QStringLiteral("Images"), QStringLiteral("Image"));
    QCOMPARE(images.size(), available);
    for (const QJsonValue &image : images)
        QCOMPARE(image.toObject().value(QStringLiteral("Status")).toString(), QStringLiteral("Available"));
}

void TestSimulatorActions::imagesFilters_data() {
    QTest::addColumn<Parameters>("filters");
    QTest::addColumn<QStringList>("names");
    const auto row = [](const char *name, QMap<QString, QString> filters, QStringList names) {
        filters.insert(QStringLiteral("RegionId"),
                       filters.value(QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")));
        QTest::newRow(name) << filters << names;
    };
    row("name fuzzy, case-insensitive", {{QStringLiteral("ImageName"), QStringLiteral("PROD-")}},
        {QStringLiteral("prod-web-2024-05"), QStringLiteral("prod-db-proxy")});
    row("Chinese name", {{QStringLiteral("ImageName"), QStringLiteral("网关")}},
        {QStringLiteral("生产-网关-基线")});
    row("status list", {{QStringLiteral("Status"), QStringLiteral("Deprecated,Creating")}},
        {QStringLiteral("legacy-centos7-app"), QStringLiteral("nightly-2024-06-01")});
    row("other region",
        {{QStringLiteral("RegionId"), QStringLiteral("eu-central-1")},
         {QStringLiteral("ImageName"), QStringLiteral("web")}},
        {QStringLiteral("eu-web-2024-05")});
    row("system images do not exist here", {{QStringLiteral("ImageOwnerAlias"), QStringLiteral("system")}},
        {});
    row("marketplace", {{QStringLiteral("ImageOwnerAlias"), QStringLiteral("marketplace")}}, {});
    row("self with name",
        {{QStringLiteral("ImageOwnerAlias"), QStringLiteral("self")},
         {QStringLiteral("ImageName"), QStringLiteral("arm-edge")}},
        {QStringLiteral("arm-edge-runtime")});
}

void TestSimulatorActions::imagesFilters() {
    QFETCH(Parameters, filters);
    QFETCH(QStringList, names);
    filters.insert(QStringLiteral("PageSize"), QStringLiteral("100"));
    const HttpResult result = m_client->call(QStringLiteral("DescribeImages"), filters);
    QCOMPARE(result.status, 200);
    QStringList got;
    for (const QJsonValue &image : listOf(result.json(), QStringLiteral("Images"), QStringLiteral("Image")))
        got.append(image.toObject().value(QStringLiteral("ImageName")).toString());
    QCOMPARE(got, names);
    QCOMPARE(result.json().value(QStringLiteral("TotalCount")).toInt(), names.size());
}

void TestSimulatorActions::imagesPaging() {
    QStringList all;
    for (const SimImage &image : m_simulator.dataset().images()) {
        if (image.regionId == u"cn-hangzhou" && image.status == u"Available")
            all.append(image.imageId);
    }
    QVERIFY(all.size() > 6);
    QStringList paged;
    for (int page = 1; page <= (all.size() + 3) / 4 + 1; ++page) {
        const HttpResult result = m_client->call(QStringLiteral("DescribeImages"),
                                                 {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                                                  {QStringLiteral("PageNumber"), QString::number(page)},
                                                  {QStringLiteral("PageSize"), QStringLiteral("4")}});
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(QStringLiteral("PageNumber")).toInt(), page);
        QCOMPARE(result.json().value(QStringLiteral("PageSize")).toInt(), 4);
        QCOMPARE(result.json().value(QStringLiteral("TotalCount")).toInt(), all.size());
        for (const QJsonValue &image :
             listOf(result.json(), QStringLiteral("Images"), QStringLiteral("Image")))
            paged.append(image.toObject().value(QStringLiteral("ImageId")).toString());
    }
    QCOMPARE(paged, all);

    const HttpResult defaults = m_client->call(QStringLiteral("DescribeImages"),
                                               {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")}});
    QCOMPARE(defaults.json().value(QStringLiteral("PageNumber")).toInt(), 1);
    QCOMPARE(defaults.json().value(QStringLiteral("PageSize")).toInt(), 10);
}

void TestSimulatorActions::imagesFieldShapes() {
    const HttpResult result = m_client->call(QStringLiteral("DescribeImages"),
                                             {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                                              {QStringLiteral("ImageId"), m_bigImage}});
    const QJsonObject body = result.json();
    QVERIFY(body.value(QStringLiteral("TotalCount")).isDouble());
    const QJsonObject image =
        listOf(body, QStringLiteral("Images"), QStringLiteral("Image")).first().toObject();
    QCOMPARE(image.value(QStringLiteral("IsSelfShared")), QJsonValue(QStringLiteral("true")));
    QCOMPARE(image.value(QStringLiteral("ImageOwnerAlias")), QJsonValue(QStringLiteral("self")));
    QCOMPARE(image.value(QStringLiteral("Progress")), QJsonValue(QStringLiteral("100%")));
    QVERIFY(image.value(QStringLiteral("Size")).isDouble());
    QVERIFY(image.value(QStringLiteral("CreationTime")).toString().endsWith(u'Z'));
    for (const char *field :
         {"ImageName", "Description", "OSName", "OSNameEn", "OSType", "Platform", "Architecture", "Usage"})
        QVERIFY2(image.value(QLatin1String(field)).isString(), field);

    const HttpResult unshared = m_client->call(
        QStringLiteral("DescribeImages"),
        {{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
         {QStringLiteral("ImageId"), demoImageId(m_simulator, QStringLiteral("prod-db-proxy"))}});
    QCOMPARE(listOf(unshared.json(), QStringLiteral("Images"), QStringLiteral("Image"))
                 .first()
                 .toObject()
                 .value(QStringLiteral("IsSelfShared")),
             QJsonValue(QStringLiteral("false")));
}

void TestSimulatorActions::imagesInvalidParameters_data() {
    QTest::addColumn<Parameters>("parameters");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const QString region = QStringLiteral("RegionId");
    QTest::newRow("no region") << QMap<QString, QString>{} << 400 << QStringLiteral("MissingParameter");
    QTest::newRow("unknown region") << QMap<QString, QString>{{region, QStringLiteral("us-west-9")}} << 404
                                    << QStringLiteral("InvalidRegionId.NotFound");
    QTest::newRow("PageSize 0") << QMap<QString, QString>{{region, QStringLiteral("cn-hangzhou")},
                                                          {QStringLiteral("PageSize"), QStringLiteral("0")}}
                                << 400 << QStringLiteral("InvalidParameter.PageSize");
    QTest::newRow("PageSize 101") << QMap<QString, QString>{{region, QStringLiteral("cn-hangzhou")},
                                                            {QStringLiteral("PageSize"),
                                                             QStringLiteral("101")}}
                                  << 400 << QStringLiteral("InvalidParameter.PageSize");
    QTest::newRow("PageNumber 0") << QMap<QString, QString>{{region, QStringLiteral("cn-hangzhou")},
                                                            {QStringLiteral("PageNumber"),
                                                             QStringLiteral("0")}}
                                  << 400 << QStringLiteral("InvalidParameter");
}

void TestSimulatorActions::imagesInvalidParameters() {
    QFETCH(Parameters, parameters);
    QFETCH(int, status);
    QFETCH(QString, code);
    const HttpResult result = m_client->call(QStringLiteral("DescribeImages"), parameters);
    QCOMPARE(result.status, status);
    QCOMPARE(result.code(), code);
}

void TestSimulatorActions::sharePaging_data() {
    QTest::addColumn<QString>("pageNumber");
    QTest::addColumn<QString>("pageSize");
    QTest::addColumn<int>("expectedNumber");
    QTest::addColumn<int>("expectedSize");
    QTest::addColumn<int>("accounts");
    QTest::newRow("defaults") << QString() << QString() << 1 << 10 << 10;
    QTest::newRow("page 1 of 50") << QStringLiteral("1") << QStringLiteral("50") << 1 << 50 << 50;
    QTest::newRow("page 2 of 50") << QStringLiteral("2") << QStringLiteral("50") << 2 << 50 << 7;
    QTest::newRow("page 3 of 50 is past the end")
        << QStringLiteral("3") << QStringLiteral("50") << 3 << 50 << 0;
    QTest::newRow("page 5 of 10") << QStringLiteral("5") << QStringLiteral("10") << 5 << 10 << 10;
    QTest::newRow("page 6 of 10") << QStringLiteral("6") << QStringLiteral("10") << 6 << 10 << 7;
    QTest::newRow("page 7 of 10") << QStringLiteral("7") << QStringLiteral("10") << 7 << 10 << 0;
    QTest::newRow("size 1") << QStringLiteral("57") << QStringLiteral("1") << 57 << 1 << 1;
    QTest::newRow("far past the end")
        << QStringLiteral("1000000") << QStringLiteral("50") << 1000000 << 50 << 0;
}

void TestSimulatorActions::sharePaging() {
    QFETCH(QString, pageNumber);
    QFETCH(QString, pageSize);
    QFETCH(int, expectedNumber);
    QFETCH(int, expectedSize);
    QFETCH(int, accounts);
    const HttpResult result = share(m_bigImage, pageNumber, pageSize);
    QCOMPARE(result.status, 200);
    const QJsonObject body = result.json();
    QCOMPARE(body.value(QStringLiteral("TotalCount")).toInt(), 57);
    QCOMPARE(body.value(QStringLiteral("PageNumber")).toInt(), expectedNumber);
    QCOMPARE(body.value(QStringLiteral("PageSize")).toInt(), expectedSize);
    QCOMPARE(listOf(body, QStringLiteral("Accounts"), QStringLiteral("Account")).size(), accounts);
}

void TestSimulatorActions::shareAccountsInDatasetOrder() {
    QStringList paged;
    for (int page = 1; page <= 6; ++page) {
        for (const QJsonValue &account :
             listOf(share(m_bigImage, QString::number(page), QStringLiteral("10")).json(),
                    QStringLiteral("Accounts"), QStringLiteral("Account")))
            paged.append(account.toObject().value(QStringLiteral("AliyunId")).toString());
    }
    QStringList expected;
    for (const SimSharedAccount &account : demoImage(m_simulator, m_bigImage)->accounts)
        expected.append(account.aliyunId);
    QCOMPARE(paged, expected);
}

void TestSimulatorActions::shareGroupsOnEveryPage() {
    const QString both = demoImageId(m_simulator, QStringLiteral("partner-sdk-sandbox"));
    for (const QString &page : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}) {
        const QJsonObject body = share(both, page, QStringLiteral("3")).json();
        QCOMPARE(body.value(QStringLiteral("TotalCount")).toInt(), 6);
        const QJsonArray groups = listOf(body, QStringLiteral("ShareGroups"), QStringLiteral("ShareGroup"));
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().toObject().value(QStringLiteral("Group")).toString(), QStringLiteral("all"));
    }

    const QJsonObject everyone =
        share(demoImageId(m_simulator, QStringLiteral("public-demo-toolbox"))).json();
    QCOMPARE(everyone.value(QStringLiteral("TotalCount")).toInt(), 0);
    QCOMPARE(listOf(everyone, QStringLiteral("Accounts"), QStringLiteral("Account")).size(), 0);
    QCOMPARE(listOf(everyone, QStringLiteral("ShareGroups"), QStringLiteral("ShareGroup")).size(), 1);
}

void TestSimulatorActions::shareResponseShape() {
    const HttpResult result = share(m_bigImage, {}, QStringLiteral("50"));
    const QJsonObject body = result.json();
    QCOMPARE(body.keys(),
             (QStringList{QStringLiteral("Accounts"), QStringLiteral("ImageId"), QStringLiteral("PageNumber"),
                          QStringLiteral("PageSize"), QStringLiteral("RegionId"), QStringLiteral("RequestId"),
                          QStringLiteral("ShareGroups"), QStringLiteral("TotalCount")}));
    for (const char *number : {"PageNumber", "PageSize", "TotalCount"})
        QVERIFY2(body.value(QLatin1String(number)).isDouble(), number);
    QCOMPARE(body.value(QStringLiteral("ImageId")).toString(), m_bigImage);
    QCOMPARE(body.value(QStringLiteral("RegionId")).toString(), QStringLiteral("cn-hangzhou"));
    QVERIFY(
        body.value(QStringLiteral("ShareGroups")).toObject().value(QStringLiteral("ShareGroup")).isArray());

    // SharedTime only where the dataset has one.
    const QList<SimSharedAccount> &accounts = demoImage(m_simulator, m_bigImage)->accounts;
    const QJsonArray got = listOf(body, QStringLiteral("Accounts"), QStringLiteral("Account"));
    int withoutTime = 0;
    for (qsizetype i = 0; i < got.size(); ++i) {
        const QJsonObject account = got.at(i).toObject();
        QCOMPARE(account.value(QStringLiteral("AliyunId")).toString(), accounts.at(i).aliyunId);
        QCOMPARE(account.contains(QStringLiteral("SharedTime")), !accounts.at(i).sharedTime.isEmpty());
        QCOMPARE(account.value(QStringLiteral("SharedTime")).toString(), accounts.at(i).sharedTime);
        withoutTime += !account.contains(QStringLiteral("SharedTime"));
    }
    QVERIFY(withoutTime > 0);
}

void TestSimulatorActions::shareInvalidPageParameters_data() {
    QTest::addColumn<QString>("pageNumber");
    QTest::addColumn<QString>("pageSize");
    QTest::addColumn<QString>("code");
    QTest::newRow("PageSize 0") << QString() << QStringLiteral("0")
                                << QStringLiteral("InvalidParameter.PageSize");
    QTest::newRow("PageSize 51") << QString() << QStringLiteral("51")
                                 << QStringLiteral("InvalidParameter.PageSize");
    QTest::newRow("PageSize 100") << QString() << QStringLiteral("100")
                                  << QStringLiteral("InvalidParameter.PageSize");
    QTest::newRow("PageSize abc") << QString() << QStringLiteral("abc")
                                  << QStringLiteral("InvalidParameter.PageSize");
    QTest::newRow("PageSize -1") << QString() << QStringLiteral("-1")
                                 << QStringLiteral("InvalidParameter.PageSize");
    QTest::newRow("PageNumber 0") << QStringLiteral("0") << QString() << QStringLiteral("InvalidParameter");
    QTest::newRow("PageNumber x") << QStringLiteral("x") << QString() << QStringLiteral("InvalidParameter");
    QTest::newRow("PageNumber 1.5") << QStringLiteral("1.5") << QString()
                                    << QStringLiteral("InvalidParameter");
}

void TestSimulatorActions::shareInvalidPageParameters() {
    QFETCH(QString, pageNumber);
    QFETCH(QString, pageSize);
    QFETCH(QString, code);
    const HttpResult result = share(m_bigImage, pageNumber, pageSize);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), code);
    QVERIFY(result.message().contains(pageSize.isEmpty() ? QStringLiteral("PageNumber")
                                                         : QStringLiteral("PageSize")));
    if (!pageSize.isEmpty())
        QCOMPARE(result.message(),
                 QStringLiteral(
                     "The specified parameter PageSize is not valid: it must be an integer from 1 to 50."));
}

void TestSimulatorActions::shareMissingParameters_data() {
    QTest::addColumn<QString>("regionId");
    QTest::addColumn<QString>("imageId");
    QTest::addColumn<QString>("message");
    QTest::newRow("RegionId") << QString() << QStringLiteral("m-anything")
                              << QStringLiteral(
                                     "The input parameter RegionId that is mandatory for processing this "
                                     "request is not supplied.");
    QTest::newRow("ImageId") << QStringLiteral("cn-hangzhou") << QString()
                             << QStringLiteral(
                                    "The input parameter ImageId that is mandatory for processing this "
                                    "request is not supplied.");
    QTest::newRow("both: RegionId first")
        << QString() << QString()
        << QStringLiteral("The input parameter RegionId that is mandatory for "
                          "processing this request is not supplied.");
}

void TestSimulatorActions::shareMissingParameters() {
    QFETCH(QString, regionId);
    QFETCH(QString, imageId);
    QFETCH(QString, message);
    const HttpResult result = share(imageId, {}, {}, regionId);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.code(), QStringLiteral("MissingParameter"));
    QCOMPARE(result.message(), message);
}

void TestSimulatorActions::shareImageNotFound_data() {
    QTest::addColumn<QString>("imageId");
    QTest::addColumn<QString>("regionId");
    QTest::newRow("unknown id") << QStringLiteral("m-doesnotexist") << QStringLiteral("cn-hangzhou");
    QTest::newRow("image of another region")
        << QStringLiteral("m-placeholder") << QStringLiteral("cn-beijing");
}

void TestSimulatorActions::shareImageNotFound() {
    QFETCH(QString, imageId);
    QFETCH(QString, regionId);
    if (imageId == u"m-placeholder")
        imageId = m_bigImage; // lives in cn-hangzhou
    const HttpResult result = share(imageId, {}, {}, regionId);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.code(), QStringLiteral("InvalidImageId.NotFound"));
    QCOMPARE(result.message(), QStringLiteral("The specified image does not exist."));
}

QTEST_GUILESS_MAIN(TestSimulatorActions)
#include "tst_simulator_actions.moc"
