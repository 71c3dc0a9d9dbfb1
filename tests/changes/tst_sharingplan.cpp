#include "audit/AuditTypes.h"
#include "changes/SharingPlan.h"

#include <QTest>

using namespace isb;

namespace {

SharePermissionPage page(const QStringList &accounts, bool everyone = false) {
    SharePermissionPage result;
    for (const QString &id : accounts)
        result.accounts.append({id, {}});
    result.totalCount = int(accounts.size());
    if (everyone)
        result.shareGroups = {QStringLiteral("all")};
    return result;
}

QStringList numbered(int count, qint64 first = 100000000000) {
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids.append(QString::number(first + i));
    return ids;
}

SharingRequest request(const QStringList &add, const QStringList &remove, bool makePrivate = false) {
    return {QStringLiteral("cn-hangzhou"), QStringLiteral("m-1"), add, remove, makePrivate};
}

} // namespace

class TestSharingPlan final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void refusals_data();
    void refusals();
    void onlyWhatChangesIsSent();
    void countsAndVerification();
    void aliyunCommandsAreBatchedByTen();
    void inverseNeverMakesPublic();
    void revokeEverywhere();
    void textHasLabels();
    void ownersAcrossADirectory();
};

void TestSharingPlan::refusals_data() {
    QTest::addColumn<QStringList>("current");
    QTest::addColumn<QStringList>("add");
    QTest::addColumn<QStringList>("remove");
    QTest::addColumn<int>("cause"); // -1: accepted
    QTest::addColumn<QString>("named");

    const int invalid = int(SharingRefusal::Cause::InvalidAccountId);
    QTest::newRow("letters") << QStringList() << QStringList{QStringLiteral("12a4")} << QStringList()
                             << invalid << QStringLiteral("12a4");
    QTest::newRow("spaces") << QStringList() << QStringList{QStringLiteral("1234 5678")} << QStringList()
                            << invalid << QStringLiteral("1234 5678");
    QTest::newRow("bad remove") << QStringList() << QStringList() << QStringList{QStringLiteral("-1")}
                                << invalid << QStringLiteral("-1");
    QTest::newRow("own account") << QStringList() << QStringList{QStringLiteral("111111111111")}
                                 << QStringList() << int(SharingRefusal::Cause::OwnAccount)
                                 << QStringLiteral("111111111111");
    QTest::newRow("51 accounts") << numbered(50) << QStringList{QStringLiteral("999")} << QStringList()
                                 << int(SharingRefusal::Cause::TooManyAccounts) << QStringLiteral("51");
    QTest::newRow("50 accounts") << numbered(49) << QStringList{QStringLiteral("999")} << QStringList() << -1
                                 << QString();
    QTest::newRow("50 after a swap") << numbered(50) << QStringList{QStringLiteral("999")}
                                     << QStringList{numbered(1)} << -1 << QString();
    QTest::newRow("add and remove") << QStringList() << QStringList{QStringLiteral("999")}
                                    << QStringList{QStringLiteral("999")}
                                    << int(SharingRefusal::Cause::AddedAndRemoved) << QStringLiteral("999");
}

void TestSharingPlan::refusals() {
    QFETCH(QStringList, current);
    QFETCH(QStringList, add);
    QFETCH(QStringList, remove);
    QFETCH(int, cause);
    QFETCH(QString, named);
    SharingPlan plan;
    plan.addImage(request(add, remove), {}, page(current), QStringLiteral("111111111111"));
    if (cause < 0) {
        QVERIFY(!plan.isRefused());
        return;
    }
    QCOMPARE(plan.refusals().size(), 1);
    QCOMPARE(int(plan.refusals().constFirst().cause), cause);
    QVERIFY2(plan.refusals().constFirst().message().contains(named),
             qPrintable(plan.refusals().constFirst().message()));
    QVERIFY(plan.refusals().constFirst().message().contains(QLatin1String("m-1")));
}

