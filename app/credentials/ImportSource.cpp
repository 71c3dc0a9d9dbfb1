#include "ImportSource.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>

#include <optional>

namespace isb {

namespace {

/// The file's content; on failure nothing, with `result`'s status (FileNotFound or Unreadable) and error.
std::optional<QByteArray> readImportSource(const QString &path, ImportResult &result) {
    // Real credential files are a few KiB; anything far larger is not one, and is not read into memory.
    constexpr qint64 kMaxSize = 1024 * 1024;

    result.sourcePath = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.status = ImportResult::Status::FileNotFound;
        result.error = QObject::tr("%1 does not exist").arg(path);
        return std::nullopt;
    }
    if (!info.isFile() || info.size() > kMaxSize) {
        result.status = ImportResult::Status::Unreadable;
        result.error =
            QObject::tr("%1 is not a credentials file (a directory, or larger than 1 MiB)").arg(path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = ImportResult::Status::Unreadable;
        result.error = QObject::tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.read(kMaxSize + 1);
}

} // namespace

ImportResult importSourceFile(const QString &path, ImportParser parse) {
    ImportResult result;
    if (const auto data = readImportSource(path, result))
        return parse(*data, path);
    return result;
}

} // namespace isb
