// ProfileStore with the real keychain of scripts/with-keyring: saved profiles (QSettings + keychain),
// the Environment profile, session-only profiles, and where each part of a profile ends up.

#include "AccessKeyMask.h"
#include "CredentialsTestSupport.h"
#include "ProfileStore.h"
#include "sts/RoleSession.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace isb;
using namespace isb::test;
using namespace Qt::StringLiterals;

class TestProfileStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void profileNames_data();
    void profileNames();
    void maskAccessKeyId_data();
    void maskAccessKeyId();

    void saveListLoad();
    void settingsHoldNoSecret();
    void overwriteProfile();
    void firstSavedProfileBecomesDefault();
    void setDefaultProfile();
    void removeProfileDeletesBothHalves();
    void missingSecretAsksForIt();
    void invalidInputIsReportedLater();
    void environmentProfile();
    void incompleteEnvironmentMakesNoProfile();
    void sessionProfile();
    void roleProfileRoundTrip();
    void roleProfileReplacesAnAccessKeyProfile();
    void roleProfileRefusals_data();
    void roleProfileRefusals();
    void roleProfileSources();

private:
    static RoleSpec role(const QString &arn, const QString &externalId = {}) {
        RoleSpec spec;
        spec.roleArn = arn;
        spec.externalId = externalId;
        return spec;
    }
    static Credentials credentials(const QString &id, const QString &secret, const QString &token = {}) {
        return {id, secret, token};
    }
    QString settingsContent() const;

    TestHome m_home;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileStore::initTestCase() {
    QVERIFY(m_home.isValid());
    QString why;
    if (!keychainAvailable(&why))
        QFAIL(qPrintable(why));
}

void TestProfileStore::init() {
    QFile::remove(m_home.settingsFile());
    m_store = std::make_unique<ProfileStore>(m_home.settingsFile());
    m_store->setEnvironment(QProcessEnvironment());
}

void TestProfileStore::cleanup() {
    for (const CredentialProfile &profile : m_store->profiles()) {
        if (profile.source == CredentialProfile::Source::Keychain || profile.isRole())
            QCOMPARE(removeProfile(*m_store, profile.name).kind, CredentialError::Kind::None);
    }
    m_store.reset();
}

void TestProfileStore::profileNames_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << u"default"_s << true;
    QTest::newRow("punctuation") << u"prod-cn_hangzhou.2"_s << true;
    QTest::newRow("64 chars") << QString(64, u'a') << true;
    QTest::newRow("65 chars") << QString(65, u'a') << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading dot") << u".default"_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("space") << u"my profile"_s << false;
    QTest::newRow("reserved") << u"Environment"_s << false;
    QTest::newRow("reserved any case") << u"environment"_s << false;
}

void TestProfileStore::profileNames() {
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QString why;
    QCOMPARE(ProfileStore::isValidProfileName(name, &why), valid);
    QCOMPARE(why.isEmpty(), valid);
}

void TestProfileStore::maskAccessKeyId_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("masked");

    QTest::newRow("typical") << u"LTAI5tAbCdEfGhIj0001"_s << u"****************0001"_s;
    QTest::newRow("five") << u"12345"_s << u"*2345"_s;
    QTest::newRow("four: all masked") << u"1234"_s << u"****"_s;
    QTest::newRow("one") << u"x"_s << u"*"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestProfileStore::maskAccessKeyId() {
    QFETCH(QString, id);
    QFETCH(QString, masked);
    QCOMPARE(isb::maskAccessKeyId(id), masked);
}

