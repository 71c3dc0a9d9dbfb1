#pragma once

#include <QDateTime>
#include <QString>

namespace isb {

/// `yyyy-MM-ddTHH:mm:ssZ` in UTC, the form the ECS API uses; empty for an invalid time. A fixed format
/// rather than Qt::ISODate, so exports never gain milliseconds or a numeric offset.
QString formatIsoUtc(const QDateTime &time);

} // namespace isb
