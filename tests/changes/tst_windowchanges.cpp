#include "accounts/AccountBook.h"
#include "audit/AuditTypes.h"
#include "changes/AuditChanges.h"
#include "changes/ChangeJournalModel.h"
#include "changes/SharingChangeRunner.h"
#include "changes/SharingPlanModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace isb;
using namespace Qt::StringLiterals;

namespace {

AuditRow grant(const QString &image, const QString &principal, bool group = false) {
    AuditRow row;
    row.regionId = u"cn-hangzhou"_s;
    row.imageId = image;
    row.imageName = u"name of "_s + image;
    row.kind = group ? AuditRow::Kind::Group : AuditRow::Kind::Account;
    row.principal = principal;
    return row;
}

SharePermissionPage page(const QString &image, const QStringList &accounts, bool everyone = false) {
    SharePermissionPage result;
    result.regionId = u"cn-hangzhou"_s;
    result.imageId = image;
    for (const QString &id : accounts)
        result.accounts.append({id, {}});
    result.totalCount = int(accounts.size());
    if (everyone)
        result.shareGroups = {u"all"_s};
    return result;
}

/// Two images: m-1 with 100 and 200 and the group "all", m-2 with 200 and 300.
QList<AuditRow> audit() {
    return {grant(u"m-1"_s, u"100"_s), grant(u"m-1"_s, u"200"_s), grant(u"m-1"_s, u"all"_s, true),
            grant(u"m-2"_s, u"200"_s), grant(u"m-2"_s, u"300"_s)};
}

} // namespace

/// The window's sharing changes in the core: the audit window's actions as requests (one per image), the
/// audit rows after a change, the pasted IDs, and the plan and journal table models.
class TestWindowChanges final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void revokeSelectedGrantsOnePerImage();
    void revokeEverywhere();
    void revokeUntrustedUsesTheBook();
    void makePrivate();
    void onlyTheCallersImagesAreChanged();
    void rowsAfterAChangeAreTheStateRead();
    void accountIdsIn_data();
    void accountIdsIn();
    void planModel();
    void journalModel();
};

void TestWindowChanges::revokeSelectedGrantsOnePerImage() {
    const QList<AuditRow> rows = audit();
    const QList<SharingRequest> requests = AuditChanges::revokeGrants({rows[0], rows[2], rows[4], rows[1]});
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests[0].imageId, u"m-1"_s);
    QCOMPARE(requests[0].remove, (QStringList{u"100"_s, u"200"_s}));
    QVERIFY(requests[0].makePrivate); // the "all" row selected
    QVERIFY(requests[0].add.isEmpty());
    QCOMPARE(requests[1].imageId, u"m-2"_s);
    QCOMPARE(requests[1].remove, QStringList{u"300"_s});
    QVERIFY(!requests[1].makePrivate);
}

void TestWindowChanges::revokeEverywhere() {
    const QList<SharingRequest> requests = AuditChanges::revokeEverywhere(u"200"_s, audit());
    QCOMPARE(requests.size(), 2);
    for (const SharingRequest &request : requests) {
        QCOMPARE(request.remove, QStringList{u"200"_s});
        QVERIFY(!request.makePrivate);
    }
    QVERIFY(AuditChanges::revokeEverywhere(u"999"_s, audit()).isEmpty());
    // A group's name is never an account to revoke.
    QVERIFY(AuditChanges::revokeEverywhere(u"all"_s, audit()).isEmpty());
}

void TestWindowChanges::onlyTheCallersImagesAreChanged() {
    // An organisation audit: m-1 is the caller's, m-2 a member's (its key cannot change m-2).
    QList<AuditRow> rows = audit();
    for (AuditRow &row : rows)
        row.accountId = row.imageId == u"m-1"_s ? u"1500000000000001"_s : u"1500000000000002"_s;
    const QList<AuditRow> owned = AuditChanges::ownedBy(rows, u"1500000000000001"_s);
    QCOMPARE(owned.size(), 3);
    for (const AuditRow &row : owned)
        QCOMPARE(row.imageId, u"m-1"_s);
    const QList<SharingRequest> requests = AuditChanges::revokeEverywhere(u"200"_s, owned);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests[0].imageId, u"m-1"_s);
    // Caller unknown: nothing of any account is changed with its key.
    QVERIFY(AuditChanges::ownedBy(rows, QString()).isEmpty());
    // A single-account audit's rows carry no AccountId: all the caller's.
    QCOMPARE(AuditChanges::ownedBy(audit(), u"1500000000000001"_s).size(), audit().size());
}

