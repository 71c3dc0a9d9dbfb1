#include "StartupWarmUp.h"

#include <QWidget>

#include <fontconfig/fontconfig.h>

#include <dlfcn.h>
#include <link.h>
#include <sys/mman.h>
#include <unistd.h>

namespace isb {

namespace {

/// Maps the executable segments of the shared library that holds `address`.
void mapCodeOfLibraryAt(const void *address) {
    Dl_info info{};
    if (dladdr(address, &info) == 0 || !info.dli_fbase)
        return;
    dl_iterate_phdr(
        [](dl_phdr_info *library, size_t, void *base) {
            if (reinterpret_cast<void *>(library->dlpi_addr) != base)
                return 0;
            const auto page = static_cast<ElfW(Addr)>(sysconf(_SC_PAGESIZE));
            for (ElfW(Half) i = 0; i < library->dlpi_phnum; ++i) {
                const ElfW(Phdr) &segment = library->dlpi_phdr[i];
                if (segment.p_type != PT_LOAD || !(segment.p_flags & PF_X))
                    continue;
                const ElfW(Addr) start = (library->dlpi_addr + segment.p_vaddr) & ~(page - 1);
                const ElfW(Addr) end = library->dlpi_addr + segment.p_vaddr + segment.p_memsz;
                madvise(reinterpret_cast<void *>(start), end - start, MADV_POPULATE_READ);
            }
            return 1;
        },
        info.dli_fbase);
}

} // namespace

StartupWarmUp::StartupWarmUp()
    : m_thread([] {
        FcInit();
        mapCodeOfLibraryAt(reinterpret_cast<const void *>(&QWidget::staticMetaObject));
    }) {}

StartupWarmUp::~StartupWarmUp() {
    finish();
}

void StartupWarmUp::finish() {
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace isb
