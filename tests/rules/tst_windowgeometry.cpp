// WindowGeometry: a first window opens inside the screen's available area.

#include "rules/WindowGeometry.h"

#include <QTest>

using namespace isb;

class TestWindowGeometry final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initial_data();
    void initial();
};

void TestWindowGeometry::initial_data() {
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QSize>("preferred");
    QTest::addColumn<QRect>("expected");
    QTest::newRow("full HD: preferred size, centred")
        << QRect(0, 0, 1920, 1040) << QSize(1280, 800) << QRect(320, 120, 1280, 800);
    QTest::newRow("small screen: 95% of each side")
        << QRect(0, 0, 1000, 600) << QSize(1280, 800) << QRect(25, 15, 950, 570);
    QTest::newRow("one side too long")
        << QRect(0, 0, 1920, 700) << QSize(1280, 800) << QRect(320, 17, 1280, 665);
    // A panel on the left and a top bar: the window stays clear of both.
    QTest::newRow("available area offset")
        << QRect(64, 32, 1856, 1048) << QSize(1200, 760) << QRect(392, 176, 1200, 760);
    QTest::newRow("second screen to the right")
        << QRect(1920, 0, 1280, 1024) << QSize(1200, 760) << QRect(1960, 132, 1200, 760);
    QTest::newRow("no screen known") << QRect() << QSize(1200, 760) << QRect(0, 0, 1200, 760);
}

void TestWindowGeometry::initial() {
    QFETCH(QRect, available);
    QFETCH(QSize, preferred);
    QFETCH(QRect, expected);
    const QRect rect = WindowGeometry::initial(available, preferred);
    QCOMPARE(rect, expected);
    if (!available.isEmpty())
        QVERIFY(available.contains(rect));
}

QTEST_GUILESS_MAIN(TestWindowGeometry)
#include "tst_windowgeometry.moc"
