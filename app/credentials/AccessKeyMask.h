#pragma once

#include <QString>

namespace isb {

/// An AccessKey ID for display (`credentials list`, the profile dialog): every character but the last
/// four becomes `*`, e.g. `****************0001`. Values of four characters or fewer are masked
/// completely, so a secret pasted into the ID field by mistake is never shown whole.
QString maskAccessKeyId(const QString &accessKeyId);

} // namespace isb
