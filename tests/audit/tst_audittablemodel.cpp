#include "EcsTypes.h"
#include "ImageTableModel.h"
#include "accounts/AccountBook.h"
#include "audit/AuditFilterModel.h"
#include "audit/AuditTableModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace isb;

namespace {

AuditRow account(const QString &region, const QString &image, const QString &name, const QString &principal,
                 const QDateTime &time = {}) {
    return {region, image, name, AuditRow::Kind::Account, principal, time};
}

AuditRow group(const QString &region, const QString &image, const QString &name,
               const QString &groupName = QStringLiteral("all")) {
    return {region, image, name, AuditRow::Kind::Group, groupName, {}};
}

const QString hz = QStringLiteral("cn-hangzhou");
const QString bj = QStringLiteral("cn-beijing");
const QString alice = QStringLiteral("111111111111");
const QString bob = QStringLiteral("222222222222");
const QString carol = QStringLiteral("333333333333");

QList<AuditRow> sampleRows() {
    return {
        account(hz, QStringLiteral("m-web"), QStringLiteral("Web"), alice,
                QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC)),
        account(hz, QStringLiteral("m-web"), QStringLiteral("Web"), bob,
                QDateTime(QDate(2023, 3, 1), QTime(0, 0), Qt::UTC)),
        account(hz, QStringLiteral("m-web"), QStringLiteral("Web"), carol),
        account(hz, QStringLiteral("m-db"), QStringLiteral("database"), bob,
                QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC)),
        group(hz, QStringLiteral("m-public"), QStringLiteral("Public base")),
        account(bj, QStringLiteral("m-bj"), QStringLiteral("beijing-web"), carol),
        group(bj, QStringLiteral("m-bj"), QStringLiteral("beijing-web")),
    };
}

} // namespace

/// The audit table and its filter: model contracts, filter semantics, sort order.
class TestAuditTableModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void modelTesterOnSourceAndProxy();
    void columnsAndRoles();
    void batchesInsertOnce();
    void regionAndTextFilters();
    void reverseLookupIncludesImagesSharedWithEveryone();
    void accountIdShape_data();
    void accountIdShape();
    void reverseLookupRefusesWhatIsNoAccountId_data();
    void reverseLookupRefusesWhatIsNoAccountId();
    void everyoneOnlyAndMoreThanAccounts();
    void totalsFollowLaterBatches();
    void oneRowPerImageCountsImages();
    void oneRowPerImageSortsByCount();
    void timesNameTheirZoneOrSayUnknown();
    void findingsFromTheBook();
    void sortsEveryColumnLikeTheGenericProxy_data();
    void sortsEveryColumnLikeTheGenericProxy();
    void precomputedRanksKeepTheOrder_data();
    void precomputedRanksKeepTheOrder();

private:
    QStringList visible(int column = AuditTableModel::ImageIdColumn) const;

    AuditTableModel *m_model = nullptr;
    AuditFilterModel *m_filter = nullptr;
};

void TestAuditTableModel::init() {
    m_model = new AuditTableModel(this);
    m_filter = new AuditFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_model->appendRows(sampleRows());
}

void TestAuditTableModel::cleanup() {
    delete m_filter;
    delete m_model;
}

QStringList TestAuditTableModel::visible(int column) const {
    QStringList values;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex source = m_filter->mapToSource(m_filter->index(row, column));
        const AuditRow &auditRow = m_model->rowAt(source.row());
        values << (column == AuditTableModel::PrincipalColumn
                       ? auditRow.principal
                       : m_filter->index(row, column).data().toString());
    }
    return values;
}

