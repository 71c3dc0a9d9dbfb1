#include "SharedAccountTableModel.h"

#include "ImageTableModel.h"
#include "accounts/AccountBook.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace isb;

class TestSharedAccountTableModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelTester();
    void showsAccountsAndOptionalTime();
    void labelsAndTrustFromTheBook();
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
    QCOMPARE(model.columnCount(), 4);
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

void TestSharedAccountTableModel::labelsAndTrustFromTheBook() {
    AccountBook book(QString{});
    QVERIFY(
        book.set(QStringLiteral("155780923770"), QStringLiteral("QA partner"), AccountBook::Trust::Trusted)
            .ok());
    book.setCallerAccountId(QStringLiteral("155780923772"));
    SharedAccountTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAccounts({{QStringLiteral("155780923770"), {}},
                       {QStringLiteral("155780923771"), {}},
                       {QStringLiteral("155780923772"), {}}});
    QCOMPARE(model.untrustedCount(), 0); // no book: nothing is called untrusted
    QCOMPARE(model.index(1, SharedAccountTableModel::TrustColumn).data().toString(), QString());

    model.setAccountBook(&book);
    QCOMPARE(model.headerData(SharedAccountTableModel::LabelColumn, Qt::Horizontal).toString(),
             QStringLiteral("Label"));
    QCOMPARE(model.index(0, SharedAccountTableModel::LabelColumn).data().toString(),
             QStringLiteral("QA partner"));
    QCOMPARE(model.index(0, SharedAccountTableModel::TrustColumn).data().toString(),
             QStringLiteral("Trusted"));
    QCOMPARE(model.index(1, SharedAccountTableModel::TrustColumn).data().toString(),
             QStringLiteral("Not trusted"));
    QCOMPARE(model.index(2, SharedAccountTableModel::TrustColumn).data().toString(), QStringLiteral("Own"));
    QCOMPARE(model.index(1, 0).data(SharedAccountTableModel::UntrustedRole).toBool(), true);
    QCOMPARE(model.index(0, 0).data(SharedAccountTableModel::UntrustedRole).toBool(), false);
    QCOMPARE(model.untrustedCount(), 1);

    // A label set elsewhere (the "Label…" dialog) shows at once.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(
        book.set(QStringLiteral("155780923771"), QStringLiteral("build farm"), AccountBook::Trust::Own).ok());
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.index(1, SharedAccountTableModel::LabelColumn).data().toString(),
             QStringLiteral("build farm"));
    QCOMPARE(model.untrustedCount(), 0);
}

QTEST_GUILESS_MAIN(TestSharedAccountTableModel)
#include "tst_sharedaccounttablemodel.moc"
