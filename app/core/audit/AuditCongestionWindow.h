#pragma once

#include <QtGlobal>

namespace isb {

/// How many requests the audit keeps in flight: additive increase, multiplicative decrease (AIMD), the
/// rule TCP uses to share a link it cannot see. ECS throttles per account, API and region with limits it
/// does not publish, so the audit probes: each window's worth of successes raises the limit by one (up to
/// the pool size), and a throttling answer cuts it by `decreaseFactor`.
///
/// A burst of throttling answers is one congestion event, not many: every request carries the sequence
/// number it was sent with, and only a request sent after the last cut may cut again (once per round trip).
class AuditCongestionWindow final {
public:
    explicit AuditCongestionWindow(int maximum = 8, double decreaseFactor = 0.7);

    /// Requests allowed in flight now: the window rounded down, at least 1.
    int limit() const;
    double window() const { return m_window; }
    int maximum() const { return m_maximum; }
    /// Back to a full window (a new audit).
    void reset();

    /// The sequence number for a request about to be sent.
    quint64 nextSequence() { return m_nextSequence++; }
    /// A request succeeded (or failed for another reason than throttling).
    void onSuccess();
    /// The request sent with `sequence` was throttled. Returns true if that cut the window, false when an
    /// earlier throttle of the same round trip already had.
    bool onThrottled(quint64 sequence);
    /// The window is at its floor: only waiting helps now.
    bool isAtMinimum() const { return m_window <= 1.0; }

private:
    int m_maximum;
    double m_decreaseFactor;
    double m_window;
    quint64 m_nextSequence = 0;
    quint64 m_recoverySequence = 0;
    int m_successes = 0; // since the last step up or cut
};

} // namespace isb
