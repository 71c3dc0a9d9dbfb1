// ModifyImageSharePermission in the simulator, V3 and V1: every error with the service's spelling and
// status, the first-ten rule, the 50-account quota, and changes that the reading actions show at once.
#include "SimulatorTestSupport.h"

using namespace isb;
using namespace isb::test;

using Parameters = QMap<QString, QString>;

Q_DECLARE_METATYPE(isb::SignatureVersion)

namespace {

const QString kRegion = QStringLiteral("cn-test");
const QString kOwner = QStringLiteral("1500000000000009");
const Credentials kWriter{QStringLiteral("writer"), QStringLiteral("writer-secret"), {}};
const Credentials kReader{QStringLiteral("reader"), QStringLiteral("reader-secret"), {}};

QString partner(int i) {
    return QStringLiteral("2%1").arg(i, 11, 10, QLatin1Char('0'));
}

// Accounts partner(0..99) exist (KnownAccountIds); m-full has 50 grants, m-some 3, m-crypt is encrypted,
// m-over 55 (shared before the quota, as the demo data's shared-build-agent).
QByteArray dataset() {
    QJsonArray known;
    for (int i = 0; i < 100; ++i)
        known.append(partner(i));
    QJsonArray full;
    for (int i = 0; i < 50; ++i)
        full.append(QJsonObject{{QStringLiteral("AliyunId"), partner(i)}});
    QJsonArray over;
    for (int i = 0; i < 55; ++i)
        over.append(QJsonObject{{QStringLiteral("AliyunId"), partner(i)}});
    QJsonArray some;
    for (int i = 0; i < 3; ++i)
        some.append(QJsonObject{{QStringLiteral("AliyunId"), partner(i)}});
    const auto image = [](const QString &id, const QJsonArray &accounts, bool encrypted,
                          const QJsonArray &groups = {}) {
        QJsonObject object{{QStringLiteral("RegionId"), kRegion},
                           {QStringLiteral("ImageId"), id},
                           {QStringLiteral("ImageName"), id},
                           {QStringLiteral("Status"), QStringLiteral("Available")},
                           {QStringLiteral("OSName"), QStringLiteral("Linux")},
                           {QStringLiteral("CreationTime"), QStringLiteral("2025-01-01T00:00:00Z")},
                           {QStringLiteral("Size"), 40},
                           {QStringLiteral("Accounts"), accounts},
                           {QStringLiteral("ShareGroups"), groups}};
        if (encrypted)
            object.insert(QStringLiteral("Encrypted"), true);
        return object;
    };
    const QJsonObject root{
        {QStringLiteral("AccountId"), kOwner},
        {QStringLiteral("AccessKeys"),
         QJsonArray{QJsonObject{{QStringLiteral("AccessKeyId"), kWriter.accessKeyId},
                                {QStringLiteral("AccessKeySecret"), kWriter.accessKeySecret}},
                    QJsonObject{{QStringLiteral("AccessKeyId"), kReader.accessKeyId},
                                {QStringLiteral("AccessKeySecret"), kReader.accessKeySecret},
                                {QStringLiteral("ReadOnly"), true}}}},
        {QStringLiteral("Regions"),
         QJsonArray{
             QJsonObject{{QStringLiteral("RegionId"), kRegion},
                         {QStringLiteral("LocalName"), QStringLiteral("Test")},
                         {QStringLiteral("RegionEndpoint"), QStringLiteral("ecs.cn-test.aliyuncs.com")}}}},
        {QStringLiteral("Images"),
         QJsonArray{image(QStringLiteral("m-full"), full, false),
                    image(QStringLiteral("m-some"), some, false),
                    image(QStringLiteral("m-crypt"), some, true),
                    image(QStringLiteral("m-public"), {}, false, QJsonArray{QStringLiteral("all")}),
                    image(QStringLiteral("m-over"), over, false)}},
        {QStringLiteral("KnownAccountIds"), known},
    };
    return QJsonDocument(root).toJson();
}

Parameters change(const QString &imageId, const QStringList &add, const QStringList &remove = {},
                  const QString &isPublic = {}) {
    Parameters parameters{{QStringLiteral("RegionId"), kRegion}, {QStringLiteral("ImageId"), imageId}};
    for (qsizetype i = 0; i < add.size(); ++i)
        parameters.insert(QStringLiteral("AddAccount.%1").arg(i + 1), add.at(i));
    for (qsizetype i = 0; i < remove.size(); ++i)
        parameters.insert(QStringLiteral("RemoveAccount.%1").arg(i + 1), remove.at(i));
    if (!isPublic.isEmpty())
        parameters.insert(QStringLiteral("IsPublic"), isPublic);
    return parameters;
}

} // namespace

