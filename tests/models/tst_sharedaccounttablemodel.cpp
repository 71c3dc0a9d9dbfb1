#include "SharedAccountTableModel.h"

#include "ImageTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace isb;

class TestSharedAccountTableModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelTester();
    void showsAccountsAndOptionalTime();
};

void TestSharedAccountTableModel::modelTester() {
    SharedAccountTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccounts({{QStringLiteral("155780923770"), QDateTime::currentDateTimeUtc()},
                       {QStringLiteral("155780923771"), {}}});
    model.clear();
    model.setAccounts({{QStringLiteral("1"), {}}});
    QCOMPARE(model.rowCount(), 1);
}

void TestSharedAccountTableModel::showsAccountsAndOptionalTime() {
    SharedAccountTableModel model;
    const QDateTime shared = QDateTime::fromString(QStringLiteral("2024-03-04T05:06:07Z"), Qt::ISODate);
    model.setAccounts({{QStringLiteral("155780923770"), shared}, {QStringLiteral("155780923771"), {}}});
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(SharedAccountTableModel::AliyunIdColumn, Qt::Horizontal).toString(),
             QStringLiteral("Account ID"));
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("155780923770"));
    QCOMPARE(model.index(0, 1).data().toString(), ImageTableModel::formatZonedTime(shared));
    QVERIFY(model.index(0, 1).data().toString().contains(QStringLiteral(" UTC")));
    QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("2024-03-04T05:06:07Z"));
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("unknown")); // absent: not blank, not 1970
    QCOMPARE(model.index(0, 1).data(SharedAccountTableModel::SortRole).toDateTime(), shared);
    QVERIFY(!model.index(1, 1).data(SharedAccountTableModel::SortRole).toDateTime().isValid());
    QCOMPARE(model.index(1, 1).data(SharedAccountTableModel::AliyunIdRole).toString(),
             QStringLiteral("155780923771"));
}

QTEST_GUILESS_MAIN(TestSharedAccountTableModel)
#include "tst_sharedaccounttablemodel.moc"
