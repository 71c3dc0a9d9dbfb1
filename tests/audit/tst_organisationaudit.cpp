// The organisation audit (OrganisationAudit) against the in-process simulator's demo organisation: a
// management account (1500000000000001) and members 0002 (role), 0003 (role asking for the ExternalId
// isb-demo-external) and 0004 (no role).
#include "EcsSimulator.h"
#include "accounts/AccountBook.h"
#include "accounts/Findings.h"
#include "audit/AuditDiff.h"
#include "audit/AuditSnapshot.h"
#include "audit/OrganisationAudit.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace isb;
using namespace std::chrono_literals;

namespace {

const Credentials kManagementKey{
    QStringLiteral("LTAI5tDemoReadOnly0001"), QStringLiteral("demo-secret-not-a-real-key"), {}};
const QString kManagement = QStringLiteral("1500000000000001");
const QString kWeb = QStringLiteral("1500000000000002");
const QString kData = QStringLiteral("1500000000000003");
const QString kSandbox = QStringLiteral("1500000000000004");
const QString kExternalId = QStringLiteral("isb-demo-external");

QStringList ownersOf(const QList<AuditImageRecord> &images) {
    QStringList owners;
    for (const AuditImageRecord &record : images) {
        if (!owners.contains(record.image.imageOwnerId))
            owners.append(record.image.imageOwnerId);
    }
    owners.sort();
    return owners;
}

AuditImageRecord record(const QString &owner, const QString &imageId, const QStringList &accounts) {
    AuditImageRecord record;
    record.complete = true;
    record.image.imageOwnerId = owner;
    record.image.regionId = QStringLiteral("cn-hangzhou");
    record.image.imageId = imageId;
    record.permissions.regionId = record.image.regionId;
    record.permissions.imageId = imageId;
    for (const QString &account : accounts)
        record.permissions.accounts.append({account, {}});
    return record;
}

} // namespace

class TestOrganisationAudit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void auditsEveryReachableAccount();
    void unreachableMember_data();
    void unreachableMember();
    void retryReachesTheMemberOnceItCanBe();
    void listsEveryPage();
    void accountNotInTheDirectoryIsAFailure();
    void nonManagementCallerGetsTheListingError();
    void accountsRunSideBySide();
    void memberToMemberGrantsAreInternal();
    void snapshotCarriesAccountIds();
    void diffOfOrganisationSnapshots();
    void memberKeysRenewedDuringALongAudit();

private:
    OrganisationAudit *makeAudit(const OrganisationOptions &organisation, int poolSize = 8,
                                 const Credentials &credentials = kManagementKey);
    bool run(OrganisationAudit *audit);

    std::unique_ptr<EcsSimulator> m_simulator;
    std::unique_ptr<OrganisationAudit> m_audit;
};

void TestOrganisationAudit::init() {
    m_simulator = std::make_unique<EcsSimulator>();
    QString error;
    QVERIFY2(m_simulator->loadDataset(QStringLiteral(ISB_SOURCE_DIR "/resources/demo-data.json"), &error),
             qPrintable(error));
    QVERIFY(m_simulator->listen(QHostAddress::LocalHost, 0));
}

void TestOrganisationAudit::cleanup() {
    m_audit.reset();
    m_simulator.reset();
}

OrganisationAudit *TestOrganisationAudit::makeAudit(const OrganisationOptions &organisation, int poolSize,
                                                    const Credentials &credentials) {
    ClientOptions client;
    client.endpointOverride = m_simulator->url();
    client.retryBaseDelay = 5ms;
    client.retryMaxDelay = 40ms;
    AuditOptions options;
    options.poolSize = poolSize;
    options.batchInterval = 10ms;
    m_audit = std::make_unique<OrganisationAudit>();
    m_audit->setClientOptions(client);
    m_audit->setCredentials(credentials);
    m_audit->setOptions(options);
    m_audit->setOrganisationOptions(organisation);
    return m_audit.get();
}