void TestAuditTableModel::modelTesterOnSourceAndProxy() {
    QAbstractItemModelTester sourceTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filter->sort(AuditTableModel::PrincipalColumn, Qt::DescendingOrder);
    m_model->appendRows({account(hz, QStringLiteral("m-new"), QStringLiteral("new"), alice)});
    m_filter->setPrincipalFilter(alice);
    m_model->appendRows(
        {account(hz, QStringLiteral("m-web"), QStringLiteral("Web"), QStringLiteral("444444444444"))});
    m_filter->setSharedWithEveryoneOnly(true);
    m_filter->setSharedWithEveryoneOnly(false);
    m_filter->setMoreThanAccountsFilter(2);
    m_filter->setRegionFilter(hz);
    m_filter->setTextFilter(QStringLiteral("web"));
    m_filter->sort(AuditTableModel::SharedTimeColumn);
    m_filter->setPrincipalFilter({});
    m_filter->setMoreThanAccountsFilter(-1);
    m_filter->setOneRowPerImage(true);
    m_filter->sort(AuditTableModel::PrincipalColumn);
    m_model->appendRows({account(hz, QStringLiteral("m-db"), QStringLiteral("database"), carol)});
    m_filter->setPrincipalFilter(bob);
    m_filter->setPrincipalFilter({});
    m_filter->setOneRowPerImage(false);
    m_model->setRows(sampleRows());
    m_model->clear();
}

void TestAuditTableModel::columnsAndRoles() {
    QCOMPARE(m_model->columnCount(), 9); // the Account column of an organisation audit is the ninth
    QCOMPARE(m_model->rowCount(), 7);
    QCOMPARE(m_model->headerData(AuditTableModel::PrincipalColumn, Qt::Horizontal).toString(),
             QStringLiteral("Principal"));
    const QModelIndex first = m_model->index(0, AuditTableModel::KindColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("Account"));
    QCOMPARE(m_model->index(0, AuditTableModel::PrincipalColumn).data().toString(), alice);
    QCOMPARE(
        m_model->index(0, AuditTableModel::SharedTimeColumn).data(AuditTableModel::SortRole).toDateTime(),
        QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(first.data(AuditTableModel::ImageAccountCountRole).toInt(), 3);
    QCOMPARE(first.data(AuditTableModel::SharedWithEveryoneRole).toBool(), false);

    const QModelIndex everyone = m_model->index(4, AuditTableModel::PrincipalColumn);
    QCOMPARE(everyone.data(AuditTableModel::SharedWithEveryoneRole).toBool(), true);
    QCOMPARE(everyone.data(AuditTableModel::ImageSharedWithEveryoneRole).toBool(), true);
    QVERIFY(!everyone.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(m_model->index(5, 0).data(AuditTableModel::ImageSharedWithEveryoneRole).toBool(), true); // m-bj
    QCOMPARE(m_model->imageCount(), 4);
}

void TestAuditTableModel::batchesInsertOnce() {
    int inserts = 0;
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) {
        ++inserts;
        QCOMPARE(first, 7);
        QCOMPARE(last, 1006);
    });
    QList<AuditRow> batch;
    for (int i = 0; i < 1000; ++i)
        batch << account(bj, QStringLiteral("m-%1").arg(i), QStringLiteral("bulk"), alice);
    m_model->appendRows(batch);
    QCOMPARE(inserts, 1);
    QCOMPARE(m_model->rowCount(), 1007);
    m_model->appendRows({}); // nothing to announce
    QCOMPARE(inserts, 1);
}

void TestAuditTableModel::regionAndTextFilters() {
    m_filter->setRegionFilter(bj);
    QCOMPARE(visible(), QStringList({QStringLiteral("m-bj"), QStringLiteral("m-bj")}));
    m_filter->setRegionFilter({});
    m_filter->setTextFilter(QStringLiteral("WEB")); // name, case-insensitive
    QCOMPARE(visible().size(), 5);
    m_filter->setTextFilter(QStringLiteral("m-d")); // ID
    QCOMPARE(visible(), QStringList({QStringLiteral("m-db")}));
    m_filter->setTextFilter(alice); // principals are not text-searched: that is the principal filter
    QCOMPARE(visible().size(), 0);
}

void TestAuditTableModel::reverseLookupIncludesImagesSharedWithEveryone() {
    // "Which images can Bob launch?" His own grants plus every image shared with group all.
    m_filter->setPrincipalFilter(bob);
    QStringList images = visible();
    images.sort();
    QCOMPARE(images, QStringList({QStringLiteral("m-bj"), QStringLiteral("m-db"), QStringLiteral("m-public"),
                                  QStringLiteral("m-web")}));
    QCOMPARE(visible(AuditTableModel::PrincipalColumn).count(bob), 2);
    m_filter->setRegionFilter(hz);
    QCOMPARE(visible().size(), 3);
    m_filter->setPrincipalFilter(QStringLiteral("999999999999")); // nobody: only the public images
    m_filter->setRegionFilter({});
    images = visible();
    images.sort();
    QCOMPARE(images, QStringList({QStringLiteral("m-bj"), QStringLiteral("m-public")}));
}

