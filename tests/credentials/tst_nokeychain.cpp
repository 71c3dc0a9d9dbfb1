// What happens without any keychain: registered with CTest to run under scripts/without-keyring (a D-Bus
// session in which no Secret Service exists or can be started). Every keychain operation must end in
// KeychainError::NoBackend with the backend's message, and no secret may be written anywhere instead.

#include "CredentialResolver.h"
#include "CredentialsTestSupport.h"
#include "KeychainStore.h"
#include "ProfileStore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

using namespace isb;
using namespace isb::test;
using namespace Qt::StringLiterals;

class TestNoKeychain final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void writeFailsWithNoBackend();
    void readAndDeleteFailWithNoBackend();
    void savingAProfileWritesNothing();
    void sessionProfileStillWorks();
    void noSessionBusAtAll();

private:
    TestHome m_home;
    KeychainStore m_store;
};

void TestNoKeychain::initTestCase() {
    QVERIFY(m_home.isValid());
    // The child started by noSessionBusAtAll() has no bus at all; the marker is still set there.
    if (qEnvironmentVariable("ISB_WITHOUT_KEYRING") != u"1"_s)
        QFAIL("run this test through scripts/without-keyring (CTest does)");
}

void TestNoKeychain::writeFailsWithNoBackend() {
    const QString secret = canary("nobackend");
    const KeychainError error = writeSecret(m_store, u"nobackend"_s, {secret, canary("token")});
    qInfo().noquote() << "backend message:" << error.message;
    QCOMPARE(error.kind, KeychainError::Kind::NoBackend);
    QVERIFY2(!error.message.isEmpty(), "the backend's message is kept for the user");
    QVERIFY(!error.message.contains(secret));
    QCOMPARE(m_home.filesContaining(secret), QStringList());
}

void TestNoKeychain::readAndDeleteFailWithNoBackend() {
    const auto [secret, readError] = readSecret(m_store, u"nobackend"_s);
    QCOMPARE(readError.kind, KeychainError::Kind::NoBackend);
    QVERIFY(secret.accessKeySecret.isEmpty());
    QCOMPARE(deleteSecret(m_store, u"nobackend"_s).kind, KeychainError::Kind::NoBackend);
}

void TestNoKeychain::savingAProfileWritesNothing() {
    ProfileStore profiles(m_home.settingsFile());
    profiles.setEnvironment(QProcessEnvironment());
    const QString keyId = canary("keyid");
    const QString secret = canary("secret");
    const QString token = canary("token");

    const CredentialError error = saveProfile(profiles, u"work"_s, u"cn-hangzhou"_s, {keyId, secret, token});
    QCOMPARE(error.kind, CredentialError::Kind::Keychain);
    QCOMPARE(error.keychain.kind, KeychainError::Kind::NoBackend);
    QVERIFY2(error.message.contains(u"session-only"_s), qPrintable(error.message)); // says what to do
    QVERIFY(!error.message.contains(secret));

    QVERIFY(profiles.profiles().isEmpty());
    QVERIFY(profiles.defaultProfileName().isEmpty());
    // Not even the non-secret half: a profile without its secret would only fail later.
    for (const QString &value : {keyId, secret, token})
        QCOMPARE(m_home.filesContaining(value), QStringList());
    QVERIFY(!QFile::exists(m_home.settingsFile()) || QFileInfo(m_home.settingsFile()).size() == 0);

    const CredentialResolver resolver(&profiles);
    QCOMPARE(resolver.choose().error.kind, CredentialError::Kind::NoCredentials);
}

void TestNoKeychain::sessionProfileStillWorks() {
    ProfileStore profiles(m_home.settingsFile());
    profiles.setEnvironment(QProcessEnvironment());
    const QString secret = canary("session");
    QCOMPARE(profiles.addSessionProfile(u"session"_s, u"cn-hangzhou"_s, {u"id-session"_s, secret, {}}).kind,
             CredentialError::Kind::None);

    const CredentialResolver resolver(&profiles);
    const auto [resolved, error] = resolve(resolver, u"session"_s);
    QCOMPARE(error.kind, CredentialError::Kind::None);
    QCOMPARE(resolved.credentials.accessKeySecret, secret);
    QCOMPARE(resolved.profile.source, CredentialProfile::Source::Session);
    QCOMPARE(m_home.filesContaining(secret), QStringList());
}

void TestNoKeychain::noSessionBusAtAll() {
    if (qEnvironmentVariableIsSet("ISB_NO_SESSION_BUS"))
        QSKIP("already the child");
    // libsecret keeps its connection for the life of the process, so the "no bus" case runs in a child:
    // this test binary, without DBUS_SESSION_BUS_ADDRESS and without a display to autolaunch a bus on.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    environment.remove(u"DISPLAY"_s);
    environment.insert(u"ISB_NO_SESSION_BUS"_s, u"1"_s);
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {u"writeFailsWithNoBackend"_s, u"readAndDeleteFailWithNoBackend"_s,
                 u"savingAProfileWritesNothing"_s});
    QVERIFY(child.waitForFinished(kKeychainTimeoutMs * 2));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("backend message:"), output.constData());
}

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