bool TestOrganisationAudit::run(OrganisationAudit *audit) {
    QSignalSpy finished(audit, &OrganisationAudit::finished);
    if (!audit->isRunning())
        audit->start();
    return finished.count() > 0 || finished.wait(20000);
}

void TestOrganisationAudit::auditsEveryReachableAccount() {
    OrganisationOptions organisation;
    organisation.externalId = kExternalId;
    OrganisationAudit *audit = makeAudit(organisation);
    QVERIFY(run(audit));
    QCOMPARE(audit->callerAccountId(), kManagement);
    QCOMPARE(audit->directoryAccountIds(), (QStringList{kManagement, kWeb, kData, kSandbox}));
    QCOMPARE(audit->accounts().size(), 4);
    QVERIFY(audit->accounts().at(0).caller);
    QCOMPARE(audit->accounts().at(1).displayName, QStringLiteral("web (member)"));
    // Every member with a role is audited under its own key, the management account with the caller's.
    QCOMPARE(ownersOf(audit->images()), (QStringList{kManagement, kWeb, kData}));
    for (const AuditRow &row : audit->rows()) {
        QVERIFY(!row.accountId.isEmpty());
        QCOMPARE(row.accountName,
                 audit->accounts().at(audit->directoryAccountIds().indexOf(row.accountId)).displayName);
    }
    // Member 0004 has no role: one failure, naming it, and nothing else failed.
    const QList<AuditFailure> failures = audit->failures();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().accountId, kSandbox);
    QVERIFY(failures.first().regionId.isEmpty());
    QCOMPARE(failures.first().error.code, QStringLiteral("EntityNotExist.Role"));
}

void TestOrganisationAudit::unreachableMember_data() {
    QTest::addColumn<QString>("roleName");
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("code");
    QTest::newRow("no role") << QString() << kExternalId << kSandbox << QStringLiteral("EntityNotExist.Role");
    QTest::newRow("ExternalId missing") << QString() << QString() << kData << QStringLiteral("NoPermission");
    QTest::newRow("wrong ExternalId")
        << QString() << QStringLiteral("not-the-one") << kData << QStringLiteral("NoPermission");
    QTest::newRow("role of another name")
        << QStringLiteral("SomeOtherRole") << kExternalId << kWeb << QStringLiteral("EntityNotExist.Role");
}

void TestOrganisationAudit::unreachableMember() {
    QFETCH(QString, roleName);
    QFETCH(QString, externalId);
    QFETCH(QString, account);
    QFETCH(QString, code);
    OrganisationOptions organisation;
    if (!roleName.isEmpty())
        organisation.roleName = roleName;
    organisation.externalId = externalId;
    OrganisationAudit *audit = makeAudit(organisation);
    QSignalSpy failuresAdded(audit, &OrganisationAudit::failureAdded);
    QVERIFY(run(audit));
    // Never skipped, never the end of the audit: a failure row with its error, and the caller's own
    // account is audited all the same.
    const auto it = std::find_if(audit->accounts().cbegin(), audit->accounts().cend(),
                                 [&](const OrganisationAccount &a) { return a.accountId == account; });
    QVERIFY(it != audit->accounts().cend());
    QCOMPARE(it->state, OrganisationAccount::State::Unreachable);
    QCOMPARE(it->error.code, code);
    QVERIFY(ownersOf(audit->images()).contains(kManagement));
    QVERIFY(!ownersOf(audit->images()).contains(account));
    bool named = false;
    for (const QList<QVariant> &signal : std::as_const(failuresAdded)) {
        const auto failure = signal.first().value<AuditFailure>();
        named = named || (failure.accountId == account && failure.error.code == code);
    }
    QVERIFY(named);
    const QList<AuditFailure> failures = audit->failures();
    QVERIFY(std::any_of(failures.cbegin(), failures.cend(), [&](const AuditFailure &failure) {
        return failure.accountId == account && failure.regionId.isEmpty() && failure.error.code == code;
    }));
    // The snapshot says the account's images are unknown, not that it has none.
    const AuditSnapshot snapshot = audit->snapshot();
    QVERIFY(snapshot.isUnknown(account, QStringLiteral("cn-hangzhou"), QStringLiteral("m-anything")));
    QVERIFY(!snapshot.isUnknown(kManagement, QStringLiteral("cn-hangzhou"), QStringLiteral("m-anything")));
}

