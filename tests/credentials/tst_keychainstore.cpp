// KeychainStore against a real Secret Service (gnome-keyring in the private D-Bus session of
// scripts/with-keyring), not a mock: what is checked is what the user's desktop keyring will hold.

#include "CredentialsTestSupport.h"
#include "KeychainError.h"
#include "KeychainStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

using namespace isb;
using namespace isb::test;
using namespace Qt::StringLiterals;

class TestKeychainStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void errorMapping_data();
    void errorMapping();
    void roundTrip_data();
    void roundTrip();
    void overwrite();
    void deleteEntry();
    void deleteMissingEntrySucceeds();
    void missingEntryIsNotFound();
    void callbackComesFromTheEventLoop();
    void destroyedContextGetsNoCallback();
    void entryIsVisibleToSecretTool();
    void canaryNeverReachesADisk();
    void lockedKeychainIsAccessDenied();

private:
    static QString secretToolLookup(const QString &profile);

    TestHome m_home;
    KeychainStore m_store;
    QStringList m_used; // profiles to delete after each test
};

void TestKeychainStore::initTestCase() {
    QVERIFY(m_home.isValid());
    QString why;
    if (!keychainAvailable(&why))
        QFAIL(qPrintable(why));
}

void TestKeychainStore::cleanup() {
    for (const QString &profile : std::as_const(m_used))
        QCOMPARE(deleteSecret(m_store, profile).kind, KeychainError::Kind::None);
    m_used.clear();
}

void TestKeychainStore::errorMapping_data() {
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<KeychainError::Kind>("kind");

    using K = KeychainError::Kind;
    QTest::newRow("no error") << int(QKeychain::NoError) << QString() << K::None;
    QTest::newRow("entry not found") << int(QKeychain::EntryNotFound) << u"Entry not found"_s << K::NotFound;
    QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << u"denied"_s << K::AccessDenied;
    QTest::newRow("denied") << int(QKeychain::AccessDenied) << u"denied"_s << K::AccessDenied;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << u"No keychain service available"_s
                                << K::NoBackend;
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << QString() << K::NoBackend;
    // The texts QtKeychain 0.13's libsecret backend passes on from GDBus and libsecret.
    QTest::newRow("no secret service")
        << int(QKeychain::OtherError)
        << u"The name org.freedesktop.secrets was not provided by any .service files"_s << K::NoBackend;
    QTest::newRow("no session bus") << int(QKeychain::OtherError)
                                    << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s << K::NoBackend;
    QTest::newRow("locked") << int(QKeychain::OtherError) << u"Cannot create an item in a locked collection"_s
                            << K::AccessDenied;
    QTest::newRow("other") << int(QKeychain::OtherError) << u"Something odd"_s << K::Other;
    QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry) << u"failed"_s << K::Other;
}

void TestKeychainStore::errorMapping() {
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(KeychainError::Kind, kind);

    const KeychainError error = KeychainError::fromQtKeychain(code, message);
    QCOMPARE(error.kind, kind);
    if (kind != KeychainError::Kind::None)
        QCOMPARE(error.message, message); // the backend's text is kept for the user
}

void TestKeychainStore::roundTrip_data() {
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");

    QTest::newRow("access key") << u"kS3cr3tValue0123456789abcdefXY"_s << QString();
    QTest::newRow("sts") << u"stsSecret"_s << u"CAIS+long/token==with%odd\\chars"_s;
    QTest::newRow("quotes and unicode") << u"a\"b'c{}[]:,\u00e9\u4e2d\U0001F511"_s << u"t\u00f6ken"_s;
}

void TestKeychainStore::roundTrip() {
    QFETCH(QString, secret);
    QFETCH(QString, token);
    const QString profile = u"round-trip"_s;
    m_used << profile;

    QCOMPARE(writeSecret(m_store, profile, {secret, token}).kind, KeychainError::Kind::None);
    const auto [read, error] = readSecret(m_store, profile);
    QCOMPARE(error.kind, KeychainError::Kind::None);
    QCOMPARE(read.accessKeySecret, secret);
    QCOMPARE(read.securityToken, token);
}

void TestKeychainStore::overwrite() {
    const QString profile = u"overwrite"_s;
    m_used << profile;

    QCOMPARE(writeSecret(m_store, profile, {u"first"_s, u"first-token"_s}).kind, KeychainError::Kind::None);
    QCOMPARE(writeSecret(m_store, profile, {u"second"_s, {}}).kind, KeychainError::Kind::None);
    const auto [read, error] = readSecret(m_store, profile);
    QCOMPARE(error.kind, KeychainError::Kind::None);
    QCOMPARE(read.accessKeySecret, u"second"_s);
    QVERIFY2(read.securityToken.isEmpty(), "the old token must go with the old secret");

    // One entry per profile, not one per write.
    const QString lookup = secretToolLookup(profile);
    QVERIFY(lookup.contains(u"second"_s));
}

