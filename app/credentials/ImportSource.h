#pragma once

#include "ImportResult.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace isb {

/// Reads a credentials file for an importer, read-only and size-limited. On failure returns nothing and
/// sets `result`'s status (FileNotFound or Unreadable) and error; `result.sourcePath` is set either way.
std::optional<QByteArray> readImportSource(const QString &path, ImportResult &result);

} // namespace isb
