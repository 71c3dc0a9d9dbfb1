#include "../support/SimulatorProcess.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kCliPath = QStringLiteral(ISB_BIN_DIR "/image-share-cli");
const QString kSimulatorPath = QStringLiteral(ISB_BIN_DIR "/ecs-simulator");
const QString kDataPath = QStringLiteral(ISB_SOURCE_DIR "/resources/demo-data.json");

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// "region image Kind principal time" per grant of a dataset or snapshot document (same field names).
QSet<QString> grantsOf(const QJsonArray &images, const QStringList &regions = {}) {
    QSet<QString> grants;
    for (const QJsonValue &value : images) {
        const QJsonObject image = value.toObject();
        const QString region = image.value(u"RegionId").toString();
        if (!regions.isEmpty() && !regions.contains(region))
            continue;
        const QString prefix =
            region + QLatin1Char(' ') + image.value(u"ImageId").toString() + QLatin1Char(' ');
        for (const QJsonValue &account : image.value(u"Accounts").toArray())
            grants.insert(prefix + QStringLiteral("Account ") + account[u"AliyunId"].toString() +
                          QLatin1Char(' ') + account[u"SharedTime"].toString());
        for (const QJsonValue &group : image.value(u"ShareGroups").toArray()) {
            // The dataset lists groups as strings, a snapshot as {"Group": ...}.
            const QString name = group.isString() ? group.toString() : group[u"Group"].toString();
            grants.insert(prefix + QStringLiteral("Group ") + name + QLatin1Char(' '));
        }
    }
    return grants;
}

/// The same from CSV lines (RegionId,ImageId,ImageName,Kind,Principal,SharedTime,Label; the Label column is
/// empty here, without an account book).
QSet<QString> grantsOfCsv(const QByteArray &csv, int *records) {
    QSet<QString> grants;
    QList<QByteArray> lines = csv.split('\n');
    *records = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        ++*records;
        // The image name may hold commas (quoted); the other fields never do.
        const QStringList head = line.section(QLatin1Char(','), 0, 1).split(QLatin1Char(','));
        const QStringList tail = line.section(QLatin1Char(','), -4, -2).split(QLatin1Char(','));
        if (!line.endsWith(QLatin1Char(',')))
            return {}; // a Label where none can be
        grants.insert(head.join(QLatin1Char(' ')) + QLatin1Char(' ') + tail.join(QLatin1Char(' ')));
    }
    return grants;
}

} // namespace

/// `image-share-cli audit` and `diff` as processes, against the ecs-simulator process on demo-data.json.
class TestAuditCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void auditJsonMatchesTheDataset();
    void auditCsvOfChosenRegions();
    void failedRegionIsReportedAndTheRestWritten();
    void usageErrors();
    void diffListsAddedAndRemoved();
    void diffAcrossDifferentRegionSets();
    void diffOfInvalidSnapshot();
    void diffOfUnreadableFile();
    void organisationCsvStartsWithTheOwner();
    void organisationSnapshotsAndTheirDiff();
    void organisationCheck();
    void organisationUsage();

private:
    CliRun run(const QStringList &arguments, bool withEndpoint = true);
    QString writeSnapshot(const QString &name, const QJsonArray &images,
                          const QStringList &regions = {QStringLiteral("cn-hangzhou")});

    QProcess m_simulator;
    QString m_endpoint;
    QJsonObject m_data;
    QTemporaryDir m_dir;
};

void TestAuditCli::initTestCase() {
    QVERIFY(m_dir.isValid());
    QFile data(kDataPath);
    QVERIFY(data.open(QIODevice::ReadOnly));
    m_data = QJsonDocument::fromJson(data.readAll()).object();
    QVERIFY(!m_data.isEmpty());

    QString why;
    m_endpoint = isb::test::startSimulatorProcess(m_simulator, kSimulatorPath,
                                                  {QStringLiteral("--data"), kDataPath}, &why);
    QVERIFY2(!m_endpoint.isEmpty(), qPrintable(why));
}

void TestAuditCli::cleanupTestCase() {
    if (m_simulator.state() != QProcess::NotRunning) {
        m_simulator.terminate();
        if (!m_simulator.waitForFinished(5000))
            m_simulator.kill();
    }
}