void TestProfileStore::saveListLoad() {
    QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);
    QCOMPARE(
        saveProfile(*m_store, u"work"_s, u"cn-hangzhou"_s, credentials(u"LTAIwork0001"_s, u"work-secret"_s))
            .kind,
        CredentialError::Kind::None);
    QCOMPARE(changed.count(), 1);

    const QList<CredentialProfile> profiles = m_store->profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().name, u"work"_s);
    QCOMPARE(profiles.first().accessKeyId, u"LTAIwork0001"_s);
    QCOMPARE(profiles.first().regionId, u"cn-hangzhou"_s);
    QCOMPARE(profiles.first().source, CredentialProfile::Source::Keychain);
    QVERIFY(!profiles.first().hasSecurityToken);

    // A second store on the same settings sees it: it is saved, not cached.
    ProfileStore reopened(m_home.settingsFile());
    reopened.setEnvironment(QProcessEnvironment());
    const auto [loaded, error] = loadCredentials(reopened, u"work"_s);
    QCOMPARE(error.kind, CredentialError::Kind::None);
    QCOMPARE(loaded.accessKeyId, u"LTAIwork0001"_s);
    QCOMPARE(loaded.accessKeySecret, u"work-secret"_s);
    QVERIFY(loaded.securityToken.isEmpty());
}

void TestProfileStore::settingsHoldNoSecret() {
    const QString secret = canary("profile-secret");
    const QString token = canary("profile-token");
    QCOMPARE(
        saveProfile(*m_store, u"sts"_s, u"eu-central-1"_s, credentials(u"STS.keyid0001"_s, secret, token))
            .kind,
        CredentialError::Kind::None);
    QVERIFY(m_store->profile(u"sts"_s)->hasSecurityToken);

    const QString content = settingsContent();
    QVERIFY2(content.contains(u"STS.keyid0001"_s), qPrintable(content));
    QVERIFY(content.contains(u"eu-central-1"_s));
    QVERIFY(!content.contains(secret));
    QVERIFY(!content.contains(token));

    const auto [loaded, error] = loadCredentials(*m_store, u"sts"_s);
    QCOMPARE(error.kind, CredentialError::Kind::None);
    QCOMPARE(loaded.accessKeySecret, secret);
    QCOMPARE(loaded.securityToken, token);
    QCOMPARE(m_home.filesContaining(secret), QStringList());
    QCOMPARE(m_home.filesContaining(token), QStringList());
}

void TestProfileStore::overwriteProfile() {
    QCOMPARE(saveProfile(*m_store, u"p"_s, u"cn-beijing"_s, credentials(u"id-one"_s, u"s1"_s, u"t1"_s)).kind,
             CredentialError::Kind::None);
    QCOMPARE(saveProfile(*m_store, u"p"_s, QString(), credentials(u"id-two"_s, u"s2"_s)).kind,
             CredentialError::Kind::None);

    QCOMPARE(m_store->profiles().size(), 1);
    const CredentialProfile profile = *m_store->profile(u"p"_s);
    QCOMPARE(profile.accessKeyId, u"id-two"_s);
    QVERIFY(profile.regionId.isEmpty());
    QVERIFY(!profile.hasSecurityToken);
    const auto [loaded, error] = loadCredentials(*m_store, u"p"_s);
    QCOMPARE(loaded.accessKeySecret, u"s2"_s);
    QVERIFY(loaded.securityToken.isEmpty());
}

void TestProfileStore::firstSavedProfileBecomesDefault() {
    QVERIFY(m_store->defaultProfileName().isEmpty());
    QCOMPARE(saveProfile(*m_store, u"first"_s, {}, credentials(u"id1"_s, u"s1"_s)).kind,
             CredentialError::Kind::None);
    QCOMPARE(saveProfile(*m_store, u"second"_s, {}, credentials(u"id2"_s, u"s2"_s)).kind,
             CredentialError::Kind::None);
    QCOMPARE(m_store->defaultProfileName(), u"first"_s);
}

