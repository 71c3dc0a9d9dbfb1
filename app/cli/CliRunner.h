#pragma once

#include "CliCommand.h"
#include "CredentialsResolver.h"

#include "EcsClient.h"

#include <QString>

#include <functional>

class QIODevice;

namespace isb::cli {

/// Runs one validated CLI command: credentials, requests, output. Standard output and error are injected
/// so that tests can capture them. On failure exactly one line goes to standard error and nothing to the
/// output: results are written only once every page has arrived, and an --output file is replaced
/// atomically (QSaveFile) or not at all.
class CliRunner final : public CliCommand {
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

    void failWithError(const EcsError &error);

    CredentialsProvider m_credentialsProvider;
    EcsClient *m_client = nullptr;
    SharePermissionPage m_permissions;
};

} // namespace isb::cli