void TestAuditTableModel::accountIdShape_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("12 digits (the reference page)") << QStringLiteral("155780923770") << true;
    QTest::newRow("16 digits (current accounts)") << QStringLiteral("1234567890123456") << true;
    QTest::newRow("20 digits (64-bit)") << QStringLiteral("18446744073709551615") << true;
    QTest::newRow("one digit") << QStringLiteral("7") << true;
    QTest::newRow("21 digits") << QStringLiteral("184467440737095516150") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("word") << QStringLiteral("nobody") << false;
    QTest::newRow("grouped with spaces") << QStringLiteral("6258 6514 0555") << false;
    QTest::newRow("grouped with dashes") << QStringLiteral("6258-6514-0555") << false;
    QTest::newRow("sign") << QStringLiteral("+625865140555") << false;
    QTest::newRow("trailing newline") << QStringLiteral("625865140555\n") << false;
    QTest::newRow("full-width digits") << QStringLiteral("６２５８６５１４０５５５") << false;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0661\u0662\u0663") << false;
}

void TestAuditTableModel::accountIdShape() {
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(isb::Account::isValidId(text), valid);
}

void TestAuditTableModel::reverseLookupRefusesWhatIsNoAccountId_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("word") << QStringLiteral("nobody");
    QTest::newRow("grouped") << QStringLiteral("6258 6514 0555");
    QTest::newRow("name") << QStringLiteral("alice@example.com");
}

void TestAuditTableModel::reverseLookupRefusesWhatIsNoAccountId() {
    // Matching "nobody" would list the public images only: an answer that looks like a real one.
    QFETCH(QString, text);
    QVERIFY(m_filter->setPrincipalFilter(bob));
    const QStringList bobsImages = visible();
    QVERIFY(!m_filter->setPrincipalFilter(text));
    QCOMPARE(m_filter->principalFilter(), bob);
    QCOMPARE(visible(), bobsImages);
    QVERIFY(m_filter->setPrincipalFilter(QStringLiteral("  ") + alice + QStringLiteral(" "))); // trimmed
    QCOMPARE(m_filter->principalFilter(), alice);
    QVERIFY(m_filter->setPrincipalFilter({}));
    QCOMPARE(m_filter->rowCount(), m_model->rowCount());
}

void TestAuditTableModel::everyoneOnlyAndMoreThanAccounts() {
    m_filter->setSharedWithEveryoneOnly(true);
    QStringList images = visible();
    images.sort();
    // Every row of the images shared with everyone (m-bj has an account row too).
    QCOMPARE(images,
             QStringList({QStringLiteral("m-bj"), QStringLiteral("m-bj"), QStringLiteral("m-public")}));
    m_filter->setSharedWithEveryoneOnly(false);

    m_filter->setMoreThanAccountsFilter(2);
    QCOMPARE(visible(), QStringList(3, QStringLiteral("m-web")));
    m_filter->setMoreThanAccountsFilter(3);
    QCOMPARE(visible().size(), 0);
    m_filter->setMoreThanAccountsFilter(0);
    QCOMPARE(visible().size(), 6); // rows of images with at least one account
    m_filter->setMoreThanAccountsFilter(-1);
    QCOMPARE(visible().size(), 7);
}

void TestAuditTableModel::totalsFollowLaterBatches() {
    // m-db's second page arrives in a later batch: rows already filtered out must come back.
    m_filter->setMoreThanAccountsFilter(1);
    QVERIFY(!visible().contains(QStringLiteral("m-db")));
    m_model->appendRows({account(hz, QStringLiteral("m-db"), QStringLiteral("database"), carol)});
    QCOMPARE(visible().count(QStringLiteral("m-db")), 2);

    m_filter->setMoreThanAccountsFilter(-1);
    m_filter->setSharedWithEveryoneOnly(true);
    QVERIFY(!visible().contains(QStringLiteral("m-web")));
    m_model->appendRows({group(hz, QStringLiteral("m-web"), QStringLiteral("Web"))});
    QCOMPARE(visible().count(QStringLiteral("m-web")), 4);
}