void TestProfileStore::setDefaultProfile() {
    QCOMPARE(saveProfile(*m_store, u"a"_s, {}, credentials(u"id1"_s, u"s1"_s)).kind,
             CredentialError::Kind::None);
    QCOMPARE(saveProfile(*m_store, u"default"_s, {}, credentials(u"id2"_s, u"s2"_s)).kind,
             CredentialError::Kind::None);

    QCOMPARE(m_store->setDefaultProfileName(u"default"_s).kind, CredentialError::Kind::None);
    QCOMPARE(m_store->defaultProfileName(), u"default"_s);
    QCOMPARE(m_store->setDefaultProfileName(u"nope"_s).kind, CredentialError::Kind::ProfileNotFound);
    QCOMPARE(m_store->defaultProfileName(), u"default"_s);
    QVERIFY(m_store->addSessionProfile(u"temp"_s, {}, credentials(u"id3"_s, u"s3"_s)).kind ==
            CredentialError::Kind::None);
    QCOMPARE(m_store->setDefaultProfileName(u"temp"_s).kind, CredentialError::Kind::ProfileNotFound);

    // The profile named "default" and the default pointer do not clobber each other.
    QCOMPARE(removeProfile(*m_store, u"a"_s).kind, CredentialError::Kind::None);
    QCOMPARE(m_store->defaultProfileName(), u"default"_s);
    QCOMPARE(m_store->setDefaultProfileName(QString()).kind, CredentialError::Kind::None);
    QVERIFY(m_store->defaultProfileName().isEmpty());
    QVERIFY(m_store->profile(u"default"_s).has_value());
}

void TestProfileStore::removeProfileDeletesBothHalves() {
    QCOMPARE(saveProfile(*m_store, u"gone"_s, {}, credentials(u"id"_s, u"secret"_s)).kind,
             CredentialError::Kind::None);
    QCOMPARE(m_store->defaultProfileName(), u"gone"_s);

    QCOMPARE(removeProfile(*m_store, u"gone"_s).kind, CredentialError::Kind::None);
    QVERIFY(!m_store->contains(u"gone"_s));
    QVERIFY(m_store->defaultProfileName().isEmpty());
    QCOMPARE(readSecret(KeychainStore(), u"gone"_s).second.kind, KeychainError::Kind::NotFound);
    QVERIFY(!settingsContent().contains(u"gone"_s));

    QCOMPARE(removeProfile(*m_store, u"gone"_s).kind, CredentialError::Kind::ProfileNotFound);
}

void TestProfileStore::missingSecretAsksForIt() {
    QCOMPARE(saveProfile(*m_store, u"orphan"_s, {}, credentials(u"id"_s, u"secret"_s)).kind,
             CredentialError::Kind::None);
    // The user removed the entry with the keyring manager.
    QCOMPARE(deleteSecret(KeychainStore(), u"orphan"_s).kind, KeychainError::Kind::None);

    const auto [loaded, error] = loadCredentials(*m_store, u"orphan"_s);
    QCOMPARE(error.kind, CredentialError::Kind::SecretMissing);
    QCOMPARE(error.keychain.kind, KeychainError::Kind::NotFound);
    QCOMPARE(error.profileName, u"orphan"_s);
    QVERIFY(loaded.accessKeySecret.isEmpty());
}

void TestProfileStore::invalidInputIsReportedLater() {
    QObject context;
    std::optional<CredentialError> result;
    m_store->saveProfile(u"ok"_s, {}, credentials(u"id"_s, QString()), &context,
                         [&](const CredentialError &error) { result = error; });
    QVERIFY2(!result, "results always come from the event loop");
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->kind, CredentialError::Kind::InvalidInput);

    QCOMPARE(saveProfile(*m_store, u"bad/name"_s, {}, credentials(u"id"_s, u"s"_s)).kind,
             CredentialError::Kind::InvalidInput);
    QVERIFY(m_store->profiles().isEmpty());
}

