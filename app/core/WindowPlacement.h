#pragma once

#include <QRect>

namespace isb {

/// Where a window opens: entirely inside the screen's available area (the screen minus panels and docks),
/// whatever geometry was saved, e.g. on a larger monitor or one that is no longer connected.
///
/// Pure geometry, no widgets; ui/ScreenPlacement applies it to a window with QScreen::availableGeometry().
/// (Not the default size of a window that has nothing saved: that is a rule of its own.)
class WindowPlacement final {
public:
    WindowPlacement() = delete;

    /// `wanted` (a saved or default geometry), moved and if need be shrunk to lie inside `available`.
    /// A rect that overlaps the area keeps its position as far as it can (moved in by the least
    /// distance); one that does not overlap it at all (a screen gone) is centred in it. An empty `available`
    /// (no screen known) returns `wanted` unchanged.
    static QRect fitInside(const QRect &wanted, const QRect &available);
};

} // namespace isb