class TestSimulatorModify : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void errors_data();
    void errors();
    void addAndRemoveShowAtOnce_data();
    void addAndRemoveShowAtOnce();
    void onlyTheFirstTenAreProcessed();
    void swapAtTheLimitSucceeds();
    void removingFromEncryptedIsAllowed();
    void removingFromAnImageOverTheQuotaIsAllowed();
    void isPublicFalseRemovesAll();
    void dataFileNeverWritten();
    void datasetFieldsValidated_data();
    void datasetFieldsValidated();
    void demoKeys();

private:
    QStringList grants(const QString &imageId, const Credentials &key = kWriter);
    HttpResult modify(const Parameters &parameters, const Credentials &key = kWriter,
                      SignatureVersion signature = SignatureVersion::V3);

    std::unique_ptr<EcsSimulator> m_simulator;
    std::unique_ptr<TestClient> m_client;
};

void TestSimulatorModify::init() {
    QString error;
    const auto data = SimulatorDataset::fromJson(dataset(), &error);
    QVERIFY2(data, qPrintable(error));
    m_simulator = std::make_unique<EcsSimulator>();
    m_simulator->loadDataset(*data);
    QVERIFY(m_simulator->listen());
    m_client = std::make_unique<TestClient>(m_simulator->url());
}

void TestSimulatorModify::cleanup() {
    m_client.reset();
    m_simulator.reset();
}

HttpResult TestSimulatorModify::modify(const Parameters &parameters, const Credentials &key,
                                       SignatureVersion signature) {
    Parameters withFormat = parameters;
    if (signature == SignatureVersion::V1)
        withFormat.insert(QStringLiteral("Format"), QStringLiteral("JSON"));
    return m_client->call(QStringLiteral("ModifyImageSharePermission"), withFormat, key, signature);
}

QStringList TestSimulatorModify::grants(const QString &imageId, const Credentials &key) {
    const HttpResult result = m_client->call(QStringLiteral("DescribeImageSharePermission"),
                                             {{QStringLiteral("RegionId"), kRegion},
                                              {QStringLiteral("ImageId"), imageId},
                                              {QStringLiteral("PageSize"), QStringLiteral("50")}},
                                             key);
    QStringList ids;
    const QJsonArray accounts =
        result.json().value(QStringLiteral("Accounts")).toObject().value(QStringLiteral("Account")).toArray();
    for (const QJsonValue &account : accounts)
        ids.append(account.toObject().value(QStringLiteral("AliyunId")).toString());
    return ids;
}

void TestSimulatorModify::errors_data() {
    QTest::addColumn<Parameters>("parameters");
    QTest::addColumn<bool>("readOnlyKey");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    Parameters noRegion = change(QStringLiteral("m-some"), {partner(10)});
    noRegion.remove(QStringLiteral("RegionId"));
    Parameters noImage = change(QStringLiteral("m-some"), {partner(10)});
    noImage.remove(QStringLiteral("ImageId"));
    for (const SignatureVersion signature : {SignatureVersion::V3, SignatureVersion::V1}) {
        const char *v = signature == SignatureVersion::V3 ? "V3 " : "V1 ";
        QTest::addRow("%sno RegionId", v) << noRegion << false << 400 << QStringLiteral("MissingParameter");
        QTest::addRow("%sno ImageId", v) << noImage << false << 400 << QStringLiteral("MissingParameter");
        QTest::addRow("%sno such image", v) << change(QStringLiteral("m-nope"), {partner(10)}) << false << 404
                                            << QStringLiteral("InvalidImageId.NotFound");
        QTest::addRow("%sno such account (add)", v)
            << change(QStringLiteral("m-some"), {QStringLiteral("999999999999")}) << false << 404
            << QStringLiteral("InvalidAccount.NotFound");
        QTest::addRow("%sno such account (remove)", v)
            << change(QStringLiteral("m-some"), {}, {QStringLiteral("999999999999")}) << false << 404
            << QStringLiteral("InvalidAccount.NotFound");
        QTest::addRow("%sown account", v) << change(QStringLiteral("m-some"), {kOwner}) << false << 404
                                          << QStringLiteral("InvalidAccount.Forbbiden");
        QTest::addRow("%sover 50", v) << change(QStringLiteral("m-full"), {partner(60)}) << false << 403
                                      << QStringLiteral("QuotaExceed.ShareImageUser");
        QTest::addRow("%sencrypted", v) << change(QStringLiteral("m-crypt"), {partner(10)}) << false << 403
                                        << QStringLiteral("OperationDeined.EncryptedSnapshot");
        QTest::addRow("%sread-only key", v) << change(QStringLiteral("m-some"), {partner(10)}) << true << 403
                                            << QStringLiteral("Forbidden.RAM");
        QTest::addRow("%sbad IsPublic", v)
            << change(QStringLiteral("m-some"), {}, {}, QStringLiteral("maybe")) << false << 400
            << QStringLiteral("InvalidParameter");
    }
}

