#include "AccessKeyMask.h"

namespace isb {

QString maskAccessKeyId(const QString &accessKeyId) {
    constexpr qsizetype kVisible = 4;
    const qsizetype length = accessKeyId.size();
    if (length <= kVisible)
        return QString(length, QLatin1Char('*'));
    return QString(length - kVisible, QLatin1Char('*')) + accessKeyId.right(kVisible);
}

} // namespace isb
