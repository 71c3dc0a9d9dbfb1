#include "FirstPaint.h"

#include <QEvent>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>
#include <QWidget>

#include <memory>

using namespace isb;
using namespace Qt::StringLiterals;

namespace {

/// Counts the paint events of a widget, and notes how many there were when asked.
class PaintCounter final : public QObject {
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

/// Issue 11, start-up: what can wait runs after the window's first paint (app/browser/FirstPaint).
class TestFirstPaint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void waitsForThePaint();
    void notCalledForADestroyedWindow();
    void callbacksRunInRegistrationOrder();
    void probeOfTheBrowser();
    void probeHoldsTheFirstFrame();
};

void TestFirstPaint::waitsForThePaint() {
    QWidget window;
    window.resize(320, 200);
    PaintCounter counter(&window);
    int calls = 0;
    int paintsAtCall = -1;
    callAfterFirstPaint(&window, [&] {
        ++calls;
        paintsAtCall = counter.paints;
    });
    // Event-loop turns alone, as main() has before the window is on screen, do not call it.
    QTest::qWait(50);
    QCOMPARE(calls, 0);

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(calls, 1);
    QVERIFY(paintsAtCall >= 1);
    // Once only, whatever is painted later.
    window.update();
    window.resize(400, 300);
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

void TestFirstPaint::notCalledForADestroyedWindow() {
    int calls = 0;
    {
        auto window = std::make_unique<QWidget>();
        callAfterFirstPaint(window.get(), [&] { ++calls; });
        window->show();
        // Destroyed before the event loop delivers the expose and the paint.
    }
    QTest::qWait(100);
    QCOMPARE(calls, 0);
}

void TestFirstPaint::callbacksRunInRegistrationOrder() {
    // main() registers the start-up probe first: it must measure before the deferred work runs, not
    // after (event filters, which watch for the paint, are called newest first).
    QWidget window;
    window.resize(320, 200);
    QStringList calls;
    callAfterFirstPaint(&window, [&] { calls << u"probe"_s; });
    callAfterFirstPaint(&window, [&] { calls << u"deferred work"_s; });
    callAfterFirstPaint(&window, [&] { calls << u"more"_s; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(calls.size(), 3);
    QCOMPARE(calls, (QStringList{u"probe"_s, u"deferred work"_s, u"more"_s}));

    // Registered once the first paint is past: waits for the next one.
    callAfterFirstPaint(&window, [&] { calls << u"next paint"_s; });
    QTest::qWait(50);
    QCOMPARE(calls.size(), 3);
    window.update();
    QTRY_COMPARE(calls.size(), 4);
    QCOMPARE(calls.constLast(), u"next paint"_s);
}

void TestFirstPaint::probeOfTheBrowser() {
    // The real executable, as scripts/bench-startup runs it: it prints the first paint's time and
    // processor time, then quits by itself.
    QProcess browser;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ISB_STARTUP_PROBE"_s, u"1"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.remove(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s);
    browser.setProcessEnvironment(environment);
    browser.start(QStringLiteral(ISB_BIN_DIR "/image-share-browser"),
                  {u"--endpoint"_s, u"http://127.0.0.1:9"_s});
    QVERIFY(browser.waitForFinished(30000));
    QCOMPARE(browser.exitStatus(), QProcess::NormalExit);
    QCOMPARE(browser.exitCode(), 0);
    const QString output = QString::fromUtf8(browser.readAllStandardOutput());
    QVERIFY2(output.contains(u"first-paint-ns="_s), qPrintable(output));
    QVERIFY2(output.contains(u"first-paint-cpu-us="_s), qPrintable(output));
}

void TestFirstPaint::probeHoldsTheFirstFrame() {
    // bench-startup --first-frames: with ISB_STARTUP_PROBE=hold the browser prints the same lines, then
    // stops itself with the first frame on screen instead of ending.
    QProcess browser;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ISB_STARTUP_PROBE"_s, u"hold"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.remove(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s);
    browser.setProcessEnvironment(environment);
    browser.start(QStringLiteral(ISB_BIN_DIR "/image-share-browser"),
                  {u"--endpoint"_s, u"http://127.0.0.1:9"_s});
    QVERIFY(browser.waitForStarted());
    QString output;
    QTRY_VERIFY_WITH_TIMEOUT(
        (output += QString::fromUtf8(browser.readAllStandardOutput())).contains(u"first-paint-cpu-us="_s),
        30000);
    QVERIFY2(output.contains(u"first-paint-ns="_s), qPrintable(output));
    // The state in /proc/PID/stat is the field after the command's closing parenthesis: T for stopped.
    const auto state = [&browser] {
        QFile stat(u"/proc/%1/stat"_s.arg(browser.processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return '?';
        const QByteArray line = stat.readAll();
        const qsizetype end = line.lastIndexOf(')');
        return end >= 0 && end + 2 < line.size() ? line.at(end + 2) : '?';
    };
    QTRY_COMPARE_WITH_TIMEOUT(state(), 'T', 10000);
    QCOMPARE(browser.state(), QProcess::Running);
    browser.kill();
    QVERIFY(browser.waitForFinished(10000));
}

QTEST_MAIN(TestFirstPaint)
#include "tst_firstpaint.moc"
