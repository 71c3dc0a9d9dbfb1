#include "../support/SimulatorProcess.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QString kCliPath = QStringLiteral(ISB_BIN_DIR "/image-share-cli");
const QString kSimulatorPath = QStringLiteral(ISB_BIN_DIR "/ecs-simulator");
const QString kKeyId = QStringLiteral("LTAIaccountstest");
const QString kSecret = QStringLiteral("accounts-test-secret");

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QJsonObject image(const QString &region, const QString &id, const QStringList &accounts, bool everyone) {
    QJsonArray accountArray;
    for (const QString &account : accounts)
        accountArray.append(
            QJsonObject{{QStringLiteral("AliyunId"), account},
                        {QStringLiteral("SharedTime"), QStringLiteral("2024-01-24T10:00:00Z")}});
    QJsonArray groups;
    if (everyone)
        groups.append(QStringLiteral("all"));
    return QJsonObject{{QStringLiteral("RegionId"), region},
                       {QStringLiteral("ImageId"), id},
                       {QStringLiteral("ImageName"), QString(QStringLiteral("name-") + id)},
                       {QStringLiteral("Status"), QStringLiteral("Available")},
                       {QStringLiteral("OSName"), QStringLiteral("Ubuntu 22.04 64 bit")},
                       {QStringLiteral("CreationTime"), QStringLiteral("2023-06-01T00:00:00Z")},
                       {QStringLiteral("Size"), 40},
                       {QStringLiteral("Accounts"), accountArray},
                       {QStringLiteral("ShareGroups"), groups}};
}

} // namespace

/// image-share-cli accounts ... and check, as processes; check against the ecs-simulator process.
class TestAccountsCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void setListDeleteRoundTrip();
    void setKeepsWhatIsNotGiven();
    void usageErrors_data();
    void usageErrors();
    void importMergesAndNamesBadRows();
    void exportWritesTheBook();
    void unreadableBookFails();

    void checkExitCodes_data();
    void checkExitCodes();
    void checkCsvAndJson();
    void checkCallerAccountIsOwn();
    void labelsInAuditAndPermissions();
    void checkPartialIsNeverCleanOrFindingsAlone_data();
    void checkPartialIsNeverCleanOrFindingsAlone();

private:
    CliRun run(const QStringList &arguments);
    QString bookFile() const;
    QString writeFile(const QString &name, const QByteArray &bytes);
    /// Starts the simulator on the test's dataset; returns its endpoint, or an empty string.
    QString startSimulator(const QStringList &extra = {}, const QString &data = {});

    QTemporaryDir m_dir;
    QString m_dataPath;
    QString m_dataWithoutCaller;
    std::unique_ptr<QProcess> m_simulator;
};

void TestAccountsCli::initTestCase() {
    QVERIFY(m_dir.isValid());
    // cn-a: m-public (all + a trusted account), m-mixed (own, trusted, labelled-only, unknown), m-fine (own);
    // cn-b: m-quiet (trusted only).
    // The credentials belong to account 444444 (STS GetCallerIdentity): own without being in any book.
    QJsonObject root{
        {QStringLiteral("AccountId"), QStringLiteral("444444")},
        {QStringLiteral("AccessKeys"), QJsonArray{QJsonObject{{QStringLiteral("AccessKeyId"), kKeyId},
                                                              {QStringLiteral("AccessKeySecret"), kSecret}}}},
        {QStringLiteral("Regions"),
         QJsonArray{QJsonObject{{QStringLiteral("RegionId"), QStringLiteral("cn-a")},
                                {QStringLiteral("LocalName"), QStringLiteral("A")},
                                {QStringLiteral("RegionEndpoint"), QStringLiteral("ecs.cn-a.example")}},
                    QJsonObject{{QStringLiteral("RegionId"), QStringLiteral("cn-b")},
                                {QStringLiteral("LocalName"), QStringLiteral("B")},
                                {QStringLiteral("RegionEndpoint"), QStringLiteral("ecs.cn-b.example")}}}},
        {QStringLiteral("Images"),
         QJsonArray{
             image(QStringLiteral("cn-a"), QStringLiteral("m-public"), {QStringLiteral("222")}, true),
             image(QStringLiteral("cn-a"), QStringLiteral("m-mixed"),
                   {QStringLiteral("111"), QStringLiteral("222"), QStringLiteral("333"),
                    QStringLiteral("444444")},
                   false),
             image(QStringLiteral("cn-a"), QStringLiteral("m-fine"), {QStringLiteral("111")}, false),
             image(QStringLiteral("cn-b"), QStringLiteral("m-quiet"), {QStringLiteral("222")}, false)}},
    };
    m_dataPath = writeFile(QStringLiteral("data.json"), QJsonDocument(root).toJson());
    root.remove(QStringLiteral("AccountId"));
    m_dataWithoutCaller = writeFile(QStringLiteral("data-no-account.json"), QJsonDocument(root).toJson());
}

