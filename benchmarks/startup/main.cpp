// bare-window: the barest Qt Widgets window, the yardstick of scripts/bench-startup. Same size as the
// browser's first start and the same first-paint probe, nothing else.
#include "FirstPaint.h"

#include <QApplication>
#include <QWidget>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1280, 800);
    isb::installStartupProbe(&window);
    window.show();
    return app.exec();
}
