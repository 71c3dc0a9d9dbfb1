// RoleSession and EcsClient together, against the simulator over loopback HTTP: a role profile's
// temporary key is obtained with AssumeRole, renewed before it expires (the simulator's lifetime scale
// makes keys live seconds), renewed exactly once when the service refuses it, and every AssumeRole
// error reaches the request that needed the key, with its code and the role named.
#include "../support/WaitFinished.h"
#include "EcsClient.h"
#include "EcsSimulator.h"
#include "rules/SecretRedaction.h"
#include "sts/RoleSession.h"
#include "sts/RoleSpec.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace isb;
using isb::test::waitFinished;
using namespace std::chrono_literals;

namespace {

const Credentials kDemoKey{
    QStringLiteral("LTAI5tDemoReadOnly0001"), QStringLiteral("demo-secret-not-a-real-key"), {}};
const QString kWebRole = QStringLiteral("acs:ram::1500000000000002:role/ResourceDirectoryAccountAccessRole");
const QString kDataRole = QStringLiteral("acs:ram::1500000000000003:role/ResourceDirectoryAccountAccessRole");
const QString kExternalId = QStringLiteral("isb-demo-external");

ImageQuery hangzhou() {
    ImageQuery query;
    query.regionId = QStringLiteral("cn-hangzhou");
    return query;
}

RoleSpec spec(const QString &arn, const QString &externalId = {}, int duration = 3600) {
    RoleSpec role;
    role.roleArn = arn;
    role.externalId = externalId;
    role.durationSeconds = duration;
    return role;
}

} // namespace

class TestRoleSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void specRules_data();
    void specRules();
    void refreshMargin_data();
    void refreshMargin();

    void assumesOnceAndSignsWithTheTemporaryKey();
    void concurrentRequestsShareOneAssumeRole();
    void assumeRoleErrors_data();
    void assumeRoleErrors();
    void renewedBeforeExpiry();
    void expiredKeyRenewedOnce();
    void refusedAgainAfterRenewalFails();
    void redactsTheTemporaryKey();

private:
    EcsClient *makeClient(const Credentials &credentials);
    /// Simulator answers since the test began whose summary contains `text` (and `also`).
    int answers(const QString &text, const QString &also = {}) const;

    std::unique_ptr<EcsSimulator> m_simulator;
    std::unique_ptr<EcsClient> m_client;
    QStringList m_summaries;
};

void TestRoleSession::init() {
    m_summaries.clear();
    m_simulator = std::make_unique<EcsSimulator>();
    QString error;
    QVERIFY2(m_simulator->loadDataset(QStringLiteral(ISB_SOURCE_DIR "/resources/demo-data.json"), &error),
             qPrintable(error));
    QVERIFY(m_simulator->listen(QHostAddress::LocalHost, 0));
    connect(m_simulator.get(), &EcsSimulator::requestHandled, this,
            [this](const QString &summary) { m_summaries.append(summary); });
}

void TestRoleSession::cleanup() {
    m_client.reset();
    m_simulator.reset();
}

EcsClient *TestRoleSession::makeClient(const Credentials &credentials) {
    ClientOptions options;
    options.endpointOverride = m_simulator->url();
    options.retryBaseDelay = 5ms;
    options.retryMaxDelay = 40ms;
    m_client = std::make_unique<EcsClient>(options);
    m_client->setCredentials(credentials);
    return m_client.get();
}

int TestRoleSession::answers(const QString &text, const QString &also) const {
    int count = 0;
    for (const QString &summary : m_summaries)
        count += summary.contains(text) && summary.contains(also) ? 1 : 0;
    return count;
}

