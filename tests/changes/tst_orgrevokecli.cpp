// End to end: `image-share-cli revoke --resource-directory` against the ECS simulator, both as processes, on
// a small organisation written here (like the demo's): the management account 0001, the members 0002 and 0003
// reached through their role, and 0004 without one (unreachable). Each account has its own key too, so that
// the test reads every account's grants as that account. A fresh simulator per test function: its changes
// live in its memory only.
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
const QString kManagement = QStringLiteral("1500000000000001");
const QString kWeb = QStringLiteral("1500000000000002");
const QString kData = QStringLiteral("1500000000000003");
const QString kSandbox = QStringLiteral("1500000000000004");
const QString kRevoked = QStringLiteral("412782942403"); // the outside account taken away
const QString kPartner = QStringLiteral("135530494343"); // another outside account, kept
const QString kRegion = QStringLiteral("cn-hangzhou");
const QString kRole = QStringLiteral("ResourceDirectoryAccountAccessRole");
// A canary: if it ever shows up in output or in the journal, a secret leaked.
const QString kSecret = QStringLiteral("CANARY-orgrevoke-secret-5d1e");

QString keyOf(const QString &accountId) {
    return QStringLiteral("LTAI5tOrgRevoke") + accountId.right(4);
}

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

QJsonObject image(const QString &region, const QString &id, const QStringList &accounts) {
    QJsonArray list;
    for (const QString &account : accounts)
        list.append(QJsonObject{{QStringLiteral("AliyunId"), account}});
    return {{QStringLiteral("RegionId"), region},
            {QStringLiteral("ImageId"), id},
            {QStringLiteral("ImageName"), id},
            {QStringLiteral("Status"), QStringLiteral("Available")},
            {QStringLiteral("OSName"), QStringLiteral("Linux")},
            {QStringLiteral("CreationTime"), QStringLiteral("2024-01-31T08:00:00Z")},
            {QStringLiteral("Size"), 40},
            {QStringLiteral("Accounts"), list}};
}

QJsonObject account(const QString &accountId, const QString &name, bool role, const QJsonArray &images) {
    QJsonObject object{{QStringLiteral("AccountId"), accountId},
                       {QStringLiteral("DisplayName"), name},
                       {QStringLiteral("AccessKeys"),
                        QJsonArray{QJsonObject{{QStringLiteral("AccessKeyId"), keyOf(accountId)},
                                               {QStringLiteral("AccessKeySecret"), kSecret}}}},
                       {QStringLiteral("Images"), images}};
    if (role)
        object.insert(QStringLiteral("Roles"),
                      QJsonArray{QJsonObject{{QStringLiteral("RoleName"), kRole},
                                             {QStringLiteral("TrustedAccountIds"), QJsonArray{kManagement}},
                                             {QStringLiteral("MaxSessionDuration"), 3600}}});
    return object;
}

} // namespace

class TestOrgRevokeCli final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void planChangesNothing();
    void revokesAcrossTheDirectory();
    void memberLimitsTheAccounts();
    void memberNeedsResourceDirectory();
    void helpListsTheOptions();

private:
    CliRun run(const QStringList &arguments, const QString &accountId = kManagement);
    QStringList accounts(const QString &owner, const QString &region, const QString &imageId);
    QByteArray journal() const;

    QTemporaryDir m_dir;
    QString m_dataPath;
    QProcess m_simulator;
    QString m_endpoint;
    QString m_dataHome; // XDG_DATA_HOME of this test function's runs: its own journal
    QList<CliRun> m_runs;
    int m_runNumber = 0;
};

