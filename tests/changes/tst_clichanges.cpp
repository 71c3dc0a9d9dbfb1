// End to end: share, revoke, history and undo of image-share-cli against the ECS simulator, in separate
// processes as a script would run them. The data file is written here, so that every image a test changes is
// its own (the simulator keeps changes in memory for its lifetime).
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

namespace {

const QString kCliPath = QStringLiteral(ISB_BIN_DIR "/image-share-cli");
const QString kSimulatorPath = QStringLiteral(ISB_BIN_DIR "/ecs-simulator");
const QString kOwner = QStringLiteral("1500000000000001");
const QString kWriter = QStringLiteral("LTAI5tChangesWriter01");
const QString kReader = QStringLiteral("LTAI5tChangesReader01");
// A canary: if it ever shows up in output or in the journal, a secret leaked.
const QString kSecret = QStringLiteral("CANARY-changes-secret-91c2");
const QString kRegion = QStringLiteral("cn-hangzhou");

const QString kPartner = QStringLiteral("222200000001");
const QString kOther = QStringLiteral("222200000002");
const QString kNewcomer = QStringLiteral("222200000003");
const QString kRevoked = QStringLiteral("222200000004");
const QString kUnknown = QStringLiteral("299999999999");

struct CliRun {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

QJsonObject image(const QString &region, const QString &id, const QStringList &accounts,
                  bool everyone = false, bool encrypted = false) {
    QJsonArray list;
    for (const QString &account : accounts)
        list.append(QJsonObject{{QStringLiteral("AliyunId"), account}});
    QJsonObject object{{QStringLiteral("RegionId"), region},
                       {QStringLiteral("ImageId"), id},
                       {QStringLiteral("ImageName"), id},
                       {QStringLiteral("Status"), QStringLiteral("Available")},
                       {QStringLiteral("OSName"), QStringLiteral("Linux")},
                       {QStringLiteral("CreationTime"), QStringLiteral("2024-01-31T08:00:00Z")},
                       {QStringLiteral("Size"), 40},
                       {QStringLiteral("Accounts"), list}};
    if (everyone)
        object.insert(QStringLiteral("ShareGroups"), QJsonArray{QStringLiteral("all")});
    if (encrypted)
        object.insert(QStringLiteral("Encrypted"), true);
    return object;
}

} // namespace

class TestCliChanges final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void shareAddRemovePrivate();
    void sameShareTwiceIsHarmless();
    void planChangesNothing();
    void withoutTerminalAndYesNothingChanges();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void serviceErrors_data();
    void serviceErrors();
    void revokeEverywhere();
    void undoRestores();
    void historyFormats();
    void journalSurvivesKill();

private:
    CliRun run(const QStringList &arguments, const QString &keyId = kWriter,
               const QMap<QString, QString> &environment = {});
    QStringList accounts(const QString &region, const QString &imageId, bool *everyone = nullptr);
    QJsonArray journalEntries();

    QTemporaryDir m_dir;
    QProcess m_simulator;
    QString m_endpoint;
    QString m_dataHome; // XDG_DATA_HOME of this test function's runs: its own journal
    QList<CliRun> m_runs;
    int m_runNumber = 0;
};

