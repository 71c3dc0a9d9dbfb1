#pragma once

#include "CliRequest.h"
#include "ExitCode.h"

#include "Credentials.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;
class QSaveFile;

namespace isb::cli {

/// What runs a command (CliRunner, and AuditReport under it) shares: the result goes to standard
/// output or to the --output file, which is replaced atomically (QSaveFile) or not at all; a failure is one
/// line `image-share-cli: <message>` on standard error, with the secret and the security token blanked out;
/// finished() comes once, from the event loop.
class CliCommand : public QObject {
    Q_OBJECT
public:
    ~CliCommand() override;

    /// The exit status of a run that may have written to `standardOutput`, after flushing it: `exitCode`, or
    /// ExitCode::Output with one line on `standardError` when what was written did not all get there (a full
    /// disk, /dev/full). A QFile on stdout holds small outputs in its buffer, so this flush is often the
    /// first write that can fail. An Output status already has its line and is returned as it is.
    static int flushStandardOutput(QIODevice *standardOutput, QIODevice *standardError, int exitCode);
    /// "cannot write to standard output: <reason>"
    static QString standardOutputError(const QString &reason);
    /// `text` as UTF-8; false if the device did not take all of it.
    static bool writeText(QIODevice *device, const QString &text);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    /// Both devices must be open for writing and outlive the command.
    CliCommand(const CliRequest &request, QIODevice *standardOutput, QIODevice *standardError,
               QObject *parent);

    /// Opens the --output file, if one is given; false (reported, finished with Output) if it cannot be.
    bool openOutput();
    /// The --output file while it is open, else standard output.
    QIODevice *output() const;
    /// Commits the --output file, or flushes standard output; false (reported, finished with Output) if the
    /// output failed.
    bool completeOutput(bool written, const QString &writerError);
    /// One line on standard error, without the program name.
    void writeError(const QString &message);
    /// Discards the --output file, writes one line on standard error and finishes with `code`.
    void fail(ExitCode code, const QString &message);
    /// Emits finished() from the event loop; only the first call counts.
    void finish(ExitCode code);

    /// Blanks `secret` (say, one read from standard input) out of every later error line.
    void addRedaction(const QString &secret);

    /// `text` with its line breaks turned into spaces.
    static QString oneLine(QString text);
    /// "cannot write <path>: <reason>"
    static QString cannotWrite(const QString &path, const QString &reason);

    CliRequest m_request;
    QIODevice *m_stdout = nullptr;
    QIODevice *m_stderr = nullptr;
    Credentials m_credentials; // its secret and token are blanked out of every error line

private:
    /// `text` with the secret and the security token blanked out, whatever produced it.
    QString redacted(QString text) const;

    QStringList m_redactions;
    std::unique_ptr<QSaveFile> m_saveFile;
    bool m_finished = false;
};

} // namespace isb::cli
