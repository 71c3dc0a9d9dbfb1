#include "WindowGeometry.h"

namespace isb {

QRect WindowGeometry::initial(const QRect &available, const QSize &preferred) {
    if (available.isEmpty())
        return QRect(QPoint(0, 0), preferred);
    const QSize size = preferred.boundedTo(available.size() * 0.95);
    QRect rect(QPoint(0, 0), size);
    rect.moveCenter(available.center());
    return rect;
}

} // namespace isb