CliRun TestAuditCli::run(const QStringList &arguments, bool withEndpoint) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("ALIBABA_CLOUD_")))
            env.remove(name);
    }
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("LTAI5tDemoReadOnly0001"));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
               QStringLiteral("demo-secret-not-a-real-key"));
    // Saved profiles of the developer must not be consulted.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    // The messages asserted below are the English ones, whatever this machine's language.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    QStringList args = arguments;
    if (withEndpoint)
        args << QStringLiteral("--endpoint") << m_endpoint;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(kCliPath, args);
    CliRun result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    // Whatever the outcome, the secret never reaches an output.
    [&] {
        QVERIFY(!result.out.contains("demo-secret-not-a-real-key"));
        QVERIFY(!result.err.contains("demo-secret-not-a-real-key"));
    }();
    return result;
}

void TestAuditCli::organisationCsvStartsWithTheOwner() {
    const CliRun result =
        run({QStringLiteral("audit"), QStringLiteral("--resource-directory"), QStringLiteral("--external-id"),
             QStringLiteral("isb-demo-external"), QStringLiteral("--format"), QStringLiteral("csv")});
    // Member 0004 has no role: the audit is partial (an API error: 4), everything else is written.
    QCOMPARE(result.exitCode, 4);
    const QList<QByteArray> errors = result.err.trimmed().split('\n');
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains("audit failed for account 1500000000000004: ") &&
                 errors.first().contains("EntityNotExist.Role"),
             result.err.constData());
    const QList<QByteArray> lines = QByteArray(result.out).replace("\r\n", "\n").trimmed().split('\n');
    QCOMPARE(lines.first(),
             QByteArray("AccountId,AccountName,RegionId,ImageId,ImageName,Kind,Principal,SharedTime,Label"));
    QSet<QString> owners;
    for (qsizetype i = 1; i < lines.size(); ++i)
        owners.insert(QString::fromUtf8(lines.at(i)).section(QLatin1Char(','), 0, 1));
    QCOMPARE(owners, (QSet<QString>{QStringLiteral("1500000000000001,platform (management)"),
                                    QStringLiteral("1500000000000002,web (member)"),
                                    QStringLiteral("1500000000000003,data (member)")}));
    // --account limits the members; the caller's account is audited only when listed.
    const CliRun one =
        run({QStringLiteral("audit"), QStringLiteral("--resource-directory"), QStringLiteral("--account"),
             QStringLiteral("1500000000000002"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(one.exitCode, 0);
    QVERIFY(one.err.isEmpty());
    const QList<QByteArray> rows = QByteArray(one.out).replace("\r\n", "\n").trimmed().split('\n');
    QCOMPARE(rows.size(), 5); // header and web's four grants
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i).startsWith("1500000000000002,web (member),"));
}

void TestAuditCli::organisationSnapshotsAndTheirDiff() {
    const QString first = m_dir.filePath(QStringLiteral("org1.json"));
    const QString second = m_dir.filePath(QStringLiteral("org2.json"));
    for (const QString &path : {first, second}) {
        const CliRun result =
            run({QStringLiteral("audit"), QStringLiteral("--resource-directory"), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("--output"), path});
        QCOMPARE(result.exitCode, 4); // 0003 (no ExternalId) and 0004 (no role)
        QCOMPARE(result.err.count('\n'), 2);
        QVERIFY(result.err.contains("1500000000000003"));
        QVERIFY(result.err.contains("1500000000000004"));
    }
    QFile file(first);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QSet<QString> owners;
    for (const QJsonValue &image : root.value(u"Images").toArray()) {
        QVERIFY(image.toObject().contains(u"AccountId"));
        owners.insert(image[u"AccountId"].toString());
    }
    QCOMPARE(owners, (QSet<QString>{QStringLiteral("1500000000000001"), QStringLiteral("1500000000000002")}));
    QSet<QString> unreachable;
    for (const QJsonValue &failure : root.value(u"Failures").toArray())
        unreachable.insert(failure[u"AccountId"].toString());
    QCOMPARE(unreachable,
             (QSet<QString>{QStringLiteral("1500000000000003"), QStringLiteral("1500000000000004")}));
    const CliRun diff = run({QStringLiteral("diff"), first, second}, false);
    QCOMPARE(diff.exitCode, 0);
    QVERIFY2(diff.out.startsWith("0 grants added, 0 removed, "), diff.out.constData());
}

