#pragma once

#include <QRandomGenerator>

#include <chrono>

namespace isb {

/// How long to wait before retry `attempt` (0 for the first retry): exponential backoff with equal
/// jitter. With d = min(cap, base * 2^attempt) the delay is in [d/2, d]: half of it fixed, half random, so
/// that retries of many clients (or of the audit's many requests) spread out instead of arriving together.
/// The client uses it between its own retries, the audit's pool when throttling persists at a window of 1.
class RetryBackoff final {
public:
    RetryBackoff() = delete;

    /// A base below 1 ms counts as 1 ms and a cap below the base as the base, so the delay always grows
    /// and is never 0.
    static std::chrono::milliseconds delay(int attempt, std::chrono::milliseconds base,
                                           std::chrono::milliseconds cap,
                                           QRandomGenerator *random = QRandomGenerator::global());
};

} // namespace isb
