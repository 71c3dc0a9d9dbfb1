#include "AuditRunner.h"

#include "AuditSnapshot.h"
#include "rules/RetryBackoff.h"
#include "rules/SecretRedaction.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcAudit, "isb.audit")

namespace isb {

AuditRunner::AuditRunner(QObject *parent)
    : QObject(parent) {
    connect(&m_pool, &RequestPool::roomChanged, this, &AuditRunner::pump);
    connect(&m_flushTimer, &QTimer::timeout, this, &AuditRunner::flush);
    m_patienceTimer.setSingleShot(true);
    connect(&m_patienceTimer, &QTimer::timeout, this, &AuditRunner::onPatienceExpired);
}

AuditRunner::~AuditRunner() {
    m_pool.cancelAll(); // before the members the completions use go
}

void AuditRunner::setClientOptions(const ClientOptions &options) {
    m_clientOptions = options;
}

void AuditRunner::setCredentials(const Credentials &credentials) {
    m_credentials = credentials;
    m_pool.setCredentials(credentials);
}

void AuditRunner::setOptions(const AuditOptions &options) {
    m_options = options;
    m_options.poolSize = std::max(1, options.poolSize);
    m_options.imagePageSize = std::clamp(options.imagePageSize, 1, 100);
    m_options.batchRows = std::max(1, options.batchRows);
    m_options.pagesAhead = std::max(1, options.pagesAhead);
    m_options.patience = std::max(options.patience, std::chrono::milliseconds(1));
}

void AuditRunner::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AuditRunner::resetResults() {
    m_urgent.clear();
    m_listing.clear();
    m_lookups.clear();
    m_regionIds.clear();
    m_regionStates.clear();
    m_imageStates.clear();
    m_imageOrder.clear();
    m_rows.clear();
    m_rowsFlushed = 0;
    m_failures.clear();
    m_failedTasks.clear();
    m_imagesDone = 0;
    m_imagesFailed = 0;
    m_throttled = 0;
    m_pool.resetCounters();
    m_elapsedBefore = 0;
}

void AuditRunner::start() {
    if (m_state == State::Running)
        return;
    resetResults();

    m_pool.setClientOptions(m_clientOptions);
    m_pool.setCredentials(m_credentials);
    m_pool.setPoolSize(m_options.poolSize, m_options.decreaseFactor);
    m_pool.reset(); // fresh lanes: a new audit counts its own requests

    // DescribeRegions is also asked when the regions are given: its RegionEndpoint is where each region's
    // requests must go (ecs.<region>.aliyuncs.com is not the endpoint of every region). Only an endpoint
    // override, which sends everything to one place anyway, makes it unnecessary.
    if (m_options.regions.isEmpty() || m_clientOptions.endpointOverride.isEmpty()) {
        enqueue({TaskKind::Regions, {}, {}, 1});
    } else {
        for (const QString &regionId : std::as_const(m_options.regions))
            addRegion(regionId);
    }
    beginRun();
    pump();
}

void AuditRunner::cancel() {
    if (m_state != State::Running)
        return;
    m_urgent.clear();
    m_listing.clear();
    m_lookups.clear();
    m_pool.cancelAll();
    endRun(State::Cancelled);
}

int AuditRunner::retryFailed() {
    const QList<Task> tasks = m_failedTasks;
    if (tasks.isEmpty())
        return 0;
    m_failedTasks.clear();
    m_failures.clear();
    for (const Task &task : tasks) {
        // A list whose read failed half-way is read again from page 1: its pages only count together.
        if (task.kind == TaskKind::PermissionPage) {
            ImageState &state = m_imageStates[imageKey(task.regionId, task.imageId)];
            if (--state.failedPages == 0)
                --m_imagesFailed;
            startImageRead(state);
        } else if (task.kind == TaskKind::ImagePage) {
            m_regionStates[task.regionId].failed = false;
            startRegionListing(task.regionId);
        } else {
            enqueue(task);
        }
    }
    if (m_state != State::Running)
        beginRun();
    pump();
    return int(tasks.size());
}

void AuditRunner::addRegion(const QString &regionId) {
    if (regionId.isEmpty() || m_regionStates.contains(regionId))
        return;
    m_regionStates.insert(regionId, {});
    m_regionIds.append(regionId);
    startRegionListing(regionId);
}

void AuditRunner::startRegionListing(const QString &regionId) {
    RegionState &region = m_regionStates[regionId];
    if (region.pages.pageSize() != m_options.imagePageSize)
        region.pages = PagedListAssembler(PagedListAssembler::Subject::Images, m_options.imagePageSize);
    region.pages.reset();
    region.complete = false;
    enqueueNextPages(region.pages, TaskKind::ImagePage, regionId, {});
}

void AuditRunner::startImageRead(ImageState &state) {
    state.pages.reset();
    state.record.permissions.accounts.clear();
    state.record.permissions.shareGroups.clear();
    state.accountPages.clear();
    state.rowsEmitted = 0;
    enqueueNextPages(state.pages, TaskKind::PermissionPage, state.record.image.regionId,
                     state.record.image.imageId);
}

void AuditRunner::enqueueNextPages(PagedListAssembler &pages, TaskKind kind, const QString &regionId,
                                   const QString &imageId) {
    // Pages are created as the answers come, never all at once: a TotalCount of millions plans nothing.
    while (pages.pagesAsked() - pages.pagesDone() < m_options.pagesAhead) {
        const qint64 number = pages.nextPage();
        if (number == 0)
            break;
        enqueue({kind, regionId, imageId, number, pages.generation(), false});
    }
}

void AuditRunner::enqueue(const Task &task, bool front) {
    std::deque<Task> *queue = &m_lookups;
    if (task.kind == TaskKind::Regions || task.kind == TaskKind::ImagePage)
        queue = &m_listing;
    else if (task.page > 1 || task.confirmation || task.generation > 0)
        queue = &m_urgent;
    if (front)
        queue->push_front(task);
    else
        queue->push_back(task);
}

bool AuditRunner::takeTask(Task *task) {
    for (std::deque<Task> *queue : {&m_urgent, &m_listing, &m_lookups}) {
        if (!queue->empty()) {
            *task = queue->front();
            queue->pop_front();
            return true;
        }
    }
    return false;
}

void AuditRunner::pump() {
    if (m_state != State::Running)
        return;
    Task task;
    while (m_pool.hasRoom() && takeTask(&task))
        startTask(task);
    maybeFinish();
}

void AuditRunner::startTask(const Task &task) {
    const auto make = [this, &task](EcsClient &client) -> EcsCall * {
        switch (task.kind) {
        case TaskKind::Regions:
            return client.describeRegions(QStringLiteral("en-US"));
        case TaskKind::ImagePage: {
            ImageQuery query;
            query.regionId = task.regionId;
            // An audit must see every image that can carry a grant, including ones being created or
            // deprecated.
            query.statuses = Image::allStatuses();
            query.pageNumber = task.page;
            query.pageSize = m_options.imagePageSize;
            return client.describeImages(query);
        }
        case TaskKind::PermissionPage:
            break;
        }
        SharePermissionQuery query;
        query.regionId = task.regionId;
        query.imageId = task.imageId;
        query.pageNumber = task.page;
        query.pageSize = EcsClient::kMaxSharePermissionPageSize;
        return client.describeImageSharePermission(query);
    };
    m_pool.start(make, [this, task](EcsCall *call, RequestPool::Outcome outcome) {
        switch (outcome) {
        case RequestPool::Outcome::Throttled:
            ++m_throttled;
            m_throttledSincePatienceReset = true;
            // Throttling alone never fails an audit: the task goes back to the head of its queue.
            enqueue(task, true);
            return;
        case RequestPool::Outcome::Abandoned:
            m_abandoned.append(task);
            return;
        case RequestPool::Outcome::Answered:
            onAnswered(task, call);
            return;
        }
    });
}

void AuditRunner::onAnswered(const Task &task, EcsCall *call) {
    // An answer that is not throttling: the service still serves us, so patience starts over.
    m_throttledSincePatienceReset = false;
    m_patienceTimer.start(m_options.patience);
    const EcsError &error = call->error();
    if (error.isError() && task.kind == TaskKind::Regions && !m_options.regions.isEmpty()) {
        // Only the endpoints were asked for: the given regions are still audited, at their default
        // endpoints. If the cause hits them too (credentials, network), their own failures say so.
        qCWarning(lcAudit).noquote() << "region endpoints unknown, using the defaults:" << error.toOneLine();
        for (const QString &regionId : std::as_const(m_options.regions))
            addRegion(regionId);
    } else if (error.isError()) {
        recordFailure(task, error);
    } else {
        switch (task.kind) {
        case TaskKind::Regions:
            handleRegions(task, static_cast<RegionsCall *>(call)->result());
            break;
        case TaskKind::ImagePage:
            handleImagePage(task, static_cast<ImagesCall *>(call)->result());
            break;
        case TaskKind::PermissionPage:
            handlePermissionPage(task, static_cast<SharePermissionCall *>(call)->result());
            break;
        }
    }
}

void AuditRunner::onPatienceExpired() {
    if (m_state != State::Running)
        return;
    if (!m_throttledSincePatienceReset) {
        m_patienceTimer.start(m_options.patience); // slow answers, but not throttled ones
        return;
    }
    const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(m_options.patience).count();
    EcsError error = EcsError::local(EcsError::Kind::Api,
                                     tr("The service answered nothing but throttling for %n second(s); the "
                                        "audit gave up on what was left. Try again later, or allow more time "
                                        "with --patience.",
                                        nullptr, int(seconds)),
                                     QStringLiteral("Throttling.Patience"));
    error.httpStatus = 400;
    qCWarning(lcAudit).noquote() << error.toOneLine();
    QList<Task> left;
    for (std::deque<Task> *queue : {&m_urgent, &m_listing, &m_lookups}) {
        left.append(QList<Task>(queue->cbegin(), queue->cend()));
        queue->clear();
    }
    m_abandoned.clear();
    m_pool.abandon(); // the requests in flight come back in m_abandoned
    left.append(std::exchange(m_abandoned, {}));
    for (const Task &task : std::as_const(left))
        recordFailure(task, error);
    maybeFinish();
}

void AuditRunner::handleRegions(const Task &, const QList<Region> &regions) {
    for (const Region &region : regions) {
        m_pool.setRegionEndpoint(region.regionId, region.regionEndpoint);
        if (m_options.regions.isEmpty())
            addRegion(region.regionId);
    }
    // Given regions are kept as given, also one DescribeRegions does not list (say, a region the account
    // cannot see yet): its lookups fail with the service's own error instead of vanishing silently.
    for (const QString &regionId : std::as_const(m_options.regions))
        addRegion(regionId);
}

void AuditRunner::handleImagePage(const Task &task, const ImagePage &page) {
    RegionState &region = m_regionStates[task.regionId];
    PagedListAssembler &pages = region.pages;
    const QStringList ids = PagedListAssembler::idsOf(page);
    const auto step = task.confirmation
                          ? pages.addConfirmation(task.generation, page.pageNumber, page.totalCount, ids)
                          : pages.addPage(task.generation, task.page, page.pageNumber, page.totalCount, ids);
    switch (step) {
    case PagedListAssembler::Step::Stale:
        return;
    case PagedListAssembler::Step::Failed:
        return recordFailure(task, pages.error());
    case PagedListAssembler::Step::Restart:
        // Images found so far stay known (each is audited once); the list is read again for the ones
        // the shift hid.
        qCInfo(lcAudit) << "image list of" << task.regionId << "changed while read; reading again";
        return enqueueNextPages(pages, TaskKind::ImagePage, task.regionId, {});
    case PagedListAssembler::Step::Continue:
    case PagedListAssembler::Step::Confirm:
    case PagedListAssembler::Step::Complete:
        break;
    }
    for (const Image &image : page.images) {
        const QString key = imageKey(task.regionId, image.imageId);
        if (m_imageStates.contains(key))
            continue;
        ImageState state;
        state.record.image = image;
        state.record.image.regionId = task.regionId;
        state.record.permissions.regionId = task.regionId;
        state.record.permissions.imageId = image.imageId;
        ImageState &stored = *m_imageStates.insert(key, state);
        m_imageOrder.append(key);
        ++region.imagesListed;
        startImageRead(stored);
    }
    if (step == PagedListAssembler::Step::Continue)
        enqueueNextPages(pages, TaskKind::ImagePage, task.regionId, {});
    else if (step == PagedListAssembler::Step::Confirm)
        enqueue({TaskKind::ImagePage, task.regionId, {}, 1, pages.generation(), true}, true);
    else {
        region.complete = true;
        Q_EMIT regionListed(task.regionId);
    }
}

void AuditRunner::handlePermissionPage(const Task &task, const SharePermissionPage &page) {
    ImageState &state = m_imageStates[imageKey(task.regionId, task.imageId)];
    PagedListAssembler &pages = state.pages;
    SharePermissionPage &merged = state.record.permissions;
    const QStringList ids = PagedListAssembler::idsOf(page);
    const QStringList groups = PagedListAssembler::groupsOf(page);
    const auto step =
        task.confirmation
            ? pages.addConfirmation(task.generation, page.pageNumber, page.totalCount, ids, groups)
            : pages.addPage(task.generation, task.page, page.pageNumber, page.totalCount, ids, groups);
    switch (step) {
    case PagedListAssembler::Step::Stale:
        return;
    case PagedListAssembler::Step::Failed:
        return recordFailure(task, pages.error());
    case PagedListAssembler::Step::Restart:
        qCInfo(lcAudit) << "sharing of" << task.imageId << "changed while read; reading again";
        merged.accounts.clear();
        merged.shareGroups.clear();
        state.accountPages.clear();
        state.rowsEmitted = 0;
        return enqueueNextPages(pages, TaskKind::PermissionPage, task.regionId, task.imageId);
    case PagedListAssembler::Step::Continue:
    case PagedListAssembler::Step::Confirm:
    case PagedListAssembler::Step::Complete:
        break;
    }
    if (!task.confirmation) {
        state.accountPages.insert(task.page, page.accounts);
        // Groups come whole with every page; the assembler checked that they stayed the same.
        merged.shareGroups = page.shareGroups;
    }
    merged.requestId = page.requestId;
    if (step == PagedListAssembler::Step::Continue)
        return enqueueNextPages(pages, TaskKind::PermissionPage, task.regionId, task.imageId);
    if (step == PagedListAssembler::Step::Confirm)
        return enqueue({TaskKind::PermissionPage, task.regionId, task.imageId, 1, pages.generation(), true});
    if (!state.record.complete) {
        joinAccountPages(state);
        state.record.complete = true;
        merged.totalCount = int(merged.accounts.size());
        merged.pageNumber = 1;
        merged.pageSize = EcsClient::kMaxSharePermissionPageSize;
        ++m_imagesDone;
        emitImageRows(state);
        Q_EMIT imageChecked(state.record);
    }
}

void AuditRunner::joinAccountPages(ImageState &state) {
    QList<SharedAccount> &accounts = state.record.permissions.accounts;
    accounts.clear();
    for (const QList<SharedAccount> &page : std::as_const(state.accountPages))
        accounts += page;
}

void AuditRunner::recordFailure(const Task &task, EcsError error) {
    if (task.kind == TaskKind::PermissionPage) {
        ImageState &state = m_imageStates[imageKey(task.regionId, task.imageId)];
        // One failure per image: once a page failed, its other pages cannot complete the read.
        if (state.failedPages > 0 ||
            (task.generation != state.pages.generation() && !state.pages.error().isError()))
            return;
        state.failedPages = 1;
        ++m_imagesFailed;
        state.pages.reset(); // answers still in flight are stale now
    } else if (task.kind == TaskKind::ImagePage) {
        RegionState &region = m_regionStates[task.regionId];
        if (region.failed ||
            (task.generation != region.pages.generation() && !region.pages.error().isError()))
            return;
        region.failed = true;
        region.pages.reset();
    }
    qCInfo(lcAudit).noquote() << "lookup failed for" << task.regionId << task.imageId << error.toOneLine();
    // Failures are shown, printed and saved in snapshots: never with a secret in them.
    const AuditFailure failure{task.regionId, task.imageId, SecretRedaction::redacted(error, m_credentials)};
    m_failures.append(failure);
    m_failedTasks.append(task);
    Q_EMIT failureAdded(failure);
}

void AuditRunner::emitImageRows(ImageState &state) {
    const AuditImageRecord &record = state.record;
    const auto &accounts = record.permissions.accounts;
    AuditRow row;
    row.regionId = record.image.regionId;
    row.imageId = record.image.imageId;
    row.imageName = record.image.imageName;
    // A read that started again (the sharing changed, or a retry) brings accounts already handed out.
    for (; state.rowsEmitted < accounts.size(); ++state.rowsEmitted) {
        const SharedAccount &account = accounts.at(state.rowsEmitted);
        if (state.emitted.contains(account.aliyunId))
            continue;
        state.emitted.insert(account.aliyunId);
        row.principal = account.aliyunId;
        row.sharedTime = account.sharedTime;
        m_rows.append(row);
    }
    if (!state.groupsEmitted && !record.permissions.shareGroups.isEmpty()) {
        state.groupsEmitted = true;
        row.kind = AuditRow::Kind::Group;
        row.sharedTime = {};
        for (const QString &group : record.permissions.shareGroups) {
            row.principal = group;
            m_rows.append(row);
        }
    }
    if (m_rows.size() - m_rowsFlushed >= m_options.batchRows)
        flush();
}

void AuditRunner::flush() {
    if (m_rowsFlushed < m_rows.size()) {
        const QList<AuditRow> batch = m_rows.mid(m_rowsFlushed);
        m_rowsFlushed = m_rows.size();
        Q_EMIT rowsAdded(batch);
    }
    Q_EMIT progressChanged(progress());
}

void AuditRunner::maybeFinish() {
    if (m_state != State::Running || m_pool.inFlight() > 0 || m_pool.isHolding() || !m_urgent.empty() ||
        !m_listing.empty() || !m_lookups.empty())
        return;
    endRun(State::Finished);
}

void AuditRunner::beginRun() {
    m_clock.start();
    m_flushTimer.start(m_options.batchInterval);
    m_throttledSincePatienceReset = false;
    m_patienceTimer.start(m_options.patience);
    setState(State::Running);
}

void AuditRunner::endRun(State state) {
    // Keep what was found: images that were cancelled, or whose lookup failed half-way, still show the
    // pages that did arrive.
    for (const QString &key : std::as_const(m_imageOrder)) {
        ImageState &image = m_imageStates[key];
        if (!image.record.complete)
            joinAccountPages(image); // the pages that did arrive
        emitImageRows(image);
    }
    m_elapsedBefore += m_clock.elapsed();
    m_clock.invalidate();
    m_flushTimer.stop();
    m_patienceTimer.stop();
    flush();
    setState(state);
    Q_EMIT finished();
}

QList<AuditImageRecord> AuditRunner::images() const {
    QList<AuditImageRecord> records;
    records.reserve(m_imageOrder.size());
    for (const QString &key : m_imageOrder)
        records.append(m_imageStates.value(key).record);
    return records;
}

QList<AuditFailure> AuditRunner::failures() const {
    return m_failures;
}

AuditProgress AuditRunner::progress() const {
    AuditProgress progress;
    progress.regionsTotal = int(m_regionIds.size());
    for (auto it = m_regionStates.cbegin(); it != m_regionStates.cend(); ++it) {
        const RegionState &region = it.value();
        if (region.listed()) {
            ++progress.regionsListed;
            progress.imagesTotal += region.imagesListed;
        } else {
            progress.imagesTotal += int(std::max<qint64>(region.pages.totalCount(), region.imagesListed));
        }
    }
    progress.imagesDone = m_imagesDone;
    progress.imagesFailed = m_imagesFailed;
    progress.rowsFound = int(m_rows.size());
    progress.requestsSent = m_pool.requestsSent();
    progress.throttledAnswers = m_throttled;
    progress.inFlight = m_pool.inFlight();
    progress.window = m_pool.window();
    progress.elapsedMs = m_elapsedBefore + (m_clock.isValid() ? m_clock.elapsed() : 0);
    const int settled = progress.imagesDone + progress.imagesFailed;
    if (m_state != State::Running)
        progress.etaMs = 0;
    else if (settled > 0 && progress.imagesTotal >= settled)
        progress.etaMs = progress.elapsedMs * (progress.imagesTotal - settled) / settled;
    return progress;
}

QString AuditRunner::endpoint() const {
    if (!m_pool.lanes().isEmpty())
        return m_pool.lanes().constFirst()->endpointFor({}).toString();
    if (!m_clientOptions.endpointOverride.isEmpty())
        return m_clientOptions.endpointOverride.toString();
    return QStringLiteral("https://ecs.aliyuncs.com");
}

AuditSnapshot AuditRunner::snapshot() const {
    AuditSnapshot snapshot;
    snapshot.setExportedAt(QDateTime::currentDateTimeUtc());
    snapshot.setEndpoint(endpoint());
    snapshot.setRegions(m_regionIds);
    QList<AuditImageRecord> complete;
    QList<AuditFailure> failures = m_failures;
    for (const QString &key : m_imageOrder) {
        const ImageState &state = m_imageStates[key];
        if (state.record.complete) {
            complete.append(state.record);
        } else if (state.failedPages == 0) {
            // Neither done nor failed: the audit was cancelled before its lookup ended.
            AuditFailure failure;
            failure.regionId = state.record.image.regionId;
            failure.imageId = state.record.image.imageId;
            failure.error = EcsError::local(EcsError::Kind::Cancelled,
                                            tr("The audit was cancelled before this image was checked."),
                                            QStringLiteral("Cancelled"));
            failures.append(failure);
        }
    }
    snapshot.setImages(complete);
    snapshot.setFailures(failures);
    return snapshot;
}

QString AuditRunner::imageKey(const QString &regionId, const QString &imageId) {
    return regionId + QLatin1Char('/') + imageId;
}

} // namespace isb