void TestOrganisationAudit::retryReachesTheMemberOnceItCanBe() {
    OrganisationAudit *audit = makeAudit({}); // no ExternalId: member 0003 is refused
    QVERIFY(run(audit));
    QVERIFY(!ownersOf(audit->images()).contains(kData));
    OrganisationOptions fixed;
    fixed.externalId = kExternalId;
    audit->setOrganisationOptions(fixed);
    QSignalSpy finished(audit, &OrganisationAudit::finished);
    QVERIFY(audit->retryAccount(kData));
    QVERIFY(finished.wait(20000));
    QVERIFY(ownersOf(audit->images()).contains(kData));
    const auto failures = audit->failures();
    QVERIFY(std::none_of(failures.cbegin(), failures.cend(),
                         [](const AuditFailure &failure) { return failure.accountId == kData; }));
    // 0004 still has no role; retryFailed() tries it again and it stays a failure.
    QCOMPARE(audit->retryFailed(), 1);
    QVERIFY(finished.wait(20000));
    QCOMPARE(audit->failures().size(), 1);
    QCOMPARE(audit->failures().first().accountId, kSandbox);
}

void TestOrganisationAudit::listsEveryPage() {
    QStringList listCalls;
    connect(m_simulator.get(), &EcsSimulator::requestHandled, this, [&listCalls](const QString &summary) {
        if (summary.contains(QLatin1String("ListAccounts")))
            listCalls.append(summary);
    });
    OrganisationOptions organisation;
    organisation.externalId = kExternalId;
    organisation.listPageSize = 1;
    organisation.accountIds = {kWeb}; // the filter applies after the whole list is read
    OrganisationAudit *audit = makeAudit(organisation);
    QVERIFY(run(audit));
    QVERIFY2(listCalls.size() >= 4, qPrintable(listCalls.join(u'\n'))); // one page per account
    QCOMPARE(audit->directoryAccountIds(), (QStringList{kManagement, kWeb, kData, kSandbox}));
    QCOMPARE(audit->accounts().size(), 1);
    QCOMPARE(ownersOf(audit->images()), QStringList{kWeb});
    QVERIFY(audit->failures().isEmpty());
}

void TestOrganisationAudit::accountNotInTheDirectoryIsAFailure() {
    OrganisationOptions organisation;
    organisation.accountIds = {kWeb, QStringLiteral("1999999999999999")};
    OrganisationAudit *audit = makeAudit(organisation);
    QVERIFY(run(audit));
    QCOMPARE(ownersOf(audit->images()), QStringList{kWeb});
    const QList<AuditFailure> failures = audit->failures();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().accountId, QStringLiteral("1999999999999999"));
    QCOMPARE(failures.first().error.code, QStringLiteral("NotInDirectory"));
    QCOMPARE(audit->retryFailed(), 0); // nothing a retry could reach
}

void TestOrganisationAudit::nonManagementCallerGetsTheListingError() {
    // A member's own key (its role's): ListAccounts answers only the management account.
    ClientOptions client;
    client.endpointOverride = m_simulator->url();
    EcsClient sts(client);
    sts.setCredentials(kManagementKey);
    std::unique_ptr<AssumeRoleCall> role(
        sts.assumeRole(QStringLiteral("acs:ram::%1:role/ResourceDirectoryAccountAccessRole").arg(kWeb),
                       QStringLiteral("test-session")));
    QSignalSpy assumed(role.get(), &EcsCall::finished);
    QVERIFY(assumed.wait(10000));
    QVERIFY(role->succeeded());
    const Credentials member{role->result().accessKeyId, role->result().accessKeySecret,
                             role->result().securityToken};

    OrganisationAudit *audit = makeAudit({}, 8, member);
    QVERIFY(run(audit));
    QVERIFY(audit->accounts().isEmpty());
    QVERIFY(audit->images().isEmpty());
    const QList<AuditFailure> failures = audit->failures();
    QCOMPARE(failures.size(), 1);
    QVERIFY(failures.first().accountId.isEmpty());
    QCOMPARE(failures.first().error.code, QStringLiteral("NoPermission"));
    QCOMPARE(failures.first().error.httpStatus, 403);
    // The temporary key's secret and token never appear in what is shown.
    QVERIFY(!failures.first().error.toOneLine().contains(member.securityToken));
}