void TestProfileStore::environmentProfile() {
    QProcessEnvironment environment;
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAIenv0001"_s);
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"env-secret"_s);
    environment.insert(u"ALIBABA_CLOUD_SECURITY_TOKEN"_s, u"env-token"_s);
    environment.insert(u"ALIBABA_CLOUD_REGION_ID"_s, u"ap-southeast-1"_s);
    m_store->setEnvironment(environment);
    QCOMPARE(saveProfile(*m_store, u"saved"_s, {}, credentials(u"id"_s, u"s"_s)).kind,
             CredentialError::Kind::None);

    const QList<CredentialProfile> profiles = m_store->profiles();
    QCOMPARE(profiles.size(), 2);
    const CredentialProfile env = profiles.first(); // listed first
    QCOMPARE(env.name, u"Environment"_s);
    QCOMPARE(env.source, CredentialProfile::Source::Environment);
    QVERIFY(env.isReadOnly());
    QCOMPARE(env.accessKeyId, u"LTAIenv0001"_s);
    QCOMPARE(env.regionId, u"ap-southeast-1"_s);
    QVERIFY(env.hasSecurityToken);

    const auto [loaded, error] = loadCredentials(*m_store, u"Environment"_s);
    QCOMPARE(error.kind, CredentialError::Kind::None);
    QCOMPARE(loaded.accessKeySecret, u"env-secret"_s);
    QCOMPARE(loaded.securityToken, u"env-token"_s);

    QCOMPARE(saveProfile(*m_store, u"Environment"_s, {}, credentials(u"id"_s, u"s"_s)).kind,
             CredentialError::Kind::ReadOnlyProfile);
    QCOMPARE(removeProfile(*m_store, u"Environment"_s).kind, CredentialError::Kind::ReadOnlyProfile);
    QVERIFY(!settingsContent().contains(u"env-secret"_s));
}

void TestProfileStore::incompleteEnvironmentMakesNoProfile() {
    QProcessEnvironment environment;
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAIenv0001"_s);
    m_store->setEnvironment(environment);
    QVERIFY(m_store->profiles().isEmpty());
    QVERIFY(!m_store->contains(u"Environment"_s));
}

void TestProfileStore::sessionProfile() {
    const QString secret = canary("session");
    QCOMPARE(m_store->addSessionProfile(u"temp"_s, u"cn-shanghai"_s, credentials(u"id-temp"_s, secret)).kind,
             CredentialError::Kind::None);
    const CredentialProfile profile = *m_store->profile(u"temp"_s);
    QCOMPARE(profile.source, CredentialProfile::Source::Session);
    QCOMPARE(profile.regionId, u"cn-shanghai"_s);

    const auto [loaded, error] = loadCredentials(*m_store, u"temp"_s);
    QCOMPARE(error.kind, CredentialError::Kind::None);
    QCOMPARE(loaded.accessKeySecret, secret);

    // Memory only: not in the settings, not in the keychain, gone with the store.
    QVERIFY(!settingsContent().contains(u"temp"_s));
    QCOMPARE(readSecret(KeychainStore(), u"temp"_s).second.kind, KeychainError::Kind::NotFound);
    QCOMPARE(m_home.filesContaining(secret), QStringList());
    ProfileStore other(m_home.settingsFile());
    QVERIFY(!other.contains(u"temp"_s));

    QCOMPARE(removeProfile(*m_store, u"temp"_s).kind, CredentialError::Kind::None);
    QVERIFY(!m_store->contains(u"temp"_s));
}