void TestSharingPlan::onlyWhatChangesIsSent() {
    SharingPlan plan;
    plan.addImage(request({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("2")},
                          {QStringLiteral("3"), QStringLiteral("4")}, true),
                  {}, page({QStringLiteral("1"), QStringLiteral("3")}));
    const ImageSharingChange &change = plan.images().constFirst();
    QCOMPARE(change.add, QStringList{QStringLiteral("2")});    // 1 is there already; 2 asked twice
    QCOMPARE(change.remove, QStringList{QStringLiteral("3")}); // 4 is not there
    QVERIFY(!change.removeAll);                                // not public: nothing to remove
    QCOMPARE(plan.changes().size(), 1);

    // The same plan against the state it produced sends nothing: applying twice is harmless.
    SharingPlan again;
    again.addImage(request({QStringLiteral("1"), QStringLiteral("2")}, {QStringLiteral("3")}, true), {},
                   page(change.accountsAfter()));
    QVERIFY(again.isEmpty());
    QCOMPARE(again.summary(), QStringLiteral("Nothing to change"));
}

void TestSharingPlan::countsAndVerification() {
    SharingPlan plan;
    plan.addImage(request({QStringLiteral("5")}, {QStringLiteral("1")}, true), QStringLiteral("web"),
                  page({QStringLiteral("1"), QStringLiteral("2")}, true));
    const ImageSharingChange change = plan.images().constFirst();
    QCOMPARE(change.accountsAfter(), (QStringList{QStringLiteral("2"), QStringLiteral("5")}));
    QVERIFY(change.removeAll);
    QVERIFY(!change.publicAfter());
    QCOMPARE(plan.summary(), QStringLiteral("Revoke 1 account(s), share with 1 account(s), make 1 image(s) "
                                            "private on 1 image(s)"));

    QVERIFY(change.isSatisfiedBy(page({QStringLiteral("5"), QStringLiteral("2")})));
    QVERIFY(!change.isSatisfiedBy(page({QStringLiteral("2"), QStringLiteral("5")}, true))); // still public
    QVERIFY(!change.isSatisfiedBy(page({QStringLiteral("2")})));                            // 5 missing
    QVERIFY(!change.isSatisfiedBy(page({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("5")})));
    QVERIFY(!change.isSatisfiedBy(page({QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("7")})));
}

void TestSharingPlan::aliyunCommandsAreBatchedByTen() {
    SharingPlan plan;
    plan.addImage(request({}, numbered(23)), {}, page(numbered(23)));
    plan.addImage({QStringLiteral("cn-beijing"), QStringLiteral("m-2"), {QStringLiteral("42")}, {}, true}, {},
                  page({}, true));
    const QStringList lines = plan.aliyunCliCommands();
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(
        QLatin1String("aliyun ecs ModifyImageSharePermission --RegionId cn-hangzhou --ImageId m-1 "
                      "--RemoveAccount.1 100000000000 --RemoveAccount.2 100000000001")));
    QVERIFY(lines.at(0).endsWith(QLatin1String("--RemoveAccount.10 100000000009")));
    QVERIFY(
        lines.at(2).startsWith(QLatin1String("aliyun ecs ModifyImageSharePermission --RegionId cn-hangzhou "
                                             "--ImageId m-1 --RemoveAccount.1 100000000020")));
    QVERIFY(lines.at(2).endsWith(QLatin1String("--RemoveAccount.3 100000000022")));
    QCOMPARE(lines.at(3),
             QStringLiteral("aliyun ecs ModifyImageSharePermission --RegionId cn-beijing --ImageId "
                            "m-2 --AddAccount.1 42 --IsPublic false"));
    for (const QString &line : lines)
        QVERIFY(!line.contains(QLatin1String(".11 ")));
}

void TestSharingPlan::inverseNeverMakesPublic() {
    ImageSharingChange change;
    change.regionId = QStringLiteral("cn-hangzhou");
    change.imageId = QStringLiteral("m-1");
    change.add = {QStringLiteral("1")};
    change.remove = {QStringLiteral("2")};
    change.removeAll = true;
    const SharingRequest inverse = SharingPlan::inverse(change);
    QCOMPARE(inverse.add, QStringList{QStringLiteral("2")});
    QCOMPARE(inverse.remove, QStringList{QStringLiteral("1")});
    QVERIFY(!inverse.makePrivate);
    // The request type has no way to add group "all": the tool never makes an image public.
}

