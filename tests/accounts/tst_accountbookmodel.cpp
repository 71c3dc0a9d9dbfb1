#include "accounts/AccountBookModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace isb;
using Trust = AccountBook::Trust;

class TestAccountBookModel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEntries();
    void editsGoIntoTheBook_data();
    void editsGoIntoTheBook();
    void addAndRemove();
    void outsideChangesReset();
    void flagsAndHeaders();

private:
    AccountBook *m_book = nullptr;
    AccountBookModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestAccountBookModel::init() {
    m_book = new AccountBook(QStringLiteral("/nonexistent/accounts.csv"), this);
    m_book->set(QStringLiteral("111"), QStringLiteral("QA"), Trust::Trusted);
    m_book->set(QStringLiteral("222"), QStringLiteral("Prod"), Trust::Own);
    m_book->set(QStringLiteral("333"), QString(), Trust::None);
    m_model = new AccountBookModel(m_book, this);
    m_tester =
        new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestAccountBookModel::cleanup() {
    delete m_tester;
    delete m_model;
    delete m_book;
}

void TestAccountBookModel::showsEntries() {
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), 3);
    QCOMPARE(m_model->index(0, AccountBookModel::AccountIdColumn).data().toString(), QStringLiteral("111"));
    QCOMPARE(m_model->index(0, AccountBookModel::LabelColumn).data().toString(), QStringLiteral("QA"));
    QCOMPARE(m_model->index(0, AccountBookModel::TrustColumn).data().toString(), QStringLiteral("Trusted"));
    QCOMPARE(m_model->index(0, AccountBookModel::TrustColumn).data(Qt::EditRole).toString(),
             QStringLiteral("trusted"));
    QCOMPARE(m_model->index(1, AccountBookModel::LabelColumn).data(AccountBookModel::TrustRole).toInt(),
             int(Trust::Own));
    QCOMPARE(m_model->index(2, AccountBookModel::TrustColumn).data().toString(), QString());
    QCOMPARE(m_model->rowOf(QStringLiteral("333")), 2);
}

void TestAccountBookModel::editsGoIntoTheBook_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("trust");
    QTest::newRow("label") << int(AccountBookModel::LabelColumn) << QStringLiteral("Partner QA") << true
                           << QStringLiteral("Partner QA") << int(Trust::Trusted);
    QTest::newRow("trust own") << int(AccountBookModel::TrustColumn) << QStringLiteral("own") << true
                               << QStringLiteral("QA") << int(Trust::Own);
    QTest::newRow("trust none") << int(AccountBookModel::TrustColumn) << QString() << true
                                << QStringLiteral("QA") << int(Trust::None);
    QTest::newRow("unknown trust") << int(AccountBookModel::TrustColumn) << QStringLiteral("partner") << false
                                   << QStringLiteral("QA") << int(Trust::Trusted);
    QTest::newRow("label with newline") << int(AccountBookModel::LabelColumn) << QStringLiteral("a\nb")
                                        << false << QStringLiteral("QA") << int(Trust::Trusted);
    QTest::newRow("id is not editable") << int(AccountBookModel::AccountIdColumn) << QStringLiteral("999")
                                        << false << QStringLiteral("QA") << int(Trust::Trusted);
}

void TestAccountBookModel::editsGoIntoTheBook() {
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    QFETCH(QString, label);
    QFETCH(int, trust);
    QSignalSpy dataChanged(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QCOMPARE(m_model->setData(m_model->index(0, column), value), accepted);
    QCOMPARE(dataChanged.count(), accepted ? 1 : 0);
    QCOMPARE(reset.count(), 0); // the view keeps its current cell while editing
    QCOMPARE(m_book->labelOf(QStringLiteral("111")), label);
    QCOMPARE(int(m_book->trustOf(QStringLiteral("111"))), trust);
}

void TestAccountBookModel::addAndRemove() {
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QVERIFY(m_model->addEntry(QStringLiteral("444"), QStringLiteral("new"), Trust::Trusted).ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->index(3, AccountBookModel::LabelColumn).data().toString(), QStringLiteral("new"));
    // An ID already in the book updates its row instead of adding a second one.
    QVERIFY(m_model->addEntry(QStringLiteral("111"), QStringLiteral("again"), Trust::None).ok());
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->index(0, AccountBookModel::LabelColumn).data().toString(), QStringLiteral("again"));
    QVERIFY(!m_model->addEntry(QStringLiteral("12-34"), QString(), Trust::None).ok());
    QCOMPARE(m_model->rowCount(), 4);

    QVERIFY(m_model->removeRows(1, 2));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_book->entries().size(), 2);
    QVERIFY(!m_book->entry(QStringLiteral("222")));
    QCOMPARE(m_model->index(1, AccountBookModel::AccountIdColumn).data().toString(), QStringLiteral("444"));
    QVERIFY(!m_model->removeRows(1, 5));
}

void TestAccountBookModel::outsideChangesReset() {
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    m_book->set(QStringLiteral("555"), QStringLiteral("from a menu"), Trust::None);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 4);
    m_book->setEntries({});
    QCOMPARE(m_model->rowCount(), 0);
    delete m_book;
    m_book = nullptr;
    QCOMPARE(m_model->rowCount(), 0);
}

void TestAccountBookModel::flagsAndHeaders() {
    QVERIFY(!(m_model->flags(m_model->index(0, AccountBookModel::AccountIdColumn)) & Qt::ItemIsEditable));
    QVERIFY(m_model->flags(m_model->index(0, AccountBookModel::LabelColumn)) & Qt::ItemIsEditable);
    QVERIFY(m_model->flags(m_model->index(0, AccountBookModel::TrustColumn)) & Qt::ItemIsEditable);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Account ID"));
    QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Trust"));
}

QTEST_GUILESS_MAIN(TestAccountBookModel)
#include "tst_accountbookmodel.moc"
