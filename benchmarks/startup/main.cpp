// bare-window: the barest Qt Widgets window, the yardstick of scripts/bench-startup. Same size as the
// browser's first start and the same first-paint probe, nothing else. With the argument --text it shows
// one line of text too, for the share of the start-up that any window with text pays (fontconfig, the font
// database, text layout).
#include "FirstPaint.h"

#include <QApplication>
#include <QLabel>
#include <QWidget>

#include <cstring>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QWidget window;
    window.resize(1280, 800);
    if (argc > 1 && std::strcmp(argv[1], "--text") == 0)
        (new QLabel(QStringLiteral("Image Share Browser"), &window))->move(20, 20);
    isb::installStartupProbe(&window);
    window.show();
    return app.exec();
}
