#include "FontConfigWarmUp.h"

#include <fontconfig/fontconfig.h>

namespace isb {

FontConfigWarmUp::FontConfigWarmUp()
    : m_thread([] { FcInit(); }) {}

FontConfigWarmUp::~FontConfigWarmUp() {
    finish();
}

void FontConfigWarmUp::finish() {
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace isb