void TestAccountsCli::init() {
    QFile::remove(bookFile());
}

void TestAccountsCli::cleanup() {
    // Also after a failed check: no simulator outlives its test function.
    if (m_simulator && m_simulator->state() != QProcess::NotRunning) {
        m_simulator->terminate();
        if (!m_simulator->waitForFinished(5000))
            m_simulator->kill();
    }
    m_simulator.reset();
}

QString TestAccountsCli::bookFile() const {
    return m_dir.filePath(QStringLiteral("config/ImageShareBrowser/image-share-browser/accounts.csv"));
}

QString TestAccountsCli::writeFile(const QString &name, const QByteArray &bytes) {
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QString TestAccountsCli::startSimulator(const QStringList &extra, const QString &data) {
    m_simulator = std::make_unique<QProcess>();
    QProcess *simulator = m_simulator.get();
    return isb::test::startSimulatorProcess(
        *simulator, kSimulatorPath,
        QStringList{QStringLiteral("--data"), data.isEmpty() ? m_dataPath : data} + extra);
}

CliRun TestAccountsCli::run(const QStringList &arguments) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("ALIBABA_CLOUD_")))
            env.remove(name);
    }
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), kKeyId);
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), kSecret);
    // The saved book (and profiles) of this test only.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(kCliPath, arguments);
    CliRun result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestAccountsCli::setListDeleteRoundTrip() {
    CliRun result = run({QStringLiteral("accounts"), QStringLiteral("set"), QStringLiteral("123456789012"),
                         QStringLiteral("--label"), QStringLiteral("QA, partner"), QStringLiteral("--trust"),
                         QStringLiteral("trusted")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("Saved 123456789012 (QA, partner, trusted)"));
    result = run({QStringLiteral("accounts"), QStringLiteral("set"), QStringLiteral("210987654321"),
                  QStringLiteral("--trust"), QStringLiteral("own")});
    QCOMPARE(result.exitCode, 0);

    QFile file(bookFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(
        file.readAll(),
        QByteArray("AccountId,Label,Trust\r\n123456789012,\"QA, partner\",trusted\r\n210987654321,,own\r\n"));

    result = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--format"),
                  QStringLiteral("csv")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(
        result.out,
        QByteArray("AccountId,Label,Trust\r\n123456789012,\"QA, partner\",trusted\r\n210987654321,,own\r\n"));
    result = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--format"),
                  QStringLiteral("json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray accounts = QJsonDocument::fromJson(result.out).object().value(u"Accounts").toArray();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0)[u"Label"].toString(), QStringLiteral("QA, partner"));
    QVERIFY(!accounts.at(1).toObject().contains(u"Label")); // left out, never empty or null
    QCOMPARE(accounts.at(1)[u"Trust"].toString(), QStringLiteral("own"));
    result = run({QStringLiteral("accounts"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("123456789012  QA, partner  trusted"));

    result = run({QStringLiteral("accounts"), QStringLiteral("delete"), QStringLiteral("123456789012")});
    QCOMPARE(result.exitCode, 0);
    result = run({QStringLiteral("accounts"), QStringLiteral("delete"), QStringLiteral("123456789012")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("account 123456789012 is not in"));
    result = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--format"),
                  QStringLiteral("csv")});
    QCOMPARE(result.out, QByteArray("AccountId,Label,Trust\r\n210987654321,,own\r\n"));
}

void TestAccountsCli::setKeepsWhatIsNotGiven() {
    const QStringList set{QStringLiteral("accounts"), QStringLiteral("set"), QStringLiteral("42")};
    QCOMPARE(run(set + QStringList{QStringLiteral("--label"), QStringLiteral("=cmd|' /C calc'!A0"),
                                   QStringLiteral("--trust"), QStringLiteral("trusted")})
                 .exitCode,
             0);
    QCOMPARE(run(set + QStringList{QStringLiteral("--trust"), QStringLiteral("none")}).exitCode, 0);
    CliRun result = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--format"),
                         QStringLiteral("json")});
    const QJsonObject entry =
        QJsonDocument::fromJson(result.out).object().value(u"Accounts").toArray().at(0).toObject();
    QCOMPARE(entry.value(u"Label").toString(),
             QStringLiteral("=cmd|' /C calc'!A0")); // kept, not guarded twice
    QVERIFY(!entry.contains(u"Trust"));
    QCOMPARE(run(set + QStringList{QStringLiteral("--label"), QString()}).exitCode, 0);
    result = run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--format"),
                  QStringLiteral("csv")});
    QCOMPARE(result.out, QByteArray("AccountId,Label,Trust\r\n42,,\r\n"));
}

