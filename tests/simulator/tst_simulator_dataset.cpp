// The data file's validation, the demo dataset's promises, fault specs and the ecs-simulator executable.
#include "SimulatorTestSupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace isb;
using namespace isb::test;

class TestSimulatorDataset : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void invalidFilesRejected_data();
    void invalidFilesRejected();
    void optionalFieldsDefault();
    void demoDatasetPromises();
    void faultSpecs_data();
    void faultSpecs();

    void executableServesAndStopsCleanly();
    void executableRejectsBadInput_data();
    void executableRejectsBadInput();

private:
    static QString executable() { return QStringLiteral(ISB_BIN_DIR "/ecs-simulator"); }
};

static QByteArray withImage(const QByteArray &imageFields) {
    return QByteArrayLiteral(R"({"AccessKeys":[{"AccessKeyId":"k","AccessKeySecret":"s"}],
        "Regions":[{"RegionId":"cn-hangzhou","LocalName":"Hangzhou","RegionEndpoint":"ecs.cn-hangzhou.aliyuncs.com"}],
        "Images":[{)") +
           imageFields + QByteArrayLiteral("}]}");
}

static const QByteArray kGoodImage =
    R"("RegionId":"cn-hangzhou","ImageId":"m-1","ImageName":"n","Status":"Available",
    "OSName":"Linux","CreationTime":"2024-01-31T08:00:00Z","Size":40)";

void TestSimulatorDataset::invalidFilesRejected_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // a part of the error message
    QTest::newRow("syntax") << QByteArray("{\n  \"AccessKeys\": [\n    {,}\n]}") << QStringLiteral("line 3");
    QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("top level");
    QTest::newRow("no keys") << QByteArray(R"({"Regions":[],"Images":[]})")
                             << QStringLiteral("AccessKeys is required");
    QTest::newRow("key without secret")
        << QByteArray(R"({"AccessKeys":[{"AccessKeyId":"k"}],"Regions":[],"Images":[]})")
        << QStringLiteral("AccessKeys[0].AccessKeySecret is required");
    QTest::newRow("bad LocalName")
        << QByteArray(
               R"({"AccessKeys":[],"Regions":[{"RegionId":"r","LocalName":3,"RegionEndpoint":"e"}],"Images":[]})")
        << QStringLiteral("Regions[0].LocalName");
    QTest::newRow("image in unknown region")
        << withImage(QByteArray(kGoodImage).replace("cn-hangzhou", "mars-1"))
        << QStringLiteral("Images[0].RegionId");
    QTest::newRow("size not a number")
        << withImage(QByteArray(kGoodImage).replace("40", "\"40\"")) << QStringLiteral("Images[0].Size");
    QTest::newRow("bad status") << withImage(QByteArray(kGoodImage).replace("Available", "Ready"))
                                << QStringLiteral("Images[0].Status");
    QTest::newRow("bad creation time")
        << withImage(QByteArray(kGoodImage).replace("2024-01-31T08:00:00Z", "yesterday"))
        << QStringLiteral("Images[0].CreationTime");
    QTest::newRow("account without id")
        << withImage(kGoodImage + R"(,"Accounts":[{"SharedTime":"2024-01-31T08:00:00Z"}])")
        << QStringLiteral("Images[0].Accounts[0].AliyunId");
    QTest::newRow("bad shared time") << withImage(kGoodImage +
                                                  R"(,"Accounts":[{"AliyunId":"1","SharedTime":"x"}])")
                                     << QStringLiteral("Images[0].Accounts[0].SharedTime");
    QTest::newRow("group not a string")
        << withImage(kGoodImage + R"(,"ShareGroups":[1])") << QStringLiteral("Images[0].ShareGroups[0]");
}