void TestKeychainStore::deleteEntry() {
    const QString profile = u"delete-me"_s;
    QCOMPARE(writeSecret(m_store, profile, {u"gone-soon"_s, {}}).kind, KeychainError::Kind::None);
    QCOMPARE(deleteSecret(m_store, profile).kind, KeychainError::Kind::None);
    QCOMPARE(readSecret(m_store, profile).second.kind, KeychainError::Kind::NotFound);
    QVERIFY(secretToolLookup(profile).isEmpty());
}

void TestKeychainStore::deleteMissingEntrySucceeds() {
    QCOMPARE(deleteSecret(m_store, u"never-written"_s).kind, KeychainError::Kind::None);
}

void TestKeychainStore::missingEntryIsNotFound() {
    const auto [secret, error] = readSecret(m_store, u"never-written"_s);
    QCOMPARE(error.kind, KeychainError::Kind::NotFound);
    QVERIFY(secret.accessKeySecret.isEmpty());
}

void TestKeychainStore::callbackComesFromTheEventLoop() {
    QObject context;
    bool called = false;
    m_store.readSecret(u"never-written"_s, &context,
                       [&](const ProfileSecret &, const KeychainError &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, kKeychainTimeoutMs);
}

void TestKeychainStore::destroyedContextGetsNoCallback() {
    bool called = false;
    {
        QObject context;
        m_store.readSecret(u"never-written"_s, &context,
                           [&](const ProfileSecret &, const KeychainError &) { called = true; });
    }
    // A later job finishing proves the first one has finished too: QtKeychain runs them in order.
    QCOMPARE(readSecret(m_store, u"never-written"_s).second.kind, KeychainError::Kind::NotFound);
    QVERIFY(!called);
}

void TestKeychainStore::entryIsVisibleToSecretTool() {
    const QString profile = u"visible"_s;
    m_used << profile;
    QCOMPARE(writeSecret(m_store, profile, {u"visible-secret"_s, {}}).kind, KeychainError::Kind::None);

    // QtKeychain's libsecret schema stores the service name in the attribute "server" and the key in
    // "user" (there is no "service" attribute), so that is what a user searches for.
    QProcess search;
    search.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, KeychainStore::serviceName()});
    QVERIFY(search.waitForFinished(kKeychainTimeoutMs));
    QCOMPARE(search.exitCode(), 0);
    const QString output = QString::fromUtf8(search.readAllStandardOutput() + search.readAllStandardError());
    QVERIFY2(output.contains(u"attribute.user = "_s + KeychainStore::keyFor(profile)), qPrintable(output));
    QVERIFY2(output.contains(u"attribute.server = image-share-browser"_s), qPrintable(output));
    QVERIFY(secretToolLookup(profile).contains(u"visible-secret"_s));
}

void TestKeychainStore::canaryNeverReachesADisk() {
    const QString profile = u"canary"_s;
    m_used << profile;
    const QString secret = canary("secret");
    const QString token = canary("token");

    QCOMPARE(writeSecret(m_store, profile, {secret, token}).kind, KeychainError::Kind::None);
    const auto [read, error] = readSecret(m_store, profile);
    QCOMPARE(error.kind, KeychainError::Kind::None);
    QCOMPARE(read.accessKeySecret, secret);

    QVERIFY2(m_home.fileCount() > 0, "the scan must see the keyring files");
    QCOMPARE(m_home.filesContaining(secret), QStringList());
    QCOMPARE(m_home.filesContaining(token), QStringList());
}

void TestKeychainStore::lockedKeychainIsAccessDenied() {
    if (!qEnvironmentVariableIsSet("ISB_LOCKED_KEYRING_CHILD")) {
        // Locking the shared keyring would break every other test in the session (and CTest may run them
        // in parallel), so this runs in a child with a keyring of its own.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"ISB_LOCKED_KEYRING_CHILD"_s, u"1"_s);
        QProcess child;
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QStringLiteral(ISB_SOURCE_DIR "/scripts/with-keyring"),
                    {QCoreApplication::applicationFilePath(), u"lockedKeychainIsAccessDenied"_s});
        QVERIFY(child.waitForFinished(kKeychainTimeoutMs * 3));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("locked write:"), output.constData());
        return;
    }

    // What a user sees after the screen locker locked the keyring and no unlock prompt can be shown
    // (headless, here: gnome-keyring's prompter cannot open a display).
    QProcess lock;
    lock.start(u"dbus-send"_s, {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.secrets"_s,
                                u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.Lock"_s,
                                u"array:objpath:/org/freedesktop/secrets/collection/login"_s});
    QVERIFY(lock.waitForFinished(kKeychainTimeoutMs));
    QCOMPARE(lock.exitCode(), 0);

    const KeychainError error = writeSecret(m_store, u"locked"_s, {u"never-stored"_s, {}});
    qInfo().noquote() << "locked write:" << KeychainError::kindName(error.kind) << error.message;
    QCOMPARE(error.kind, KeychainError::Kind::AccessDenied);
    QVERIFY(!error.message.isEmpty());
}

QString TestKeychainStore::secretToolLookup(const QString &profile) {
    QProcess lookup;
    lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, KeychainStore::serviceName(), u"user"_s,
                                    KeychainStore::keyFor(profile)});
    if (!lookup.waitForFinished(kKeychainTimeoutMs))
        return {};
    return QString::fromUtf8(lookup.readAllStandardOutput());
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
