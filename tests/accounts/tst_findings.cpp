#include "AuditTestData.h"
#include "accounts/AccountBook.h"
#include "accounts/Findings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace isb;
using Trust = AccountBook::Trust;

namespace {

/// The generated dataset as the audit's records, read straight from the simulator's data file.
QList<AuditImageRecord> recordsOf(const AuditTestData &data) {
    QList<AuditImageRecord> records;
    const QJsonArray images =
        QJsonDocument::fromJson(data.json).object().value(QLatin1String("Images")).toArray();
    for (const QJsonValue &value : images) {
        const QJsonObject image = value.toObject();
        AuditImageRecord record;
        record.image.regionId = image.value(QLatin1String("RegionId")).toString();
        record.image.imageId = image.value(QLatin1String("ImageId")).toString();
        record.image.imageName = image.value(QLatin1String("ImageName")).toString();
        record.permissions.regionId = record.image.regionId;
        record.permissions.imageId = record.image.imageId;
        for (const QJsonValue &account : image.value(QLatin1String("Accounts")).toArray()) {
            record.permissions.accounts.append(
                {account[QLatin1String("AliyunId")].toString(),
                 QDateTime::fromString(account[QLatin1String("SharedTime")].toString(), Qt::ISODate)});
        }
        for (const QJsonValue &group : image.value(QLatin1String("ShareGroups")).toArray())
            record.permissions.shareGroups.append(group.toString());
        record.complete = true;
        records.append(record);
    }
    return records;
}

} // namespace

class TestFindings : public QObject {
    Q_OBJECT

private slots:
    void kindOf_data();
    void kindOf();
    void oneImage();
    void generatedDataset_data();
    void generatedDataset();
    void summaryText();
    void csvFields();
};

void TestFindings::kindOf_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("principal");
    QTest::addColumn<int>("expected"); // -1: no finding
    const int account = int(AuditRow::Kind::Account);
    const int group = int(AuditRow::Kind::Group);
    QTest::newRow("group all") << group << QStringLiteral("all") << int(Finding::Kind::Public);
    QTest::newRow("other group") << group << QStringLiteral("partners") << -1;
    QTest::newRow("own") << account << QStringLiteral("1") << -1;
    QTest::newRow("trusted") << account << QStringLiteral("2") << -1;
    QTest::newRow("label only") << account << QStringLiteral("3") << int(Finding::Kind::Untrusted);
    QTest::newRow("unknown") << account << QStringLiteral("4") << int(Finding::Kind::Untrusted);
    QTest::newRow("caller") << account << QStringLiteral("5") << -1;
}

void TestFindings::kindOf() {
    QFETCH(int, kind);
    QFETCH(QString, principal);
    QFETCH(int, expected);
    AccountBook book(QStringLiteral("/nonexistent/accounts.csv"));
    book.set(QStringLiteral("1"), QString(), Trust::Own);
    book.set(QStringLiteral("2"), QString(), Trust::Trusted);
    book.set(QStringLiteral("3"), QStringLiteral("someone"), Trust::None);
    book.setCallerAccountId(QStringLiteral("5"));
    const std::optional<Finding::Kind> got = Findings::kindOf(AuditRow::Kind(kind), principal, book);
    QCOMPARE(got ? int(*got) : -1, expected);
}

void TestFindings::oneImage() {
    AccountBook book(QStringLiteral("/nonexistent/accounts.csv"));
    book.set(QStringLiteral("111"), QStringLiteral("partner"), Trust::Trusted);
    book.set(QStringLiteral("222"), QStringLiteral("old vendor"), Trust::None);
    Image image;
    image.regionId = QStringLiteral("cn-hangzhou");
    image.imageId = QStringLiteral("m-1");
    image.imageName = QStringLiteral("web");
    SharePermissionPage page;
    const QDateTime time(QDate(2024, 1, 24), QTime(10, 0), Qt::UTC);
    page.accounts = {
        {QStringLiteral("111"), time}, {QStringLiteral("222"), time}, {QStringLiteral("333"), {}}};
    page.shareGroups = {QStringLiteral("all")};
    const QList<Finding> findings = Findings::of(image, page, book);
    const QList<Finding> expected{
        {QStringLiteral("cn-hangzhou"), QStringLiteral("m-1"), QStringLiteral("web"), Finding::Kind::Public,
         QStringLiteral("all"), QString(), QDateTime()},
        {QStringLiteral("cn-hangzhou"), QStringLiteral("m-1"), QStringLiteral("web"),
         Finding::Kind::Untrusted, QStringLiteral("222"), QStringLiteral("old vendor"), time},
        {QStringLiteral("cn-hangzhou"), QStringLiteral("m-1"), QStringLiteral("web"),
         Finding::Kind::Untrusted, QStringLiteral("333"), QString(), QDateTime()},
    };
    QCOMPARE(findings, expected);
    const FindingsSummary summary = Findings::summarize(findings);
    QCOMPARE(summary, (FindingsSummary{1, 2, 2, 1}));
    QVERIFY(!summary.isEmpty());
    QVERIFY(Findings::summarize({}).isEmpty());
}