void TestRoleSession::specRules_data() {
    QTest::addColumn<QString>("arn");
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("problem"); // a word of the message; empty: valid
    QTest::newRow("defaults") << kWebRole << RoleSpec::defaultSessionName() << QString() << 3600 << QString();
    QTest::newRow("longest") << kWebRole << QString(64, u'a') << QString(1224, u'x') << 43200 << QString();
    QTest::newRow("shortest") << kWebRole << QStringLiteral("a@") << QStringLiteral("ab") << 900 << QString();
    QTest::newRow("no ARN") << QString() << RoleSpec::defaultSessionName() << QString() << 3600
                            << QStringLiteral("missing");
    QTest::newRow("user ARN") << QStringLiteral("acs:ram::1500000000000002:user/alice")
                              << RoleSpec::defaultSessionName() << QString() << 3600
                              << QStringLiteral("acs:ram::<account>:role/<name>");
    QTest::newRow("account letters") << QStringLiteral("acs:ram::15000x:role/R")
                                     << RoleSpec::defaultSessionName() << QString() << 3600
                                     << QStringLiteral("acs:ram::");
    QTest::newRow("ARN with a newline") << kWebRole + QStringLiteral("\n") << RoleSpec::defaultSessionName()
                                        << QString() << 3600 << QStringLiteral("acs:ram::");
    QTest::newRow("session 1 char") << kWebRole << QStringLiteral("x") << QString() << 3600
                                    << QStringLiteral("session name");
    QTest::newRow("session 65 chars")
        << kWebRole << QString(65, u'a') << QString() << 3600 << QStringLiteral("session name");
    QTest::newRow("session space") << kWebRole << QStringLiteral("my session") << QString() << 3600
                                   << QStringLiteral("session name");
    QTest::newRow("session non-ASCII")
        << kWebRole << QStringLiteral("会话会话") << QString() << 3600 << QStringLiteral("session name");
    QTest::newRow("ExternalId 1 char") << kWebRole << RoleSpec::defaultSessionName() << QStringLiteral("x")
                                       << 3600 << QStringLiteral("ExternalId");
    QTest::newRow("ExternalId space") << kWebRole << RoleSpec::defaultSessionName() << QStringLiteral("a b")
                                      << 3600 << QStringLiteral("ExternalId");
    QTest::newRow("899 s") << kWebRole << RoleSpec::defaultSessionName() << QString() << 899
                           << QStringLiteral("900");
    QTest::newRow("43201 s") << kWebRole << RoleSpec::defaultSessionName() << QString() << 43201
                             << QStringLiteral("43200");
}

void TestRoleSession::specRules() {
    QFETCH(QString, arn);
    QFETCH(QString, session);
    QFETCH(QString, externalId);
    QFETCH(int, duration);
    QFETCH(QString, problem);
    RoleSpec role = spec(arn, externalId, duration);
    role.sessionName = session;
    QVERIFY2(problem.isEmpty() ? role.problem().isEmpty() : role.problem().contains(problem),
             qPrintable(role.problem()));
    QCOMPARE(role.isValid(), problem.isEmpty());
    if (problem.isEmpty()) {
        QCOMPARE(RoleSpec::accountOf(arn), QStringLiteral("1500000000000002"));
        QCOMPARE(RoleSpec::roleNameOf(arn), QStringLiteral("ResourceDirectoryAccountAccessRole"));
    }
}

void TestRoleSession::refreshMargin_data() {
    QTest::addColumn<qint64>("lifetimeMs");
    QTest::addColumn<qint64>("marginMs");
    QTest::newRow("an hour: 20%") << qint64(3600'000) << qint64(720'000);
    QTest::newRow("12 hours: 20%") << qint64(43200'000) << qint64(8640'000);
    QTest::newRow("15 minutes: 5 minutes") << qint64(900'000) << qint64(300'000);
    QTest::newRow("2 seconds: half") << qint64(2000) << qint64(1000);
    QTest::newRow("expired") << qint64(-5) << qint64(0);
}

void TestRoleSession::refreshMargin() {
    QFETCH(qint64, lifetimeMs);
    QFETCH(qint64, marginMs);
    QCOMPARE(RoleSession::refreshMargin(std::chrono::milliseconds(lifetimeMs)).count(), marginMs);
}

void TestRoleSession::assumesOnceAndSignsWithTheTemporaryKey() {
    Credentials role;
    role.role = RoleSession::create(kDemoKey, spec(kDataRole, kExternalId, 1800));
    QVERIFY(role.isComplete());
    EcsClient *client = makeClient(role);
    for (int i = 0; i < 3; ++i) {
        std::unique_ptr<CallerIdentityCall> identity(client->getCallerIdentity());
        QVERIFY(waitFinished(identity.get()));
        QVERIFY2(identity->succeeded(), qPrintable(identity->error().toOneLine()));
        QCOMPARE(identity->result().accountId, QStringLiteral("1500000000000003"));
        QCOMPARE(identity->result().identityType, QStringLiteral("AssumedRoleUser"));
        QVERIFY(identity->result().arn.endsWith(u"/image-share-browser"));
    }
    QCOMPARE(role.role->assumeCount(), 1);
    QCOMPARE(answers(QStringLiteral("AssumeRole")), 1);
    QVERIFY(role.role->current().accessKeyId.startsWith(u"STS."));
    QVERIFY(!role.role->current().securityToken.isEmpty());
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(role.role->expiration()) - 1800) <= 2);
    // 20% of 30 minutes is 6 minutes, more than 5: renewed from 24 minutes on.
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(role.role->refreshAt()) - 1440) <= 2);
    QVERIFY(!role.role->needsRefresh());
    // The holder's fields stay empty: nothing copies the temporary key out of the session.
    QVERIFY(client->credentials().accessKeySecret.isEmpty());
}

