#pragma once

#include "EcsError.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

class QFileDevice;

namespace isb {

/// Why an export did not produce its file: a request failed (the service's EcsError, unchanged), the file
/// could not be written (classified, so the user reads "the disk is full" rather than an errno), or the
/// user cancelled. Whatever the reason, the target file was left as it was.
struct ExportError {
    Q_DECLARE_TR_FUNCTIONS(isb::ExportError)

public:
    enum class Kind {
        None,
        Request,   // fetching failed; `request` says why
        File,      // the target could not be written; `file` says why
        Cancelled, // the user stopped it
    };

    /// What went wrong with the file system, from errno or the folder's state.
    enum class FileProblem {
        None,
        DiskFull,         // ENOSPC, EDQUOT
        PermissionDenied, // EACCES, EPERM, or the existing file is write-protected
        ReadOnly,         // EROFS: the folder is on a read-only file system
        NoSuchFolder,     // ENOENT: the folder does not exist
        NotAFolder,       // ENOTDIR: a part of the path is a file
        IsAFolder,        // EISDIR: the target itself is a folder
        TooLarge,         // EFBIG: over the file size limit (ulimit -f, FAT32)
        Other,
    };

    Kind kind = Kind::None;
    EcsError request;
    FileProblem file = FileProblem::None;
    QString path;          // the target file
    QString systemMessage; // the operating system's words (strerror), for the details

    bool isError() const { return kind != Kind::None; }

    /// A plain-language reason without the path, e.g. "there is not enough free space on the disk".
    QString reason() const;
    /// One line for the CLI's standard error and logs: the reason, the path and the system's words.
    QString toOneLine() const;

    static ExportError fromRequest(const EcsError &error);
    static ExportError cancelled();
    /// A file error from an errno value (0 if unknown) and the device's message. When errno is unknown the
    /// message is matched against the system's texts for the errors above (Qt keeps only the text).
    static ExportError fromFile(const QString &path, int errnoValue, const QString &systemMessage);
    /// Checks the folder `path` goes into before anything is written, so that the common mistakes (no such
    /// folder, a file in the way, read-only media, no permission) get a precise reason even when the
    /// operating system's message would be vague. Returns an error of kind None when nothing is wrong.
    static ExportError checkTarget(const QString &path);
    static FileProblem problemFromErrno(int errnoValue);
};

} // namespace isb

Q_DECLARE_METATYPE(isb::ExportError)