void TestWindowChanges::revokeUntrustedUsesTheBook() {
    QTemporaryDir dir;
    AccountBook book(dir.filePath(u"accounts.csv"_s));
    QVERIFY(book.set(u"100"_s, u"Ours"_s, AccountBook::Trust::Own).ok());
    QVERIFY(book.set(u"200"_s, u"Partner"_s, AccountBook::Trust::Trusted).ok());
    QVERIFY(book.set(u"300"_s, u"Labeled only"_s, AccountBook::Trust::None).ok());
    const QList<SharingRequest> requests = AuditChanges::revokeUntrusted(audit(), book);
    // Only 300 is untrusted; the public group is a finding of another kind and not an account to revoke.
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests[0].imageId, u"m-2"_s);
    QCOMPARE(requests[0].remove, QStringList{u"300"_s});
    QVERIFY(!requests[0].makePrivate);
}

void TestWindowChanges::makePrivate() {
    const QList<AuditRow> rows = audit();
    const QList<SharingRequest> requests = AuditChanges::makePrivate({rows[0], rows[1], rows[3]});
    QCOMPARE(requests.size(), 2);
    for (const SharingRequest &request : requests) {
        QVERIFY(request.makePrivate);
        QVERIFY(request.remove.isEmpty() && request.add.isEmpty());
    }
}

void TestWindowChanges::rowsAfterAChangeAreTheStateRead() {
    ImageChangeOutcome verified;
    verified.change.regionId = u"cn-hangzhou"_s;
    verified.change.imageId = u"m-1"_s;
    verified.status = ImageChangeOutcome::Status::Verified;
    verified.found = page(u"m-1"_s, {u"200"_s, u"400"_s});
    ImageChangeOutcome unread; // the verification read failed: nothing is known, the rows stay
    unread.change.regionId = u"cn-hangzhou"_s;
    unread.change.imageId = u"m-2"_s;
    unread.status = ImageChangeOutcome::Status::Failed;
    const QList<AuditRow> rows = AuditChanges::withStateRead(audit(), {verified, unread});
    QStringList principals;
    for (const AuditRow &row : rows)
        principals << row.imageId + u':' + row.principal;
    QCOMPARE(principals, (QStringList{u"m-1:200"_s, u"m-1:400"_s, u"m-2:200"_s, u"m-2:300"_s}));
    QCOMPARE(rows[0].imageName, u"name of m-1"_s);
}

void TestWindowChanges::accountIdsIn_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("empty") << u"  \n "_s << QStringList();
    QTest::newRow("lines") << u"123\n456\r\n789\n"_s << QStringList{u"123"_s, u"456"_s, u"789"_s};
    QTest::newRow("commas") << u"123, 456;789\t012"_s << QStringList{u"123"_s, u"456"_s, u"789"_s, u"012"_s};
    QTest::newRow("once each") << u"123 456 123"_s << QStringList{u"123"_s, u"456"_s};
    // Kept, so that the plan can refuse it by name.
    QTest::newRow("not an id") << u"123 abc"_s << QStringList{u"123"_s, u"abc"_s};
}

void TestWindowChanges::accountIdsIn() {
    QFETCH(QString, text);
    QFETCH(QStringList, ids);
    QCOMPARE(SharingPlan::accountIdsIn(text), ids);
}

