#include "ExportError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace isb {

namespace {

// Qt keeps only the text of a failed open or write (qt_error_string(errno)), and errno may have been
// overwritten by the clean-up after it; the text is the reliable trace of what the system said.
constexpr int kKnownErrnos[] = {ENOSPC, EDQUOT, EACCES, EPERM, EROFS, ENOENT, ENOTDIR, EISDIR, EFBIG};

int errnoFromMessage(const QString &message) {
    for (const int code : kKnownErrnos) {
        const QString qtText = qt_error_string(code);
        const QString systemText = QString::fromLocal8Bit(std::strerror(code));
        if ((!qtText.isEmpty() && message.contains(qtText, Qt::CaseInsensitive)) ||
            (!systemText.isEmpty() && message.contains(systemText, Qt::CaseInsensitive)))
            return code;
    }
    return 0;
}

QString nativeFolder(const QString &path) {
    return QDir::toNativeSeparators(QFileInfo(path).absolutePath());
}

} // namespace

ExportError ExportError::fromRequest(const EcsError &error) {
    ExportError result;
    result.kind = Kind::Request;
    result.request = error;
    return result;
}

ExportError ExportError::cancelled() {
    ExportError result;
    result.kind = Kind::Cancelled;
    return result;
}

ExportError::FileProblem ExportError::problemFromErrno(int errnoValue) {
    switch (errnoValue) {
    case ENOSPC:
    case EDQUOT:
        return FileProblem::DiskFull;
    case EACCES:
    case EPERM:
        return FileProblem::PermissionDenied;
    case EROFS:
        return FileProblem::ReadOnly;
    case ENOENT:
        return FileProblem::NoSuchFolder;
    case ENOTDIR:
        return FileProblem::NotAFolder;
    case EISDIR:
        return FileProblem::IsAFolder;
    case EFBIG:
        return FileProblem::TooLarge;
    default:
        return FileProblem::Other;
    }
}

ExportError ExportError::fromFile(const QString &path, int errnoValue, const QString &systemMessage) {
    ExportError result;
    result.kind = Kind::File;
    result.path = path;
    result.systemMessage = systemMessage;
    FileProblem problem = problemFromErrno(errnoFromMessage(systemMessage));
    if (problem == FileProblem::Other && errnoValue != 0)
        problem = problemFromErrno(errnoValue);
    result.file = problem;
    if (result.systemMessage.isEmpty() && errnoValue != 0)
        result.systemMessage = qt_error_string(errnoValue);
    return result;
}

ExportError ExportError::checkTarget(const QString &path) {
    const QFileInfo target(path);
    if (target.isDir())
        return fromFile(path, EISDIR, qt_error_string(EISDIR));

    const QString folder = target.absolutePath();
    const QFileInfo folderInfo(folder);
    if (!folderInfo.exists()) {
        // ENOTDIR when a file sits where a folder of the path should be, EACCES when a folder on the way
        // may not be entered, ENOENT when a folder is missing.
        const QByteArray native = QFile::encodeName(folder);
        struct stat status {};
        int code = ::stat(native.constData(), &status) == 0 ? 0 : errno;
        if (code != ENOTDIR && code != EACCES)
            code = ENOENT;
        return fromFile(path, code, qt_error_string(code));
    }
    if (!folderInfo.isDir())
        return fromFile(path, ENOTDIR, qt_error_string(ENOTDIR));

    const QByteArray nativeFolderPath = QFile::encodeName(folder);
    struct statvfs fileSystem {};
    if (::statvfs(nativeFolderPath.constData(), &fileSystem) == 0 && (fileSystem.f_flag & ST_RDONLY))
        return fromFile(path, EROFS, qt_error_string(EROFS));
    // access() answers for the real user, which is who writes; root passes unless the medium is read-only.
    if (::access(nativeFolderPath.constData(), W_OK | X_OK) != 0) {
        const int code = errno;
        return fromFile(path, code, qt_error_string(code));
    }
    if (target.exists()) {
        const QByteArray nativeTarget = QFile::encodeName(target.absoluteFilePath());
        if (::access(nativeTarget.constData(), W_OK) != 0) {
            // QSaveFile refuses to replace a write-protected file, as a user would expect.
            const int code = errno;
            return fromFile(path, code, qt_error_string(code));
        }
    }
    return {};
}

QString ExportError::reason() const {
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("the export was cancelled");
    case Kind::Request:
        return request.toOneLine();
    case Kind::File:
        break;
    }
    switch (file) {
    case FileProblem::DiskFull:
        return tr("there is not enough free space on the disk");
    case FileProblem::PermissionDenied:
        return QFileInfo::exists(path) && !QFileInfo(path).isDir()
                   ? tr("you do not have permission to replace this file")
                   : tr("you do not have permission to create files in the folder %1")
                         .arg(nativeFolder(path));
    case FileProblem::ReadOnly:
        return tr("the folder %1 is on a read-only disk or medium").arg(nativeFolder(path));
    case FileProblem::NoSuchFolder:
        return tr("the folder %1 does not exist").arg(nativeFolder(path));
    case FileProblem::NotAFolder:
        return tr("a part of the path %1 is a file, not a folder").arg(nativeFolder(path));
    case FileProblem::IsAFolder:
        return tr("a folder of that name already exists");
    case FileProblem::TooLarge:
        return tr("the file is larger than this system or disk allows");
    case FileProblem::None:
    case FileProblem::Other:
        break;
    }
    return systemMessage.isEmpty() ? tr("the file could not be written") : systemMessage;
}

QString ExportError::toOneLine() const {
    if (kind != Kind::File)
        return reason();
    QString line = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason());
    if (file != FileProblem::Other && file != FileProblem::None && !systemMessage.isEmpty())
        line += QStringLiteral(" (") + systemMessage + QLatin1Char(')');
    return line;
}

} // namespace isb
