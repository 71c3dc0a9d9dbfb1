#pragma once

// Shared by the libFuzzer targets. A broken property must crash (libFuzzer saves the input), so checks
// print what failed and abort; ASan and UBSan catch the rest.

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define ISB_FUZZ_CHECK(condition, what)                                                                      \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "fuzz property failed: %s (%s:%d)\n", what, __FILE__, __LINE__);            \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace isb::fuzz {

/// The input without a copy: valid only during the call.
inline QByteArray bytes(const uint8_t *data, size_t size) {
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The first byte picks a mode (modulo `modes`); the rest is the payload. Seeds start with that byte.
inline int mode(const QByteArray &input, int modes) {
    return input.isEmpty() ? 0 : int(uchar(input.at(0))) % modes;
}

inline QByteArray payload(const QByteArray &input) {
    return input.isEmpty() ? QByteArray() : input.mid(1);
}

} // namespace isb::fuzz
