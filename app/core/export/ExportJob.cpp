#include "ExportJob.h"

#include "CsvWriter.h"
#include "IsoTime.h"
#include "JsonExport.h"
#include "JsonWriter.h"
#include "SharePermissionRows.h"
#include "audit/AuditRunner.h"

#include <QSaveFile>

#include <cerrno>

namespace isb {

namespace {

QString sanitizedNamePart(const QString &text) {
    QString part;
    part.reserve(text.size());
    for (const QChar c : text) {
        const bool safe = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                          (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
                          c == QLatin1Char('_') || c == QLatin1Char('.');
        part += safe ? c : QLatin1Char('_');
    }
    // A leading dot would hide the file on Unix; ".." must never become a path part.
    while (part.startsWith(QLatin1Char('.')))
        part[0] = QLatin1Char('_');
    return part.isEmpty() ? QStringLiteral("_") : part;
}

} // namespace

ExportScope ExportScope::loadedPage(const QString &regionId, const QString &imageId, const QString &imageName,
                                    const SharePermissionPage &page) {
    ExportScope scope;
    scope.kind = Kind::Page;
    scope.regionId = regionId;
    scope.imageId = imageId;
    scope.imageName = imageName;
    scope.page = page;
    return scope;
}

ExportScope ExportScope::image(const QString &regionId, const QString &imageId, const QString &imageName) {
    ExportScope scope;
    scope.kind = Kind::Image;
    scope.regionId = regionId;
    scope.imageId = imageId;
    scope.imageName = imageName;
    return scope;
}

ExportScope ExportScope::region(const QString &regionId) {
    ExportScope scope;
    scope.kind = Kind::Region;
    scope.regionId = regionId;
    return scope;
}

ExportJob::ExportJob(EcsClient *client, const ExportScope &scope, const ExportOptions &options,
                     const QString &path, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_scope(scope)
    , m_options(options)
    , m_path(path) {}

ExportJob::~ExportJob() {
    cancelCalls(); // the engine, a child, cancels its own requests when it is deleted
    // Writers first: they flush into the file, which (uncommitted) then removes its temporary file.
    m_csv.reset();
    m_json.reset();
    if (m_file)
        m_file->cancelWriting();
}

QString ExportJob::allImagesLabel() {
    return QStringLiteral("all-images");
}

QString ExportJob::suggestedFileName(const QString &regionId, const QString &imageId, ExportFormat format,
                                     const QDate &date) {
    const QString image = imageId.isEmpty() ? allImagesLabel() : imageId;
    return sanitizedNamePart(regionId) + QLatin1Char('_') + sanitizedNamePart(image) +
           QStringLiteral("_share-permissions_") + date.toString(QStringLiteral("yyyy-MM-dd")) +
           (format == ExportFormat::Csv ? QStringLiteral(".csv") : QStringLiteral(".json"));
}

bool ExportJob::isFinished() const {
    return m_status == Status::Succeeded || m_status == Status::Failed || m_status == Status::Cancelled;
}

ExportJob::ProgressUnit ExportJob::progressUnit() const {
    return m_scope.kind == ExportScope::Kind::Region ? ProgressUnit::Images : ProgressUnit::Requests;
}

void ExportJob::start() {
    if (m_status != Status::Ready)
        return;
    m_status = Status::Running;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_status == Status::Running)
                run();
        },
        Qt::QueuedConnection);
}

void ExportJob::cancel() {
    if (isFinished())
        return;
    m_error = ExportError::cancelled();
    cancelCalls();
    m_csv.reset();
    m_json.reset();
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // removes the temporary file
    }
    finish(Status::Cancelled);
}

void ExportJob::run() {
    if (!openTarget())
        return;
    writeHeader();
    if (!checkWritten())
        return;
    switch (m_scope.kind) {
    case ExportScope::Kind::Page:
        setProgress(0, 0);
        writeImage(m_scope.imageId, m_scope.imageName, m_scope.page);
        if (checkWritten())
            complete();
        break;
    case ExportScope::Kind::Image:
        if (m_scope.imageName.isNull())
            lookUpImageName();
        else
            fetchImage();
        break;
    case ExportScope::Kind::Region:
        exportRegion();
        break;
    }
}

