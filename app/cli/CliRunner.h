#pragma once

#include "CliRequest.h"
#include "CredentialsResolver.h"
#include "ExitCode.h"

#include "EcsClient.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;
class QSaveFile;

namespace isb::cli {

/// Runs one validated CLI command: credentials, requests, output. Standard output and error are injected
/// so that tests can capture them. On failure exactly one line goes to standard error and nothing to the
/// output: results are written only once every page has arrived, and an --output file is replaced
/// atomically (QSaveFile) or not at all.
class CliRunner final : public QObject {
    Q_OBJECT
public:
    /// Both devices must be open for writing and outlive the runner.
    CliRunner(const CliRequest &request, QIODevice *standardOutput, QIODevice *standardError,
              QObject *parent = nullptr);
    ~CliRunner() override;

    /// Replaces the default, environmentCredentialsProvider(QProcessEnvironment::systemEnvironment()).
    void setCredentialsProvider(CredentialsProvider provider);

    /// Starts the command. finished() follows from the event loop, never from within start().
    void start();

    /// The exit status an error maps to (see ExitCode).
    static ExitCode exitCodeFor(const EcsError &error);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void run(const CredentialsResolution &resolution);
    void runRegions();
    void runImages();
    void runPermissions();
    void runExport();
    /// audit and diff (AuditCommand).
    void runAuditCommand();
    /// DescribeImages filtered by ImageId, for the ImageName column.
    void lookUpImageName();
    void writePermissions(const QString &imageName);
    /// The result in the requested format: `header` and `rows` as a table or CSV, or `writeJson`'s document.
    void writeResult(const QStringList &header, const QList<QStringList> &rows,
                     const std::function<bool(QIODevice *)> &writeJson, const QString &tableFooter = {});

    bool openOutput();
    QIODevice *output() const;
    /// Commits the --output file and finishes with Ok, or reports why the output failed.
    void completeOutput(bool written, const QString &writerError);

    void failWithError(const EcsError &error);
    void fail(ExitCode code, const QString &message);
    void finish(ExitCode code);
    /// `text` with the secret and the security token blanked out, whatever produced it.
    QString redacted(QString text) const;

    CliRequest m_request;
    QIODevice *m_stdout = nullptr;
    QIODevice *m_stderr = nullptr;
    CredentialsProvider m_credentialsProvider;
    Credentials m_credentials;
    EcsClient *m_client = nullptr;
    std::unique_ptr<QSaveFile> m_saveFile;
    SharePermissionPage m_permissions;
    bool m_finished = false;
};

} // namespace isb::cli
