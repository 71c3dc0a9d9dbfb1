// RetryBackoff: exponential growth to the cap, equal jitter within [d/2, d], never 0.

#include "rules/RetryBackoff.h"

#include <QTest>

using namespace isb;
using namespace std::chrono_literals;

class TestRetryBackoff final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void staysWithinHalfAndWhole_data();
    void staysWithinHalfAndWhole();
    void jitterSpreadsOverTheRange();
    void sameSeedSameDelays();
};

void TestRetryBackoff::staysWithinHalfAndWhole_data() {
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("base");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<qint64>("whole"); // d = min(cap, base * 2^attempt)
    QTest::newRow("first retry") << 0 << qint64(200) << qint64(8000) << qint64(200);
    QTest::newRow("second") << 1 << qint64(200) << qint64(8000) << qint64(400);
    QTest::newRow("fifth") << 4 << qint64(200) << qint64(8000) << qint64(3200);
    QTest::newRow("capped") << 6 << qint64(200) << qint64(8000) << qint64(8000);
    QTest::newRow("huge attempt stays capped") << 1000 << qint64(200) << qint64(8000) << qint64(8000);
    QTest::newRow("negative attempt is the first") << -3 << qint64(200) << qint64(8000) << qint64(200);
    QTest::newRow("zero base counts as 1 ms") << 0 << qint64(0) << qint64(8000) << qint64(1);
    QTest::newRow("cap below base is the base") << 3 << qint64(500) << qint64(100) << qint64(500);
}

void TestRetryBackoff::staysWithinHalfAndWhole() {
    QFETCH(int, attempt);
    QFETCH(qint64, base);
    QFETCH(qint64, cap);
    QFETCH(qint64, whole);
    QRandomGenerator random(42);
    for (int i = 0; i < 200; ++i) {
        const qint64 delay = RetryBackoff::delay(attempt, std::chrono::milliseconds(base),
                                                 std::chrono::milliseconds(cap), &random)
                                 .count();
        QVERIFY2(delay >= (whole + 1) / 2 && delay <= whole, qPrintable(QString::number(delay)));
        QVERIFY(delay > 0);
    }
}

void TestRetryBackoff::jitterSpreadsOverTheRange() {
    // Half random: many clients retrying together do not hit the service at the same instant.
    QRandomGenerator random(7);
    qint64 lowest = 1000000;
    qint64 highest = 0;
    for (int i = 0; i < 500; ++i) {
        const qint64 delay = RetryBackoff::delay(3, 100ms, 10s, &random).count(); // d = 800
        lowest = std::min(lowest, delay);
        highest = std::max(highest, delay);
    }
    QVERIFY2(lowest < 450, qPrintable(QString::number(lowest)));
    QVERIFY2(highest > 750, qPrintable(QString::number(highest)));
}

void TestRetryBackoff::sameSeedSameDelays() {
    QRandomGenerator first(99);
    QRandomGenerator second(99);
    for (int attempt = 0; attempt < 8; ++attempt)
        QCOMPARE(RetryBackoff::delay(attempt, 50ms, 5s, &first),
                 RetryBackoff::delay(attempt, 50ms, 5s, &second));
}

QTEST_GUILESS_MAIN(TestRetryBackoff)
#include "tst_retrybackoff.moc"