bool ExportJob::openTarget() {
    // The folder is checked first: the system's message for a failed temporary file is often vague.
    const ExportError problem = ExportError::checkTarget(m_path);
    if (problem.isError()) {
        fail(problem);
        return false;
    }
    m_file = std::make_unique<QSaveFile>(m_path);
    errno = 0;
    if (!m_file->open(QIODevice::WriteOnly)) {
        const int code = errno;
        fail(ExportError::fromFile(m_path, code, m_file->errorString()));
        return false;
    }
    if (m_options.format == ExportFormat::Csv) {
        CsvWriter::Options csvOptions;
        csvOptions.byteOrderMark = m_options.byteOrderMark;
        m_csv = std::make_unique<CsvWriter>(m_file.get(), csvOptions);
    } else {
        m_json = std::make_unique<JsonWriter>(m_file.get());
    }
    return true;
}

void ExportJob::writeHeader() {
    if (m_csv) {
        m_csv->writeRow(SharePermissionRows::header());
        return;
    }
    if (m_scope.kind != ExportScope::Kind::Region)
        return; // the single image document is written whole by writeImage()
    const QDateTime exportedAt = m_exportedAt.isValid() ? m_exportedAt : QDateTime::currentDateTimeUtc();
    m_json->beginObject();
    m_json->writeString(u"ExportedAt", formatIsoUtc(exportedAt));
    m_json->writeString(u"Endpoint", m_client->endpointFor(m_scope.regionId).toString());
    m_json->writeString(u"RegionId", m_scope.regionId);
    m_json->beginArray(u"Images");
}

void ExportJob::writeImage(const QString &imageId, const QString &imageName,
                           const SharePermissionPage &page) {
    if (m_csv) {
        const SharePermissionRows rows(m_scope.regionId, imageId, imageName, page, m_book);
        for (qsizetype i = 0; i < rows.size() && !m_csv->hasError(); ++i)
            m_csv->writeRow(rows.row(i));
    } else {
        JsonExport::writeSharePermission(*m_json, m_scope.regionId, imageId, imageName, page, m_book);
    }
    m_entryCount += page.accounts.size() + page.shareGroups.size();
    ++m_imagesWritten;
}

bool ExportJob::checkWritten() {
    const bool failed = m_csv ? m_csv->hasError() : m_json->hasError();
    if (!failed)
        return true;
    const int code = errno; // still the failed write's, unless the clean-up after it changed it
    fail(ExportError::fromFile(m_path, code, m_csv ? m_csv->errorString() : m_json->errorString()));
    return false;
}

void ExportJob::complete() {
    bool written = false;
    if (m_csv) {
        written = m_csv->flush();
    } else {
        if (m_scope.kind == ExportScope::Kind::Region) {
            m_json->endArray();
            m_json->endObject();
        }
        written = m_json->finish();
    }
    if (!written) {
        checkWritten();
        return;
    }
    m_csv.reset();
    m_json.reset();
    // commit() writes what QFileDevice still buffers, then renames over the target: a full disk often
    // shows only here.
    errno = 0;
    if (!m_file->commit()) {
        const int code = errno;
        fail(ExportError::fromFile(m_path, code, m_file->errorString()));
        return;
    }
    m_file.reset();
    finish(Status::Succeeded);
}

void ExportJob::fail(const ExportError &error) {
    if (isFinished())
        return;
    m_error = error;
    cancelCalls();
    if (m_file)
        m_file->cancelWriting();
    m_csv.reset();
    m_json.reset();
    m_file.reset(); // removes the temporary file; an existing target stays as it was
    finish(Status::Failed);
}

void ExportJob::finish(Status status) {
    m_status = status;
    // Queued: cancel() may be called from a handler of progress(), which must not see finished() inside it.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(); }, Qt::QueuedConnection);
}

void ExportJob::setProgress(int done, int total) {
    m_progressDone = done;
    m_progressTotal = total;
    Q_EMIT progress(done, total);
}

bool ExportJob::endCall(EcsCall *call) {
    if (!m_step.finish(call))
        return false;
    if (call->succeeded())
        return true;
    fail(ExportError::fromRequest(call->error()));
    return false;
}

void ExportJob::cancelCalls() {
    stopRunner();
    m_step.cancel();
}

void ExportJob::lookUpImageName() {
    // DescribeImageSharePermission does not return the name. Every status is asked for: a Deprecated image
    // can still be shared.
    m_lookupRequests = 1;
    setProgress(0, 0);
    ImageQuery query;
    query.regionId = m_scope.regionId;
    query.imageIds = {m_scope.imageId};
    query.statuses = Image::allStatuses();
    ImagesCall *call = m_client->describeImages(query);
    m_step.start(call);
    connect(call, &EcsCall::finished, this, [this, call] {
        if (!endCall(call))
            return;
        m_scope.imageName = QLatin1String(""); // known now, even if the image has no name
        for (const Image &image : call->result().images) {
            if (image.imageId == m_scope.imageId)
                m_scope.imageName = image.imageName;
        }
        setProgress(1, 0);
        fetchImage();
    });
}

