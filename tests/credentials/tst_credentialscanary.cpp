// The canary: unique secrets go through a full window-side flow (the Credentials dialog: save, reopen,
// Test Connection, import) and a full CLI flow (set, list, --profile, delete), with every diagnostic
// switched on. Afterwards no file under the test's HOME, the XDG directories or the keyring wrapper's
// root may contain any of them, and no log line either. The keyring's own file is scanned too: it must
// exist, and must not hold the secrets in plain text.

#include "CredentialsDialog.h"
#include "CredentialsTestSupport.h"
#include "CredentialsUiTestSupport.h"
#include "EcsSimulator.h"
#include "ImportCredentialsDialog.h"
#include "ProfileStore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace isb;
using namespace isb::test;
using namespace Qt::StringLiterals;

namespace {

const QString kCliPath = QStringLiteral(ISB_BIN_DIR "/image-share-cli");
const QString kGuiKeyId = QStringLiteral("LTAI5tCanaryGui0001");
const QString kCliKeyId = QStringLiteral("LTAI5tCanaryCli0001");

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    {
        const QMutexLocker locker(&g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestCredentialsCanary final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void secretsLeaveNoTrace();

private:
    QString runCli(const QStringList &arguments, const QByteArray &input, int *exitCode);
    QString settingsFile() const {
        return qEnvironmentVariable("XDG_CONFIG_HOME") + u"/ImageShareBrowser/image-share-browser.conf"_s;
    }

    TestHome m_home;
    EcsSimulator m_simulator;
    QString m_guiSecret = canary("gui");
    QString m_cliSecret = canary("cli");
    QString m_importSecret = canary("import");
    QString m_token = canary("token");
    QStringList m_cliOutput;
};

void TestCredentialsCanary::initTestCase() {
    QVERIFY(m_home.isValid());
    QString why;
    if (!keychainAvailable(&why))
        QFAIL(qPrintable(why));
    QLoggingCategory::setFilterRules(u"isb.*.debug=true"_s);
    g_previousHandler = qInstallMessageHandler(captureMessage);

    // The demo data plus two keys with canary secrets, built in memory: a data file would itself be a
    // file holding the canary.
    QFile demo(kDemoDataPath);
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(demo.readAll()).object();
    QJsonArray keys = root.value(u"AccessKeys"_s).toArray();
    keys.append(QJsonObject{{u"AccessKeyId"_s, kGuiKeyId}, {u"AccessKeySecret"_s, m_guiSecret}});
    keys.append(QJsonObject{{u"AccessKeyId"_s, kCliKeyId}, {u"AccessKeySecret"_s, m_cliSecret}});
    root.insert(u"AccessKeys"_s, keys);
    QString error;
    const std::optional<SimulatorDataset> dataset =
        SimulatorDataset::fromJson(QJsonDocument(root).toJson(), &error);
    QVERIFY2(dataset, qPrintable(error));
    m_simulator.loadDataset(*dataset);
    QVERIFY(m_simulator.listen());
}

void TestCredentialsCanary::cleanupTestCase() {
    qInstallMessageHandler(g_previousHandler);
}

QString TestCredentialsCanary::runCli(const QStringList &arguments, const QByteArray &input, int *exitCode) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(u"ALIBABA_CLOUD_"_s))
            env.remove(name);
    }
    env.insert(u"QT_LOGGING_RULES"_s, u"isb.*.debug=true"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(kCliPath, arguments);
    *exitCode = -1;
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(kKeychainTimeoutMs * 2)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    *exitCode = process.exitCode();
    const QString output = QString::fromUtf8(process.readAllStandardOutput()) +
                           QString::fromUtf8(process.readAllStandardError());
    m_cliOutput.append(output);
    return output;
}

