#include "SharedAccountFilterModel.h"
#include "SharedAccountTableModel.h"
#include "accounts/AccountBook.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace isb;

class TestSharedAccountFilterModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelTester();
    void sortsByEachColumn_data();
    void sortsByEachColumn();
    void searchFindsOneAccountAmongMany();
    void searchFindsALabel();

private:
    static QList<SharedAccount> accounts();
    static QStringList shownIds(const QAbstractItemModel &model);
};

QList<SharedAccount> TestSharedAccountFilterModel::accounts() {
    const auto at = [](const char *iso) { return QDateTime::fromString(QLatin1String(iso), Qt::ISODate); };
    return {{QStringLiteral("300000000002"), at("2024-01-02T00:00:00Z")},
            {QStringLiteral("100000000003"), {}},
            {QStringLiteral("200000000001"), at("2023-05-06T00:00:00Z")}};
}

QStringList TestSharedAccountFilterModel::shownIds(const QAbstractItemModel &model) {
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(SharedAccountTableModel::AliyunIdRole).toString();
    return ids;
}

void TestSharedAccountFilterModel::modelTester() {
    SharedAccountTableModel source;
    SharedAccountFilterModel filter;
    filter.setSourceModel(&source);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    source.setAccounts(accounts());
    filter.sort(SharedAccountTableModel::SharedTimeColumn);
    filter.setFilterText(QStringLiteral("0000"));
    filter.setFilterText(QStringLiteral("nothing"));
    source.clear();
    filter.setFilterText({});
    QCOMPARE(filter.rowCount(), 0);
}

void TestSharedAccountFilterModel::sortsByEachColumn_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("id up") << int(SharedAccountTableModel::AliyunIdColumn) << Qt::AscendingOrder
                           << QStringList{QStringLiteral("100000000003"), QStringLiteral("200000000001"),
                                          QStringLiteral("300000000002")};
    QTest::newRow("id down") << int(SharedAccountTableModel::AliyunIdColumn) << Qt::DescendingOrder
                             << QStringList{QStringLiteral("300000000002"), QStringLiteral("200000000001"),
                                            QStringLiteral("100000000003")};
    // By time, not by the text: an unknown time first when ascending.
    QTest::newRow("time up") << int(SharedAccountTableModel::SharedTimeColumn) << Qt::AscendingOrder
                             << QStringList{QStringLiteral("100000000003"), QStringLiteral("200000000001"),
                                            QStringLiteral("300000000002")};
    QTest::newRow("time down") << int(SharedAccountTableModel::SharedTimeColumn) << Qt::DescendingOrder
                               << QStringList{QStringLiteral("300000000002"), QStringLiteral("200000000001"),
                                              QStringLiteral("100000000003")};
    QTest::newRow("service order") << -1 << Qt::AscendingOrder
                                   << QStringList{QStringLiteral("300000000002"),
                                                  QStringLiteral("100000000003"),
                                                  QStringLiteral("200000000001")};
}

void TestSharedAccountFilterModel::sortsByEachColumn() {
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    SharedAccountTableModel source;
    source.setAccounts(accounts());
    SharedAccountFilterModel filter;
    filter.setSourceModel(&source);
    filter.sort(column, order);
    QCOMPARE(shownIds(filter), expected);
}

void TestSharedAccountFilterModel::searchFindsOneAccountAmongMany() {
    QList<SharedAccount> many;
    for (int i = 0; i < 500; ++i)
        many.append({QStringLiteral("1557809%1").arg(i, 5, 10, QLatin1Char('0')), {}});
    SharedAccountTableModel source;
    source.setAccounts(many);
    SharedAccountFilterModel filter;
    filter.setSourceModel(&source);
    filter.setFilterText(QStringLiteral(" 155780900417 "));
    QCOMPARE(shownIds(filter), QStringList{QStringLiteral("155780900417")});
    filter.setFilterText(QStringLiteral("9004"));
    QCOMPARE(filter.rowCount(), 100); // 155780900400 … 155780900499
    // The time column is not searched: "unknown" is not an account.
    filter.setFilterText(QStringLiteral("unknown"));
    QCOMPARE(filter.rowCount(), 0);
    filter.setFilterText({});
    QCOMPARE(filter.rowCount(), 500);
}

void TestSharedAccountFilterModel::searchFindsALabel() {
    AccountBook book(QString{});
    QVERIFY(
        book.set(QStringLiteral("200000000001"), QStringLiteral("Partner QA"), AccountBook::Trust::Trusted)
            .ok());
    SharedAccountTableModel source;
    source.setAccounts(accounts());
    source.setAccountBook(&book);
    SharedAccountFilterModel filter;
    filter.setSourceModel(&source);
    filter.setFilterText(QStringLiteral("partner qa"));
    QCOMPARE(shownIds(filter), QStringList{QStringLiteral("200000000001")});
    filter.setFilterText(QStringLiteral("trusted")); // the Trust column is not searched
    QCOMPARE(filter.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestSharedAccountFilterModel)
#include "tst_sharedaccountfiltermodel.moc"
