#include "FirstPaint.h"

#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

#include <sys/resource.h>

namespace isb {

namespace {

/// One per window, holding every callback registered for it: event filters run newest first, and the
/// callbacks must run in the order they were registered (the start-up probe first, main()'s work after).
class FirstPaintWatcher final : public QObject {
    Q_OBJECT
public:
    static FirstPaintWatcher *of(QWidget *window) {
        auto *watcher = window->findChild<FirstPaintWatcher *>(QString(), Qt::FindDirectChildrenOnly);
        return watcher ? watcher : new FirstPaintWatcher(window);
    }

    void add(std::function<void()> callback) { m_callbacks.push_back(std::move(callback)); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (watched == m_window && event->type() == QEvent::Paint) {
            m_window->removeEventFilter(this);
            // The top-level widget is painted first, its children and the flush to the display follow in
            // the same call: a zero timer runs once all of that is done.
            QTimer::singleShot(0, m_window, [callbacks = std::move(m_callbacks)] {
                for (const auto &callback : callbacks)
                    callback();
            });
            // Callbacks registered from now on wait for the next paint, with a watcher of their own.
            setParent(nullptr);
            deleteLater();
        }
        return false;
    }

private:
    explicit FirstPaintWatcher(QWidget *window)
        : QObject(window)
        , m_window(window) {
        window->installEventFilter(this);
    }

    QWidget *m_window;
    std::vector<std::function<void()>> m_callbacks;
};

} // namespace

void callAfterFirstPaint(QWidget *window, std::function<void()> callback) {
    FirstPaintWatcher::of(window)->add(std::move(callback));
}

void installStartupProbe(QWidget *window) {
    const QByteArray mode = qgetenv("ISB_STARTUP_PROBE");
    const bool hold = mode == "hold";
    if (mode != "1" && !hold)
        return;
    callAfterFirstPaint(window, [hold] {
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
        // Frozen with the first frame on screen, for a screenshot of it (bench-startup --first-frames):
        // nothing that follows the first paint has run yet. The script kills the process afterwards.
        if (hold)
            std::raise(SIGSTOP);
        // At once, without tearing the window down: the benchmark's instruction counts (valgrind) then
        // end at the first paint too.
        std::_Exit(0);
    });
}

} // namespace isb

#include "FirstPaint.moc"
