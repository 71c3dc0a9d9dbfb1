#pragma once

#include "EcsError.h"
#include "EcsTypes.h"
#include "ExportDialog.h"
#include "export/ExportJob.h"

#include <QFileDialog>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>

class QWidget;

namespace isb {

class AccountBook;
class EcsClient;

/// Runs an export from the window: ExportDialog (what and how), then a save dialog proposing
/// ExportJob::suggestedFileName() in the last folder used, then the ExportJob with a progress dialog and
/// Cancel when it takes more than one request. Failures are not shown here but handed to the window
/// (failed()), so that they go through its one error dialog like every other failure.
class ExportController final : public QObject {
    Q_OBJECT
public:
    /// What the window shows when the export is asked for.
    struct Context {
        QString regionId;
        QString imageId; // empty: no image selected
        QString imageName;
        bool hasPage = false;
        SharePermissionPage page; // the page shown, when hasPage
    };

    /// `client` and `window` must outlive the controller; dialogs are window-modal over `window`.
    ExportController(EcsClient *client, QWidget *window, QObject *parent = nullptr);
    ~ExportController() override;

    /// Opens the export dialog. Ignored while a dialog or an export of this controller is open.
    void start(const Context &context);
    /// Exports without asking; what the dialogs lead to, and what Retry repeats.
    void exportTo(const ExportScope &scope, const ExportOptions &options, const QString &path);
    /// Runs the last export again (the error dialog's Retry).
    void retry();

    bool isBusy() const;
    ExportDialog *dialog() const { return m_dialog; }
    QFileDialog *fileDialog() const { return m_fileDialog; }
    QProgressDialog *progressDialog() const { return m_progress; }
    ExportJob *job() const { return m_job; }
    /// The book whose labels fill the Label column, as image-share-cli's export does; none: empty labels.
    void setAccountBook(const AccountBook *book) { m_book = book; }

    /// The folder the save dialog opens in: the last one used, else Documents.
    static QString proposedFolder();
    static QString lastFolderKey();

    /// The headline of the error dialog for a failed export ("Could not export ...").
    static QString failureText(const ExportScope &scope, const ExportError &error);
    /// The error dialog's details for a file error (Code: the problem, Message: the system's words); a
    /// request error is returned as it is.
    static EcsError errorDetails(const ExportError &error);
    /// What to do about a file error, in plain language; empty for request errors (the error dialog
    /// explains those).
    static QString adviceFor(const ExportError &error);

Q_SIGNALS:
    /// The file is complete: `entries` accounts and groups of `images` images.
    void exported(const QString &path, qint64 entries, int images);
    /// The export failed (never for Cancel); the target file, if any, is as it was.
    void failed(const QString &failure, const isb::ExportError &error);

private:
    void chooseFile(const ExportScope &scope, const ExportOptions &options);
    void showProgress();
    void updateProgress();
    void onJobFinished();

    EcsClient *m_client = nullptr;
    QWidget *m_window = nullptr;
    Context m_context;
    QPointer<ExportDialog> m_dialog;
    QPointer<QFileDialog> m_fileDialog;
    QPointer<QProgressDialog> m_progress;
    const AccountBook *m_book = nullptr;
    QPointer<ExportJob> m_job;

    ExportScope m_lastScope;
    ExportOptions m_lastOptions;
    QString m_lastPath;
};

} // namespace isb