void TestCliChanges::initTestCase() {
    QVERIFY2(QFile::exists(kCliPath), qPrintable(kCliPath));
    QJsonArray images;
    images << image(kRegion, QStringLiteral("m-share"), {kPartner, kOther}, true)
           << image(kRegion, QStringLiteral("m-twice"), {kPartner})
           << image(kRegion, QStringLiteral("m-plan"), {kPartner}, true)
           << image(kRegion, QStringLiteral("m-notty"), {kPartner})
           << image(kRegion, QStringLiteral("m-errors"), {kPartner})
           << image(kRegion, QStringLiteral("m-encrypted"), {kPartner}, false, true)
           << image(kRegion, QStringLiteral("m-undo"), {kPartner, kOther})
           << image(kRegion, QStringLiteral("m-kill"), {kPartner})
           << image(QStringLiteral("cn-beijing"), QStringLiteral("m-revoke-1"), {kOther, kRevoked})
           << image(QStringLiteral("cn-beijing"), QStringLiteral("m-revoke-2"), {kRevoked})
           << image(QStringLiteral("cn-shanghai"), QStringLiteral("m-revoke-3"), {kRevoked}, true);
    QStringList full;
    for (int i = 0; i < 50; ++i)
        full << QString::number(333300000000LL + i);
    images << image(kRegion, QStringLiteral("m-full"), full);
    QJsonArray regions;
    for (const char *region : {"cn-hangzhou", "cn-beijing", "cn-shanghai"})
        regions << QJsonObject{{QStringLiteral("RegionId"), QLatin1String(region)},
                               {QStringLiteral("LocalName"), QLatin1String(region)},
                               {QStringLiteral("RegionEndpoint"),
                                QStringLiteral("ecs.%1.aliyuncs.com").arg(QLatin1String(region))},
                               {QStringLiteral("Status"), QStringLiteral("available")}};
    const QJsonObject data{
        {QStringLiteral("AccountId"), kOwner},
        {QStringLiteral("KnownAccountIds"), QJsonArray{kPartner, kOther, kNewcomer, kRevoked}},
        {QStringLiteral("AccessKeys"), QJsonArray{QJsonObject{{QStringLiteral("AccessKeyId"), kWriter},
                                                              {QStringLiteral("AccessKeySecret"), kSecret}},
                                                  QJsonObject{{QStringLiteral("AccessKeyId"), kReader},
                                                              {QStringLiteral("AccessKeySecret"), kSecret},
                                                              {QStringLiteral("ReadOnly"), true}}}},
        {QStringLiteral("Regions"), regions},
        {QStringLiteral("Images"), images}};
    const QString dataPath = m_dir.filePath(QStringLiteral("data.json"));
    QFile file(dataPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(data).toJson());
    file.close();

    QString why;
    m_endpoint = isb::test::startSimulatorProcess(m_simulator, kSimulatorPath,
                                                  {QStringLiteral("--data"), dataPath}, &why);
    QVERIFY2(!m_endpoint.isEmpty(), qPrintable(why));
}

void TestCliChanges::cleanupTestCase() {
    m_simulator.terminate();
    if (!m_simulator.waitForFinished(5000))
        m_simulator.kill();
}

void TestCliChanges::init() {
    // One journal per test function and data row.
    m_dataHome = m_dir.filePath(QStringLiteral("data-%1").arg(++m_runNumber));
    QDir().mkpath(m_dataHome);
}

void TestCliChanges::cleanup() {
    QFile journal(m_dataHome + QStringLiteral("/ImageShareBrowser/image-share-browser/changes.jsonl"));
    QByteArray bytes;
    if (journal.open(QIODevice::ReadOnly))
        bytes = journal.readAll();
    QVERIFY2(!bytes.contains(kSecret.toUtf8()), "the journal holds the secret");
    QVERIFY2(!bytes.contains(kWriter.toUtf8()), "the journal holds the AccessKey ID");
    for (const CliRun &run : std::as_const(m_runs)) {
        QVERIFY2(!run.out.contains(kSecret.toUtf8()), run.out.constData());
        QVERIFY2(!run.err.contains(kSecret.toUtf8()), run.err.constData());
    }
    m_runs.clear();
}

CliRun TestCliChanges::run(const QStringList &arguments, const QString &keyId,
                           const QMap<QString, QString> &environment) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("ALIBABA_CLOUD_")))
            env.remove(name);
    }
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), keyId);
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), kSecret);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome);
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    QProcess process;
    process.setProcessEnvironment(env);
    // Standard input is not a terminal here (a test runner's pipe or /dev/null).
    process.setStandardInputFile(QProcess::nullDevice());
    // history reads the journal only: it takes no --endpoint.
    const bool sends = arguments.value(0) != QLatin1String("history");
    process.start(kCliPath, (sends ? QStringList{QStringLiteral("--endpoint"), m_endpoint} : QStringList()) +
                                arguments);
    CliRun result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = "image-share-cli did not finish";
        return result;
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    m_runs.append(result);
    return result;
}

