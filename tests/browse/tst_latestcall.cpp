#include "EcsCall.h"
#include "LatestCall.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace isb;
using namespace Qt::StringLiterals;

/// "The latest call of its kind wins": starting a call cancels the one before, a replaced call is never
/// current, and what the rule remembers for a status bar belongs to the current call only.
class TestLatestCall : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newerCancelsOlder();
    void finishTellsWhetherCurrent();
    void cancelForgetsDescriptionAndProgress();
    void destroyingCancels();
    void deletedCallIsNotActive();
};

void TestLatestCall::newerCancelsOlder() {
    LatestCall latest;
    QPointer<EcsCall> older = new EcsCall;
    QSignalSpy olderFinished(older.data(), &EcsCall::finished);
    latest.start(older, u"older"_s);
    QVERIFY(latest.isActive());
    QVERIFY(latest.isCurrent(older));

    auto *newer = new EcsCall;
    latest.start(newer, u"newer"_s);
    QVERIFY(older->isCancelled());
    QVERIFY(!latest.isCurrent(older));
    QVERIFY(latest.isCurrent(newer));
    QCOMPARE(latest.description(), u"newer"_s);
    // A cancelled call never delivers, even if its answer arrives afterwards.
    older->finishSuccessfully();
    QCOMPARE(olderFinished.count(), 0);
    // Deleted later, not at once: a handler may still be on the stack.
    QVERIFY(older);
    QTRY_VERIFY(!older);
    latest.cancel();
}

void TestLatestCall::finishTellsWhetherCurrent() {
    LatestCall latest;
    auto *first = new EcsCall;
    auto *second = new EcsCall;
    latest.start(first, u"first"_s);
    latest.start(second, u"second"_s);
    QVERIFY(!latest.finish(first)); // replaced: its answer is not wanted
    QVERIFY(latest.isActive());
    QPointer<EcsCall> watched = second;
    second->finishSuccessfully();
    QVERIFY(latest.finish(second));
    QVERIFY(!latest.isActive());
    QVERIFY(latest.description().isEmpty());
    QVERIFY(watched); // the handler may still read the result
    QTRY_VERIFY(!watched);
    QVERIFY(!latest.finish(second)); // only once
}

void TestLatestCall::cancelForgetsDescriptionAndProgress() {
    LatestCall latest;
    QVERIFY(!latest.cancel());
    auto *call = new EcsCall;
    latest.start(call, u"Loading…"_s);
    latest.setProgress(2, 5);
    latest.setDescription(u"Loading… (retry 1)"_s);
    QCOMPARE(latest.progressDone(), 2);
    QCOMPARE(latest.progressTotal(), 5);
    QCOMPARE(latest.description(), u"Loading… (retry 1)"_s);
    QVERIFY(latest.cancel());
    QVERIFY(call->isCancelled());
    QVERIFY(!latest.isActive());
    QCOMPARE(latest.progressDone(), 0);
    QCOMPARE(latest.progressTotal(), 0);
    QVERIFY(latest.description().isEmpty());

    // A new call starts without the progress of the one before.
    latest.start(new EcsCall, u"again"_s);
    QCOMPARE(latest.progressTotal(), 0);
}

void TestLatestCall::destroyingCancels() {
    QPointer<EcsCall> call = new EcsCall;
    {
        LatestCall latest;
        latest.start(call);
    }
    QVERIFY(call->isCancelled());
    QTRY_VERIFY(!call);
}

void TestLatestCall::deletedCallIsNotActive() {
    LatestCall latest;
    auto *call = new EcsCall;
    latest.start(call);
    delete call; // e.g. with the client that owned it
    QVERIFY(!latest.isActive());
    QVERIFY(!latest.cancel());
}

QTEST_GUILESS_MAIN(TestLatestCall)
#include "tst_latestcall.moc"
