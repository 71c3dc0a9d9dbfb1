#include "FirstPaint.h"

#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include <sys/resource.h>
#include <utility>

namespace isb {

namespace {

class FirstPaintWatcher final : public QObject {
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> callback)
        : QObject(window)
        , m_window(window)
        , m_callback(std::move(callback)) {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == m_window && event->type() == QEvent::Paint) {
            m_window->removeEventFilter(this);
            // The top-level widget is painted first, its children and the flush to the display follow in
            // the same call: a zero timer runs once all of that is done.
            QTimer::singleShot(0, m_window, std::move(m_callback));
            deleteLater();
        }
        return false;
    }

private:
    QWidget *m_window;
    std::function<void()> m_callback;
};

} // namespace

void callAfterFirstPaint(QWidget *window, std::function<void()> callback) {
    new FirstPaintWatcher(window, std::move(callback));
}

void installStartupProbe(QWidget *window) {
    if (qEnvironmentVariableIntValue("ISB_STARTUP_PROBE") != 1)
        return;
    callAfterFirstPaint(window, [] {
        // libstdc++'s steady_clock is CLOCK_MONOTONIC, the clock the benchmark script reads before exec.
        const auto now = std::chrono::steady_clock::now().time_since_epoch();
        std::printf(
            "first-paint-ns=%lld\n",
            static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
        // The processor time spent so far, which a busy machine inflates far less than the wall time.
        rusage usage{};
        if (getrusage(RUSAGE_SELF, &usage) == 0) {
            const auto micros = [](const timeval &t) {
                return static_cast<long long>(t.tv_sec) * 1000000 + t.tv_usec;
            };
            std::printf("first-paint-cpu-us=%lld\n", micros(usage.ru_utime) + micros(usage.ru_stime));
        }
        std::fflush(stdout);
        // At once, without tearing the window down: the benchmark's instruction counts (valgrind) then
        // end at the first paint too.
        std::_Exit(0);
    });
}

} // namespace isb
