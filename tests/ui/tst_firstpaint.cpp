#include "FirstPaint.h"

#include <QEvent>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
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
    void probeOfTheBrowser();
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

QTEST_MAIN(TestFirstPaint)
#include "tst_firstpaint.moc"