void TestRoleSession::concurrentRequestsShareOneAssumeRole() {
    Credentials role;
    role.role = RoleSession::create(kDemoKey, spec(kWebRole));
    EcsClient *client = makeClient(role);
    std::vector<std::unique_ptr<CallerIdentityCall>> calls;
    for (int i = 0; i < 6; ++i)
        calls.emplace_back(client->getCallerIdentity());
    for (const auto &call : calls) {
        QVERIFY(waitFinished(call.get()));
        QVERIFY2(call->succeeded(), qPrintable(call->error().toOneLine()));
        QCOMPARE(call->result().accountId, QStringLiteral("1500000000000002"));
    }
    QCOMPARE(answers(QStringLiteral("AssumeRole")), 1);
}

void TestRoleSession::assumeRoleErrors_data() {
    QTest::addColumn<QString>("arn");
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("sent"); // AssumeRole requests the simulator saw
    const QString name = RoleSpec::defaultSessionName();
    QTest::newRow("no such role") << QStringLiteral(
                                         "acs:ram::1500000000000004:role/ResourceDirectoryAccountAccessRole")
                                  << name << QString() << 3600 << QStringLiteral("EntityNotExist.Role") << 404
                                  << 1;
    QTest::newRow("ExternalId missing")
        << kDataRole << name << QString() << 3600 << QStringLiteral("NoPermission") << 403 << 1;
    QTest::newRow("ExternalId wrong") << kDataRole << name << QStringLiteral("not-the-one") << 3600
                                      << QStringLiteral("NoPermission") << 403 << 1;
    QTest::newRow("above MaxSessionDuration")
        << kWebRole << name << QString() << 3700 << QStringLiteral("InvalidParameter.DurationSeconds") << 400
        << 1;
    // Refused here, before anything is sent: the rules of RoleSpec.
    QTest::newRow("bad session name") << kWebRole << QStringLiteral("x") << QString() << 3600
                                      << QStringLiteral("InvalidRoleProfile") << 0 << 0;
    QTest::newRow("duration below 900")
        << kWebRole << name << QString() << 600 << QStringLiteral("InvalidRoleProfile") << 0 << 0;
    QTest::newRow("bad ARN") << QStringLiteral("acs:ram::1500000000000002:user/x") << name << QString()
                             << 3600 << QStringLiteral("InvalidRoleProfile") << 0 << 0;
}

void TestRoleSession::assumeRoleErrors() {
    QFETCH(QString, arn);
    QFETCH(QString, session);
    QFETCH(QString, externalId);
    QFETCH(int, duration);
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(int, sent);
    RoleSpec role = spec(arn, externalId, duration);
    role.sessionName = session;
    Credentials credentials;
    credentials.role = RoleSession::create(kDemoKey, role);
    std::unique_ptr<ImagesCall> call(makeClient(credentials)->describeImages(hangzhou()));
    QVERIFY(waitFinished(call.get()));
    QVERIFY(!call->succeeded());
    QCOMPARE(call->error().code, code);
    QCOMPARE(call->error().httpStatus, status);
    if (sent > 0)
        QVERIFY2(call->error().message.startsWith(QStringLiteral("AssumeRole of ") + arn),
                 qPrintable(call->error().message));
    QCOMPARE(answers(QStringLiteral("AssumeRole")), sent);
    QCOMPARE(answers(QStringLiteral("DescribeImages")), 0); // never sent without a key
    QVERIFY(credentials.role->current().accessKeyId.isEmpty());
}

