#pragma once

#include <functional>

class QWidget;

namespace isb {

/// Calls `callback` once, on the first event-loop turn after `window` was first painted, i.e. after its
/// pixels went to the display server. Work that can wait (the keychain, D-Bus, the first requests) goes
/// here, so that the window is on screen before it starts. Callbacks for one window run in the order they
/// were registered, in one event-loop turn. Nothing is called if `window` is destroyed first.
void callAfterFirstPaint(QWidget *window, std::function<void()> callback);

/// For scripts/bench-startup: with ISB_STARTUP_PROBE=1 in the environment, prints the monotonic clock
/// (CLOCK_MONOTONIC, nanoseconds, a line "first-paint-ns=N") and the processor time used so far
/// ("first-paint-cpu-us=N") once `window` was first painted, then ends the process at once. Does nothing
/// without the variable. With ISB_STARTUP_PROBE=hold it stops itself (SIGSTOP) after printing instead, so
/// that a screenshot shows the first frame as it was painted.
void installStartupProbe(QWidget *window);

} // namespace isb