void TestOrganisationAudit::accountsRunSideBySide() {
    // Each account may have 2 answers in flight; each account's pool is 2. Were the accounts audited one
    // after another, the simulator would never see more than 2 answers in flight at once.
    m_simulator->setMaxConcurrent(2);
    m_simulator->setLatency(20ms);
    OrganisationOptions organisation;
    organisation.externalId = kExternalId;
    OrganisationAudit *audit = makeAudit(organisation, 2);
    QVERIFY(run(audit));
    QCOMPARE(ownersOf(audit->images()), (QStringList{kManagement, kWeb, kData}));
    QCOMPARE(m_simulator->peakConcurrency(kManagement), 2);
    QVERIFY2(m_simulator->peakConcurrency() >= 4,
             qPrintable(QString::number(m_simulator->peakConcurrency())));
    // Throttling (the AssumeRole calls count against the management account's cap too) slowed accounts
    // down, and failed nothing: only the member without a role is a failure.
    QCOMPARE(audit->failures().size(), 1);
    QCOMPARE(audit->failures().first().accountId, kSandbox);
}

void TestOrganisationAudit::memberToMemberGrantsAreInternal() {
    OrganisationOptions organisation;
    organisation.externalId = kExternalId;
    OrganisationAudit *audit = makeAudit(organisation);
    QVERIFY(run(audit));
    AccountBook book;
    book.setCallerAccountId(audit->callerAccountId());
    QList<AuditImageRecord> members;
    for (const AuditImageRecord &record : audit->images()) {
        if (record.image.imageOwnerId == kWeb)
            members.append(record);
    }
    // Without the directory, web's grant to data is a finding; with it, only the outsider is.
    const auto principals = [](const QList<Finding> &findings) {
        QStringList ids;
        for (const Finding &finding : findings)
            ids.append(finding.principal);
        ids.sort();
        return ids;
    };
    QVERIFY(principals(Findings::of(members, book)).contains(kData));
    book.setDirectoryAccountIds(audit->directoryAccountIds());
    QCOMPARE(principals(Findings::of(members, book)), QStringList{QStringLiteral("135530494343")});
    QCOMPARE(book.trustOf(kSandbox), AccountBook::Trust::Own);
}