void TestAccountsCli::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString a = QStringLiteral("accounts");
    QTest::newRow("no id") << QStringList{a, QStringLiteral("set")}
                           << QStringLiteral("accounts set needs an account ID");
    QTest::newRow("bad id") << QStringList{a, QStringLiteral("set"), QStringLiteral("12-34")}
                            << QStringLiteral("\"12-34\" is not an account ID");
    QTest::newRow("bad trust") << QStringList{a, QStringLiteral("set"), QStringLiteral("1"),
                                              QStringLiteral("--trust"), QStringLiteral("partner")}
                               << QStringLiteral("--trust must be own, trusted or none, not \"partner\"");
    QTest::newRow("empty trust") << QStringList{a, QStringLiteral("set"), QStringLiteral("1"),
                                                QStringLiteral("--trust"), QString()}
                                 << QStringLiteral("--trust must be own, trusted or none");
    QTest::newRow("line break in label") << QStringList{a, QStringLiteral("set"), QStringLiteral("1"),
                                                        QStringLiteral("--label"), QStringLiteral("a\nb")}
                                         << QStringLiteral("line break");
    QTest::newRow("unknown subcommand")
        << QStringList{a, QStringLiteral("rename")} << QStringLiteral("unknown command \"accounts rename\"");
    QTest::newRow("no subcommand") << QStringList{a} << QStringLiteral("unknown command \"accounts\"");
    QTest::newRow("option of another command")
        << QStringList{a, QStringLiteral("list"), QStringLiteral("--region"), QStringLiteral("cn-a")}
        << QStringLiteral("--region does not apply to accounts list");
    QTest::newRow("import without file")
        << QStringList{a, QStringLiteral("import")} << QStringLiteral("accounts import needs a file");
    QTest::newRow("delete two") << QStringList{a, QStringLiteral("delete"), QStringLiteral("1"),
                                               QStringLiteral("2")}
                                << QStringLiteral("unexpected argument \"2\"");
}

void TestAccountsCli::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(!QFile::exists(bookFile()));
}

