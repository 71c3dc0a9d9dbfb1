#include "ExportController.h"

#include "ExportDialog.h"

#include "EcsClient.h"
#include "SettingsKeys.h"
#include "rules/LastFolder.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QProgressDialog>

namespace isb {

namespace {

// Quick exports finish before the progress dialog would appear; it only shows for the slow ones.
constexpr int kProgressDelayMs = 400;

QString problemCode(ExportError::FileProblem problem) {
    switch (problem) {
    case ExportError::FileProblem::DiskFull:
        return QStringLiteral("DiskFull");
    case ExportError::FileProblem::PermissionDenied:
        return QStringLiteral("PermissionDenied");
    case ExportError::FileProblem::ReadOnly:
        return QStringLiteral("ReadOnlyFileSystem");
    case ExportError::FileProblem::NoSuchFolder:
        return QStringLiteral("NoSuchFolder");
    case ExportError::FileProblem::NotAFolder:
        return QStringLiteral("NotAFolder");
    case ExportError::FileProblem::IsAFolder:
        return QStringLiteral("IsAFolder");
    case ExportError::FileProblem::TooLarge:
        return QStringLiteral("FileTooLarge");
    case ExportError::FileProblem::None:
    case ExportError::FileProblem::Other:
        break;
    }
    return QStringLiteral("WriteFailed");
}

QString capitalized(QString text) {
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

ExportController::ExportController(EcsClient *client, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_window(window) {}

ExportController::~ExportController() {
    if (m_job)
        m_job->cancel();
    delete m_progress.data();
    delete m_fileDialog.data();
    delete m_dialog.data();
}

QString ExportController::lastFolderKey() {
    return SettingsKeys::exportLastFolder;
}

QString ExportController::proposedFolder() {
    return LastFolder::folder(lastFolderKey());
}

bool ExportController::isBusy() const {
    return m_dialog || m_fileDialog || m_job;
}

void ExportController::start(const Context &context) {
    if (isBusy())
        return;
    m_context = context;
    const int pageCount = context.page.pageCount();
    auto *dialog = new ExportDialog(m_window);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setContext(context.regionId, context.imageId, context.imageName, context.page.pageNumber,
                       pageCount, context.hasPage ? int(context.page.accounts.size()) : -1);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ExportScope scope;
        switch (dialog->scope()) {
        case ExportScope::Kind::Page:
            scope = ExportScope::loadedPage(m_context.regionId, m_context.imageId, m_context.imageName,
                                            m_context.page);
            break;
        case ExportScope::Kind::Image:
            scope = ExportScope::image(m_context.regionId, m_context.imageId, m_context.imageName);
            break;
        case ExportScope::Kind::Region:
            scope = ExportScope::region(m_context.regionId);
            break;
        }
        ExportOptions options;
        options.format = dialog->format();
        options.byteOrderMark = dialog->byteOrderMark();
        // Queued: the dialog is still closing; the save dialog must not open inside its accept().
        QMetaObject::invokeMethod(
            this, [this, scope, options] { chooseFile(scope, options); }, Qt::QueuedConnection);
    });
    dialog->open();
}

void ExportController::chooseFile(const ExportScope &scope, const ExportOptions &options) {
    const bool csv = options.format == ExportFormat::Csv;
    const QString imagePart = scope.kind == ExportScope::Kind::Region ? QString() : scope.imageId;
    const QString name =
        ExportJob::suggestedFileName(scope.regionId, imagePart, options.format, QDate::currentDate());

    auto *dialog = new QFileDialog(m_window, tr("Export Share Permissions"));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"), tr("All files (*)")});
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("json"));
    dialog->setDirectory(proposedFolder());
    dialog->selectFile(name);
    m_fileDialog = dialog;
    connect(dialog, &QFileDialog::fileSelected, this, [this, scope, options](const QString &path) {
        LastFolder::remember(lastFolderKey(), path);
        QMetaObject::invokeMethod(
            this, [this, scope, options, path] { exportTo(scope, options, path); }, Qt::QueuedConnection);
    });
    dialog->open();
}

void ExportController::exportTo(const ExportScope &scope, const ExportOptions &options, const QString &path) {
    if (m_job)
        return;
    m_lastScope = scope;
    m_lastOptions = options;
    m_lastPath = path;
    m_job = new ExportJob(m_client, scope, options, path, this);
    m_job->setAccountBook(m_book);
    connect(m_job, &ExportJob::progress, this, &ExportController::updateProgress);
    connect(m_job, &ExportJob::finished, this, &ExportController::onJobFinished);
    // The page shown is written at once; anything that fetches gets a progress dialog and Cancel.
    if (scope.kind != ExportScope::Kind::Page)
        showProgress();
    m_job->start();
}

void ExportController::retry() {
    if (!m_lastPath.isEmpty())
        exportTo(m_lastScope, m_lastOptions, m_lastPath);
}

void ExportController::showProgress() {
    auto *progress = new QProgressDialog(m_window);
    progress->setObjectName(QStringLiteral("exportProgressDialog"));
    progress->setWindowTitle(tr("Exporting Share Permissions"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(kProgressDelayMs);
    progress->setRange(0, 0);
    progress->setValue(0);
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    updateProgress();
}

void ExportController::updateProgress() {
    if (!m_progress || !m_job)
        return;
    const int done = m_job->progressDone();
    const int total = m_job->progressTotal();
    const ExportScope &scope = m_job->scope();
    QString text;
    if (m_job->progressUnit() == ExportJob::ProgressUnit::Images) {
        text = total > 0 ? tr("Exporting the custom images of %1: %2 of %n image(s) done.", nullptr, total)
                               .arg(scope.regionId)
                               .arg(done)
                         : tr("Listing the custom images of %1…").arg(scope.regionId);
    } else {
        text = total > 0
                   ? tr("Exporting the share permissions of %1: %2 of %n request(s) done.", nullptr, total)
                         .arg(scope.imageId)
                         .arg(done)
                   : tr("Exporting the share permissions of %1…").arg(scope.imageId);
    }
    m_progress->setLabelText(text);
    m_progress->setMaximum(qMax(0, total)); // 0: busy, amount unknown
    m_progress->setValue(total > 0 ? done : 0);
}

void ExportController::onJobFinished() {
    ExportJob *job = m_job;
    m_job = nullptr;
    if (m_progress) {
        // Not from within a signal of the progress dialog itself: it may still be delivering canceled().
        m_progress->hide();
        m_progress->deleteLater();
    }
    if (!job)
        return;
    job->deleteLater();
    switch (job->status()) {
    case ExportJob::Status::Succeeded:
        Q_EMIT exported(job->path(), job->entryCount(), job->imageCount());
        break;
    case ExportJob::Status::Failed:
        Q_EMIT failed(failureText(job->scope(), job->error()), job->error());
        break;
    case ExportJob::Status::Cancelled:
    case ExportJob::Status::Ready:
    case ExportJob::Status::Running:
        break;
    }
}

QString ExportController::failureText(const ExportScope &scope, const ExportError &error) {
    if (error.kind == ExportError::Kind::File)
        return tr("Could not save the export to %1.").arg(QDir::toNativeSeparators(error.path));
    if (scope.kind == ExportScope::Kind::Region)
        return tr("Could not export the share permissions of the images in %1.").arg(scope.regionId);
    return tr("Could not export the share permissions of %1.").arg(scope.imageId);
}

EcsError ExportController::errorDetails(const ExportError &error) {
    if (error.kind != ExportError::Kind::File)
        return error.request;
    // Refused: nothing reached the service for this failure, and it is not retryable as it is.
    EcsError details = EcsError::local(EcsError::Kind::Refused, error.systemMessage, problemCode(error.file));
    return details;
}

QString ExportController::adviceFor(const ExportError &error) {
    if (error.kind != ExportError::Kind::File)
        return {};
    QString action;
    switch (error.file) {
    case ExportError::FileProblem::DiskFull:
        action = tr("Free some space or choose another disk, then export again.");
        break;
    case ExportError::FileProblem::PermissionDenied:
        action = tr("Choose a folder you may write to, such as your Documents folder, then export again.");
        break;
    case ExportError::FileProblem::ReadOnly:
        action = tr("Choose a folder on a writable disk, then export again.");
        break;
    case ExportError::FileProblem::NoSuchFolder:
        action = tr("It may have been removed, or its drive disconnected. Choose another folder.");
        break;
    case ExportError::FileProblem::NotAFolder:
    case ExportError::FileProblem::IsAFolder:
        action = tr("Choose another name or folder.");
        break;
    case ExportError::FileProblem::TooLarge:
        action = tr("Choose another disk (FAT32 drives hold at most 4 GiB per file).");
        break;
    case ExportError::FileProblem::None:
    case ExportError::FileProblem::Other:
        action = tr("Choose another folder, then export again.");
        break;
    }
    return tr("%1. %2 Nothing was changed: a file that already had this name was left as it was.")
        .arg(capitalized(error.reason()), action);
}

} // namespace isb