void TestAuditCli::organisationCheck() {
    const CliRun result =
        run({QStringLiteral("check"), QStringLiteral("--resource-directory"), QStringLiteral("--external-id"),
             QStringLiteral("isb-demo-external"), QStringLiteral("--account"),
             QStringLiteral("1500000000000002"), QStringLiteral("--account"),
             QStringLiteral("1500000000000003"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(result.exitCode, 10); // findings, complete
    const QList<QByteArray> lines = QByteArray(result.out).replace("\r\n", "\n").trimmed().split('\n');
    QCOMPARE(lines.first(),
             QByteArray("AccountId,RegionId,ImageId,ImageName,Finding,Principal,Label,SharedTime"));
    // Grants between the directory's accounts are internal; the outsiders are the findings.
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(1).startsWith("1500000000000002,cn-hangzhou,m-bp1rgrr7vzfor0flutpp,") &&
                 lines.at(1).contains(",untrusted,135530494343,"),
             result.out.constData());
    QVERIFY2(lines.at(2).startsWith("1500000000000003,cn-shanghai,") &&
                 lines.at(2).contains(",412782942403,"),
             result.out.constData());
}

void TestAuditCli::organisationUsage() {
    const auto usage = [this](const QStringList &arguments, const char *expected) {
        const CliRun result = run(arguments, false);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(expected), result.err.constData());
    };
    usage({QStringLiteral("audit"), QStringLiteral("--role-name"), QStringLiteral("R")},
          "need --resource-directory");
    usage({QStringLiteral("audit"), QStringLiteral("--resource-directory"), QStringLiteral("--account"),
           QStringLiteral("12ab")},
          "is not an account ID");
    usage({QStringLiteral("audit"), QStringLiteral("--resource-directory"), QStringLiteral("--role-name"),
           QStringLiteral("a/b")},
          "is not a RAM role name");
    const CliRun help = run({QStringLiteral("audit"), QStringLiteral("--help")}, false);
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--resource-directory", "--role-name", "--external-id", "--account <ID>"})
        QVERIFY2(help.out.contains(option), help.out.constData());
}

QString TestAuditCli::writeSnapshot(const QString &name, const QJsonArray &images,
                                    const QStringList &regions) {
    const QJsonObject root{{QStringLiteral("ExportedAt"), QStringLiteral("2024-05-01T10:00:00Z")},
                           {QStringLiteral("Endpoint"), QStringLiteral("https://ecs.aliyuncs.com")},
                           {QStringLiteral("Regions"), QJsonArray::fromStringList(regions)},
                           {QStringLiteral("Images"), images},
                           {QStringLiteral("Failures"), QJsonArray{}}};
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(root).toJson());
    return path;
}