QString TestProfileStore::settingsContent() const {
    QFile file(m_home.settingsFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

namespace {
const QString kDataRole = u"acs:ram::1500000000000003:role/ResourceDirectoryAccountAccessRole"_s;
}

void TestProfileStore::roleProfileRoundTrip() {
    QCOMPARE(
        saveProfile(*m_store, u"mgmt"_s, {}, credentials(u"LTAI5tSource0001"_s, u"source-secret"_s)).kind,
        CredentialError::Kind::None);
    RoleSpec spec = role(kDataRole, u"isb-demo-external"_s);
    spec.sessionName = u"ops@isb"_s;
    spec.durationSeconds = 1800;
    QSignalSpy changed(m_store.get(), &ProfileStore::profilesChanged);
    QCOMPARE(saveRoleProfile(*m_store, u"data"_s, u"mgmt"_s, spec, u"cn-shanghai"_s).kind,
             CredentialError::Kind::None);
    QVERIFY(changed.count() >= 1);

    // Another store on the same file: what was written is what is read.
    ProfileStore other(m_home.settingsFile());
    other.setEnvironment(QProcessEnvironment());
    const std::optional<CredentialProfile> saved = other.profile(u"data"_s);
    QVERIFY(saved);
    QCOMPARE(saved->source, CredentialProfile::Source::Role);
    QVERIFY(saved->isRole() && !saved->isReadOnly());
    QCOMPARE(saved->sourceProfile, u"mgmt"_s);
    QCOMPARE(saved->role, spec);
    QCOMPARE(saved->regionId, u"cn-shanghai"_s);
    QVERIFY(saved->accessKeyId.isEmpty());
    QCOMPARE(CredentialProfile::sourceName(saved->source), u"role"_s);

    // No keychain entry of its own, and the settings hold no secret.
    QCOMPARE(readSecret(KeychainStore(), u"data"_s).second.kind, KeychainError::Kind::NotFound);
    QVERIFY(!settingsContent().contains(u"source-secret"_s));
    QVERIFY(settingsContent().contains(u"RamRoleArn"_s));

    // Loading gives a session over the source's credentials; nothing is assumed yet.
    const auto [loaded, error] = loadCredentials(other, u"data"_s);
    QCOMPARE(error.kind, CredentialError::Kind::None);
    QVERIFY(loaded.role);
    QVERIFY(loaded.isComplete());
    QVERIFY(loaded.accessKeyId.isEmpty() && loaded.accessKeySecret.isEmpty());
    QCOMPARE(loaded.role->spec(), spec);
    QCOMPARE(loaded.role->source().accessKeyId, u"LTAI5tSource0001"_s);
    QCOMPARE(loaded.role->source().accessKeySecret, u"source-secret"_s);
    QCOMPARE(loaded.role->assumeCount(), 0);

    // The resolver treats it like any profile.
    const auto [resolved, resolveError] = resolve(CredentialResolver(&other), u"data"_s);
    QCOMPARE(resolveError.kind, CredentialError::Kind::None);
    QCOMPARE(resolved.profile.name, u"data"_s);
    QVERIFY(resolved.credentials.role);

    QCOMPARE(removeProfile(*m_store, u"data"_s).kind, CredentialError::Kind::None);
    QVERIFY(!m_store->contains(u"data"_s));
    QVERIFY(!settingsContent().contains(kDataRole));
    QVERIFY(m_store->contains(u"mgmt"_s));
}

void TestProfileStore::roleProfileReplacesAnAccessKeyProfile() {
    QCOMPARE(saveProfile(*m_store, u"p"_s, {}, credentials(u"id"_s, u"old-secret"_s)).kind,
             CredentialError::Kind::None);
    QCOMPARE(saveRoleProfile(*m_store, u"p"_s, u"Environment"_s, role(kDataRole)).kind,
             CredentialError::Kind::None);
    QVERIFY(m_store->profile(u"p"_s)->isRole());
    // Its old secret does not stay behind in the keychain.
    QCOMPARE(readSecret(KeychainStore(), u"p"_s).second.kind, KeychainError::Kind::NotFound);
    QVERIFY(!settingsContent().contains(u"accessKeyId"_s));
    // And back: an AccessKey profile of that name has no role left.
    QCOMPARE(saveProfile(*m_store, u"p"_s, {}, credentials(u"id2"_s, u"new-secret"_s)).kind,
             CredentialError::Kind::None);
    QVERIFY(!m_store->profile(u"p"_s)->isRole());
    QVERIFY(!settingsContent().contains(kDataRole));
}

void TestProfileStore::roleProfileRefusals_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("arn");
    QTest::addColumn<int>("duration");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("mentions");
    const int invalid = int(CredentialError::Kind::InvalidInput);
    QTest::newRow("Environment") << u"Environment"_s << u"mgmt"_s << kDataRole << 3600
                                 << int(CredentialError::Kind::ReadOnlyProfile) << u"Environment"_s;
    QTest::newRow("bad name") << u"a b"_s << u"mgmt"_s << kDataRole << 3600 << invalid << u"1 to 64"_s;
    QTest::newRow("no source") << u"r"_s << QString() << kDataRole << 3600 << invalid << u"source profile"_s;
    QTest::newRow("own source") << u"r"_s << u"r"_s << kDataRole << 3600 << invalid << u"its own source"_s;
    QTest::newRow("loop") << u"r"_s << u"loop2"_s << kDataRole << 3600 << invalid << u"leads back"_s;
    QTest::newRow("bad ARN") << u"r"_s << u"mgmt"_s << u"arn:aws:iam::1:role/x"_s << 3600 << invalid
                             << u"role ARN"_s;
    QTest::newRow("duration") << u"r"_s << u"mgmt"_s << kDataRole << 60 << invalid << u"900"_s;
}

void TestProfileStore::roleProfileRefusals() {
    QFETCH(QString, name);
    QFETCH(QString, source);
    QFETCH(QString, arn);
    QFETCH(int, duration);
    QFETCH(int, kind);
    QFETCH(QString, mentions);
    // loop2 -> r: saving r with source loop2 would close a circle.
    QCOMPARE(saveRoleProfile(*m_store, u"loop2"_s, u"r"_s, role(kDataRole)).kind,
             CredentialError::Kind::None);
    RoleSpec spec = role(arn);
    spec.durationSeconds = duration;
    const QString before = settingsContent();
    const CredentialError error = saveRoleProfile(*m_store, name, source, spec);
    QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
    QCOMPARE(settingsContent(), before);
}

void TestProfileStore::roleProfileSources() {
    // A chain: data <- web <- Environment; the environment's keys sign the first AssumeRole.
    QProcessEnvironment environment;
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tEnv0001"_s);
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"env-secret"_s);
    m_store->setEnvironment(environment);
    QCOMPARE(saveRoleProfile(*m_store, u"web"_s, u"Environment"_s,
                             role(u"acs:ram::1500000000000002:role/ResourceDirectoryAccountAccessRole"_s))
                 .kind,
             CredentialError::Kind::None);
    QCOMPARE(saveRoleProfile(*m_store, u"data"_s, u"web"_s, role(kDataRole)).kind,
             CredentialError::Kind::None);
    const auto [chained, error] = loadCredentials(*m_store, u"data"_s);
    QCOMPARE(error.kind, CredentialError::Kind::None);
    QVERIFY(chained.role && chained.role->source().role);
    QCOMPARE(chained.role->source().role->source().accessKeyId, u"LTAI5tEnv0001"_s);

    // Without the environment the chain names what is missing.
    m_store->setEnvironment(QProcessEnvironment());
    const auto [none, missing] = loadCredentials(*m_store, u"data"_s);
    QCOMPARE(missing.kind, CredentialError::Kind::ProfileNotFound);
    QVERIFY2(missing.message.contains(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s), qPrintable(missing.message));
    QVERIFY(!none.role);

    // A source that is gone.
    QCOMPARE(saveRoleProfile(*m_store, u"orphan"_s, u"gone"_s, role(kDataRole)).kind,
             CredentialError::Kind::None);
    const auto [orphan, gone] = loadCredentials(*m_store, u"orphan"_s);
    QCOMPARE(gone.kind, CredentialError::Kind::ProfileNotFound);
    QVERIFY2(gone.message.contains(u"\"gone\" of role profile \"orphan\" does not exist"_s),
             qPrintable(gone.message));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
