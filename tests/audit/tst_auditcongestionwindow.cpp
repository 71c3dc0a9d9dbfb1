#include "audit/AuditCongestionWindow.h"

#include <QTest>

using namespace isb;

/// The AIMD rules the audit's pool follows.
class TestAuditCongestionWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsFull() {
        AuditCongestionWindow window(8, 0.5);
        QCOMPARE(window.limit(), 8);
        QCOMPARE(window.maximum(), 8);
        window.onSuccess();
        QCOMPARE(window.limit(), 8); // never above the pool
    }

    void aBurstOfThrottlesCutsOnce() {
        AuditCongestionWindow window(8, 0.5);
        QList<quint64> sent;
        for (int i = 0; i < 8; ++i)
            sent.append(window.nextSequence());
        // Every request of the round trip is throttled: one congestion event.
        QVERIFY(window.onThrottled(sent.at(3)));
        QCOMPARE(window.limit(), 4);
        for (int i = 4; i < 8; ++i)
            QVERIFY(!window.onThrottled(sent.at(i)));
        QCOMPARE(window.limit(), 4);
        // A request sent after the cut may cut again.
        QVERIFY(window.onThrottled(window.nextSequence()));
        QCOMPARE(window.limit(), 2);
    }

    void growsByOnePerWindowOfSuccesses() {
        AuditCongestionWindow window(8, 0.5);
        window.onThrottled(window.nextSequence());
        QCOMPARE(window.limit(), 4);
        for (int i = 0; i < 4; ++i)
            window.onSuccess();
        QCOMPARE(window.limit(), 5);
        for (int i = 0; i < 5; ++i)
            window.onSuccess();
        QCOMPARE(window.limit(), 6);
        for (int i = 0; i < 100; ++i)
            window.onSuccess();
        QCOMPARE(window.limit(), 8);
    }

    void neverBelowOne() {
        AuditCongestionWindow window(3, 0.5);
        for (int i = 0; i < 10; ++i)
            window.onThrottled(window.nextSequence());
        QCOMPARE(window.limit(), 1);
        QVERIFY(window.isAtMinimum());
        window.onSuccess();
        QVERIFY(!window.isAtMinimum());
        window.reset();
        QCOMPARE(window.limit(), 3);
    }
};

QTEST_GUILESS_MAIN(TestAuditCongestionWindow)
#include "tst_auditcongestionwindow.moc"