void TestOrgRevokeCli::initTestCase() {
    QVERIFY2(QFile::exists(kCliPath), qPrintable(kCliPath));
    QJsonArray regions;
    for (const char *region : {"cn-hangzhou", "cn-beijing"})
        regions << QJsonObject{{QStringLiteral("RegionId"), QLatin1String(region)},
                               {QStringLiteral("LocalName"), QLatin1String(region)},
                               {QStringLiteral("RegionEndpoint"),
                                QStringLiteral("ecs.%1.aliyuncs.com").arg(QLatin1String(region))},
                               {QStringLiteral("Status"), QStringLiteral("available")}};
    const QJsonArray accounts{
        account(kManagement, QStringLiteral("platform (management)"), false,
                {image(kRegion, QStringLiteral("m-mgmt-shared"), {kRevoked, kWeb}),
                 image(kRegion, QStringLiteral("m-mgmt-kept"), {kData})}),
        account(kWeb, QStringLiteral("web (member)"), true,
                {image(kRegion, QStringLiteral("m-web-shared"), {kRevoked}),
                 image(QStringLiteral("cn-beijing"), QStringLiteral("m-web-both"), {kRevoked, kPartner})}),
        account(kData, QStringLiteral("data (member)"), true,
                {image(kRegion, QStringLiteral("m-data-shared"), {kRevoked, kManagement})}),
        account(kSandbox, QStringLiteral("sandbox (member)"), false,
                {image(kRegion, QStringLiteral("m-sandbox-shared"), {kRevoked})}),
    };
    const QJsonObject data{
        {QStringLiteral("Regions"), regions},
        {QStringLiteral("CloudAccounts"), accounts},
        {QStringLiteral("ResourceDirectory"),
         QJsonObject{{QStringLiteral("ManagementAccountId"), kManagement},
                     {QStringLiteral("MemberAccountIds"), QJsonArray{kWeb, kData, kSandbox}}}},
        {QStringLiteral("KnownAccountIds"), QJsonArray{kRevoked, kPartner}}};
    m_dataPath = m_dir.filePath(QStringLiteral("organisation.json"));
    QFile file(m_dataPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(data).toJson());
}

void TestOrgRevokeCli::init() {
    m_dataHome = m_dir.filePath(QStringLiteral("data-%1").arg(++m_runNumber));
    QDir().mkpath(m_dataHome);
    QString why;
    m_endpoint = isb::test::startSimulatorProcess(m_simulator, kSimulatorPath,
                                                  {QStringLiteral("--data"), m_dataPath}, &why);
    QVERIFY2(!m_endpoint.isEmpty(), qPrintable(why));
}

void TestOrgRevokeCli::cleanup() {
    m_simulator.terminate();
    if (!m_simulator.waitForFinished(5000))
        m_simulator.kill();
    const QByteArray bytes = journal();
    QVERIFY2(!bytes.contains(kSecret.toUtf8()), "the journal holds the secret");
    QVERIFY2(!bytes.contains("LTAI5t"), "the journal holds an AccessKey ID");
    QVERIFY2(!bytes.contains("STS."), "the journal holds a temporary key");
    for (const CliRun &run : std::as_const(m_runs)) {
        QVERIFY2(!run.out.contains(kSecret.toUtf8()), run.out.constData());
        QVERIFY2(!run.err.contains(kSecret.toUtf8()), run.err.constData());
    }
    m_runs.clear();
}

CliRun TestOrgRevokeCli::run(const QStringList &arguments, const QString &accountId) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("ALIBABA_CLOUD_")))
            env.remove(name);
    }
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), keyOf(accountId));
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), kSecret);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome);
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice()); // not a terminal: --yes or nothing changes
    process.start(kCliPath, QStringList{QStringLiteral("--endpoint"), m_endpoint} + arguments);
    CliRun result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = "image-share-cli did not finish";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::CrashExit ? -1 : process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    m_runs.append(result);
    return result;
}

