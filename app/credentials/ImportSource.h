#pragma once

#include "ImportResult.h"

#include <QByteArray>
#include <QString>

namespace isb {

/// An importer's parse(): the profiles in a file's content; `sourcePath` is only copied into the result.
using ImportParser = ImportResult (*)(const QByteArray &content, const QString &sourcePath);

/// An importer's importFile(): reads the credentials file at `path`, read-only and size-limited, and
/// returns what `parse` finds in it. A file that is missing or cannot be read gives a result with status
/// FileNotFound or Unreadable and the error; `sourcePath` is `path` either way.
ImportResult importSourceFile(const QString &path, ImportParser parse);

} // namespace isb