void TestSharingPlan::revokeEverywhere() {
    QList<AuditImageRecord> records;
    const auto record = [](const QString &region, const QString &id, const QStringList &accounts,
                           bool complete) {
        AuditImageRecord r;
        r.image.regionId = region;
        r.image.imageId = id;
        r.permissions = page(accounts);
        r.complete = complete;
        return r;
    };
    records << record(QStringLiteral("cn-hangzhou"), QStringLiteral("m-1"), {QStringLiteral("7")}, true)
            << record(QStringLiteral("cn-hangzhou"), QStringLiteral("m-2"), {QStringLiteral("8")}, true)
            << record(QStringLiteral("cn-beijing"), QStringLiteral("m-3"),
                      {QStringLiteral("8"), QStringLiteral("7")}, true)
            << record(QStringLiteral("cn-beijing"), QStringLiteral("m-4"), {QStringLiteral("7")}, false);
    const SharingPlan plan = SharingPlan::revokeEverywhere(QStringLiteral("7"), records);
    QCOMPARE(plan.images().size(), 2);
    QCOMPARE(plan.images().at(0).imageId, QStringLiteral("m-1"));
    QCOMPARE(plan.images().at(1).imageId, QStringLiteral("m-3"));
    QCOMPARE(plan.accountsRemoved(), 2);

    const SharingPlan refused = SharingPlan::revokeEverywhere(QStringLiteral("x7"), records);
    QCOMPARE(refused.refusals().size(), 1);
    QVERIFY(refused.images().isEmpty());
}

void TestSharingPlan::textHasLabels() {
    SharingPlan plan;
    plan.addImage(request({}, {QStringLiteral("7")}), QStringLiteral("web"), page({QStringLiteral("7")}));
    const QString text = plan.text(
        [](const QString &id) { return id == QLatin1String("7") ? QStringLiteral("Partner X") : QString(); });
    QVERIFY2(text.contains(QLatin1String("cn-hangzhou m-1 \"web\"")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("  - 7 (Partner X)")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("accounts: 1 -> 0; public: no")), qPrintable(text));
}

void TestSharingPlan::ownersAcrossADirectory() {
    // An organisation audit's records carry their owner: each change keeps it, and the plan splits by it.
    const auto record = [](const QString &owner, const QString &id, const QStringList &accounts) {
        AuditImageRecord r;
        r.image.imageOwnerId = owner;
        r.image.regionId = QStringLiteral("cn-hangzhou");
        r.image.imageId = id;
        r.permissions = page(accounts);
        r.complete = true;
        return r;
    };
    const QString management = QStringLiteral("1500000000000001");
    const QString web = QStringLiteral("1500000000000002");
    const QString revoked = QStringLiteral("412782942403");
    const SharingPlan plan = SharingPlan::revokeEverywhere(
        revoked,
        {record(management, QStringLiteral("m-1"), {revoked}), record(web, QStringLiteral("m-2"), {revoked}),
         record(web, QStringLiteral("m-3"), {QStringLiteral("7")}),
         record(web, QStringLiteral("m-4"), {revoked, QStringLiteral("7")})},
        true);
    QCOMPARE(plan.ownerAccountIds(), (QStringList{management, web}));
    QCOMPARE(plan.images().at(1).accountId, web);
    const SharingPlan ofWeb = plan.ofAccount(web);
    QCOMPARE(ofWeb.images().size(), 2);
    QCOMPARE(ofWeb.images().at(0).imageId, QStringLiteral("m-2"));
    QCOMPARE(ofWeb.images().at(1).imageId, QStringLiteral("m-4"));
    QCOMPARE(plan.ofAccount(management).images().size(), 1);
    QVERIFY(plan.ofAccount(QStringLiteral("1500000000000009")).images().isEmpty());
    QVERIFY2(plan.text().contains(QStringLiteral("cn-hangzhou m-2\n  owner: ") + web),
             qPrintable(plan.text()));
    // The runbook names the account each group of lines runs as.
    const QStringList lines = plan.aliyunCliCommands();
    QCOMPARE(lines.first(), QStringLiteral("# as account %1:").arg(management));
    QCOMPARE(lines.at(2), QStringLiteral("# as account %1:").arg(web));
    QCOMPARE(lines.size(), 5);
    // One account's audit names the owner too (DescribeImages' ImageOwnerId), yet its plan names none.
    const SharingPlan single =
        SharingPlan::revokeEverywhere(revoked, {record(web, QStringLiteral("m-1"), {revoked})});
    QVERIFY(single.images().first().accountId.isEmpty());
    QVERIFY(!single.text().contains(u"owner"));
    QVERIFY(!SharingPlan::revokeEverywhere(revoked, {record(web, QStringLiteral("m-1"), {revoked})})
                 .aliyunCliCommands()
                 .first()
                 .startsWith(u'#'));
}

QTEST_GUILESS_MAIN(TestSharingPlan)
#include "tst_sharingplan.moc"
