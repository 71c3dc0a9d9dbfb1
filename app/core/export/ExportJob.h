#pragma once

#include "EcsClient.h"
#include "EcsTypes.h"
#include "ExportError.h"
#include "LatestCall.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QSaveFile;

namespace isb {

class AccountBook;

class AuditRunner;
class CsvWriter;
class JsonWriter;
struct AuditFailure;
struct AuditImageRecord;

enum class ExportFormat { Csv, Json };

/// What an export covers. Build one with the named constructors.
struct ExportScope {
    enum class Kind {
        Page,   // a share permission page the caller already has; nothing is fetched
        Image,  // every page of one image's share permission
        Region, // every custom image of a region (all statuses), each with every page
    };

    Kind kind = Kind::Image;
    QString regionId;
    QString imageId;          // Page, Image
    QString imageName;        // Page, Image: a null string makes an Image export look the name up
    SharePermissionPage page; // Page

    static ExportScope loadedPage(const QString &regionId, const QString &imageId, const QString &imageName,
                                  const SharePermissionPage &page);
    static ExportScope image(const QString &regionId, const QString &imageId,
                             const QString &imageName = QString());
    static ExportScope region(const QString &regionId);
};

/// How the export is written.
struct ExportOptions {
    ExportFormat format = ExportFormat::Csv;
    /// CSV only: the UTF-8 byte order mark Excel on Windows needs to read UTF-8.
    bool byteOrderMark = false;
};

/// Exports share permissions to a CSV or JSON file: fetches what the scope needs through an EcsClient,
/// streams the rows to the file as the answers arrive, and replaces the target only when everything was
/// written. The window and image-share-cli both export through this class, so the same scope gives the
/// same bytes (only a region JSON's ExportedAt differs).
///
/// The file is written through QSaveFile: until the export succeeds the data goes to a temporary file next
/// to the target, and any failure (a request, the disk) or cancel() removes it, so a failed export never
/// leaves a short file and never touches an existing one. A failed request ends the export with its
/// EcsError; the client's own retries apply first.
///
/// A Region export runs on the audit's request engine (AuditRunner, given the client's options and
/// credentials), so it spreads, throttles and requeues exactly as `image-share-cli audit` does: throttling
/// narrows the pool and never fails the export. Its images come in the audit's order, by ImageId, and
/// `export --region R --all-images` writes the same rows as `audit --region R --format csv`. An image deleted
/// after the list was read is left out; any other failed lookup fails the export.
///
/// Formats (see README.md beside this file):
/// - CSV: `RegionId,ImageId,ImageName,Kind,Principal,SharedTime,Label` (SharePermissionRows), RFC 4180,
/// UTF-8,
///   CRLF, optional BOM, cells that a spreadsheet would run as a formula prefixed with `'`.
/// - JSON, Page and Image: the CLI's `permissions` document (JsonExport::writeSharePermission).
/// - JSON, Region: `{ExportedAt, Endpoint, RegionId, Images: [<permissions document>, ...]}`.
class ExportJob final : public QObject {
    Q_OBJECT
public:
    enum class Status { Ready, Running, Succeeded, Failed, Cancelled };
    /// What progress() counts: requests of one image, or images of a region.
    enum class ProgressUnit { Requests, Images };

    /// `client` must outlive the job; its credentials and options (retries, timeout) apply.
    ExportJob(EcsClient *client, const ExportScope &scope, const ExportOptions &options, const QString &path,
              QObject *parent = nullptr);
    ~ExportJob() override;

    /// Starts the export; finished() follows from the event loop, never from within start().
    void start();
    /// Stops every request and removes the temporary file; finished() follows with status Cancelled.
    void cancel();

    Status status() const { return m_status; }
    bool isFinished() const;
    const ExportError &error() const { return m_error; }
    const ExportScope &scope() const { return m_scope; }
    QString path() const { return m_path; }

    /// Share entries written (accounts and groups; the CSV's data rows).
    qint64 entryCount() const { return m_entryCount; }
    /// Images written.
    int imageCount() const { return m_imagesWritten; }

    ProgressUnit progressUnit() const;
    int progressDone() const { return m_progressDone; }
    /// 0 while unknown (the first answer has not arrived).
    int progressTotal() const { return m_progressTotal; }

    /// Region export: answers of the service that asked to slow down (the engine requeued them).
    int throttledAnswers() const { return m_throttledAnswers; }

    /// The labels of the CSV's Label column and the JSON's Label fields; must outlive the job. Without a book
    /// the column is there and empty.
    void setAccountBook(const AccountBook *book) { m_book = book; }

    /// Replaces the current time in a Region JSON's ExportedAt (tests, reproducible files).
    void setExportedAt(const QDateTime &time) { m_exportedAt = time; }

    /// `<region>_<image or all-images>_share-permissions_<yyyy-MM-dd>.<csv|json>`, with every character
    /// that is not a letter, digit, '-', '_' or '.' replaced by '_' so that it is a valid name everywhere.
    static QString suggestedFileName(const QString &regionId, const QString &imageId, ExportFormat format,
                                     const QDate &date);
    /// "all-images": the image part of a Region export's file name.
    static QString allImagesLabel();

Q_SIGNALS:
    /// Progress in progressUnit(); total is 0 while unknown.
    void progress(int done, int total);
    /// Emitted once, whatever the outcome; see status() and error().
    void finished();

private:
    void run();
    bool openTarget();
    void writeHeader();
    void writeImage(const QString &imageId, const QString &imageName, const SharePermissionPage &page);
    bool checkWritten();
    void complete();
    void fail(const ExportError &error);
    void finish(Status status);
    void setProgress(int done, int total);
    /// Ends the job's current step (m_step): whether `call` is it and succeeded; a failed request fails
    /// the job.
    bool endCall(EcsCall *call);
    void cancelCalls();

    void lookUpImageName();
    void fetchImage();
    void exportRegion();
    void takeImageList();
    void onImageChecked(const AuditImageRecord &record);
    void onAuditFailure(const AuditFailure &failure);
    void onAuditFinished();
    /// Writes the checked images that are next in the list's order.
    void writeCheckedImages();
    /// Detaches the engine and stops it from the event loop: this may run inside one of its signals.
    void stopRunner();

    EcsClient *m_client = nullptr;
    ExportScope m_scope;
    ExportOptions m_options;
    QString m_path;
    QDateTime m_exportedAt;

    Status m_status = Status::Ready;
    ExportError m_error;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<CsvWriter> m_csv;
    std::unique_ptr<JsonWriter> m_json;
    /// The request the job waits for before its next step (the image's name, the image's pages).
    LatestCall m_step;

    // Region export: the images by ImageId, written in that order whatever order answers come in.
    AuditRunner *m_runner = nullptr;
    bool m_listed = false;
    QStringList m_order;
    qsizetype m_nextToWrite = 0;
    QHash<QString, AuditImageRecord> m_checked; // checked, waiting for the images before them
    QSet<QString> m_gone;                       // deleted after the list was read: left out
    int m_throttledAnswers = 0;

    int m_lookupRequests = 0; // Image export: 1 when the name had to be looked up
    int m_progressDone = 0;
    int m_progressTotal = 0;
    qint64 m_entryCount = 0;
    int m_imagesWritten = 0;
    const AccountBook *m_book = nullptr;
};

} // namespace isb