QStringList TestCliChanges::accounts(const QString &region, const QString &imageId, bool *everyone) {
    const CliRun listing =
        run({QStringLiteral("permissions"), QStringLiteral("--region"), region, QStringLiteral("--image"),
             imageId, QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")});
    if (listing.exitCode != 0)
        qWarning("%s", listing.err.constData());
    const QJsonObject object = QJsonDocument::fromJson(listing.out).object();
    QStringList ids;
    for (const QJsonValue &value : object.value(u"Accounts").toArray())
        ids << value.toObject().value(u"AliyunId").toString();
    if (everyone)
        *everyone = !object.value(u"ShareGroups").toArray().isEmpty();
    ids.sort();
    return ids;
}

QJsonArray TestCliChanges::journalEntries() {
    const CliRun history =
        run({QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("json")});
    return QJsonDocument::fromJson(history.out).object().value(u"Entries").toArray();
}

void TestCliChanges::shareAddRemovePrivate() {
    const CliRun share =
        run({QStringLiteral("share"), QStringLiteral("--region"), kRegion, QStringLiteral("--image"),
             QStringLiteral("m-share"), QStringLiteral("--add"), kNewcomer, QStringLiteral("--remove"),
             kPartner, QStringLiteral("--private"), QStringLiteral("--yes")});
    QVERIFY2(share.exitCode == 0, share.err.constData());
    // The plan comes first, then the result.
    QVERIFY2(share.outText().contains(QStringLiteral("  - ") + kPartner), share.out.constData());
    QVERIFY(share.outText().contains(QStringLiteral("  + ") + kNewcomer));
    QVERIFY(share.outText().contains(QLatin1String("  - all")));
    QVERIFY(share.outText().contains(QLatin1String("accounts: 2 -> 2; public: no")));
    QVERIFY(share.outText().contains(QLatin1String("1 of 1 image(s) changed and verified")));
    bool everyone = true;
    QCOMPARE(accounts(kRegion, QStringLiteral("m-share"), &everyone), (QStringList{kOther, kNewcomer}));
    QVERIFY(!everyone);

    const QJsonArray entries = journalEntries();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.at(0).toObject();
    QCOMPARE(entry.value(u"Action").toString(), QStringLiteral("share"));
    QCOMPARE(entry.value(u"CallerAccountId").toString(), kOwner);
    QCOMPARE(entry.value(u"Endpoint").toString().startsWith(m_endpoint), true);
    const QJsonObject journaled = entry.value(u"Images").toArray().at(0).toObject();
    QCOMPARE(journaled.value(u"Added").toArray(), QJsonArray{kNewcomer});
    QCOMPARE(journaled.value(u"Removed").toArray(), QJsonArray{kPartner});
    QVERIFY(journaled.value(u"AllRemoved").toBool());
    QCOMPARE(journaled.value(u"Outcome").toString(), QStringLiteral("verified"));
    QVERIFY(journaled.value(u"RequestIds").toArray().size() >= 2); // the change and the verification read
}

void TestCliChanges::sameShareTwiceIsHarmless() {
    const QStringList arguments = {
        QStringLiteral("share"),   QStringLiteral("--region"), kRegion,  QStringLiteral("--image"),
        QStringLiteral("m-twice"), QStringLiteral("--remove"), kPartner, QStringLiteral("--yes")};
    QCOMPARE(run(arguments).exitCode, 0);
    const CliRun again = run(arguments);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(again.outText().contains(QLatin1String("Nothing to change")), again.out.constData());
    QCOMPARE(journalEntries().size(), 1); // nothing applied the second time, nothing journaled
    QCOMPARE(accounts(kRegion, QStringLiteral("m-twice")), QStringList());
}

void TestCliChanges::planChangesNothing() {
    const CliRun plan = run({QStringLiteral("share"), QStringLiteral("--region"), kRegion,
                             QStringLiteral("--image"), QStringLiteral("m-plan"), QStringLiteral("--remove"),
                             kPartner, QStringLiteral("--private"), QStringLiteral("--plan")});
    QVERIFY2(plan.exitCode == 0, plan.err.constData());
    QVERIFY2(plan.outText().contains(QStringLiteral("aliyun ecs ModifyImageSharePermission --RegionId "
                                                    "cn-hangzhou --ImageId m-plan --RemoveAccount.1 ") +
                                     kPartner + QStringLiteral(" --IsPublic false")),
             plan.out.constData());
    bool everyone = false;
    QCOMPARE(accounts(kRegion, QStringLiteral("m-plan"), &everyone), QStringList{kPartner});
    QVERIFY(everyone);
    QCOMPARE(journalEntries().size(), 0);
}

void TestCliChanges::withoutTerminalAndYesNothingChanges() {
    const CliRun share =
        run({QStringLiteral("share"), QStringLiteral("--region"), kRegion, QStringLiteral("--image"),
             QStringLiteral("m-notty"), QStringLiteral("--remove"), kPartner});
    QCOMPARE(share.exitCode, 2);
    QVERIFY(share.outText().contains(kPartner)); // the plan was printed
    QVERIFY2(share.errText().contains(QLatin1String("nothing changed")), share.err.constData());
    QCOMPARE(accounts(kRegion, QStringLiteral("m-notty")), QStringList{kPartner});
    QCOMPARE(journalEntries().size(), 0);
}

void TestCliChanges::refusedBeforeSending_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList share = {QStringLiteral("share"), QStringLiteral("--region"), kRegion,
                               QStringLiteral("--image")};
    QTest::newRow("not an account ID")
        << share + QStringList{QStringLiteral("m-errors"), QStringLiteral("--add"), QStringLiteral("12-34"),
                               QStringLiteral("--yes")}
        << QStringLiteral("\"12-34\" is not an account ID");
    QTest::newRow("own account") << share + QStringList{QStringLiteral("m-errors"), QStringLiteral("--add"),
                                                        kOwner, QStringLiteral("--yes")}
                                 << QStringLiteral("is the image's own account");
    QTest::newRow("over 50") << share + QStringList{QStringLiteral("m-full"), QStringLiteral("--add"),
                                                    kPartner, QStringLiteral("--yes")}
                             << QStringLiteral("would be shared with 51 accounts; at most 50");
    QTest::newRow("revoke: not an account ID")
        << QStringList{QStringLiteral("revoke"), QStringLiteral("--account"), QStringLiteral("abc"),
                       QStringLiteral("--yes")}
        << QStringLiteral("\"abc\" is not an account ID");
}

void TestCliChanges::refusedBeforeSending() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QStringList before = accounts(kRegion, QStringLiteral("m-errors"));
    const CliRun refused = run(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.errText().contains(message), refused.err.constData());
    QCOMPARE(accounts(kRegion, QStringLiteral("m-errors")), before);
    QCOMPARE(journalEntries().size(), 0);
}

