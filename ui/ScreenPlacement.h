#pragma once

class QWidget;

namespace isb {

/// Moves and if need be shrinks the top-level `window` so that it lies inside the available area of the
/// screen it is on (WindowPlacement::fitInside), or of the primary screen when its geometry is on none
/// (saved on a monitor that is gone). Call it after restoring a saved geometry, before show().
void fitIntoScreen(QWidget *window);

} // namespace isb
