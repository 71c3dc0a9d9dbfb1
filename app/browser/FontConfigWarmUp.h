#pragma once

#include <thread>

namespace isb {

/// Loads fontconfig's configuration on a second thread while QApplication connects to the display.
///
/// The window's first text needs Qt's font database, whose first step, FcInit(), parses fontconfig's XML
/// configuration and reads its font caches: about 25 M instructions, a fifth of the work before the first
/// paint (bench-startup --instructions), and none of it needs Qt. QApplication's constructor spends most
/// of its time waiting for the X server, so on a second core the two overlap (issue 11, start-up).
/// FcInit() is thread-safe (fontconfig 2.10 and later), so a call Qt makes meanwhile only waits or repeats
/// the work; finish() joins the thread before the program goes on.
class FontConfigWarmUp final {
public:
    FontConfigWarmUp();
    ~FontConfigWarmUp();
    FontConfigWarmUp(const FontConfigWarmUp &) = delete;
    FontConfigWarmUp &operator=(const FontConfigWarmUp &) = delete;

    /// Waits until the configuration is loaded; later calls return at once.
    void finish();

private:
    std::thread m_thread;
};

} // namespace isb
