#include "ScreenPlacement.h"

#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace isb {

void fitIntoScreen(QWidget *window) {
    const QRect geometry = window->geometry();
    const QScreen *screen = QGuiApplication::screenAt(geometry.center());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    // The client area is fitted: before the first show the frame is not known yet, and the window
    // manager, which adds it, keeps the title bar on screen itself.
    const QRect placed = WindowPlacement::fitInside(geometry, screen->availableGeometry());
    if (placed != geometry)
        window->setGeometry(placed);
}

} // namespace isb