void TestOrganisationAudit::snapshotCarriesAccountIds() {
    OrganisationOptions organisation;
    organisation.externalId = kExternalId;
    OrganisationAudit *audit = makeAudit(organisation);
    QVERIFY(run(audit));
    const AuditSnapshot snapshot = audit->snapshot();
    QVERIFY(snapshot.isOrganisation());
    const QByteArray json = snapshot.toJson();
    QString error;
    const std::optional<AuditSnapshot> loaded = AuditSnapshot::fromJson(json, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(loaded->isOrganisation());
    QCOMPARE(loaded->images().size(), snapshot.images().size());
    QCOMPARE(ownersOf(loaded->images()), (QStringList{kManagement, kWeb, kData}));
    for (const AuditImageRecord &image : loaded->images())
        QVERIFY(!image.image.imageOwnerId.isEmpty());
    for (const AuditRow &row : loaded->rows())
        QVERIFY(!row.accountId.isEmpty());
    // The unreachable member is a failure of its own.
    QCOMPARE(loaded->failures().size(), 1);
    QCOMPARE(loaded->failures().first().accountId, kSandbox);
    QVERIFY(json.contains("\"AccountId\": \"1500000000000004\"") ||
            json.contains("\"AccountId\":\"1500000000000004\""));
}

void TestOrganisationAudit::diffOfOrganisationSnapshots() {
    const QString outsider = QStringLiteral("135530494343");
    AuditSnapshot before;
    before.setOrganisation(true);
    before.setRegions({QStringLiteral("cn-hangzhou")});
    before.setImages(
        {record(kWeb, QStringLiteral("m-web1"), {kData}), record(kData, QStringLiteral("m-data1"), {kWeb})});
    AuditSnapshot after;
    after.setOrganisation(true);
    after.setRegions({QStringLiteral("cn-hangzhou")});
    after.setImages({record(kWeb, QStringLiteral("m-web1"), {kData, outsider})});
    // data could not be reached this time: its image is unknown, not removed.
    after.setFailures(
        {{{},
          {},
          EcsError::local(EcsError::Kind::Api, QStringLiteral("no"), QStringLiteral("NoPermission")),
          kData}});
    const AuditDiff diff = AuditDiff::compare(before, after);
    QCOMPARE(diff.grantsAdded(), 1);
    QCOMPARE(diff.imagesRemoved(), 0);
    QCOMPARE(diff.imagesUnknown(), 1);
    const QString text = diff.toText(false);
    QVERIFY2(text.contains(QStringLiteral("+ %1 cn-hangzhou m-web1 Account %2").arg(kWeb, outsider)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("? %1 cn-hangzhou m-data1 unknown").arg(kData)), qPrintable(text));
    // The new grant to an outsider is a finding; the member-to-member one never was.
    AccountBook book;
    book.setDirectoryAccountIds({kManagement, kWeb, kData});
    QCOMPARE(diff.newFindings(book).size(), 1);
    QCOMPARE(diff.newFindings(book).first().principal, outsider);
}

void TestOrganisationAudit::memberKeysRenewedDuringALongAudit() {
    // Member keys of 3600 s live 3600 × 0.0005 = 1.8 s here (Expiration is given to the second, so the
    // client sees 0.8-1.8 s); one request in flight per account and 200 ms per answer make every account's
    // audit last longer than that, so a member's audit only completes if its key is renewed on the way.
    m_simulator->setStsLifetimeScale(0.0005);
    m_simulator->setLatency(200ms);
    QStringList summaries;
    connect(m_simulator.get(), &EcsSimulator::requestHandled, this,
            [&summaries](const QString &summary) { summaries.append(summary); });
    const auto answers = [&summaries](const QString &text) {
        return int(std::count_if(summaries.cbegin(), summaries.cend(),
                                 [&text](const QString &summary) { return summary.contains(text); }));
    };
    OrganisationOptions organisation;
    organisation.externalId = kExternalId;
    organisation.accountIds = {kWeb, kData};
    OrganisationAudit *audit = makeAudit(organisation, 1);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(run(audit));
    QVERIFY2(elapsed.elapsed() > 2000, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY2(audit->failures().isEmpty(), qPrintable(audit->failures().value(0).error.toOneLine()));
    QCOMPARE(ownersOf(audit->images()), (QStringList{kWeb, kData}));
    QCOMPARE(answers(QStringLiteral("InvalidSecurityToken")), 0);
    // More keys than members: each member's session renewed its key before it expired.
    QVERIFY2(answers(QStringLiteral("AssumeRole")) > 2, qPrintable(summaries.join(u'\n')));
    // The credentials kept for changes are the renewing session, never a copy of one key.
    QVERIFY(audit->credentialsOf(kWeb).role);
    QVERIFY(audit->credentialsOf(kData).role);
    QVERIFY(!audit->credentialsOf(kSandbox).isComplete());
}

QTEST_GUILESS_MAIN(TestOrganisationAudit)
#include "tst_organisationaudit.moc"
