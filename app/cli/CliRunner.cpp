#include "CliRunner.h"

#include "AuditCommand.h"
#include "TextTable.h"
#include "export/CsvWriter.h"
#include "export/ExportJob.h"
#include "export/ImageRows.h"
#include "export/JsonExport.h"
#include "export/RegionRows.h"
#include "export/SharePermissionRows.h"

#include <QIODevice>
#include <QPointer>
#include <QProcessEnvironment>

namespace isb::cli {

CliRunner::CliRunner(const CliRequest &request, QIODevice *standardOutput, QIODevice *standardError,
                     QObject *parent)
    : CliCommand(request, standardOutput, standardError, parent)
    , m_credentialsProvider(environmentCredentialsProvider(QProcessEnvironment::systemEnvironment())) {}

CliRunner::~CliRunner() = default;

void CliRunner::setCredentialsProvider(CredentialsProvider provider) {
    m_credentialsProvider = std::move(provider);
}

ExitCode CliRunner::exitCodeFor(const EcsError &error) {
    switch (error.kind) {
    case EcsError::Kind::None:
        return ExitCode::Ok;
    case EcsError::Kind::Api:
        return error.isAuthenticationError() ? ExitCode::Credentials : ExitCode::Api;
    case EcsError::Kind::Network:
    case EcsError::Kind::Timeout:
    case EcsError::Kind::Tls:
    case EcsError::Kind::BadResponse:
        return ExitCode::Network;
    case EcsError::Kind::Refused:
        // The command line is checked first, so what is left is the client's own refusal of the setup.
        return ExitCode::Usage;
    case EcsError::Kind::Changed:
        return ExitCode::Api; // the service's list kept changing: an answer, but not a usable one
    case EcsError::Kind::Cancelled:
        return ExitCode::Internal; // nothing in the CLI cancels
    }
    return ExitCode::Internal;
}

void CliRunner::start() {
    // diff reads two local files: no credentials, no request.
    if (m_request.command == Command::Diff) {
        runAuditCommand();
        return;
    }
    // Queued: a provider that answers at once must not make finished() fire inside start().
    QMetaObject::invokeMethod(
        this,
        [this] {
            QPointer<CliRunner> self(this);
            m_credentialsProvider([self](const CredentialsResolution &resolution) {
                if (self)
                    self->run(resolution);
            });
        },
        Qt::QueuedConnection);
}

void CliRunner::run(const CredentialsResolution &resolution) {
    if (!resolution.isValid()) {
        fail(ExitCode::Credentials, resolution.error.isEmpty() ? tr("no credentials") : resolution.error);
        return;
    }
    m_credentials = resolution.credentials;
    // The audit writes what it found even when lookups failed, so it handles its output itself.
    if (m_request.command == Command::Audit) {
        runAuditCommand();
        return;
    }
    // An export writes its file through ExportJob, which checks and replaces it the same way.
    if (m_request.command != Command::Export && !openOutput())
        return;

    m_client = new EcsClient(m_request.client, this);
    m_client->setCredentials(m_credentials);
    switch (m_request.command) {
    case Command::Regions:
        runRegions();
        break;
    case Command::Images:
        runImages();
        break;
    case Command::Permissions:
        runPermissions();
        break;
    case Command::Export:
        runExport();
        break;
    case Command::Audit:
    case Command::Diff:
        break; // handled above
    }
}

void CliRunner::runAuditCommand() {
    auto *command = new AuditCommand(m_request, m_stdout, m_stderr, this);
    command->setCredentials(m_credentials);
    connect(command, &AuditCommand::finished, this,
            [this](int exitCode) { finish(static_cast<ExitCode>(exitCode)); });
    command->start();
}

void CliRunner::runExport() {
    ExportOptions options;
    options.format = m_request.format == OutputFormat::Json ? ExportFormat::Json : ExportFormat::Csv;
    options.byteOrderMark = m_request.byteOrderMark;
    // The same job as the window's File > Export, so both write the same bytes for the same scope.
    const ExportScope scope = m_request.allImages ? ExportScope::region(m_request.regionId)
                                                  : ExportScope::image(m_request.regionId, m_request.imageId);
    auto *job = new ExportJob(m_client, scope, options, m_request.outputFile, this);
    connect(job, &ExportJob::finished, this, [this, job] {
        job->deleteLater();
        const ExportError &error = job->error();
        switch (job->status()) {
        case ExportJob::Status::Succeeded:
            finish(ExitCode::Ok);
            break;
        case ExportJob::Status::Failed:
            if (error.kind == ExportError::Kind::Request)
                failWithError(error.request);
            else
                fail(ExitCode::Output, error.toOneLine());
            break;
        case ExportJob::Status::Ready:
        case ExportJob::Status::Running:
        case ExportJob::Status::Cancelled:
            fail(ExitCode::Internal, error.toOneLine()); // nothing in the CLI cancels
            break;
        }
    });
    job->start();
}

void CliRunner::runRegions() {
    RegionsCall *call = m_client->describeRegions(m_request.language);
    connect(call, &EcsCall::finished, this, [this, call] {
        call->deleteLater();
        if (!call->succeeded()) {
            failWithError(call->error());
            return;
        }
        const QList<Region> &regions = call->result();
        QList<QStringList> rows;
        for (const Region &region : regions)
            rows.append(RegionRows::row(region));
        writeResult(RegionRows::header(), rows,
                    [&regions](QIODevice *device) { return JsonExport::writeRegions(device, regions); });
    });
}

void CliRunner::runImages() {
    ImageQuery query;
    query.regionId = m_request.regionId;
    query.imageName = m_request.imageName;
    query.allPages = true;
    ImagesCall *call = m_client->describeImages(query);
    connect(call, &EcsCall::finished, this, [this, call] {
        call->deleteLater();
        if (!call->succeeded()) {
            failWithError(call->error());
            return;
        }
        const ImagePage &page = call->result();
        QList<QStringList> rows;
        for (const Image &image : page.images)
            rows.append(ImageRows::row(image));
        writeResult(ImageRows::header(), rows, [this, &page](QIODevice *device) {
            return JsonExport::writeImages(device, m_request.regionId, page);
        });
    });
}

void CliRunner::runPermissions() {
    SharePermissionQuery query;
    query.regionId = m_request.regionId;
    query.imageId = m_request.imageId;
    query.pageNumber = m_request.pageNumber;
    query.pageSize = m_request.pageSize;
    query.allPages = m_request.allPages;
    SharePermissionCall *call = m_client->describeImageSharePermission(query);
    connect(call, &EcsCall::finished, this, [this, call] {
        call->deleteLater();
        if (!call->succeeded()) {
            failWithError(call->error());
            return;
        }
        m_permissions = call->result();
        lookUpImageName();
    });
}

void CliRunner::lookUpImageName() {
    // DescribeImageSharePermission does not return the image's name. Every status is asked for, because
    // DescribeImages otherwise returns Available images only, and a Deprecated image can still be shared.
    ImageQuery query;
    query.regionId = m_request.regionId;
    query.imageIds = {m_request.imageId};
    query.statuses = Image::allStatuses();
    ImagesCall *call = m_client->describeImages(query);
    connect(call, &EcsCall::finished, this, [this, call] {
        call->deleteLater();
        QString imageName;
        if (call->succeeded()) {
            for (const Image &image : call->result().images) {
                if (image.imageId == m_request.imageId)
                    imageName = image.imageName;
            }
        }
        // The share list itself has arrived: a missing name (say, the RAM user lacks ecs:DescribeImages)
        // leaves the column empty rather than failing the command.
        writePermissions(imageName);
    });
}

void CliRunner::writePermissions(const QString &imageName) {
    const SharePermissionRows rows(m_request.regionId, m_request.imageId, imageName, m_permissions);
    QString footer;
    if (!m_request.allPages && m_permissions.pageCount() > 1) {
        //: Below the table of one page of accounts; %3 is at least 2.
        footer = QLatin1Char('\n') +
                 tr("Page %1 of %2, %3 accounts in all; --page N or --all for the rest.")
                     .arg(m_permissions.pageNumber)
                     .arg(m_permissions.pageCount())
                     .arg(m_permissions.totalCount) +
                 QLatin1Char('\n');
    }
    writeResult(
        SharePermissionRows::header(), rows.rows(),
        [this, &imageName](QIODevice *device) {
            return JsonExport::writeSharePermission(device, m_request.regionId, m_request.imageId, imageName,
                                                    m_permissions);
        },
        footer);
}

void CliRunner::writeResult(const QStringList &header, const QList<QStringList> &rows,
                            const std::function<bool(QIODevice *)> &writeJson, const QString &tableFooter) {
    bool written = false;
    QString writerError;
    switch (m_request.format) {
    case OutputFormat::Table: {
        TextTable table(header);
        for (const QStringList &row : rows)
            table.addRow(row);
        written = writeText(output(), table.toString() + tableFooter);
        break;
    }
    case OutputFormat::Csv: {
        CsvWriter csv(output());
        csv.writeRow(header);
        for (const QStringList &row : rows)
            csv.writeRow(row);
        written = csv.flush();
        writerError = csv.errorString();
        break;
    }
    case OutputFormat::Json:
        written = writeJson(output());
        break;
    }
    if (completeOutput(written, writerError))
        finish(ExitCode::Ok);
}

void CliRunner::failWithError(const EcsError &error) {
    const QString line = error.toOneLine();
    //: %1 is the service's error line (Code, Message, RequestId).
    fail(exitCodeFor(error), error.isClockSkew() ? tr("%1 (check the system clock)").arg(line) : line);
}

} // namespace isb::cli
