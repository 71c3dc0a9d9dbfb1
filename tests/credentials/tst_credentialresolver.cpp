// The resolution order shared by the window and the CLI: explicit profile > environment >
// ALIBABA_CLOUD_PROFILE > saved default, with the real keychain of scripts/with-keyring behind it.

#include "CredentialResolver.h"
#include "CredentialsTestSupport.h"
#include "ProfileStore.h"

#include <QTest>

using namespace isb;
using namespace isb::test;
using namespace Qt::StringLiterals;

using Reason = CredentialResolver::Reason;
using ErrorKind = CredentialError::Kind;

class TestCredentialResolver final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void order_data();
    void order();
    void noCredentials();
    void sessionProfileByName();
    void missingSecretSaysWhatToDo();
    void resultsComeFromTheEventLoop();

private:
    TestHome m_home;
    std::unique_ptr<ProfileStore> m_store;
};

void TestCredentialResolver::initTestCase() {
    QVERIFY(m_home.isValid());
    QString why;
    if (!keychainAvailable(&why))
        QFAIL(qPrintable(why));

    m_store = std::make_unique<ProfileStore>(m_home.settingsFile());
    m_store->setEnvironment(QProcessEnvironment());
    for (const QString &name : {u"alpha"_s, u"beta"_s, u"gamma"_s}) {
        const Credentials credentials{u"id-"_s + name, u"secret-"_s + name, {}};
        QCOMPARE(saveProfile(*m_store, name, u"region-"_s + name, credentials).kind, ErrorKind::None);
    }
    QCOMPARE(m_store->defaultProfileName(), u"alpha"_s);
}

void TestCredentialResolver::cleanupTestCase() {
    if (!m_store)
        return; // initTestCase() failed before creating it
    for (const QString &name : {u"alpha"_s, u"beta"_s, u"gamma"_s})
        QCOMPARE(removeProfile(*m_store, name).kind, ErrorKind::None);
}

void TestCredentialResolver::order_data() {
    QTest::addColumn<QString>("explicitProfile");
    QTest::addColumn<QStringList>("environment"); // NAME=value
    QTest::addColumn<QString>("expectedProfile");
    QTest::addColumn<Reason>("expectedReason");
    QTest::addColumn<ErrorKind>("expectedError");

    const QStringList envKeys{u"ALIBABA_CLOUD_ACCESS_KEY_ID=id-env"_s,
                              u"ALIBABA_CLOUD_ACCESS_KEY_SECRET=secret-env"_s};
    const QString profileVar = u"ALIBABA_CLOUD_PROFILE=beta"_s;

    QTest::newRow("default only") << QString() << QStringList() << u"alpha"_s << Reason::DefaultProfile
                                  << ErrorKind::None;
    QTest::newRow("profile variable beats default")
        << QString() << QStringList{profileVar} << u"beta"_s << Reason::ProfileVariable << ErrorKind::None;
    QTest::newRow("environment beats profile variable")
        << QString() << (envKeys + QStringList{profileVar}) << u"Environment"_s << Reason::Environment
        << ErrorKind::None;
    QTest::newRow("explicit beats everything") << u"gamma"_s << (envKeys + QStringList{profileVar})
                                               << u"gamma"_s << Reason::ExplicitProfile << ErrorKind::None;
    QTest::newRow("explicit Environment")
        << u"Environment"_s << envKeys << u"Environment"_s << Reason::ExplicitProfile << ErrorKind::None;
    QTest::newRow("explicit unknown: no fallback")
        << u"nope"_s << envKeys << QString() << Reason::DefaultProfile << ErrorKind::ProfileNotFound;
    QTest::newRow("explicit Environment without variables")
        << u"Environment"_s << QStringList() << QString() << Reason::DefaultProfile
        << ErrorKind::ProfileNotFound;
    QTest::newRow("profile variable unknown: no fallback")
        << QString() << QStringList{u"ALIBABA_CLOUD_PROFILE=nope"_s} << QString() << Reason::DefaultProfile
        << ErrorKind::ProfileNotFound;
    QTest::newRow("only the key ID") << QString()
                                     << QStringList{u"ALIBABA_CLOUD_ACCESS_KEY_ID=id-env"_s, profileVar}
                                     << QString() << Reason::DefaultProfile
                                     << ErrorKind::IncompleteEnvironment;
    QTest::newRow("only the secret") << QString() << QStringList{u"ALIBABA_CLOUD_ACCESS_KEY_SECRET=s"_s}
                                     << QString() << Reason::DefaultProfile
                                     << ErrorKind::IncompleteEnvironment;
    QTest::newRow("explicit beats an incomplete environment")
        << u"beta"_s << QStringList{u"ALIBABA_CLOUD_ACCESS_KEY_ID=id-env"_s} << u"beta"_s
        << Reason::ExplicitProfile << ErrorKind::None;
    QTest::newRow("token alone is ignored") << QString() << QStringList{u"ALIBABA_CLOUD_SECURITY_TOKEN=t"_s}
                                            << u"alpha"_s << Reason::DefaultProfile << ErrorKind::None;
}

