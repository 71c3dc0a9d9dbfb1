#include "IsoTime.h"

namespace isb {

QString formatIsoUtc(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")) : QString();
}

} // namespace isb