void TestAccountsCli::importMergesAndNamesBadRows() {
    QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("set"), QStringLiteral("1"),
                  QStringLiteral("--label"), QStringLiteral("old")})
                 .exitCode,
             0);
    const QString incoming =
        writeFile(QStringLiteral("partners.csv"),
                  "\xEF\xBB\xBF"
                  "AccountId,Label,Trust\n1,new,trusted\n2,second,own\nnot-an-id,x,\n3,x,partner\n2,dup,\n");
    const CliRun result = run({QStringLiteral("accounts"), QStringLiteral("import"), incoming});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.contains("1 added, 1 updated, 0 unchanged, 3 skipped."), result.out.constData());
    const QList<QByteArray> warnings = result.err.trimmed().split('\n');
    QCOMPARE(warnings.size(), 3);
    QVERIFY2(warnings.at(0).contains("partners.csv line 4 skipped: \"not-an-id\" is not an account ID"),
             warnings.at(0).constData());
    QVERIFY(warnings.at(1).contains("line 5 skipped: unknown trust \"partner\""));
    QVERIFY(warnings.at(2).contains("line 6 skipped: account 2 is already on line 3"));
    QFile file(bookFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("AccountId,Label,Trust\r\n1,new,trusted\r\n2,second,own\r\n"));

    const CliRun missing = run(
        {QStringLiteral("accounts"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("none.csv"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("none.csv"));
}

void TestAccountsCli::exportWritesTheBook() {
    const QString other =
        writeFile(QStringLiteral("other/book.csv"), "AccountId,Label,Trust\r\n7,seven,own\r\n");
    const QString target = m_dir.filePath(QStringLiteral("exported.csv"));
    CliRun result = run(
        {QStringLiteral("accounts"), QStringLiteral("export"), target, QStringLiteral("--accounts"), other});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("AccountId,Label,Trust\r\n7,seven,own\r\n"));
    QVERIFY(!QFile::exists(bookFile())); // --accounts: the saved book was not touched
    result = run({QStringLiteral("accounts"), QStringLiteral("export"),
                  m_dir.filePath(QStringLiteral("no/such/dir/x.csv")), QStringLiteral("--accounts"), other});
    QVERIFY(result.exitCode == 0 || result.exitCode == 6); // mkpath may create it; then it is written
    result = run({QStringLiteral("accounts"), QStringLiteral("export"), QStringLiteral("/proc/x.csv")});
    QCOMPARE(result.exitCode, 6);
}

void TestAccountsCli::unreadableBookFails() {
    const QString bad = writeFile(QStringLiteral("bad.csv"), "Id,Name\r\n1,a\r\n");
    const CliRun result =
        run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--accounts"), bad});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains("the first row must be the header AccountId,Label,Trust"),
             result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestAccountsCli::checkExitCodes_data() {
    QTest::addColumn<QByteArray>("book");
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>(
        "findings"); // "image principal" per line of the CSV, sorted by region and image
    const QByteArray everyoneKnown = "AccountId,Label,Trust\r\n111,prod,own\r\n222,partner,trusted\r\n"
                                     "333,,trusted\r\n444444,,own\r\n";
    QTest::newRow("nothing known") << QByteArray() << QStringList{} << 10
                                   << QStringLiteral(
                                          "m-fine 111,m-mixed 111,m-mixed 222,m-mixed 333,m-public all,"
                                          "m-public 222,m-quiet 222");
    QTest::newRow("labels only are untrusted")
        << QByteArray("AccountId,Label,Trust\r\n111,prod,own\r\n222,partner,trusted\r\n333,old vendor,\r\n")
        << QStringList{} << 10 << QStringLiteral("m-mixed 333,m-public all");
    QTest::newRow("only public left")
        << everyoneKnown << QStringList{} << 10 << QStringLiteral("m-public all");
    QTest::newRow("clean region") << everyoneKnown << QStringList{QStringLiteral("cn-b")} << 0 << QString();
}

void TestAccountsCli::checkExitCodes() {
    QFETCH(QByteArray, book);
    QFETCH(QStringList, regions);
    QFETCH(int, exitCode);
    QFETCH(QString, findings);
    const QString endpoint = startSimulator();
    QVERIFY(!endpoint.isEmpty());
    QStringList arguments{QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("csv"),
                          QStringLiteral("--endpoint"), endpoint};
    if (!book.isEmpty())
        arguments << QStringLiteral("--accounts") << writeFile(QStringLiteral("book.csv"), book);
    for (const QString &region : regions)
        arguments << QStringLiteral("--region") << region;
    if (regions.isEmpty())
        arguments << QStringLiteral("--region") << QStringLiteral("cn-a") << QStringLiteral("--region")
                  << QStringLiteral("cn-b");
    const CliRun result = run(arguments);
    QVERIFY2(result.exitCode == exitCode, result.err.constData());
    QVERIFY(result.err.isEmpty());
    const QList<QByteArray> lines = result.out.split('\n');
    QCOMPARE(lines.first(), QByteArray("RegionId,ImageId,ImageName,Finding,Principal,Label,SharedTime\r"));
    QStringList got;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = QString::fromUtf8(lines.at(i)).trimmed().split(QLatin1Char(','));
        if (fields.size() > 4)
            got << fields.at(1) + QLatin1Char(' ') + fields.at(4);
    }
    // Sorted by region, then image ID; in an image the public group first, then accounts in service order.
    const QStringList expected = findings.isEmpty() ? QStringList() : findings.split(QLatin1Char(','));
    QCOMPARE(got, expected);
}

void TestAccountsCli::checkCsvAndJson() {
    const QString endpoint = startSimulator();
    QVERIFY(!endpoint.isEmpty());
    // The saved book this time (no --accounts).
    QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("set"), QStringLiteral("333"),
                  QStringLiteral("--label"), QStringLiteral("=old vendor")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("set"), QStringLiteral("111"),
                  QStringLiteral("--trust"), QStringLiteral("own")})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("set"), QStringLiteral("222"),
                  QStringLiteral("--trust"), QStringLiteral("trusted")})
                 .exitCode,
             0);
    const QStringList base{QStringLiteral("check"), QStringLiteral("--endpoint"), endpoint,
                           QStringLiteral("--region"), QStringLiteral("cn-a")};
    CliRun result = run(base + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(result.exitCode, 10);
    QCOMPARE(result.out,
             QByteArray("RegionId,ImageId,ImageName,Finding,Principal,Label,SharedTime\r\n"
                        "cn-a,m-mixed,name-m-mixed,untrusted,333,'=old vendor,2024-01-24T10:00:00Z\r\n"
                        "cn-a,m-public,name-m-public,public,all,,\r\n"));

    const QString output = m_dir.filePath(QStringLiteral("findings.json"));
    result = run(base + QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                    QStringLiteral("--output"), output});
    QCOMPARE(result.exitCode, 10);
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray findings = root.value(u"Findings").toArray();
    QCOMPARE(findings.size(), 2);
    QCOMPARE(findings.at(0).toObject(),
             (QJsonObject{{QStringLiteral("RegionId"), QStringLiteral("cn-a")},
                          {QStringLiteral("ImageId"), QStringLiteral("m-mixed")},
                          {QStringLiteral("ImageName"), QStringLiteral("name-m-mixed")},
                          {QStringLiteral("Finding"), QStringLiteral("untrusted")},
                          {QStringLiteral("Principal"), QStringLiteral("333")},
                          {QStringLiteral("Label"), QStringLiteral("=old vendor")},
                          {QStringLiteral("SharedTime"), QStringLiteral("2024-01-24T10:00:00Z")}}));
    QVERIFY(!findings.at(1).toObject().contains(u"Label"));
    QVERIFY(!findings.at(1).toObject().contains(u"SharedTime"));
    const QJsonObject summary = root.value(u"Summary").toObject();
    QCOMPARE(summary.value(u"ImagesPublic").toInt(), 1);
    QCOMPARE(summary.value(u"UntrustedGrants").toInt(), 1);
    QCOMPARE(summary.value(u"UntrustedAccounts").toInt(), 1);
    QCOMPARE(summary.value(u"ImagesChecked").toInt(), 3);
    QCOMPARE(summary.value(u"Complete").toBool(), true);

    result = run(base);
    QCOMPARE(result.exitCode, 10);
    QVERIFY2(result.out.contains("image(s) public") || result.out.contains("image public"),
             result.out.constData());
}

