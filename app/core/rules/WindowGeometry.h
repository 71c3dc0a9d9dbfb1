#pragma once

#include <QRect>
#include <QSize>

namespace isb {

/// Where a window opens the first time (no saved geometry): its preferred size where that fits, else
/// nearly all of the screen (95% of each side, so its frame and the panels stay visible), centred in the
/// screen's available area (the screen minus the panels and docks), so no part of it opens off-screen.
class WindowGeometry final {
public:
    WindowGeometry() = delete;

    /// A rect inside `available`; `preferred` itself when `available` is empty (no screen known).
    static QRect initial(const QRect &available, const QSize &preferred);
};

} // namespace isb
