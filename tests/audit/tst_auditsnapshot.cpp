#include "EcsResponseParser.h"
#include "audit/AuditSnapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace isb;

namespace {

AuditImageRecord makeImage(const QString &region, const QString &id, const QString &name,
                           const QList<SharedAccount> &accounts, const QStringList &groups = {}) {
    AuditImageRecord record;
    record.complete = true;
    record.image.regionId = region;
    record.image.imageId = id;
    record.image.imageName = name;
    record.permissions.regionId = region;
    record.permissions.imageId = id;
    record.permissions.accounts = accounts;
    record.permissions.totalCount = int(accounts.size());
    record.permissions.shareGroups = groups;
    return record;
}

SharedAccount account(const QString &id, const QString &time = {}) {
    return {id, EcsResponseParser::parseTime(time)};
}

AuditSnapshot sample() {
    AuditSnapshot snapshot;
    snapshot.setExportedAt(QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    snapshot.setEndpoint(QStringLiteral("https://ecs.aliyuncs.com"));
    snapshot.setRegions({QStringLiteral("cn-hangzhou"), QStringLiteral("cn-beijing")});
    snapshot.setImages({
        makeImage(QStringLiteral("cn-hangzhou"), QStringLiteral("m-b"), QStringLiteral("web \"2\""),
                  {account(QStringLiteral("123456789012"), QStringLiteral("2024-01-02T03:04:05Z")),
                   account(QStringLiteral("223456789012"))},
                  {QStringLiteral("all")}),
        makeImage(QStringLiteral("cn-beijing"), QStringLiteral("m-a"), QStringLiteral("数据库"), {}),
    });
    AuditFailure failure;
    failure.regionId = QStringLiteral("cn-hangzhou");
    failure.imageId = QStringLiteral("m-c");
    failure.error.kind = EcsError::Kind::Api;
    failure.error.code = QStringLiteral("Forbidden.RAM");
    failure.error.message = QStringLiteral("User not authorized.");
    failure.error.requestId = QStringLiteral("REQ-1");
    snapshot.setFailures({failure});
    return snapshot;
}

} // namespace

/// Snapshot files: round trip, layout, validation.
class TestAuditSnapshot : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripThroughAFile() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("audit.json"));
        const AuditSnapshot original = sample();
        QString error;
        QVERIFY2(original.save(path, &error), qPrintable(error));

        const auto loaded = AuditSnapshot::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->exportedAt(), original.exportedAt());
        QCOMPARE(loaded->endpoint(), original.endpoint());
        QCOMPARE(loaded->regions(), original.regions());
        QCOMPARE(loaded->rows(), original.rows());
        QCOMPARE(loaded->failures(), original.failures());
        QCOMPARE(loaded->images().size(), 2);
        QCOMPARE(loaded->images().at(1).permissions.accounts, original.images().at(1).permissions.accounts);
        QCOMPARE(loaded->toJson(), original.toJson()); // stable: same state, same bytes
    }

    void layoutFollowsTheFormat() {
        const QByteArray json = sample().toJson();
        // Keys in the documented order, images sorted by region and ID.
        const qsizetype exported = json.indexOf("\"ExportedAt\"");
        const qsizetype endpoint = json.indexOf("\"Endpoint\"");
        const qsizetype regions = json.indexOf("\"Regions\"");
        const qsizetype images = json.indexOf("\"Images\"");
        const qsizetype failures = json.indexOf("\"Failures\"");
        QVERIFY(exported >= 0 && exported < endpoint && endpoint < regions && regions < images &&
                images < failures);
        QVERIFY(json.indexOf("\"m-a\"") < json.indexOf("\"m-b\""));
        QVERIFY(json.contains("\"ExportedAt\": \"2024-05-01T10:00:00Z\""));
        QVERIFY(json.contains("\"SharedTime\": \"2024-01-02T03:04:05Z\""));
        QVERIFY(json.contains("\"Group\": \"all\""));
        QVERIFY(json.contains("\"TotalCount\": 2"));

        const QJsonObject root = QJsonDocument::fromJson(json).object();
        const QJsonObject failure = root.value(QLatin1String("Failures")).toArray().at(0).toObject();
        QCOMPARE(failure.value(QLatin1String("Code")).toString(), QStringLiteral("Forbidden.RAM"));
        QCOMPARE(failure.value(QLatin1String("RequestId")).toString(), QStringLiteral("REQ-1"));
    }

    void invalidFilesAreReportedClearly_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"Images\": [") << QStringLiteral("Not valid JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("must be a JSON object");
        QTest::newRow("no images") << QByteArray("{\"Regions\": []}")
                                   << QStringLiteral("\"Images\" list is missing");
        QTest::newRow("images not array")
            << QByteArray("{\"Images\": 3}") << QStringLiteral("$.Images: must be an array");
        QTest::newRow("missing id") << QByteArray("{\"Images\": [{\"RegionId\": \"r\"}]}")
                                    << QStringLiteral("Images[0].ImageId: missing");
        QTest::newRow("account id type")
            << QByteArray("{\"Images\": [{\"RegionId\": \"r\", \"ImageId\": \"m\", \"Accounts\": "
                          "[{\"AliyunId\": 5}]}]}")
            << QStringLiteral("Images[0].Accounts[0].AliyunId: must be a string");
        QTest::newRow("bad time") << QByteArray("{\"Images\": [{\"RegionId\": \"r\", \"ImageId\": \"m\", "
                                                "\"Accounts\": [{\"AliyunId\": \"1\", "
                                                "\"SharedTime\": \"yesterday\"}]}]}")
                                  << QStringLiteral("Images[0].Accounts[0].SharedTime");
        QTest::newRow("total count") << QByteArray("{\"Images\": [{\"RegionId\": \"r\", \"ImageId\": \"m\", "
                                                   "\"TotalCount\": 2, \"Accounts\": []}]}")
                                     << QStringLiteral("Images[0].TotalCount");
        QTest::newRow("failure code") << QByteArray("{\"Images\": [], \"Failures\": [{\"RegionId\": \"r\"}]}")
                                      << QStringLiteral("Failures[0].Code: missing");

        // Issue 12: what goes back into requests or diff lines has its shape, nothing is listed twice,
        // every image is in a listed region, and lists and names have caps.
        const auto withImage = [](const QByteArray &fields) -> QByteArray {
            return "{\"Regions\": [\"cn-hangzhou\"], \"Images\": [{" + fields + "}]}";
        };
        QTest::newRow("region id with newline")
            << withImage("\"RegionId\": \"cn-hangzhou\\n- x\", \"ImageId\": \"m-1\"")
            << QStringLiteral("Images[0].RegionId: \"cn-hangzhou\uFFFD- x\" is not a region ID");
        QTest::newRow("image id with space")
            << withImage("\"RegionId\": \"cn-hangzhou\", \"ImageId\": \"m-1 Account 5\"")
            << QStringLiteral("Images[0].ImageId: \"m-1 Account 5\" is not an image ID");
        QTest::newRow("account id not digits")
            << withImage("\"RegionId\": \"cn-hangzhou\", \"ImageId\": \"m-1\", \"Accounts\": "
                         "[{\"AliyunId\": \"nobody\"}]")
            << QStringLiteral("Images[0].Accounts[0].AliyunId: \"nobody\" is not an account ID");
        QTest::newRow("account listed twice")
            << withImage("\"RegionId\": \"cn-hangzhou\", \"ImageId\": \"m-1\", \"Accounts\": "
                         "[{\"AliyunId\": \"111\"}, {\"AliyunId\": \"111\"}]")
            << QStringLiteral("Images[0].Accounts[1].AliyunId: 111 is listed twice");
        QTest::newRow("group with spaces")
            << withImage("\"RegionId\": \"cn-hangzhou\", \"ImageId\": \"m-1\", \"ShareGroups\": "
                         "[{\"Group\": \"all\\n+ cn-hangzhou m-1 Group all\"}]")
            << QStringLiteral(
                   "Images[0].ShareGroups[0].Group: \"all\uFFFD+ cn-hangzhou m-1 Group all\" is not "
                   "a share group");
        QTest::newRow("image in an unlisted region")
            << withImage("\"RegionId\": \"cn-beijing\", \"ImageId\": \"m-1\"")
            << QStringLiteral("Images[0].RegionId: \"cn-beijing\" is not one of the snapshot's Regions");
        QTest::newRow("image listed twice")
            << QByteArray("{\"Images\": [{\"RegionId\": \"r\", \"ImageId\": \"m\"}, {\"RegionId\": \"r\", "
                          "\"ImageId\": \"m\"}]}")
            << QStringLiteral("Images[1]: m in r is listed twice");
        QTest::newRow("region listed twice") << QByteArray("{\"Regions\": [\"r\", \"r\"], \"Images\": []}")
                                             << QStringLiteral("Regions[1]: \"r\" is listed twice");
        QTest::newRow("bad region in list") << QByteArray("{\"Regions\": [\"CN HZ\"], \"Images\": []}")
                                            << QStringLiteral("Regions[0]: \"CN HZ\" is not a region ID");
        QTest::newRow("name too long")
            << withImage("\"RegionId\": \"cn-hangzhou\", \"ImageId\": \"m-1\", \"ImageName\": \"" +
                         QByteArray(1025, 'x') + "\"")
            << QStringLiteral("Images[0].ImageName: is longer than 1024 characters");
        QByteArray manyGroups;
        for (int i = 0; i < 101; ++i)
            manyGroups += QByteArray(i ? "," : "") + "{\"Group\": \"g" + QByteArray::number(i) + "\"}";
        QTest::newRow("too many groups")
            << withImage("\"RegionId\": \"cn-hangzhou\", \"ImageId\": \"m-1\", \"ShareGroups\": [" +
                         manyGroups + "]")
            << QStringLiteral("Images[0].ShareGroups: has more than 100 entries");
        QTest::newRow("failure image without region")
            << QByteArray("{\"Images\": [], \"Failures\": [{\"ImageId\": \"m-1\", \"Code\": \"X\"}]}")
            << QStringLiteral("Failures[0].RegionId: missing (the failure names an image)");
        // Found by fuzz_snapshot (tests/fuzz/snapshot/crash-multiline-time.json): the message quoted the
        // time with its line break, so one bad field printed as two lines.
        QTest::newRow("time with newline")
            << QByteArray("{\"ExportedAt\": \"2025-05-01 {\\n T10:00:00Z\", \"Images\": []}")
            << QStringLiteral("$.ExportedAt: \"2025-05-01 {\uFFFD T10:00:00Z\" is not a UTC time");
        QTest::newRow("failure code with newline")
            << QByteArray("{\"Images\": [], \"Failures\": [{\"RegionId\": \"r\", \"Code\": \"A\\nB\"}]}")
            << QStringLiteral("Failures[0].Code: \"A\uFFFDB\" is not an error code");
    }

    void invalidFilesAreReportedClearly() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!AuditSnapshot::fromJson(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')) && !error.contains(QLatin1Char('\r')), qPrintable(error));
    }

    void validFileWithEveryFieldLoads() {
        // The checks above refuse nothing that an audit writes.
        AuditSnapshot snapshot;
        snapshot.setRegions({QStringLiteral("cn-hangzhou"), QStringLiteral("cn-beijing")});
        AuditImageRecord record;
        record.complete = true;
        record.image.regionId = QStringLiteral("cn-hangzhou");
        record.image.imageId = QStringLiteral("win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd");
        record.image.imageName = QStringLiteral("生产 (prod)\n\u2028");
        record.permissions.accounts = {{QStringLiteral("1234567890123456"), {}},
                                       {QStringLiteral("155780923770"), {}}};
        record.permissions.shareGroups = {QStringLiteral("all")};
        snapshot.setImages({record});
        AuditFailure failure{QStringLiteral("cn-beijing"), QStringLiteral("m-2"), {}};
        failure.error.code = QStringLiteral("InvalidImageId.NotFound");
        failure.error.message = QStringLiteral("The specified image does not exist.");
        snapshot.setFailures({failure});
        QString error;
        const auto loaded = AuditSnapshot::fromJson(snapshot.toJson(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->images().at(0).image.imageName, record.image.imageName);
        QVERIFY(loaded->covers(QStringLiteral("cn-beijing")));
        QVERIFY(!loaded->covers(QStringLiteral("cn-shanghai")));
    }

    void loadRefusesAHugeFile() {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("huge.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(257 * 1024 * 1024)); // sparse: no disk space used
        file.close();
        QString error;
        QVERIFY(!AuditSnapshot::load(file.fileName(), &error));
        QVERIFY2(error.contains(QStringLiteral("larger than 256 MB")), qPrintable(error));
    }

    void loadNamesTheFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.json"));
        QString error;
        QVERIFY(!AuditSnapshot::load(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));

        QFile file(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[]");
        file.close();
        QVERIFY(!AuditSnapshot::load(file.fileName(), &error));
        QVERIFY2(error.startsWith(file.fileName()), qPrintable(error));
    }

    void saveFailsCleanly() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/dir/audit.json"));
        QString error;
        QVERIFY(!sample().save(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void rowsMatchTheExportColumns() {
        const QList<AuditRow> rows = sample().rows();
        QCOMPARE(rows.size(), 3); // m-a has no grant; m-b two accounts and group all
        QCOMPARE(rows.at(0).toFields(),
                 QStringList({QStringLiteral("cn-hangzhou"), QStringLiteral("m-b"),
                              QStringLiteral("web \"2\""), QStringLiteral("Account"),
                              QStringLiteral("123456789012"), QStringLiteral("2024-01-02T03:04:05Z")}));
        QCOMPARE(rows.at(1).toFields().at(5), QString());
        QCOMPARE(rows.at(2).toFields().mid(3),
                 QStringList({QStringLiteral("Group"), QStringLiteral("all"), QString()}));
        QVERIFY(rows.at(2).isSharedWithEveryone());
        AuditRow::Kind kind;
        QVERIFY(AuditRow::kindFromName(QStringLiteral("Group"), &kind));
        QCOMPARE(kind, AuditRow::Kind::Group);
        QVERIFY(!AuditRow::kindFromName(QStringLiteral("group"), &kind));
    }

    void failuresMakeImagesUnknown() {
        const AuditSnapshot snapshot = sample();
        QVERIFY(snapshot.isUnknown(QStringLiteral("cn-hangzhou"), QStringLiteral("m-c")));
        QVERIFY(!snapshot.isUnknown(QStringLiteral("cn-hangzhou"), QStringLiteral("m-d")));
        AuditSnapshot regionFailed;
        regionFailed.setFailures({AuditFailure{QStringLiteral("cn-beijing"), {}, {}}});
        QVERIFY(regionFailed.isUnknown(QStringLiteral("cn-beijing"), QStringLiteral("m-x")));
        QVERIFY(!regionFailed.isUnknown(QStringLiteral("cn-hangzhou"), QStringLiteral("m-x")));
    }
};

QTEST_GUILESS_MAIN(TestAuditSnapshot)
#include "tst_auditsnapshot.moc"
