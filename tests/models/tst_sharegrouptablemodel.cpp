#include "ShareGroupTableModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace isb;

class TestShareGroupTableModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelTester();
    void explainsGroupAll();
};

void TestShareGroupTableModel::modelTester() {
    ShareGroupTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGroups({QStringLiteral("all")});
    model.clear();
    model.setGroups({QStringLiteral("all"), QStringLiteral("future-group")});
    QCOMPARE(model.rowCount(), 2);
}

void TestShareGroupTableModel::explainsGroupAll() {
    ShareGroupTableModel model;
    model.setGroups({QStringLiteral("all"), QStringLiteral("future-group")});
    QCOMPARE(model.headerData(ShareGroupTableModel::GroupColumn, Qt::Horizontal).toString(),
             QStringLiteral("Group"));
    QCOMPARE(model.index(0, ShareGroupTableModel::GroupColumn).data().toString(), QStringLiteral("all"));
    QCOMPARE(model.index(0, ShareGroupTableModel::MeaningColumn).data().toString(),
             QStringLiteral("Every Alibaba Cloud account"));
    QCOMPARE(model.index(1, 0).data(ShareGroupTableModel::GroupRole).toString(),
             QStringLiteral("future-group"));
}

QTEST_GUILESS_MAIN(TestShareGroupTableModel)
#include "tst_sharegrouptablemodel.moc"
