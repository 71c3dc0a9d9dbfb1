#include "AuditCongestionWindow.h"

#include <algorithm>
#include <cmath>

namespace isb {

AuditCongestionWindow::AuditCongestionWindow(int maximum, double decreaseFactor)
    : m_maximum(std::max(1, maximum))
    , m_decreaseFactor(std::clamp(decreaseFactor, 0.1, 0.95))
    , m_window(m_maximum) {}

int AuditCongestionWindow::limit() const {
    return std::max(1, int(m_window));
}

void AuditCongestionWindow::reset() {
    m_window = m_maximum;
    m_successes = 0;
    m_recoverySequence = m_nextSequence;
}

void AuditCongestionWindow::onSuccess() {
    // +1 per full window of successes: linear growth, one step per round trip.
    if (m_window >= m_maximum)
        return;
    if (++m_successes >= limit()) {
        m_successes = 0;
        m_window = std::min<double>(m_maximum, std::floor(m_window) + 1.0);
    }
}

bool AuditCongestionWindow::onThrottled(quint64 sequence) {
    if (sequence < m_recoverySequence)
        return false; // sent before the last cut: part of the same burst
    m_window = std::max(1.0, m_window * m_decreaseFactor);
    m_successes = 0;
    m_recoverySequence = m_nextSequence;
    return true;
}

} // namespace isb