void TestSimulatorDataset::invalidFilesRejected() {
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!SimulatorDataset::fromJson(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestSimulatorDataset::optionalFieldsDefault() {
    QString error;
    const auto dataset = SimulatorDataset::fromJson(withImage(kGoodImage), &error);
    QVERIFY2(dataset, qPrintable(error));
    const SimImage &image = dataset->images().first();
    QCOMPARE(image.osNameEn, QStringLiteral("Linux"));
    QCOMPARE(image.architecture, QStringLiteral("x86_64"));
    QVERIFY(image.accounts.isEmpty());
    QVERIFY(!image.isSelfShared());
    QCOMPARE(dataset->regions().first().localName(QStringLiteral("zh-CN")), QStringLiteral("Hangzhou"));
    QCOMPARE(dataset->regions().first().status, QStringLiteral("available"));
}

void TestSimulatorDataset::demoDatasetPromises() {
    QString error;
    const auto dataset = SimulatorDataset::fromFile(demoDataPath(), &error);
    QVERIFY2(dataset, qPrintable(error));
    QVERIFY(dataset->findAccessKey(kDemoKey.accessKeyId));
    QCOMPARE(dataset->findAccessKey(kDemoKey.accessKeyId)->accessKeySecret, kDemoKey.accessKeySecret);
    QCOMPARE(dataset->findAccessKey(kStsKey.accessKeyId)->securityToken, kStsKey.securityToken);
    QCOMPARE(dataset->regions().size(), 5);
    QVERIFY(dataset->images().size() >= 30);
    bool has57 = false, groupOnly = false, both = false, unshared = false, csv = false, chinese = false;
    int notAvailable = 0;
    for (const SimImage &image : dataset->images()) {
        has57 |= image.accounts.size() == 57;
        groupOnly |= image.accounts.isEmpty() && image.shareGroups.contains(QStringLiteral("all"));
        both |= !image.accounts.isEmpty() && image.shareGroups.contains(QStringLiteral("all"));
        unshared |= !image.isSelfShared();
        csv |= image.imageName.startsWith(u'=') && image.imageName.contains(u',') &&
               image.imageName.contains(u'"');
        chinese |= image.imageName == u"生产-网关-基线";
        notAvailable += image.status != u"Available";
        for (const SimSharedAccount &account : image.accounts)
            QVERIFY2(account.aliyunId.size() == 12, qPrintable(account.aliyunId));
    }
    QVERIFY(has57);
    QVERIFY(groupOnly);
    QVERIFY(both);
    QVERIFY(unshared);
    QVERIFY(csv);
    QVERIFY(chinese);
    QVERIFY(notAvailable >= 3);
}

void TestSimulatorDataset::faultSpecs_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::newRow("rate") << QStringLiteral("throttling:0.25") << true;
    QTest::newRow("switch") << QStringLiteral("stall:1") << true;
    QTest::newRow("count") << QStringLiteral("reset:#3") << true;
    QTest::newRow("dash kind") << QStringLiteral("malformed-json:0.1") << true;
    QTest::newRow("unknown kind") << QStringLiteral("gremlins:0.5") << false;
    QTest::newRow("rate above 1") << QStringLiteral("internal:1.5") << false;
    QTest::newRow("no rate") << QStringLiteral("internal") << false;
    QTest::newRow("zero count") << QStringLiteral("truncated:#0") << false;
}

void TestSimulatorDataset::faultSpecs() {
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    FaultPlan plan;
    QString error;
    QCOMPARE(plan.applySpec(spec, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
    if (spec == u"reset:#3") {
        for (int i = 0; i < 3; ++i)
            QCOMPARE(plan.next(), FaultKind::Reset);
        QCOMPARE(plan.next(), FaultKind::None);
    }
}

void TestSimulatorDataset::executableServesAndStopsCleanly() {
    QProcess process;
    process.start(executable(), {QStringLiteral("--data"), demoDataPath(), QStringLiteral("--latency-ms"),
                                 QStringLiteral("10")});
    QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
    QTRY_VERIFY(process.canReadLine());
    const QString firstLine = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression pattern(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(firstLine);
    QVERIFY2(match.hasMatch(), qPrintable(firstLine));

    QUrl endpoint(QStringLiteral("http://127.0.0.1"));
    endpoint.setPort(match.captured(1).toInt());
    TestClient client(endpoint);
    QCOMPARE(client.call(QStringLiteral("DescribeRegions"), {}).status, 200);
    SignedRequest unsignedRequest;
    unsignedRequest.method = "GET";
    unsignedRequest.url = endpoint;
    QCOMPARE(client.send(unsignedRequest).status, 400);

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()).trimmed(),
             QStringLiteral("requests: 2, throttled: 0, peak concurrency: 1"));
}

void TestSimulatorDataset::executableRejectsBadInput_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("fileContent");
    QTest::newRow("no --data") << QStringList() << QByteArray();
    QTest::newRow("bad data file") << QStringList{QStringLiteral("--data"), QStringLiteral("FILE")}
                                   << QByteArray(R"({"AccessKeys": 1})");
    QTest::newRow("missing data file")
        << QStringList{QStringLiteral("--data"), QStringLiteral("/nonexistent/data.json")} << QByteArray();
    QTest::newRow("bad fault") << QStringList{QStringLiteral("--data"), demoDataPath(),
                                              QStringLiteral("--fault"), QStringLiteral("gremlins:1")}
                               << QByteArray();
    QTest::newRow("bad listen") << QStringList{QStringLiteral("--data"), demoDataPath(),
                                               QStringLiteral("--listen"), QStringLiteral("127.0.0.1:99999")}
                                << QByteArray();
}

void TestSimulatorDataset::executableRejectsBadInput() {
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, fileContent);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("data.json"));
    if (!fileContent.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fileContent);
    }
    arguments.replaceInStrings(QStringLiteral("FILE"), path);
    QProcess process;
    process.start(executable(), arguments);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(!process.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestSimulatorDataset)
#include "tst_simulator_dataset.moc"