void TestCredentialsCanary::secretsLeaveNoTrace() {
    ProfileStore store(settingsFile()); // the settings the CLI uses too
    store.setEnvironment(QProcessEnvironment());

    // Window side: save through the dialog, reopen, test with the stored secret, reveal and hide it.
    {
        CredentialsDialog dialog(&store, simulatorOptions(m_simulator));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(child<QLineEdit>(&dialog, "nameEdit"), u"gui"_s);
        typeInto(child<QLineEdit>(&dialog, "accessKeyIdEdit"), kGuiKeyId);
        typeInto(child<QLineEdit>(&dialog, "secretEdit"), m_guiSecret);
        typeInto(child<QLineEdit>(&dialog, "tokenEdit"), QString()); // none
        QTest::mouseClick(child<QCheckBox>(&dialog, "showSecretCheck"), Qt::LeftButton);
        click(&dialog, "testButton");
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&dialog, "testResultLabel")->text().startsWith(u"OK"_s),
                                 kKeychainTimeoutMs);
        click(&dialog, "saveButton");
        QTRY_VERIFY_WITH_TIMEOUT(store.contains(u"gui"_s), kKeychainTimeoutMs);
        QTRY_VERIFY(child<QPushButton>(&dialog, "saveButton")->isEnabled());
        QVERIFY(!anyContains(visibleTexts(&dialog), m_guiSecret));
    }
    {
        CredentialsDialog dialog(&store, simulatorOptions(m_simulator));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.selectProfile(u"gui"_s));
        click(&dialog, "testButton");
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&dialog, "testResultLabel")->text().startsWith(u"OK"_s),
                                 kKeychainTimeoutMs);

        // A token-carrying profile through the form (saved, never used against the simulator).
        click(&dialog, "newButton");
        typeInto(child<QLineEdit>(&dialog, "nameEdit"), u"gui-sts"_s);
        typeInto(child<QLineEdit>(&dialog, "accessKeyIdEdit"), u"STS.CanaryGui0001"_s);
        typeInto(child<QLineEdit>(&dialog, "secretEdit"), m_guiSecret);
        typeInto(child<QLineEdit>(&dialog, "tokenEdit"), m_token);
        click(&dialog, "saveButton");
        QTRY_VERIFY_WITH_TIMEOUT(store.contains(u"gui-sts"_s), kKeychainTimeoutMs);
        QTRY_VERIFY(child<QPushButton>(&dialog, "saveButton")->isEnabled());
        QVERIFY(!anyContains(visibleTexts(&dialog), m_token));
    }

    // An import from a plain-text SDK file in HOME, where users have it. That file is the only place
    // allowed to hold the imported secret, and it is removed before the scan.
    const QString sdkPath = m_home.filePath(u".alibabacloud/credentials"_s);
    QDir().mkpath(QFileInfo(sdkPath).path());
    {
        QFile sdk(sdkPath);
        QVERIFY(sdk.open(QIODevice::WriteOnly));
        sdk.write(
            QString(u"[imported]\ntype = access_key\naccess_key_id = LTAIimport0001\naccess_key_secret = "_s +
                    m_importSecret + u"\n"_s)
                .toUtf8());
    }
    {
        CredentialsDialog dialog(&store, simulatorOptions(m_simulator));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        click(&dialog, "importButton");
        ImportCredentialsDialog *import = nullptr;
        QTRY_VERIFY((import = dialog.findChild<ImportCredentialsDialog *>()) && import->isVisible());
        click(import, "copyButton");
        QTRY_VERIFY_WITH_TIMEOUT(store.contains(u"imported"_s), kKeychainTimeoutMs);
        QTRY_VERIFY(child<QPushButton>(&dialog, "saveButton")->isEnabled());
    }
    QVERIFY(QFile::remove(sdkPath));

    // CLI side: set, list, use the window's profile and its own, delete one.
    int exitCode = -1;
    runCli({u"credentials"_s, u"set"_s, u"--profile"_s, u"cli"_s, u"--access-key-id"_s, kCliKeyId,
            u"--with-security-token"_s},
           (m_cliSecret + u"\n"_s + m_token + u"\n"_s).toUtf8(), &exitCode);
    QCOMPARE(exitCode, 0);
    // The token was only for storing; the simulator key has none, so store it again without.
    runCli({u"credentials"_s, u"set"_s, u"--profile"_s, u"cli"_s, u"--access-key-id"_s, kCliKeyId},
           m_cliSecret.toUtf8() + '\n', &exitCode);
    QCOMPARE(exitCode, 0);
    const QString list = runCli({u"credentials"_s, u"list"_s}, {}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(list.contains(u"gui-sts"_s) && list.contains(u"imported"_s), qPrintable(list));
    const QString endpoint = m_simulator.url().toString();
    for (const QString &profile : {u"cli"_s, u"gui"_s}) {
        const QString output =
            runCli({u"--endpoint"_s, endpoint, u"--profile"_s, profile, u"regions"_s}, {}, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(output));
    }
    const QString rejected =
        runCli({u"--endpoint"_s, endpoint, u"--profile"_s, u"imported"_s, u"regions"_s}, {}, &exitCode);
    QCOMPARE(exitCode, 3); // not a simulator key: InvalidAccessKeyId, and the message has no secret
    runCli({u"credentials"_s, u"delete"_s, u"--profile"_s, u"gui-sts"_s}, {}, &exitCode);
    QCOMPARE(exitCode, 0);

    // The scan. The keyring file must be among the files looked at.
    const QString keyringRoot = qEnvironmentVariable("ISB_KEYRING_ROOT");
    bool keyringFileSeen = false;
    for (QDirIterator it(keyringRoot, {u"*.keyring"_s}, QDir::Files | QDir::Hidden,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        it.next();
        keyringFileSeen = true;
    }
    QVERIFY2(keyringFileSeen, "the keyring wrapper's keyring file was not found under ISB_KEYRING_ROOT");
    QVERIFY(m_home.fileCount() > 3);
    QVERIFY(QFile::exists(settingsFile()));

    const QStringList canaries{m_guiSecret, m_cliSecret, m_importSecret, m_token};
    for (const QString &secret : canaries) {
        QCOMPARE(m_home.filesContaining(secret), QStringList());
        QVERIFY(!anyContains(m_cliOutput, secret));
        const QMutexLocker locker(&g_logMutex);
        QVERIFY(!anyContains(g_log, secret));
    }
    {
        const QMutexLocker locker(&g_logMutex);
        QVERIFY2(!g_log.isEmpty(), "debug logging was on; something should have been logged");
    }

    ProfileStore current(settingsFile()); // rereads what the CLI wrote
    current.setEnvironment(QProcessEnvironment());
    for (const CredentialProfile &profile : current.profiles())
        removeProfile(current, profile.name);
}

QTEST_MAIN(TestCredentialsCanary)
#include "tst_credentialscanary.moc"