void TestWindowChanges::planModel() {
    QTemporaryDir dir;
    AccountBook book(dir.filePath(u"accounts.csv"_s));
    QVERIFY(book.set(u"100000000001"_s, u"Partner X"_s, AccountBook::Trust::Trusted).ok());
    SharingPlanModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccountBook(&book);
    SharingPlan plan;
    plan.addImage({u"cn-hangzhou"_s, u"m-1"_s, {}, {u"100000000001"_s, u"100000000002"_s}, true}, u"web"_s,
                  page(u"m-1"_s, {u"100000000001"_s, u"100000000002"_s, u"100000000003"_s}, true));
    plan.addImage({u"cn-hangzhou"_s, u"m-2"_s, {}, {u"100000000009"_s}, false}, u"db"_s,
                  page(u"m-2"_s, {u"100000000003"_s}));
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), 2); // every image, the one with nothing to send too
    QCOMPARE(model.index(0, SharingPlanModel::RemovedColumn).data().toString(),
             u"100000000001 (Partner X), 100000000002, all (every account: made private)"_s);
    QCOMPARE(model.index(0, SharingPlanModel::AccountsColumn).data().toString(), u"3 → 1"_s);
    QCOMPARE(model.index(0, SharingPlanModel::ImageNameColumn).data().toString(), u"web"_s);
    QCOMPARE(model.index(1, SharingPlanModel::ResultColumn).data().toString(),
             u"Already as asked: nothing is sent"_s);
    QCOMPARE(model.index(0, 0).data(SharingPlanModel::StatusRole).toInt(), -1);

    ImageChangeOutcome failed;
    failed.change = plan.images().constFirst();
    failed.status = ImageChangeOutcome::Status::Failed;
    failed.error.kind = EcsError::Kind::Api;
    failed.error.code = u"Forbidden.RAM"_s;
    failed.error.message = u"User not authorized to operate on the specified resource."_s;
    model.setOutcome(failed);
    QCOMPARE(model.index(0, 0).data(SharingPlanModel::StatusRole).toInt(),
             int(ImageChangeOutcome::Status::Failed));
    const QString result = model.index(0, SharingPlanModel::ResultColumn).data().toString();
    QVERIFY2(result.startsWith(u"Failed: "_s) && result.contains(u"ecs:ModifyImageSharePermission"_s),
             qPrintable(result));
    // The cell is short; the tooltip has the service's whole line.
    QVERIFY(!result.contains(u"User not authorized"_s));
    QVERIFY(model.index(0, SharingPlanModel::ResultColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"Message=\"User not authorized"_s));
    model.clearOutcomes();
    QCOMPARE(model.index(0, SharingPlanModel::ResultColumn).data().toString(), QString());
}

void TestWindowChanges::journalModel() {
    ChangeJournalModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ImageChangeOutcome verified;
    verified.change.regionId = u"cn-hangzhou"_s;
    verified.change.imageId = u"m-1"_s;
    verified.change.remove = {u"100"_s, u"200"_s};
    verified.change.removeAll = true;
    verified.status = ImageChangeOutcome::Status::Verified;
    ImageChangeOutcome forbidden = verified;
    forbidden.change.imageId = u"m-2"_s;
    forbidden.change.add = {u"300"_s};
    forbidden.change.remove = {};
    forbidden.change.removeAll = false;
    forbidden.status = ImageChangeOutcome::Status::Failed;
    forbidden.error.kind = EcsError::Kind::Api;
    forbidden.error.code = u"Forbidden.RAM"_s;
    const JournalEntry one = JournalEntry::fromOutcomes(u"revoke"_s, u"prod"_s, u"1500000000000001"_s,
                                                        u"https://ecs.aliyuncs.com"_s, {verified});
    const JournalEntry two =
        JournalEntry::fromOutcomes(u"share"_s, u"prod"_s, {}, u"https://e"_s, {verified, forbidden});
    QCOMPARE(one.images.constFirst().outcome, u"verified"_s);
    QCOMPARE(two.images.constLast().outcome, u"Forbidden.RAM"_s);
    model.setEntries({one, two});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.headerData(1, Qt::Vertical).toInt(), 2); // numbered as `history` numbers them
    QCOMPARE(model.index(0, ChangeJournalModel::ActionColumn).data().toString(), u"revoke"_s);
    QCOMPARE(model.index(0, ChangeJournalModel::ProfileColumn).data().toString(), u"prod"_s);
    QCOMPARE(model.index(0, ChangeJournalModel::AccountColumn).data().toString(), u"1500000000000001"_s);
    QCOMPARE(model.index(0, ChangeJournalModel::EndpointColumn).data().toString(),
             u"https://ecs.aliyuncs.com"_s);
    // Without the English catalog the plural keeps its "(s)".
    QVERIFY(model.index(0, ChangeJournalModel::RemovedColumn)
                .data()
                .toString()
                .startsWith(u"2, all on 1 image"_s));
    QCOMPARE(model.index(0, ChangeJournalModel::OutcomeColumn).data().toString(), u"verified"_s);
    QCOMPARE(model.index(1, ChangeJournalModel::ImagesColumn).data().toInt(), 2);
    QCOMPARE(model.index(1, ChangeJournalModel::AddedColumn).data().toInt(), 1);
    QCOMPARE(model.index(1, ChangeJournalModel::OutcomeColumn).data().toString(),
             u"1 of 2 verified; Forbidden.RAM"_s);
    QVERIFY(model.index(0, ChangeJournalModel::TimeColumn).data().toString().endsWith(u" UTC"_s));
}

QTEST_GUILESS_MAIN(TestWindowChanges)
#include "tst_windowchanges.moc"