void TestFindings::generatedDataset_data() {
    QTest::addColumn<int>("regions");
    QTest::addColumn<int>("images");
    QTest::addColumn<int>("trustEvery"); // every n-th account ID (by value) is trusted, 0: none
    QTest::newRow("small, nobody trusted") << 2 << 20 << 0;
    QTest::newRow("every third trusted") << 3 << 40 << 3;
    QTest::newRow("most trusted") << 4 << 60 << 1;
}

void TestFindings::generatedDataset() {
    QFETCH(int, regions);
    QFETCH(int, images);
    QFETCH(int, trustEvery);
    const AuditTestData data = AuditTestData::generate(regions, images);
    AccountBook book(QStringLiteral("/nonexistent/accounts.csv"));
    QSet<QString> accounts;
    for (const QString &grant : data.grants) {
        const QStringList parts = grant.split(QLatin1Char(' '));
        if (parts.at(2) == QLatin1String("Account"))
            accounts.insert(parts.at(3));
    }
    QString caller;
    for (const QString &account : accounts) {
        const qint64 value = account.toLongLong();
        if (trustEvery > 0 && value % trustEvery == 0)
            book.set(account, QStringLiteral("label %1").arg(account),
                     value % 2 ? Trust::Own : Trust::Trusted);
        else if (value % 5 == 0)
            book.set(account, QStringLiteral("watch %1").arg(account), Trust::None);
        else if (caller.isEmpty())
            caller = account;
    }
    book.setCallerAccountId(caller);

    // The expectation from the generator's own list of grants, by the words.
    QSet<QString> expected;
    QSet<QString> expectedAccounts;
    int expectedPublic = 0;
    for (const QString &grant : data.grants) {
        const QStringList parts = grant.split(QLatin1Char(' '));
        const QString key = parts.at(0) + QLatin1Char(' ') + parts.at(1) + QLatin1Char(' ');
        if (parts.at(2) == QLatin1String("Group")) {
            expected.insert(key + QLatin1String("public all"));
            ++expectedPublic;
            continue;
        }
        const QString &id = parts.at(3);
        const bool trusted = trustEvery > 0 && id.toLongLong() % trustEvery == 0;
        if (!trusted && id != caller) {
            expected.insert(key + QLatin1String("untrusted ") + id);
            expectedAccounts.insert(id);
        }
    }

    const QList<Finding> findings = Findings::of(recordsOf(data), book);
    QSet<QString> got;
    for (const Finding &finding : findings) {
        got.insert(finding.regionId + QLatin1Char(' ') + finding.imageId + QLatin1Char(' ') +
                   Finding::kindName(finding.kind) + QLatin1Char(' ') + finding.principal);
        QCOMPARE(finding.label, book.labelOf(finding.principal));
        QVERIFY(!finding.imageName.isEmpty());
    }
    QCOMPARE(int(got.size()), int(findings.size())); // no finding twice
    QCOMPARE(got, expected);
    QVERIFY(expectedPublic > 0);
    const FindingsSummary summary = Findings::summarize(findings);
    QCOMPARE(summary.imagesPublic, expectedPublic);
    QCOMPARE(summary.untrustedGrants, int(expected.size()) - expectedPublic);
    QCOMPARE(summary.untrustedAccounts, int(expectedAccounts.size()));
}

void TestFindings::summaryText() {
    // Without a catalog loaded the plural forms read "(s)"; the English catalog turns them into words.
    QCOMPARE((FindingsSummary{2, 7, 5, 4}).text(),
             QStringLiteral("2 image(s) public, 7 grant(s) to 5 untrusted account(s)"));
    QCOMPARE((FindingsSummary{0, 1, 1, 1}).text(),
             QStringLiteral("0 image(s) public, 1 grant(s) to 1 untrusted account(s)"));
}

void TestFindings::csvFields() {
    const Finding finding{QStringLiteral("cn-hangzhou"),
                          QStringLiteral("m-1"),
                          QStringLiteral("web"),
                          Finding::Kind::Untrusted,
                          QStringLiteral("222"),
                          QStringLiteral("vendor"),
                          QDateTime(QDate(2024, 1, 24), QTime(10, 0), Qt::UTC)};
    QCOMPARE(Finding::header().join(QLatin1Char(',')),
             QStringLiteral("RegionId,ImageId,ImageName,Finding,Principal,Label,SharedTime"));
    QCOMPARE(finding.toFields(),
             (QStringList{QStringLiteral("cn-hangzhou"), QStringLiteral("m-1"), QStringLiteral("web"),
                          QStringLiteral("untrusted"), QStringLiteral("222"), QStringLiteral("vendor"),
                          QStringLiteral("2024-01-24T10:00:00Z")}));
}

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
