#include "WindowPlacement.h"

#include <algorithm>

namespace isb {

QRect WindowPlacement::fitInside(const QRect &wanted, const QRect &available) {
    if (available.isEmpty() || wanted.isEmpty())
        return wanted;
    QRect placed(wanted.topLeft(), wanted.size().boundedTo(available.size()));
    if (!wanted.intersects(available)) {
        // Saved on a monitor that is gone: the nearest edge would be an arbitrary place, the middle is not.
        placed.moveCenter(available.center());
        return placed;
    }
    placed.moveLeft(std::clamp(placed.left(), available.left(), available.right() - placed.width() + 1));
    placed.moveTop(std::clamp(placed.top(), available.top(), available.bottom() - placed.height() + 1));
    return placed;
}

} // namespace isb