void TestAuditTableModel::oneRowPerImageCountsImages() {
    m_filter->setOneRowPerImage(true);
    QVERIFY(m_filter->showsImages());
    QCOMPARE(m_filter->rowCount(), 4); // m-web, m-db, m-public, m-bj: images, not their 7 grants
    m_filter->setMoreThanAccountsFilter(2);
    QCOMPARE(visible(), QStringList{QStringLiteral("m-web")});
    QCOMPARE(m_filter->index(0, AuditTableModel::KindColumn).data().toString(), QStringLiteral("Image"));
    QCOMPARE(m_filter->index(0, AuditTableModel::PrincipalColumn).data().toString(),
             QStringLiteral("3 account(s)"));
    QCOMPARE(m_filter->index(0, AuditTableModel::SharedTimeColumn).data().toString(), QString());
    QCOMPARE(m_filter->headerData(AuditTableModel::PrincipalColumn, Qt::Horizontal).toString(),
             QStringLiteral("Shared with"));
    m_filter->setMoreThanAccountsFilter(-1);

    m_filter->setSharedWithEveryoneOnly(true);
    QStringList images = visible();
    images.sort();
    QCOMPARE(images, QStringList({QStringLiteral("m-bj"), QStringLiteral("m-public")}));
    const int bjRow = int(visible().indexOf(QStringLiteral("m-bj")));
    QCOMPARE(m_filter->index(bjRow, AuditTableModel::PrincipalColumn).data().toString(),
             QStringLiteral("everyone, and 1 account(s)"));
    QVERIFY(m_filter->acceptsGrant(6)); // m-bj's group row is kept as a grant, only not shown
    QVERIFY(!m_filter->acceptsGrant(0));

    // The account lookup asks about grants: rows are grants again while it is on.
    m_filter->setSharedWithEveryoneOnly(false);
    m_filter->setPrincipalFilter(bob);
    QVERIFY(!m_filter->showsImages());
    QCOMPARE(m_filter->headerData(AuditTableModel::PrincipalColumn, Qt::Horizontal).toString(),
             QStringLiteral("Principal"));
    QStringList bobs = visible();
    bobs.sort();
    QCOMPARE(bobs, QStringList({QStringLiteral("m-bj"), QStringLiteral("m-db"), QStringLiteral("m-public"),
                                QStringLiteral("m-web")}));
    m_filter->setPrincipalFilter({});
    m_filter->setOneRowPerImage(false);
    QCOMPARE(m_filter->rowCount(), 7);
}

void TestAuditTableModel::oneRowPerImageSortsByCount() {
    m_model->appendRows({account(hz, QStringLiteral("m-db"), QStringLiteral("database"), carol)});
    m_filter->setOneRowPerImage(true);
    m_filter->sort(AuditTableModel::PrincipalColumn, Qt::DescendingOrder);
    // m-web 3, m-db 2, then m-bj 1 and m-public 0.
    QCOMPARE(visible(), QStringList({QStringLiteral("m-web"), QStringLiteral("m-db"), QStringLiteral("m-bj"),
                                     QStringLiteral("m-public")}));
}

void TestAuditTableModel::timesNameTheirZoneOrSayUnknown() {
    const QString shown = m_model->index(0, AuditTableModel::SharedTimeColumn).data().toString();
    QCOMPARE(shown, ImageTableModel::formatZonedTime(QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC)));
    QVERIFY(shown.contains(QStringLiteral(" UTC")));
    QCOMPARE(m_model->index(2, AuditTableModel::SharedTimeColumn).data().toString(),
             QStringLiteral("unknown"));
    QCOMPARE(m_model->index(4, AuditTableModel::SharedTimeColumn).data().toString(), QString()); // a group
}