void TestAuditCli::auditJsonMatchesTheDataset() {
    const QString output = m_dir.filePath(QStringLiteral("audit.json"));
    const CliRun result = run({QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--output"), output});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.contains("audit:")); // no progress line when stderr is not a terminal

    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject snapshot = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray dataImages = m_data.value(u"Images").toArray();
    QCOMPARE(grantsOf(snapshot.value(u"Images").toArray()), grantsOf(dataImages));
    QCOMPARE(snapshot.value(u"Images").toArray().size(), dataImages.size()); // unshared images too
    QCOMPARE(snapshot.value(u"Regions").toArray().size(), m_data.value(u"Regions").toArray().size());
    QVERIFY(snapshot.value(u"Failures").toArray().isEmpty());
}

void TestAuditCli::auditCsvOfChosenRegions() {
    const QStringList regions = {QStringLiteral("cn-beijing"), QStringLiteral("cn-shanghai")};
    const CliRun result = run({QStringLiteral("audit"), QStringLiteral("--region"), regions.at(0),
                               QStringLiteral("--region"), regions.at(1), QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("--pool"), QStringLiteral("3")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.startsWith("RegionId,ImageId,ImageName,Kind,Principal,SharedTime,Label\r\n"));
    int records = 0;
    const QSet<QString> expected = grantsOf(m_data.value(u"Images").toArray(), regions);
    QCOMPARE(grantsOfCsv(result.out, &records), expected);
    QCOMPARE(records, expected.size());
}

void TestAuditCli::failedRegionIsReportedAndTheRestWritten() {
    // A region the service does not know: its image list fails with 404 InvalidRegionId.NotFound, the
    // other region is still audited and written, and the exit status says something is missing.
    const QString output = m_dir.filePath(QStringLiteral("partial.csv"));
    const CliRun result =
        run({QStringLiteral("audit"), QStringLiteral("--region"), QStringLiteral("cn-beijing"),
             QStringLiteral("--region"), QStringLiteral("xx-nowhere-1"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--output"), output});
    QCOMPARE(result.exitCode, 4);
    const QList<QByteArray> errors = result.err.trimmed().split('\n');
    QByteArrayList failureLines;
    for (const QByteArray &line : errors) {
        if (line.startsWith("image-share-cli: audit failed for "))
            failureLines << line;
    }
    QCOMPARE(failureLines.size(), 1);
    QVERIFY2(failureLines.first().contains("xx-nowhere-1 (image list): ") &&
                 failureLines.first().contains("InvalidRegionId.NotFound") &&
                 failureLines.first().contains("RequestId="),
             failureLines.first().constData());
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    int records = 0;
    QCOMPARE(grantsOfCsv(file.readAll(), &records),
             grantsOf(m_data.value(u"Images").toArray(), {QStringLiteral("cn-beijing")}));
}

void TestAuditCli::usageErrors() {
    const auto usage = [this](const QStringList &arguments, const char *expected) {
        const CliRun result = run(arguments, false);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(expected), result.err.constData());
    };
    usage({QStringLiteral("audit"), QStringLiteral("--pool"), QStringLiteral("0")}, "--pool must be");
    usage({QStringLiteral("audit"), QStringLiteral("--region"), QStringLiteral("Bad_Region")},
          "invalid region id");
    usage({QStringLiteral("audit"), QStringLiteral("--image"), QStringLiteral("m-1")},
          "does not apply to audit");
    usage({QStringLiteral("diff"), QStringLiteral("one.json")}, "diff needs two snapshot files");
    usage({QStringLiteral("diff"), QStringLiteral("a.json"), QStringLiteral("b.json"),
           QStringLiteral("--format"), QStringLiteral("csv")},
          "--format does not apply to diff");
}

void TestAuditCli::diffListsAddedAndRemoved() {
    const auto image = [](const QString &id, const QStringList &accounts, bool everyone) {
        QJsonArray accountArray;
        for (const QString &account : accounts)
            accountArray.append(QJsonObject{{QStringLiteral("AliyunId"), account}});
        QJsonArray groups;
        if (everyone)
            groups.append(QJsonObject{{QStringLiteral("Group"), QStringLiteral("all")}});
        return QJsonObject{{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                           {QStringLiteral("ImageId"), id},
                           {QStringLiteral("ImageName"), QString(QStringLiteral("name-") + id)},
                           {QStringLiteral("TotalCount"), int(accounts.size())},
                           {QStringLiteral("Accounts"), accountArray},
                           {QStringLiteral("ShareGroups"), groups}};
    };
    const QString before =
        writeSnapshot(QStringLiteral("before.json"),
                      {image(QStringLiteral("m-a"), {QStringLiteral("111"), QStringLiteral("222")}, false),
                       image(QStringLiteral("m-b"), {QStringLiteral("333")}, false)});
    const QString after = writeSnapshot(QStringLiteral("after.json"),
                                        {image(QStringLiteral("m-a"), {QStringLiteral("111")}, true),
                                         image(QStringLiteral("m-b"), {QStringLiteral("333")}, false),
                                         image(QStringLiteral("m-c"), {QStringLiteral("444")}, false)});

    CliRun result = run({QStringLiteral("diff"), before, after}, false);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QString::fromUtf8(result.out),
             // New findings first (no book: every account is untrusted), then the changes; the dates end the
             // summary.
             QStringLiteral("! cn-hangzhou m-a Group all public\n"
                            "! cn-hangzhou m-c Account 444 untrusted\n"
                            "- cn-hangzhou m-a Account 222\n"
                            "+ cn-hangzhou m-a Group all\n"
                            "+image cn-hangzhou m-c (name-m-c)\n"
                            "+ cn-hangzhou m-c Account 444\n"
                            "2 grants added, 1 removed, 2 unchanged; 1 images added, 0 removed, 0 unknown. "
                            "Snapshots of 2024-05-01T10:00:00Z and 2024-05-01T10:00:00Z.\n"));

    // --all also lists the unchanged grants.
    result = run({QStringLiteral("diff"), QStringLiteral("--all"), before, after}, false);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("= cn-hangzhou m-a Account 111\n"));
    QVERIFY(result.out.contains("= cn-hangzhou m-b Account 333\n"));

    // No difference: the summary alone, and still exit 0.
    result = run({QStringLiteral("diff"), before, before}, false);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out,
             QByteArray("0 grants added, 0 removed, 3 unchanged; 0 images added, 0 removed, 0 unknown. "
                        "Snapshots of 2024-05-01T10:00:00Z and 2024-05-01T10:00:00Z.\n"));

    // --output writes the same text to a file.
    const QString output = m_dir.filePath(QStringLiteral("diff.txt"));
    result = run({QStringLiteral("diff"), before, after, QStringLiteral("--output"), output}, false);
    QCOMPARE(result.exitCode, 0);
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(
        file.readAll().endsWith("0 unknown. Snapshots of 2024-05-01T10:00:00Z and 2024-05-01T10:00:00Z.\n"));
}

void TestAuditCli::diffAcrossDifferentRegionSets() {
    // Issue 12: an audit of two regions against an audit of one. The region only the first covers is
    // unknown, its image too; before the fix the diff called it removed.
    const auto image = [](const QString &region, const QString &id, const QString &account) {
        return QJsonObject{
            {QStringLiteral("RegionId"), region},
            {QStringLiteral("ImageId"), id},
            {QStringLiteral("ImageName"), id},
            {QStringLiteral("TotalCount"), 1},
            {QStringLiteral("Accounts"), QJsonArray{QJsonObject{{QStringLiteral("AliyunId"), account}}}}};
    };
    const QString hz = QStringLiteral("cn-hangzhou");
    const QString bj = QStringLiteral("cn-beijing");
    const QString before = writeSnapshot(QStringLiteral("two-regions.json"),
                                         {image(hz, QStringLiteral("m-a"), QStringLiteral("111")),
                                          image(bj, QStringLiteral("m-b"), QStringLiteral("222"))},
                                         {hz, bj});
    const QString after = writeSnapshot(QStringLiteral("one-region.json"),
                                        {image(hz, QStringLiteral("m-a"), QStringLiteral("111"))}, {hz});
    const CliRun result = run({QStringLiteral("diff"), before, after}, false);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QString::fromUtf8(result.out),
             QStringLiteral("?region cn-beijing unknown\n"
                            "? cn-beijing m-b unknown\n"
                            "0 grants added, 0 removed, 1 unchanged; 0 images added, 0 removed, 1 unknown. "
                            "Unknown, audited in one snapshot only: cn-beijing. "
                            "Snapshots of 2024-05-01T10:00:00Z and 2024-05-01T10:00:00Z.\n"));
}

void TestAuditCli::diffOfInvalidSnapshot() {
    // A name with a newline cannot forge a line; an ID that is no ID is refused, naming the field.
    const QString forged = writeSnapshot(
        QStringLiteral("forged.json"),
        {QJsonObject{{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                     {QStringLiteral("ImageId"), QStringLiteral("m-a")},
                     {QStringLiteral("ImageName"), QStringLiteral("x)\n- cn-hangzhou m-z Account 999")}}});
    const QString empty = writeSnapshot(QStringLiteral("empty.json"), {});
    CliRun result = run({QStringLiteral("diff"), empty, forged}, false);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(!result.out.contains("\n- cn-hangzhou m-z"));
    QVERIFY(result.out.startsWith("+image cn-hangzhou m-a (x)\xEF\xBF\xBD- cn-hangzhou m-z Account 999)\n"));

    const QString invalid = writeSnapshot(
        QStringLiteral("invalid.json"),
        {QJsonObject{{QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                     {QStringLiteral("ImageId"), QStringLiteral("m-a")},
                     {QStringLiteral("Accounts"),
                      QJsonArray{QJsonObject{{QStringLiteral("AliyunId"), QStringLiteral("nobody")}}}}}});
    result = run({QStringLiteral("diff"), empty, invalid}, false);
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains("Images[0].Accounts[0].AliyunId: \"nobody\" is not an account ID"),
             result.err.constData());
}

void TestAuditCli::diffOfUnreadableFile() {
    const QString good = writeSnapshot(QStringLiteral("good.json"), {});
    QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"Images\": 3}");
    bad.close();
    CliRun result = run({QStringLiteral("diff"), good, bad.fileName()}, false);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("cannot read snapshot ") && result.err.contains("bad.json"),
             result.err.constData());
    result = run({QStringLiteral("diff"), m_dir.filePath(QStringLiteral("missing.json")), good}, false);
    QCOMPARE(result.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