void TestCredentialResolver::order() {
    QFETCH(QString, explicitProfile);
    QFETCH(QStringList, environment);
    QFETCH(QString, expectedProfile);
    QFETCH(Reason, expectedReason);
    QFETCH(ErrorKind, expectedError);

    QProcessEnvironment env;
    for (const QString &assignment : std::as_const(environment))
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    m_store->setEnvironment(env);
    const CredentialResolver resolver(m_store.get());

    const CredentialResolver::Choice choice = resolver.choose(explicitProfile);
    QCOMPARE(choice.error.kind, expectedError);

    const auto [resolved, error] = resolve(resolver, explicitProfile);
    QCOMPARE(error.kind, expectedError);
    if (expectedError != ErrorKind::None) {
        QVERIFY(!error.message.isEmpty());
        QVERIFY(resolved.credentials.accessKeySecret.isEmpty());
        return;
    }
    QCOMPARE(choice.profile.name, expectedProfile);
    QCOMPARE(choice.reason, expectedReason);
    QCOMPARE(resolved.profile.name, expectedProfile);
    QCOMPARE(resolved.reason, expectedReason);
    const QString suffix = expectedProfile == u"Environment"_s ? u"env"_s : expectedProfile;
    QCOMPARE(resolved.credentials.accessKeyId, u"id-"_s + suffix);
    QCOMPARE(resolved.credentials.accessKeySecret, u"secret-"_s + suffix); // from the keychain
    QVERIFY(!CredentialResolver::reasonText(resolved.reason).isEmpty());
}

void TestCredentialResolver::noCredentials() {
    QTemporaryDir dir;
    ProfileStore empty(dir.filePath(u"empty.ini"_s));
    empty.setEnvironment(QProcessEnvironment());
    const CredentialResolver resolver(&empty);
    const auto [resolved, error] = resolve(resolver, QString());
    QCOMPARE(error.kind, ErrorKind::NoCredentials);
    QVERIFY2(error.message.contains(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s), qPrintable(error.message));
}

void TestCredentialResolver::sessionProfileByName() {
    m_store->setEnvironment(QProcessEnvironment());
    QCOMPARE(m_store->addSessionProfile(u"temp"_s, {}, {u"id-temp"_s, u"secret-temp"_s, u"tok"_s}).kind,
             ErrorKind::None);
    const CredentialResolver resolver(m_store.get());
    const auto [resolved, error] = resolve(resolver, u"temp"_s);
    QCOMPARE(error.kind, ErrorKind::None);
    QCOMPARE(resolved.profile.source, CredentialProfile::Source::Session);
    QCOMPARE(resolved.credentials.securityToken, u"tok"_s);
    QCOMPARE(removeProfile(*m_store, u"temp"_s).kind, ErrorKind::None);
}

void TestCredentialResolver::missingSecretSaysWhatToDo() {
    m_store->setEnvironment(QProcessEnvironment());
    QCOMPARE(deleteSecret(KeychainStore(), u"gamma"_s).kind, KeychainError::Kind::None);
    const CredentialResolver resolver(m_store.get());
    const auto [resolved, error] = resolve(resolver, u"gamma"_s);
    QCOMPARE(error.kind, ErrorKind::SecretMissing);
    QVERIFY(error.message.contains(u"gamma"_s));
    // Put it back for cleanupTestCase().
    QCOMPARE(
        saveProfile(*m_store, u"gamma"_s, u"region-gamma"_s, {u"id-gamma"_s, u"secret-gamma"_s, {}}).kind,
        ErrorKind::None);
}

void TestCredentialResolver::resultsComeFromTheEventLoop() {
    m_store->setEnvironment(QProcessEnvironment());
    const CredentialResolver resolver(m_store.get());
    for (const QString &name : {u"nope"_s, u"alpha"_s}) {
        QObject context;
        bool called = false;
        resolver.resolve(name, &context, [&](const CredentialResolver::Resolved &, const CredentialError &) {
            called = true;
        });
        QVERIFY(!called);
        QTRY_VERIFY_WITH_TIMEOUT(called, kKeychainTimeoutMs);
    }
}

QTEST_GUILESS_MAIN(TestCredentialResolver)
#include "tst_credentialresolver.moc"