void TestRoleSession::renewedBeforeExpiry() {
    // Keys live 900 s × 0.002 = 1.8 s (Expiration is given to the second, so the client sees 0.8-1.8 s).
    m_simulator->setStsLifetimeScale(0.002);
    Credentials role;
    role.role = RoleSession::create(kDemoKey, spec(kWebRole, {}, 900));
    EcsClient *client = makeClient(role);
    QElapsedTimer elapsed;
    elapsed.start();
    int calls = 0;
    QStringList keys;
    while (elapsed.elapsed() < 4000) {
        std::unique_ptr<CallerIdentityCall> identity(client->getCallerIdentity());
        QVERIFY(waitFinished(identity.get()));
        QVERIFY2(identity->succeeded(), qPrintable(identity->error().toOneLine()));
        if (!keys.contains(role.role->current().accessKeyId))
            keys.append(role.role->current().accessKeyId);
        ++calls;
    }
    QVERIFY2(calls > 20, qPrintable(QString::number(calls)));
    // Several keys over the run, and not one request ever left with an expired key.
    QVERIFY2(keys.size() >= 3, qPrintable(keys.join(u' ')));
    QCOMPARE(answers(QStringLiteral("InvalidSecurityToken")), 0);
    QCOMPARE(answers(QStringLiteral("AssumeRole")), int(keys.size()));
}

void TestRoleSession::expiredKeyRenewedOnce() {
    // Keys live 180 s; the simulator's clock then jumps 200 s (inside the 15-minute timestamp window), so
    // the key the client still believes valid is refused as expired.
    m_simulator->setStsLifetimeScale(0.2);
    auto offset = std::make_shared<qint64>(0);
    m_simulator->setClockForTests([offset] { return QDateTime::currentDateTimeUtc().addSecs(*offset); });
    Credentials role;
    role.role = RoleSession::create(kDemoKey, spec(kWebRole, {}, 900));
    EcsClient *client = makeClient(role);
    std::unique_ptr<CallerIdentityCall> identity(client->getCallerIdentity());
    QVERIFY(waitFinished(identity.get()));
    QVERIFY(identity->succeeded());
    const QString firstKey = role.role->current().accessKeyId;

    *offset = 200;
    std::unique_ptr<ImagesCall> images(client->describeImages(hangzhou()));
    QVERIFY(waitFinished(images.get()));
    QVERIFY2(images->succeeded(), qPrintable(images->error().toOneLine()));
    QVERIFY(!images->result().images.isEmpty());
    QCOMPARE(answers(QStringLiteral("DescribeImages"), QStringLiteral("-> 400 InvalidSecurityToken.Expired")),
             1);
    QCOMPARE(answers(QStringLiteral("DescribeImages"), QStringLiteral("-> 200")), 1);
    QCOMPARE(answers(QStringLiteral("AssumeRole")), 2);
    QVERIFY(role.role->current().accessKeyId != firstKey);
}

void TestRoleSession::refusedAgainAfterRenewalFails() {
    // Every new key is expired by the time it is used: the clock jumps 200 s after each AssumeRole.
    m_simulator->setStsLifetimeScale(0.2);
    auto offset = std::make_shared<qint64>(0);
    m_simulator->setClockForTests([offset] { return QDateTime::currentDateTimeUtc().addSecs(*offset); });
    connect(m_simulator.get(), &EcsSimulator::requestHandled, this, [offset](const QString &summary) {
        if (summary.contains(u"AssumeRole") && summary.contains(u"-> 200"))
            *offset += 200;
    });
    Credentials role;
    role.role = RoleSession::create(kDemoKey, spec(kWebRole, {}, 900));
    std::unique_ptr<ImagesCall> images(makeClient(role)->describeImages(hangzhou()));
    QVERIFY(waitFinished(images.get()));
    QVERIFY(!images->succeeded());
    QCOMPARE(images->error().code, QStringLiteral("InvalidSecurityToken.Expired"));
    QVERIFY2(images->error().message.contains(u"renewed once") && images->error().message.contains(kWebRole),
             qPrintable(images->error().message));
    // Exactly one renewal: the first key, one more, and the request twice.
    QCOMPARE(answers(QStringLiteral("AssumeRole")), 2);
    QCOMPARE(answers(QStringLiteral("DescribeImages")), 2);
}

void TestRoleSession::redactsTheTemporaryKey() {
    Credentials role;
    role.role = RoleSession::create(kDemoKey, spec(kWebRole));
    std::unique_ptr<CallerIdentityCall> identity(makeClient(role)->getCallerIdentity());
    QVERIFY(waitFinished(identity.get()));
    QVERIFY(identity->succeeded());
    const Credentials key = role.role->current();
    const QString text = key.accessKeySecret + u' ' + key.securityToken + u' ' + kDemoKey.accessKeySecret;
    QCOMPARE(SecretRedaction::redacted(text, role),
             SecretRedaction::mask() + u' ' + SecretRedaction::mask() + u' ' + SecretRedaction::mask());
}

QTEST_GUILESS_MAIN(TestRoleSession)
#include "tst_rolesession.moc"