void TestAuditTableModel::findingsFromTheBook() {
    QAbstractItemModelTester proxyTester(m_filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Without a book only the public group is a finding.
    QCOMPARE(m_model->findingsSummary().imagesPublic, 2);
    QCOMPARE(m_model->findingsSummary().untrustedGrants, 0);

    AccountBook book(QString{});
    QVERIFY(book.set(alice, QStringLiteral("QA"), AccountBook::Trust::Trusted).ok());
    book.setCallerAccountId(bob);
    m_model->setAccountBook(&book);
    QCOMPARE(m_model->index(0, AuditTableModel::LabelColumn).data().toString(), QStringLiteral("QA"));
    QCOMPARE(m_model->index(0, AuditTableModel::FindingColumn).data().toString(), QString());
    QCOMPARE(m_model->index(2, AuditTableModel::FindingColumn).data().toString(),
             QStringLiteral("untrusted"));
    QCOMPARE(m_model->index(2, 0).data(AuditTableModel::UntrustedRole).toBool(), true);
    QCOMPARE(m_model->index(4, AuditTableModel::FindingColumn).data().toString(), QStringLiteral("public"));
    const FindingsSummary summary = m_model->findingsSummary();
    QCOMPARE(summary.imagesPublic, 2);    // m-public, m-bj
    QCOMPARE(summary.untrustedGrants, 2); // carol on m-web and on m-bj
    QCOMPARE(summary.untrustedAccounts, 1);

    m_filter->setFindingsOnly(true);
    QStringList shown = visible(AuditTableModel::PrincipalColumn);
    shown.sort();
    QCOMPARE(shown, QStringList({carol, carol, QStringLiteral("all"), QStringLiteral("all")}));
    // Findings are grants: one row per image does not apply while the filter is on.
    m_filter->setOneRowPerImage(true);
    QCOMPARE(m_filter->rowCount(), 4);

    // Trusting carol empties the filter at once.
    QVERIFY(book.set(carol, QStringLiteral("partner"), AccountBook::Trust::Trusted).ok());
    QCOMPARE(visible(AuditTableModel::PrincipalColumn),
             QStringList({QStringLiteral("all"), QStringLiteral("all")}));
    m_model->setAccountBook(nullptr);
}

void TestAuditTableModel::sortsEveryColumnLikeTheGenericProxy_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    for (int column = 0; column < AuditTableModel::ColumnCount; ++column) {
        QTest::addRow("column %d ascending", column) << column << int(Qt::AscendingOrder);
        QTest::addRow("column %d descending", column) << column << int(Qt::DescendingOrder);
    }
}

void TestAuditTableModel::sortsEveryColumnLikeTheGenericProxy() {
    QFETCH(int, column);
    QFETCH(int, order);
    // Random rows; a generic proxy on SortRole with a stable sort gives the reference order of values.
    QList<AuditRow> rows;
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < 500; ++i) {
        const QString image = QStringLiteral("m-%1").arg(random->bounded(50));
        const QString name = (random->bounded(2) ? QStringLiteral("Name-") : QStringLiteral("name-")) +
                             QString::number(random->bounded(30));
        if (random->bounded(10) == 0) {
            rows << group(QStringLiteral("r-%1").arg(random->bounded(5)), image, name);
        } else {
            const QDateTime time =
                random->bounded(5) == 0
                    ? QDateTime()
                    : QDateTime::fromSecsSinceEpoch(1700000000 + random->bounded(1000000), Qt::UTC);
            rows << account(QStringLiteral("r-%1").arg(random->bounded(5)), image, name,
                            QString::number(100000000000LL + random->bounded(1000)), time);
        }
    }
    m_model->setRows(rows);
    m_filter->sort(column, Qt::SortOrder(order));
    QCOMPARE(m_filter->rowCount(), 500);

    // Adjacent rows must be in order by value (ties: source order in the sort's direction).
    for (int row = 1; row < m_filter->rowCount(); ++row) {
        const int a = m_filter->mapToSource(m_filter->index(row - 1, column)).row();
        const int b = m_filter->mapToSource(m_filter->index(row, column)).row();
        const bool ordered =
            order == Qt::AscendingOrder ? m_model->lessThan(a, b, column) : m_model->lessThan(b, a, column);
        QVERIFY2(ordered, qPrintable(QStringLiteral("rows %1 and %2").arg(a).arg(b)));
        const QVariant va = m_model->index(a, column).data(AuditTableModel::SortRole);
        const QVariant vb = m_model->index(b, column).data(AuditTableModel::SortRole);
        if (column == AuditTableModel::ImageNameColumn) {
            const int c = va.toString().compare(vb.toString(), Qt::CaseInsensitive);
            QVERIFY(order == Qt::AscendingOrder ? c <= 0 : c >= 0);
        } else if (column == AuditTableModel::SharedTimeColumn) {
            const qint64 ta = va.toDateTime().isValid() ? va.toDateTime().toMSecsSinceEpoch() : -1;
            const qint64 tb = vb.toDateTime().isValid() ? vb.toDateTime().toMSecsSinceEpoch() : -1;
            QVERIFY(order == Qt::AscendingOrder ? ta <= tb : ta >= tb);
        } else if (column != AuditTableModel::PrincipalColumn) { // principals sort as numbers
            const auto c = QVariant::compare(va, vb);
            QVERIFY(order == Qt::AscendingOrder ? c <= 0 : c >= 0);
        }
    }
    // Appending while sorted keeps the order (direct comparison until the next prepareSort()).
    m_model->appendRows(
        {account(QStringLiteral("r-0"), QStringLiteral("m-0"), QStringLiteral("aaa"), alice)});
    QCOMPARE(m_filter->rowCount(), 501);
    for (int row = 1; row < m_filter->rowCount(); ++row) {
        const int a = m_filter->mapToSource(m_filter->index(row - 1, column)).row();
        const int b = m_filter->mapToSource(m_filter->index(row, column)).row();
        QVERIFY(order == Qt::AscendingOrder ? m_model->lessThan(a, b, column)
                                            : m_model->lessThan(b, a, column));
    }
}

