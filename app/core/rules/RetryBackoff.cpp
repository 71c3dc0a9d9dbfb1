#include "RetryBackoff.h"

#include <algorithm>

namespace isb {

std::chrono::milliseconds RetryBackoff::delay(int attempt, std::chrono::milliseconds base,
                                              std::chrono::milliseconds cap, QRandomGenerator *random) {
    const qint64 first = std::max<qint64>(1, base.count());
    const qint64 limit = std::max(first, qint64(cap.count()));
    // 2^20 times any sane base is past any sane cap; the bound keeps the shift defined.
    const qint64 exponential = std::min(limit, first << std::clamp(attempt, 0, 20));
    const qint64 half = exponential / 2;
    return std::chrono::milliseconds(exponential - half + random->bounded(half + 1));
}

} // namespace isb