void TestSimulatorModify::errors() {
    QFETCH(Parameters, parameters);
    QFETCH(bool, readOnlyKey);
    QFETCH(int, status);
    QFETCH(QString, code);
    const SignatureVersion signature =
        QByteArray(QTest::currentDataTag()).startsWith("V1") ? SignatureVersion::V1 : SignatureVersion::V3;
    const QStringList before = grants(QStringLiteral("m-some"));
    const HttpResult result = modify(parameters, readOnlyKey ? kReader : kWriter, signature);
    QCOMPARE(result.status, status);
    QCOMPARE(result.code(), code);
    // A refused change changes nothing.
    QCOMPARE(grants(QStringLiteral("m-some")), before);
    QCOMPARE(grants(QStringLiteral("m-full")).size(), 50);
}

void TestSimulatorModify::addAndRemoveShowAtOnce_data() {
    QTest::addColumn<SignatureVersion>("signature");
    QTest::newRow("V3") << SignatureVersion::V3;
    QTest::newRow("V1") << SignatureVersion::V1;
}

void TestSimulatorModify::addAndRemoveShowAtOnce() {
    QFETCH(SignatureVersion, signature);
    const HttpResult result = modify(
        change(QStringLiteral("m-some"), {partner(20), partner(21)}, {partner(1)}), kWriter, signature);
    QCOMPARE(result.status, 200);
    QVERIFY(!result.json().value(QStringLiteral("RequestId")).toString().isEmpty());
    QCOMPARE(grants(QStringLiteral("m-some")),
             (QStringList{partner(0), partner(2), partner(20), partner(21)}));
    // The read-only key reads the same state; SharedTime is set for the new grants.
    QCOMPARE(grants(QStringLiteral("m-some"), kReader).size(), 4);
    const SimImage *image = m_simulator->dataset().findImage(QStringLiteral("m-some"));
    QVERIFY(!image->accounts.last().sharedTime.isEmpty());

    // Removing everything: DescribeImages' IsSelfShared follows at once.
    const auto isSelfShared = [this] {
        const HttpResult images = m_client->call(
            QStringLiteral("DescribeImages"),
            {{QStringLiteral("RegionId"), kRegion}, {QStringLiteral("ImageId"), QStringLiteral("m-some")}},
            kWriter);
        return images.json()
            .value(QStringLiteral("Images"))
            .toObject()
            .value(QStringLiteral("Image"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("IsSelfShared"))
            .toString();
    };
    QCOMPARE(isSelfShared(), QStringLiteral("true"));
    QCOMPARE(modify(change(QStringLiteral("m-some"), {}, {partner(0), partner(2), partner(20), partner(21)}),
                    kWriter, signature)
                 .status,
             200);
    QCOMPARE(isSelfShared(), QStringLiteral("false"));
}

void TestSimulatorModify::onlyTheFirstTenAreProcessed() {
    QStringList twelve;
    for (int i = 0; i < 12; ++i)
        twelve.append(partner(30 + i));
    QCOMPARE(modify(change(QStringLiteral("m-some"), twelve)).status, 200);
    const QStringList now = grants(QStringLiteral("m-some"));
    QCOMPARE(now.size(), 3 + 10);
    QVERIFY(now.contains(partner(39)));
    QVERIFY(!now.contains(partner(40)));
    QVERIFY(!now.contains(partner(41)));
}

void TestSimulatorModify::swapAtTheLimitSucceeds() {
    QCOMPARE(modify(change(QStringLiteral("m-full"), {partner(70)}, {partner(0)})).status, 200);
    const QStringList now = grants(QStringLiteral("m-full"));
    QCOMPARE(now.size(), 50);
    QVERIFY(now.contains(partner(70)));
    QVERIFY(!now.contains(partner(0)));
}

void TestSimulatorModify::removingFromEncryptedIsAllowed() {
    QCOMPARE(modify(change(QStringLiteral("m-crypt"), {}, {partner(0)})).status, 200);
    QCOMPARE(grants(QStringLiteral("m-crypt")), (QStringList{partner(1), partner(2)}));
}

void TestSimulatorModify::removingFromAnImageOverTheQuotaIsAllowed() {
    // The quota limits sharing, not cleaning up: an incident revoke must work on an image over it.
    QCOMPARE(modify(change(QStringLiteral("m-over"), {}, {partner(0)})).status, 200);
    QCOMPARE(m_simulator->dataset().findImage(QStringLiteral("m-over"))->accounts.size(), 54);
    const HttpResult add = modify(change(QStringLiteral("m-over"), {partner(80)}, {partner(1)}));
    QCOMPARE(add.status, 403);
    QCOMPARE(add.code(), QStringLiteral("QuotaExceed.ShareImageUser"));
    QCOMPARE(m_simulator->dataset().findImage(QStringLiteral("m-over"))->accounts.size(), 54);
}

void TestSimulatorModify::isPublicFalseRemovesAll() {
    QVERIFY(m_simulator->dataset().findImage(QStringLiteral("m-public"))->shareGroups.contains(u"all"_qs));
    QCOMPARE(modify(change(QStringLiteral("m-public"), {}, {}, QStringLiteral("false"))).status, 200);
    QVERIFY(m_simulator->dataset().findImage(QStringLiteral("m-public"))->shareGroups.isEmpty());
    // The service accepts true as well (this program never sends it).
    QCOMPARE(modify(change(QStringLiteral("m-public"), {}, {}, QStringLiteral("true"))).status, 200);
    QCOMPARE(m_simulator->dataset().findImage(QStringLiteral("m-public"))->shareGroups,
             QStringList{u"all"_qs});
}

void TestSimulatorModify::dataFileNeverWritten() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(dataset());
    file.close();
    const QByteArray before = dataset();
    EcsSimulator simulator;
    QVERIFY(simulator.loadDataset(path));
    QVERIFY(simulator.listen());
    TestClient client(simulator.url());
    QCOMPARE(client
                 .call(QStringLiteral("ModifyImageSharePermission"),
                       change(QStringLiteral("m-some"), {partner(50)}), kWriter)
                 .status,
             200);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestSimulatorModify::datasetFieldsValidated_data() {
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ReadOnly not a boolean")
        << QByteArray("\"ReadOnly\": true") << QByteArray("\"ReadOnly\": \"yes\"")
        << QStringLiteral("AccessKeys[1].ReadOnly");
    QTest::newRow("Encrypted not a boolean")
        << QByteArray("\"Encrypted\": true") << QByteArray("\"Encrypted\": 1")
        << QStringLiteral("Images[2].Encrypted");
    QTest::newRow("KnownAccountIds entry")
        << QByteArray("\"200000000000\"") << QByteArray("\"abc\"") << QStringLiteral("KnownAccountIds[0]");
}

void TestSimulatorModify::datasetFieldsValidated() {
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, expected);
    QByteArray json = dataset();
    QVERIFY2(json.contains(from), json.constData());
    json.replace(from, to);
    QString error;
    QVERIFY(!SimulatorDataset::fromJson(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestSimulatorModify::demoKeys() {
    EcsSimulator simulator;
    QVERIFY(simulator.loadDataset(demoDataPath()));
    QVERIFY(simulator.listen());
    TestClient client(simulator.url());
    const QString image = demoImageId(simulator, QStringLiteral("prod-db-proxy"));
    QString someone;
    for (const SimImage &other : simulator.dataset().images()) {
        if (!other.accounts.isEmpty())
            someone = other.accounts.first().aliyunId;
    }
    const Parameters parameters{{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                                {QStringLiteral("ImageId"), image},
                                {QStringLiteral("AddAccount.1"), someone}};
    HttpResult result = client.call(QStringLiteral("ModifyImageSharePermission"), parameters, kDemoKey);
    QCOMPARE(result.status, 403);
    QCOMPARE(result.code(), QStringLiteral("Forbidden.RAM"));
    result = client.call(QStringLiteral("ModifyImageSharePermission"), parameters, kWritableDemoKey);
    QCOMPARE(result.status, 200);
    QCOMPARE(simulator.dataset().findImage(image)->accounts.size(), 1);
}

QTEST_GUILESS_MAIN(TestSimulatorModify)
#include "tst_simulator_modify.moc"
