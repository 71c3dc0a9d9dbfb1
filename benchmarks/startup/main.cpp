// bare-window: the barest Qt Widgets window, the yardstick of scripts/bench-startup. Same size as the
// browser's first start and the same first-paint probe, nothing else. Two arguments add what any window
// with text pays, for information:
//   --text     one line of text: fontconfig's configuration, the font database, text layout;
//   --warm-up  with --text, started as the browser starts (StartupWarmUp): fontconfig's configuration
//              loads, and Qt Widgets' code is mapped, on a second core while QApplication connects to the
//              display. What the browser takes beyond this window is the work of its own widgets.
#include "FirstPaint.h"
#include "StartupWarmUp.h"

#include <QApplication>
#include <QLabel>
#include <QWidget>

#include <cstring>
#include <optional>

int main(int argc, char *argv[]) {
    bool text = false;
    bool warmUp = false;
    for (int i = 1; i < argc; ++i) {
        text = text || std::strcmp(argv[i], "--text") == 0;
        warmUp = warmUp || std::strcmp(argv[i], "--warm-up") == 0;
    }
    std::optional<isb::StartupWarmUp> startupWarmUp;
    if (warmUp)
        startupWarmUp.emplace();
    QApplication app(argc, argv);
    if (startupWarmUp)
        startupWarmUp->finish(); // where the browser joins it: before anything lays out text
    QWidget window;
    window.resize(1280, 800);
    if (text)
        (new QLabel(QStringLiteral("Image Share Browser"), &window))->move(20, 20);
    isb::installStartupProbe(&window);
    window.show();
    return app.exec();
}