void TestAuditTableModel::precomputedRanksKeepTheOrder_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("oddPrincipals");
    for (int column = 0; column < AuditTableModel::ColumnCount; ++column) {
        QTest::addRow("column %d", column) << column << false;
        QTest::addRow("column %d, odd principals", column) << column << true;
    }
}

void TestAuditTableModel::precomputedRanksKeepTheOrder() {
    // prepareSort() computes keys once per row (labels, findings, folded names, principals as numbers);
    // the order must be the one compareValues gives row by row, which a model without ranks uses.
    QFETCH(int, column);
    QFETCH(bool, oddPrincipals);
    AccountBook book(QStringLiteral("/nonexistent/accounts.csv"));
    QList<AccountBook::Entry> entries;
    QList<AuditRow> rows;
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < 300; ++i) {
        const QString image = QStringLiteral("m-%1").arg(random->bounded(40));
        const QString name = (random->bounded(2) ? QStringLiteral("Ab-") : QStringLiteral("aB-")) +
                             QString::number(random->bounded(20));
        if (random->bounded(10) == 0) {
            rows << group(QStringLiteral("r-%1").arg(random->bounded(4)), image, name);
            continue;
        }
        // Lengths 12 to 16, and with oddPrincipals also 3 digits (the length of "all") and letters.
        QString id = QString::number(random->bounded(100000000000LL, 9999999999999999LL));
        if (oddPrincipals && random->bounded(8) == 0)
            id = random->bounded(2) ? QString::number(100 + random->bounded(900)) : QStringLiteral("abc");
        if (random->bounded(3) == 0)
            entries.append({id, QStringLiteral("label %1").arg(random->bounded(10)),
                            AccountBook::Trust(random->bounded(3))});
        rows << account(QStringLiteral("r-%1").arg(random->bounded(4)), image, name, id);
    }
    book.setEntries(entries);
    AuditTableModel ranked;
    ranked.setAccountBook(&book);
    ranked.setRows(rows);
    AuditTableModel compared; // no prepareSort(): every lessThan() goes through compareValues
    compared.setAccountBook(&book);
    compared.setRows(rows);
    ranked.prepareSort(column);
    std::vector<int> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return ranked.lessThan(a, b, column); });
    for (size_t i = 1; i < order.size(); ++i)
        QVERIFY2(compared.lessThan(order[i - 1], order[i], column),
                 qPrintable(QStringLiteral("rows %1 and %2").arg(order[i - 1]).arg(order[i])));
}

QTEST_GUILESS_MAIN(TestAuditTableModel)
#include "tst_audittablemodel.moc"