void TestAccountsCli::checkCallerAccountIsOwn() {
    const QStringList check{QStringLiteral("check"), QStringLiteral("--format"),
                            QStringLiteral("csv"),   QStringLiteral("--region"),
                            QStringLiteral("cn-a"),  QStringLiteral("--endpoint")};
    // The same grants, the same (empty) book: only GetCallerIdentity's answer differs.
    const CliRun known = run(check + QStringList{startSimulator()});
    QCOMPARE(known.exitCode, 10);
    QVERIFY2(known.err.isEmpty(), known.err.constData());
    QVERIFY(!known.out.contains(",untrusted,444444,"));
    QVERIFY(known.out.contains(",untrusted,333,"));
    cleanup();
    const CliRun unknown = run(check + QStringList{startSimulator({}, m_dataWithoutCaller)});
    QCOMPARE(unknown.exitCode, 10);
    QVERIFY(unknown.out.contains(",untrusted,444444,"));
}

void TestAccountsCli::labelsInAuditAndPermissions() {
    const QString endpoint = startSimulator();
    QVERIFY(!endpoint.isEmpty());
    const QString book =
        writeFile(QStringLiteral("labels.csv"),
                  "AccountId,Label,Trust\r\n222,\"Partner, QA\",trusted\r\n333,=vendor,\r\n");
    // audit: the Label column comes last, so the columns scripts read keep their positions.
    CliRun result = run({QStringLiteral("audit"), QStringLiteral("--region"), QStringLiteral("cn-a"),
                         QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--accounts"),
                         book, QStringLiteral("--endpoint"), endpoint});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.startsWith("RegionId,ImageId,ImageName,Kind,Principal,SharedTime,Label\r\n"));
    QVERIFY2(
        result.out.contains("cn-a,m-mixed,name-m-mixed,Account,222,2024-01-24T10:00:00Z,\"Partner, QA\"\r\n"),
        result.out.constData());
    QVERIFY(result.out.contains("cn-a,m-mixed,name-m-mixed,Account,333,2024-01-24T10:00:00Z,'=vendor\r\n"));
    QVERIFY(result.out.contains("cn-a,m-public,name-m-public,Group,all,,\r\n"));
    // The table shows the trust too.
    result = run({QStringLiteral("audit"), QStringLiteral("--region"), QStringLiteral("cn-a"),
                  QStringLiteral("--accounts"), book, QStringLiteral("--endpoint"), endpoint});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("Partner, QA  trusted"), result.out.constData());
    // permissions: CSV and JSON.
    const QStringList permissions{QStringLiteral("permissions"),
                                  QStringLiteral("--region"),
                                  QStringLiteral("cn-a"),
                                  QStringLiteral("--image"),
                                  QStringLiteral("m-mixed"),
                                  QStringLiteral("--accounts"),
                                  book,
                                  QStringLiteral("--endpoint"),
                                  endpoint};
    result = run(permissions + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains(",Account,222,2024-01-24T10:00:00Z,\"Partner, QA\"\r\n"));
    QVERIFY(result.out.contains(",Account,444444,2024-01-24T10:00:00Z,\r\n"));
    result = run(permissions + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray accounts = QJsonDocument::fromJson(result.out).object().value(u"Accounts").toArray();
    QCOMPARE(accounts.at(1)[u"Label"].toString(), QStringLiteral("Partner, QA"));
    QVERIFY(!accounts.at(0).toObject().contains(u"Label"));
}