void TestCliChanges::serviceErrors_data() {
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("imageId");
    QTest::addColumn<QStringList>("change");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("journaled");
    QTest::newRow("InvalidAccount.NotFound")
        << kWriter << QStringLiteral("m-errors") << QStringList{QStringLiteral("--add"), kUnknown} << 4
        << QStringLiteral("Code=InvalidAccount.NotFound") << true;
    QTest::newRow("OperationDeined.EncryptedSnapshot")
        << kWriter << QStringLiteral("m-encrypted") << QStringList{QStringLiteral("--add"), kOther} << 4
        << QStringLiteral("Code=OperationDeined.EncryptedSnapshot") << true;
    QTest::newRow("Forbidden.RAM") << kReader << QStringLiteral("m-errors")
                                   << QStringList{QStringLiteral("--remove"), kPartner} << 4
                                   << QStringLiteral("ecs:ModifyImageSharePermission is missing") << true;
    QTest::newRow("InvalidImageId.NotFound")
        << kWriter << QStringLiteral("m-nosuchimage") << QStringList{QStringLiteral("--remove"), kPartner}
        << 4 << QStringLiteral("Code=InvalidImageId.NotFound") << false;
}

void TestCliChanges::serviceErrors() {
    QFETCH(QString, keyId);
    QFETCH(QString, imageId);
    QFETCH(QStringList, change);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(bool, journaled);
    const CliRun failed = run(QStringList{QStringLiteral("share"), QStringLiteral("--region"), kRegion,
                                          QStringLiteral("--image"), imageId} +
                                  change + QStringList{QStringLiteral("--yes")},
                              keyId);
    QCOMPARE(failed.exitCode, exitCode);
    QVERIFY2(failed.errText().contains(message), failed.err.constData());
    if (journaled)
        QVERIFY2(failed.errText().contains(QStringLiteral("change failed for cn-hangzhou ") + imageId),
                 failed.err.constData());
    if (imageId == QLatin1String("m-errors"))
        QCOMPARE(accounts(kRegion, imageId),
                 QStringList{kPartner}); // nothing shown as changed: nothing changed
    const QJsonArray entries = journalEntries();
    QCOMPARE(entries.size(), journaled ? 1 : 0);
    if (journaled)
        QVERIFY(entries.at(0)
                    .toObject()
                    .value(u"Images")
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"Outcome")
                    .toString() != QLatin1String("verified"));
}

