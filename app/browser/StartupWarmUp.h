#pragma once

#include <thread>

namespace isb {

/// Does, on a second thread while QApplication connects to the display, two things the first frame needs
/// and no widget has to do itself (issue 11, start-up; bench-startup --instructions counts their cost):
///  1. loads fontconfig's configuration: FcInit() parses its XML and reads its font caches, about a fifth
///     of the work before the first paint. FcInit() is thread-safe (fontconfig 2.10 and later), so a call
///     Qt makes meanwhile only waits or repeats the work;
///  2. maps Qt Widgets' code into the process (MADV_POPULATE_READ, Linux 5.14 and later; older kernels
///     refuse it and nothing happens): the library is loaded, but each page of it is mapped only when
///     first run, and building and painting the window runs a great deal of it for the first time, at
///     one page fault per 16 pages. Mapped from here, the main thread finds it mapped.
/// QApplication's constructor mostly waits for the X server, so the two overlap it on a second core.
/// finish() joins the thread before the program goes on.
class StartupWarmUp final {
public:
    StartupWarmUp();
    ~StartupWarmUp();
    StartupWarmUp(const StartupWarmUp &) = delete;
    StartupWarmUp &operator=(const StartupWarmUp &) = delete;

    /// Waits until both are done; later calls return at once.
    void finish();

private:
    std::thread m_thread;
};

} // namespace isb