void TestAccountsCli::checkPartialIsNeverCleanOrFindingsAlone_data() {
    QTest::addColumn<QStringList>("simulatorOptions");
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("findingsWritten");
    // cn-b has no finding: alone it would be 0; with a region that fails it must not be.
    QTest::newRow("clean region plus unknown region")
        << QStringList{} << QStringList{QStringLiteral("cn-b"), QStringLiteral("xx-nowhere-1")} << 4 << false;
    // cn-a has findings: they are written, but the status is the failure's, not 10.
    QTest::newRow("findings plus unknown region")
        << QStringList{} << QStringList{QStringLiteral("cn-a"), QStringLiteral("xx-nowhere-1")} << 4 << true;
    QTest::newRow("malformed answers")
        << QStringList{QStringLiteral("--fault"), QStringLiteral("malformed-json:1")}
        << QStringList{QStringLiteral("cn-b")} << 5 << false;
}

void TestAccountsCli::checkPartialIsNeverCleanOrFindingsAlone() {
    QFETCH(QStringList, simulatorOptions);
    QFETCH(QStringList, regions);
    QFETCH(int, exitCode);
    QFETCH(bool, findingsWritten);
    const QString endpoint = startSimulator(simulatorOptions);
    QVERIFY(!endpoint.isEmpty());
    QStringList arguments{QStringLiteral("check"),
                          QStringLiteral("--format"),
                          QStringLiteral("csv"),
                          QStringLiteral("--endpoint"),
                          endpoint,
                          QStringLiteral("--timeout"),
                          QStringLiteral("5")};
    for (const QString &region : regions)
        arguments << QStringLiteral("--region") << region;
    const CliRun result = run(arguments);
    QVERIFY2(result.exitCode == exitCode, result.err.constData());
    QVERIFY(result.err.contains("image-share-cli: audit failed for "));
    QCOMPARE(result.out.contains("m-public,name-m-public,public,all"), findingsWritten);
    // When STS fails as well, the check says so and goes on with the book's own accounts.
    if (!simulatorOptions.isEmpty())
        QVERIFY2(result.err.contains("could not learn the account of the credentials (GetCallerIdentity)"),
                 result.err.constData());
    QVERIFY(result.out.startsWith("RegionId,ImageId,ImageName,Finding,Principal,Label,SharedTime\r\n"));
}

QTEST_GUILESS_MAIN(TestAccountsCli)
#include "tst_accountscli.moc"