void TestCliChanges::revokeEverywhere() {
    const CliRun plan =
        run({QStringLiteral("revoke"), QStringLiteral("--account"), kRevoked, QStringLiteral("--plan")});
    QVERIFY2(plan.exitCode == 0, plan.err.constData());
    QVERIFY2(plan.outText().contains(QLatin1String("Revoke 3 accounts on 3 images")), plan.out.constData());
    // One account's plan names no owner (that is the --resource-directory plan's), nor runbook accounts.
    QVERIFY2(!plan.outText().contains(QLatin1String("owner:")), plan.out.constData());
    QVERIFY2(!plan.outText().contains(QLatin1String("# as account")), plan.out.constData());

    const CliRun revoke =
        run({QStringLiteral("revoke"), QStringLiteral("--account"), kRevoked, QStringLiteral("--region"),
             QStringLiteral("cn-beijing"), QStringLiteral("--region"), QStringLiteral("cn-shanghai"),
             QStringLiteral("--yes")});
    QVERIFY2(revoke.exitCode == 0, revoke.err.constData());
    QVERIFY2(revoke.outText().contains(QLatin1String("3 of 3 image(s) changed and verified")),
             revoke.out.constData());
    QCOMPARE(accounts(QStringLiteral("cn-beijing"), QStringLiteral("m-revoke-1")), QStringList{kOther});
    QCOMPARE(accounts(QStringLiteral("cn-beijing"), QStringLiteral("m-revoke-2")), QStringList());
    bool everyone = false;
    QCOMPARE(accounts(QStringLiteral("cn-shanghai"), QStringLiteral("m-revoke-3"), &everyone), QStringList());
    QVERIFY(everyone); // revoke takes the account away, not group all
    const QJsonArray entries = journalEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).toObject().value(u"Images").toArray().size(), 3);
}

void TestCliChanges::undoRestores() {
    QCOMPARE(run({QStringLiteral("share"), QStringLiteral("--region"), kRegion, QStringLiteral("--image"),
                  QStringLiteral("m-undo"), QStringLiteral("--remove"), kPartner, QStringLiteral("--add"),
                  kNewcomer, QStringLiteral("--yes")})
                 .exitCode,
             0);
    QCOMPARE(accounts(kRegion, QStringLiteral("m-undo")), (QStringList{kOther, kNewcomer}));
    const CliRun plan = run({QStringLiteral("undo"), QStringLiteral("--plan")});
    QVERIFY2(plan.exitCode == 0, plan.err.constData());
    QVERIFY(plan.outText().contains(QStringLiteral("  + ") + kPartner));
    QCOMPARE(accounts(kRegion, QStringLiteral("m-undo")), (QStringList{kOther, kNewcomer}));
    const CliRun undo = run({QStringLiteral("undo"), QStringLiteral("1"), QStringLiteral("--yes")});
    QVERIFY2(undo.exitCode == 0, undo.err.constData());
    QCOMPARE(accounts(kRegion, QStringLiteral("m-undo")), (QStringList{kPartner, kOther}));
    const QJsonArray entries = journalEntries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).toObject().value(u"Action").toString(), QStringLiteral("undo"));
    QCOMPARE(run({QStringLiteral("undo"), QStringLiteral("7")}).exitCode, 2);
}

void TestCliChanges::historyFormats() {
    QCOMPARE(run({QStringLiteral("history")}).exitCode, 0); // an empty journal is no error
    QCOMPARE(run({QStringLiteral("share"), QStringLiteral("--region"), kRegion, QStringLiteral("--image"),
                  QStringLiteral("m-twice"), QStringLiteral("--add"), kOther, QStringLiteral("--yes")})
                 .exitCode,
             0);
    const CliRun csv = run({QStringLiteral("history"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.outText().split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
             QStringLiteral("Entry,Time,Action,Profile,CallerAccountId,Endpoint,RegionId,ImageId,Added,"
                            "Removed,AllRemoved,Outcome,RequestIds"));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("1,")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(QStringLiteral(",cn-hangzhou,m-twice,") + kOther +
                                 QStringLiteral(",,false,verified,")));
    const CliRun table = run({QStringLiteral("history")});
    QVERIFY(table.outText().contains(QLatin1String("m-twice")));
}

void TestCliChanges::journalSurvivesKill() {
    // The hook kills the process with SIGKILL right after the journal write, before anything is printed:
    // whatever the program still had in memory is lost, the entry must not be.
    const CliRun killed =
        run({QStringLiteral("share"), QStringLiteral("--region"), kRegion, QStringLiteral("--image"),
             QStringLiteral("m-kill"), QStringLiteral("--remove"), kPartner, QStringLiteral("--yes")},
            kWriter, {{QStringLiteral("ISB_TEST_KILL_AFTER_JOURNAL"), QStringLiteral("1")}});
    QVERIFY(killed.crashed);
    QVERIFY(!killed.outText().contains(QLatin1String("changed and verified")));
    const QJsonArray entries = journalEntries();
    QCOMPARE(entries.size(), 1);
    const QJsonObject image = entries.at(0).toObject().value(u"Images").toArray().at(0).toObject();
    QCOMPARE(image.value(u"ImageId").toString(), QStringLiteral("m-kill"));
    QCOMPARE(image.value(u"Outcome").toString(), QStringLiteral("verified"));
}

QTEST_GUILESS_MAIN(TestCliChanges)
#include "tst_clichanges.moc"
