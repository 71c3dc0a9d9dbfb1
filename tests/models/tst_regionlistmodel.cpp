#include "RegionListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace isb;

class TestRegionListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void modelTester();
    void displayShowsNameAndId();
    void lookup();
};

static QList<Region> sampleRegions() {
    return {
        {QStringLiteral("cn-hangzhou"), QStringLiteral("China (Hangzhou)"),
         QStringLiteral("ecs.cn-hangzhou.aliyuncs.com"), QStringLiteral("available")},
        {QStringLiteral("ap-southeast-1"), QStringLiteral("新加坡"),
         QStringLiteral("ecs.ap-southeast-1.aliyuncs.com"), QStringLiteral("soldOut")},
        {QStringLiteral("eu-central-1"), QString(), QString(), QStringLiteral("available")},
    };
}

void TestRegionListModel::modelTester() {
    RegionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRegions(sampleRegions());
    model.clear();
    model.setRegions(sampleRegions());
    QCOMPARE(model.rowCount(), 3);
}

void TestRegionListModel::displayShowsNameAndId() {
    RegionListModel model;
    model.setRegions(sampleRegions());
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("China (Hangzhou) (cn-hangzhou)"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("新加坡 (ap-southeast-1)"));
    // No LocalName: the ID alone, never "(eu-central-1)".
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("eu-central-1"));
    QCOMPARE(model.index(1).data(RegionListModel::RegionIdRole).toString(), QStringLiteral("ap-southeast-1"));
    QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(QLatin1String("sold out")));
}

void TestRegionListModel::lookup() {
    RegionListModel model;
    model.setRegions(sampleRegions());
    QCOMPARE(model.rowOf(QStringLiteral("eu-central-1")), 2);
    QCOMPARE(model.rowOf(QStringLiteral("us-west-1")), -1);
    QCOMPARE(model.regionIdAt(0), QStringLiteral("cn-hangzhou"));
    QCOMPARE(model.regionIdAt(7), QString());
    QCOMPARE(model.regionIdAt(-1), QString());
}

QTEST_GUILESS_MAIN(TestRegionListModel)
#include "tst_regionlistmodel.moc"