void ExportJob::fetchImage() {
    SharePermissionQuery query;
    query.regionId = m_scope.regionId;
    query.imageId = m_scope.imageId;
    query.allPages = true;
    SharePermissionCall *call = m_client->describeImageSharePermission(query);
    m_step.start(call);
    connect(call, &EcsCall::progress, this,
            [this](int done, int total) { setProgress(m_lookupRequests + done, m_lookupRequests + total); });
    connect(call, &EcsCall::finished, this, [this, call] {
        if (!endCall(call))
            return;
        writeImage(m_scope.imageId, m_scope.imageName, call->result());
        if (checkWritten())
            complete();
    });
}

void ExportJob::exportRegion() {
    setProgress(0, 0);
    m_runner = new AuditRunner(this);
    m_runner->setClientOptions(m_client->options());
    m_runner->setCredentials(m_client->credentials());
    AuditOptions options;
    options.regions = {m_scope.regionId};
    m_runner->setOptions(options);
    connect(m_runner, &AuditRunner::regionListed, this, &ExportJob::takeImageList);
    connect(m_runner, &AuditRunner::imageChecked, this, &ExportJob::onImageChecked);
    connect(m_runner, &AuditRunner::failureAdded, this, &ExportJob::onAuditFailure);
    connect(m_runner, &AuditRunner::progressChanged, this,
            [this](const AuditProgress &progress) { m_throttledAnswers = progress.throttledAnswers; });
    connect(m_runner, &AuditRunner::finished, this, &ExportJob::onAuditFinished);
    m_runner->start();
}

void ExportJob::takeImageList() {
    if (m_listed || !m_runner)
        return;
    m_listed = true;
    for (const AuditImageRecord &record : m_runner->images())
        m_order.append(record.image.imageId);
    // The audit's order (AuditSnapshot): by ImageId, the same whichever page or answer came first.
    m_order.sort();
    setProgress(0, int(m_order.size()));
    writeCheckedImages();
}

void ExportJob::onImageChecked(const AuditImageRecord &record) {
    m_checked.insert(record.image.imageId, record);
    writeCheckedImages();
}

void ExportJob::onAuditFailure(const AuditFailure &failure) {
    if (!failure.imageId.isEmpty() && failure.error.isNotFound()) {
        // Deleted since the list was read: the export describes the images that exist, so it is left out
        // rather than failing the whole region.
        m_gone.insert(failure.imageId);
        writeCheckedImages();
        return;
    }
    fail(ExportError::fromRequest(failure.error));
}

void ExportJob::writeCheckedImages() {
    if (!m_listed || isFinished())
        return;
    const qsizetype before = m_nextToWrite;
    while (m_nextToWrite < m_order.size()) {
        const QString &imageId = m_order.at(m_nextToWrite);
        if (!m_gone.contains(imageId)) {
            const auto it = m_checked.constFind(imageId);
            if (it == m_checked.cend())
                break;
            const AuditImageRecord record = it.value();
            m_checked.erase(it);
            writeImage(imageId, record.image.imageName, record.permissions);
            if (!checkWritten())
                return;
        }
        ++m_nextToWrite;
    }
    if (m_nextToWrite != before)
        setProgress(int(m_nextToWrite), int(m_order.size()));
}

void ExportJob::onAuditFinished() {
    if (isFinished() || !m_runner)
        return;
    m_throttledAnswers = m_runner->progress().throttledAnswers;
    takeImageList(); // a region without images may end without a complete list page being seen as such
    writeCheckedImages();
    if (isFinished())
        return;
    if (m_nextToWrite < m_order.size()) {
        // Every lookup ended, and none failed (that fails the export at once): nothing should be missing.
        fail(ExportError::fromRequest(EcsError::local(
            EcsError::Kind::BadResponse,
            tr("The share permissions of %1 did not arrive.").arg(m_order.at(m_nextToWrite)))));
        return;
    }
    stopRunner();
    complete();
}

void ExportJob::stopRunner() {
    AuditRunner *runner = std::exchange(m_runner, nullptr);
    if (!runner)
        return;
    disconnect(runner, nullptr, this, nullptr);
    QMetaObject::invokeMethod(
        runner,
        [runner] {
            runner->cancel(); // nothing when it already finished
            runner->deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace isb
