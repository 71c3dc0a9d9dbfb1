#include "CliCommand.h"

#include <QFileDevice>
#include <QIODevice>
#include <QSaveFile>

namespace isb::cli {

namespace {

const QString kProgram = QStringLiteral("image-share-cli");

} // namespace

CliCommand::CliCommand(const CliRequest &request, QIODevice *standardOutput, QIODevice *standardError,
                       QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_stdout(standardOutput)
    , m_stderr(standardError) {}

CliCommand::~CliCommand() = default;

int CliCommand::flushStandardOutput(QIODevice *standardOutput, QIODevice *standardError, int exitCode) {
    auto *file = qobject_cast<QFileDevice *>(standardOutput);
    if (!file || file->flush() || exitCode == static_cast<int>(ExitCode::Output))
        return exitCode;
    writeText(standardError,
              kProgram + QStringLiteral(": ") + standardOutputError(file->errorString()) + QLatin1Char('\n'));
    return static_cast<int>(ExitCode::Output);
}

QString CliCommand::standardOutputError(const QString &reason) {
    //: %1 is the system's reason, e.g. "No space left on device".
    return tr("cannot write to standard output: %1").arg(reason);
}

bool CliCommand::writeText(QIODevice *device, const QString &text) {
    const QByteArray bytes = text.toUtf8();
    return device->write(bytes) == bytes.size();
}

QString CliCommand::oneLine(QString text) {
    // A server message with line breaks must not turn the one-line error into several.
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

bool CliCommand::openOutput() {
    if (m_request.outputFile.isEmpty())
        return true;
    // Opened before the first request, so an unwritable path fails fast; QSaveFile leaves the old file alone
    // until commit().
    m_saveFile = std::make_unique<QSaveFile>(m_request.outputFile);
    if (!m_saveFile->open(QIODevice::WriteOnly)) {
        const QString reason = m_saveFile->errorString();
        m_saveFile.reset();
        fail(ExitCode::Output, cannotWrite(m_request.outputFile, reason));
        return false;
    }
    return true;
}

QIODevice *CliCommand::output() const {
    return m_saveFile ? static_cast<QIODevice *>(m_saveFile.get()) : m_stdout;
}

bool CliCommand::completeOutput(bool written, const QString &writerError) {
    if (!written) {
        const QString reason = writerError.isEmpty() ? output()->errorString() : writerError;
        fail(ExitCode::Output,
             m_saveFile ? cannotWrite(m_request.outputFile, reason) : standardOutputError(reason));
        return false;
    }
    if (m_saveFile) {
        const bool committed = m_saveFile->commit();
        const QString reason = m_saveFile->errorString();
        m_saveFile.reset();
        if (!committed) {
            fail(ExitCode::Output, cannotWrite(m_request.outputFile, reason));
            return false;
        }
        return true;
    }
    // Small results wait in the buffers of the QFile and of stdio: only the flush shows whether they
    // reached standard output.
    auto *file = qobject_cast<QFileDevice *>(m_stdout);
    if (file && !file->flush()) {
        fail(ExitCode::Output, standardOutputError(file->errorString()));
        return false;
    }
    return true;
}

QString CliCommand::cannotWrite(const QString &path, const QString &reason) {
    //: %1 is a file name, %2 the system's reason, e.g. "Permission denied".
    return tr("cannot write %1: %2").arg(path, reason);
}

void CliCommand::writeError(const QString &message) {
    writeText(m_stderr, kProgram + QStringLiteral(": ") + redacted(oneLine(message)) + QLatin1Char('\n'));
}

void CliCommand::fail(ExitCode code, const QString &message) {
    if (m_saveFile) {
        m_saveFile->cancelWriting();
        m_saveFile.reset(); // removes the temporary file; an existing file stays as it was
    }
    writeError(message);
    finish(code);
}

void CliCommand::finish(ExitCode code) {
    if (m_finished)
        return;
    m_finished = true;
    const int status = static_cast<int>(code);
    QMetaObject::invokeMethod(
        this, [this, status] { Q_EMIT finished(status); }, Qt::QueuedConnection);
}

void CliCommand::addRedaction(const QString &secret) {
    m_redactions.append(secret);
}

QString CliCommand::redacted(QString text) const {
    for (const QStringList &secrets :
         {QStringList{m_credentials.accessKeySecret, m_credentials.securityToken}, m_redactions}) {
        for (const QString &secret : secrets) {
            if (!secret.isEmpty())
                text.replace(secret, QStringLiteral("<redacted>"));
        }
    }
    return text;
}

} // namespace isb::cli