QStringList TestOrgRevokeCli::accounts(const QString &owner, const QString &region, const QString &imageId) {
    // Read as the owner, with the owner's own key: what is really there, independent of the code under test.
    const CliRun listing =
        run({QStringLiteral("permissions"), QStringLiteral("--region"), region, QStringLiteral("--image"),
             imageId, QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")},
            owner);
    if (listing.exitCode != 0)
        qWarning("%s", listing.err.constData());
    QStringList ids;
    for (const QJsonValue &value : QJsonDocument::fromJson(listing.out).object().value(u"Accounts").toArray())
        ids << value.toObject().value(u"AliyunId").toString();
    ids.sort();
    return ids;
}

QByteArray TestOrgRevokeCli::journal() const {
    QFile file(m_dataHome + QStringLiteral("/ImageShareBrowser/image-share-browser/changes.jsonl"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestOrgRevokeCli::planChangesNothing() {
    const CliRun plan = run({QStringLiteral("revoke"), QStringLiteral("--account"), kRevoked,
                             QStringLiteral("--resource-directory"), QStringLiteral("--plan")});
    // The sandbox has no role: one line naming it, a partial status (its AssumeRole's API error).
    QCOMPARE(plan.exitCode, 4);
    const QStringList errors = plan.errText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(kSandbox) && errors.first().contains(u"EntityNotExist.Role"),
             plan.err.constData());
    // Every image of the reachable accounts shared with the account, each with its owner.
    const QString text = plan.outText();
    const QList<QStringList> blocks{{kManagement, kRegion, QStringLiteral("m-mgmt-shared")},
                                    {kWeb, kRegion, QStringLiteral("m-web-shared")},
                                    {kWeb, QStringLiteral("cn-beijing"), QStringLiteral("m-web-both")},
                                    {kData, kRegion, QStringLiteral("m-data-shared")}};
    for (const QStringList &block : blocks) {
        const QString expected = QStringLiteral("%1 %2 \"%2\"\n  owner: %3\n  - %4\n")
                                     .arg(block.at(1), block.at(2), block.at(0), kRevoked);
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\nnot in:\n") + text));
    }
    QVERIFY(!text.contains(u"m-mgmt-kept"));
    QVERIFY(!text.contains(u"m-sandbox-shared"));
    QVERIFY2(text.contains(u"Revoke 4 accounts on 4 images"), qPrintable(text));
    // The runbook says which account runs which line.
    QVERIFY2(text.contains(QStringLiteral("# as account %1:").arg(kWeb)), qPrintable(text));
    // Nothing was sent, nothing journaled.
    QCOMPARE(accounts(kManagement, kRegion, QStringLiteral("m-mgmt-shared")), (QStringList{kWeb, kRevoked}));
    QCOMPARE(accounts(kWeb, kRegion, QStringLiteral("m-web-shared")), QStringList{kRevoked});
    QVERIFY(journal().isEmpty());

    // Without a terminal and without --yes nothing changes either.
    const CliRun unconfirmed = run({QStringLiteral("revoke"), QStringLiteral("--account"), kRevoked,
                                    QStringLiteral("--resource-directory")});
    QCOMPARE(unconfirmed.exitCode, 2);
    QCOMPARE(accounts(kData, kRegion, QStringLiteral("m-data-shared")), (QStringList{kManagement, kRevoked}));
    QVERIFY(journal().isEmpty());
}

void TestOrgRevokeCli::revokesAcrossTheDirectory() {
    const CliRun revoke = run({QStringLiteral("revoke"), QStringLiteral("--account"), kRevoked,
                               QStringLiteral("--resource-directory"), QStringLiteral("--yes")});
    QCOMPARE(revoke.exitCode, 4); // the sandbox could not be reached
    QVERIFY2(revoke.outText().contains(u"4 of 4 image(s) changed and verified"), revoke.out.constData());
    const QStringList errors = revoke.errText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(kSandbox), revoke.err.constData());

    // Each image changed in its owner's account, and only the revoked account taken away.
    QCOMPARE(accounts(kManagement, kRegion, QStringLiteral("m-mgmt-shared")), QStringList{kWeb});
    QCOMPARE(accounts(kManagement, kRegion, QStringLiteral("m-mgmt-kept")), QStringList{kData});
    QCOMPARE(accounts(kWeb, kRegion, QStringLiteral("m-web-shared")), QStringList());
    QCOMPARE(accounts(kWeb, QStringLiteral("cn-beijing"), QStringLiteral("m-web-both")),
             QStringList{kPartner});
    QCOMPARE(accounts(kData, kRegion, QStringLiteral("m-data-shared")), QStringList{kManagement});
    // The unreachable member's image is untouched.
    QCOMPARE(accounts(kSandbox, kRegion, QStringLiteral("m-sandbox-shared")), QStringList{kRevoked});

    // One entry for the whole plan; every image names its owner.
    const QList<QByteArray> lines = journal().split('\n');
    QCOMPARE(lines.size(), 2); // one line and the final new line
    const QJsonObject entry = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(entry.value(u"Action").toString(), QStringLiteral("revoke"));
    QCOMPARE(entry.value(u"CallerAccountId").toString(), kManagement);
    QHash<QString, QString> owners;
    for (const QJsonValue &value : entry.value(u"Images").toArray()) {
        const QJsonObject object = value.toObject();
        QCOMPARE(object.value(u"Outcome").toString(), QStringLiteral("verified"));
        owners.insert(object.value(u"ImageId").toString(), object.value(u"AccountId").toString());
    }
    const QHash<QString, QString> expected{{QStringLiteral("m-mgmt-shared"), kManagement},
                                           {QStringLiteral("m-web-shared"), kWeb},
                                           {QStringLiteral("m-web-both"), kWeb},
                                           {QStringLiteral("m-data-shared"), kData}};
    QCOMPARE(owners, expected);

    // Its undo would need the members' credentials again: refused, nothing sent.
    const CliRun undo = run({QStringLiteral("undo"), QStringLiteral("--yes")});
    QCOMPARE(undo.exitCode, 2);
    QVERIFY2(undo.errText().contains(u"needs --resource-directory") && undo.errText().contains(kWeb) &&
                 undo.errText().contains(kData),
             undo.err.constData());
    QCOMPARE(accounts(kWeb, kRegion, QStringLiteral("m-web-shared")), QStringList());
    QCOMPARE(journal().count('\n'), 1);
}

void TestOrgRevokeCli::memberLimitsTheAccounts() {
    const CliRun revoke = run({QStringLiteral("revoke"), QStringLiteral("--account"), kRevoked,
                               QStringLiteral("--resource-directory"), QStringLiteral("--member"), kWeb,
                               QStringLiteral("--yes")});
    // The sandbox is not asked for: nothing failed.
    QVERIFY2(revoke.exitCode == 0, revoke.err.constData());
    QVERIFY2(revoke.err.isEmpty(), revoke.err.constData());
    QVERIFY2(revoke.outText().contains(u"2 of 2 image(s) changed and verified"), revoke.out.constData());
    QVERIFY(!revoke.outText().contains(u"m-mgmt-shared"));
    QCOMPARE(accounts(kWeb, kRegion, QStringLiteral("m-web-shared")), QStringList());
    QCOMPARE(accounts(kWeb, QStringLiteral("cn-beijing"), QStringLiteral("m-web-both")),
             QStringList{kPartner});
    QCOMPARE(accounts(kManagement, kRegion, QStringLiteral("m-mgmt-shared")), (QStringList{kWeb, kRevoked}));
    QCOMPARE(accounts(kData, kRegion, QStringLiteral("m-data-shared")), (QStringList{kManagement, kRevoked}));
    const QJsonObject entry = QJsonDocument::fromJson(journal().split('\n').first()).object();
    for (const QJsonValue &value : entry.value(u"Images").toArray())
        QCOMPARE(value.toObject().value(u"AccountId").toString(), kWeb);
}

void TestOrgRevokeCli::memberNeedsResourceDirectory() {
    // revoke's --account is the account revoked; the member filter is --member, and only with the directory.
    const CliRun usage = run({QStringLiteral("revoke"), QStringLiteral("--account"), kRevoked,
                              QStringLiteral("--member"), kWeb, QStringLiteral("--plan")});
    QCOMPARE(usage.exitCode, 2);
    QVERIFY2(usage.errText().contains(u"--role-name, --external-id and --member need --resource-directory"),
             usage.err.constData());
    const CliRun invalid = run({QStringLiteral("revoke"), QStringLiteral("--account"), kRevoked,
                                QStringLiteral("--resource-directory"), QStringLiteral("--member"),
                                QStringLiteral("web"), QStringLiteral("--plan")});
    QCOMPARE(invalid.exitCode, 2);
    QVERIFY2(invalid.errText().contains(u"--member \"web\" is not an account ID"), invalid.err.constData());
}

void TestOrgRevokeCli::helpListsTheOptions() {
    const CliRun help = run({QStringLiteral("revoke"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QSet<QString> listed;
    static const QRegularExpression optionLine(QStringLiteral("^  (?:-\\w, )?--([a-z-]+)"),
                                               QRegularExpression::MultilineOption);
    for (auto it = optionLine.globalMatch(help.outText()); it.hasNext();)
        listed.insert(it.next().captured(1));
    const QStringList expected{QStringLiteral("help"),      QStringLiteral("endpoint"),
                               QStringLiteral("profile"),   QStringLiteral("signature"),
                               QStringLiteral("timeout"),   QStringLiteral("account"),
                               QStringLiteral("region"),    QStringLiteral("resource-directory"),
                               QStringLiteral("role-name"), QStringLiteral("external-id"),
                               QStringLiteral("member"),    QStringLiteral("pool"),
                               QStringLiteral("yes"),       QStringLiteral("plan")};
    QCOMPARE(listed, QSet<QString>(expected.cbegin(), expected.cend()));
    // The two account options say which is which.
    QVERIFY2(help.outText().contains(u"--account is the account revoked"), help.out.constData());
}

QTEST_GUILESS_MAIN(TestOrgRevokeCli)
#include "tst_orgrevokecli.moc"
