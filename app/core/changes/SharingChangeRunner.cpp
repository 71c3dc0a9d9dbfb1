#include "SharingChangeRunner.h"

#include <QCoreApplication>

namespace isb {

bool ImageChangeOutcome::isPermissionMissing(const EcsError &error) {
    return error.code == QLatin1String("Forbidden.RAM");
}

namespace {

QString withPermissionNote(const EcsError &error, const QString &line) {
    if (!ImageChangeOutcome::isPermissionMissing(error))
        return line;
    //: %1 is the service's error line; the permission name stays as it is.
    return QCoreApplication::translate("isb::SharingChangeRunner",
                                       "%1 (the RAM permission ecs:ModifyImageSharePermission is missing for "
                                       "this key)")
        .arg(line);
}

} // namespace

QString ImageChangeOutcome::errorText(const EcsError &error) {
    return withPermissionNote(error, error.toOneLine());
}

QString ImageChangeOutcome::errorSummary(const EcsError &error) {
    return withPermissionNote(error, error.shortCode());
}

SharingChangeRunner::SharingChangeRunner(QObject *parent)
    : QObject(parent) {
    connect(&m_pool, &RequestPool::roomChanged, this, &SharingChangeRunner::pump);
}

SharingChangeRunner::~SharingChangeRunner() {
    m_pool.cancelAll(); // before the members the completions use go
}

void SharingChangeRunner::setClientOptions(const ClientOptions &options) {
    m_clientOptions = options;
    m_lanesStale = true;
}

void SharingChangeRunner::setCredentials(const Credentials &credentials) {
    m_credentials = credentials;
    m_pool.setCredentials(credentials);
}

void SharingChangeRunner::setPoolSize(int poolSize) {
    m_poolSize = std::max(1, poolSize);
    m_lanesStale = true;
}

void SharingChangeRunner::setRegionEndpoints(const QHash<QString, QString> &endpoints) {
    m_endpoints = endpoints;
    m_endpointsKnown = true;
    for (auto it = endpoints.cbegin(); it != endpoints.cend(); ++it)
        m_pool.setRegionEndpoint(it.key(), it.value());
}

void SharingChangeRunner::begin() {
    m_pool.setClientOptions(m_clientOptions);
    m_pool.setCredentials(m_credentials);
    m_pool.setPoolSize(m_poolSize);
    // The lanes stay from one run to the next (requestsSent() counts them all) unless options changed.
    m_pool.reset(std::exchange(m_lanesStale, false));
    m_running = true;
}

void SharingChangeRunner::readPlan(const QList<SharingRequest> &requests, const QString &ownerId) {
    if (m_running)
        return;
    begin();
    m_ownerId = ownerId;
    m_readFailed = false;
    m_reads.clear();
    for (const SharingRequest &request : requests)
        m_reads.append({request, {}, {}});
    std::deque<Task> tasks;
    for (int i = 0; i < m_reads.size(); ++i) {
        tasks.push_back({TaskKind::ReadPermissions, i});
        tasks.push_back({TaskKind::ReadName, i});
    }
    queueAfterEndpoints(std::move(tasks));
}

void SharingChangeRunner::queueAfterEndpoints(std::deque<Task> tasks) {
    // Each region's requests go to its RegionEndpoint from DescribeRegions, unless an override sends
    // everything to one place.
    if (!m_endpointsKnown && m_clientOptions.endpointOverride.isEmpty()) {
        m_afterEndpoints = std::move(tasks);
        m_queue.push_back({TaskKind::Regions, 0});
    } else {
        m_queue = std::move(tasks);
    }
    QTimer::singleShot(0, this, &SharingChangeRunner::pump);
}

void SharingChangeRunner::apply(const SharingPlan &plan) {
    if (m_running)
        return;
    begin();
    m_outcomes.clear();
    std::deque<Task> tasks;
    for (const ImageSharingChange &change : plan.changes()) {
        ImageChangeOutcome outcome;
        outcome.change = change;
        m_outcomes.append(outcome);
        tasks.push_back({TaskKind::Modify, int(m_outcomes.size() - 1)});
    }
    queueAfterEndpoints(std::move(tasks));
}

int SharingChangeRunner::retryFailed() {
    if (m_running)
        return 0;
    begin();
    int queued = 0;
    for (int i = 0; i < m_outcomes.size(); ++i) {
        ImageChangeOutcome &outcome = m_outcomes[i];
        if (outcome.status != ImageChangeOutcome::Status::Failed &&
            outcome.status != ImageChangeOutcome::Status::Mismatch &&
            outcome.status != ImageChangeOutcome::Status::Cancelled)
            continue;
        // Planned again from what is there now, so that what already happened is not sent twice.
        const ImageSharingChange &old = outcome.change;
        SharingPlan again;
        again.addImage({old.regionId, old.imageId, old.add, old.remove, old.removeAll}, old.imageName,
                       outcome.found);
        if (outcome.status != ImageChangeOutcome::Status::Cancelled && outcome.found.imageId == old.imageId)
            outcome.change = again.images().constFirst();
        outcome.status = ImageChangeOutcome::Status::Pending;
        outcome.error = {};
        m_queue.push_back({outcome.change.isEmpty() ? TaskKind::Verify : TaskKind::Modify, i});
        ++queued;
    }
    if (queued == 0)
        m_running = false;
    else
        QTimer::singleShot(0, this, &SharingChangeRunner::pump);
    return queued;
}

void SharingChangeRunner::cancel() {
    if (!m_running)
        return;
    m_pool.cancelAll();
    m_queue.clear();
    m_afterEndpoints.clear();
    for (int i = 0; i < m_outcomes.size(); ++i) {
        if (m_outcomes.at(i).status == ImageChangeOutcome::Status::Pending)
            finishImage(i, ImageChangeOutcome::Status::Cancelled);
    }
    m_running = false;
    Q_EMIT finished();
}

bool SharingChangeRunner::allVerified() const {
    return std::all_of(m_outcomes.cbegin(), m_outcomes.cend(), [](const ImageChangeOutcome &outcome) {
        return outcome.status == ImageChangeOutcome::Status::Verified;
    });
}

int SharingChangeRunner::requestsSent() const {
    return m_pool.requestsSent();
}

QString SharingChangeRunner::endpoint() const {
    if (!m_clientOptions.endpointOverride.isEmpty())
        return m_clientOptions.endpointOverride.toString();
    if (!m_pool.lanes().isEmpty())
        return m_pool.lanes().constFirst()->endpointFor({}).toString();
    return EcsClient(m_clientOptions).endpointFor({}).toString();
}

void SharingChangeRunner::pump() {
    if (!m_running)
        return;
    while (m_pool.hasRoom() && !m_queue.empty()) {
        const Task task = m_queue.front();
        m_queue.pop_front();
        startTask(task);
    }
    maybeFinish();
}

void SharingChangeRunner::startTask(const Task &task) {
    const auto make = [this, &task](EcsClient &client) -> EcsCall * {
        switch (task.kind) {
        case TaskKind::Regions:
            return client.describeRegions(QStringLiteral("en-US"));
        case TaskKind::ReadPermissions:
        case TaskKind::Verify: {
            SharePermissionQuery query;
            const bool read = task.kind == TaskKind::ReadPermissions;
            query.regionId =
                read ? m_reads.at(task.index).request.regionId : m_outcomes.at(task.index).change.regionId;
            query.imageId =
                read ? m_reads.at(task.index).request.imageId : m_outcomes.at(task.index).change.imageId;
            query.pageSize = EcsClient::kMaxSharePermissionPageSize;
            query.allPages = true;
            return client.describeImageSharePermission(query);
        }
        case TaskKind::ReadName: {
            // The plan shows the image's name; every status, as a Deprecated image can still be shared.
            ImageQuery query;
            query.regionId = m_reads.at(task.index).request.regionId;
            query.imageIds = {m_reads.at(task.index).request.imageId};
            query.statuses = Image::allStatuses();
            return client.describeImages(query);
        }
        case TaskKind::Modify:
            break;
        }
        const ImageSharingChange &change = m_outcomes.at(task.index).change;
        return client.modifyImageSharePermission(change.regionId, change.imageId, change.add, change.remove,
                                                 change.removeAll);
    };
    m_pool.start(make, [this, task](EcsCall *call, RequestPool::Outcome outcome) {
        if (outcome == RequestPool::Outcome::Throttled)
            m_queue.push_front(task); // the pool narrowed its window (and holds when at one)
        else if (outcome == RequestPool::Outcome::Answered)
            handle(task, call);
    });
}

void SharingChangeRunner::handle(const Task &task, EcsCall *call) {
    const EcsError &error = call->error();
    switch (task.kind) {
    case TaskKind::Regions:
        if (error.isError()) {
            m_afterEndpoints.clear();
            if (!m_reads.isEmpty()) {
                m_readFailed = true;
                Q_EMIT readFailed({}, {}, error);
                return;
            }
            for (int i = 0; i < m_outcomes.size(); ++i) {
                m_outcomes[i].error = error;
                finishImage(i, ImageChangeOutcome::Status::Failed);
            }
            return;
        }
        for (const Region &region : static_cast<RegionsCall *>(call)->result())
            m_endpoints.insert(region.regionId, region.regionEndpoint);
        setRegionEndpoints(m_endpoints);
        m_queue.insert(m_queue.end(), m_afterEndpoints.begin(), m_afterEndpoints.end());
        m_afterEndpoints.clear();
        return;
    case TaskKind::ReadPermissions:
    case TaskKind::ReadName: {
        if (m_readFailed)
            return;
        ImageRead &read = m_reads[task.index];
        if (task.kind == TaskKind::ReadPermissions) {
            if (error.isError()) {
                m_readFailed = true;
                m_queue.clear();
                Q_EMIT readFailed(read.request.regionId, read.request.imageId, error);
                return;
            }
            read.permissions = static_cast<SharePermissionCall *>(call)->result();
        } else if (!error.isError()) {
            // A missing name (no ecs:DescribeImages) leaves it empty rather than failing the plan.
            for (const Image &image : static_cast<ImagesCall *>(call)->result().images) {
                if (image.imageId == read.request.imageId)
                    read.imageName = image.imageName;
            }
        }
        ++read.answers;
        return;
    }
    case TaskKind::Modify: {
        ImageChangeOutcome &outcome = m_outcomes[task.index];
        // On an error the result holds the RequestIds of the batches that went through, the error its own.
        outcome.requestIds += static_cast<ShareChangeCall *>(call)->result();
        if (!error.requestId.isEmpty())
            outcome.requestIds.append(error.requestId);
        outcome.error = error;
        // Read again in any case: after a failure the read shows what did change (an earlier batch).
        m_queue.push_back({TaskKind::Verify, task.index});
        return;
    }
    case TaskKind::Verify: {
        ImageChangeOutcome &outcome = m_outcomes[task.index];
        if (error.isError()) {
            if (!outcome.error.isError())
                outcome.error = error;
            finishImage(task.index, ImageChangeOutcome::Status::Failed);
            return;
        }
        outcome.found = static_cast<SharePermissionCall *>(call)->result();
        if (!outcome.found.requestId.isEmpty())
            outcome.requestIds.append(outcome.found.requestId);
        if (outcome.error.isError())
            finishImage(task.index, ImageChangeOutcome::Status::Failed);
        else
            finishImage(task.index, outcome.change.isSatisfiedBy(outcome.found)
                                        ? ImageChangeOutcome::Status::Verified
                                        : ImageChangeOutcome::Status::Mismatch);
        return;
    }
    }
}

void SharingChangeRunner::finishImage(int index, ImageChangeOutcome::Status status) {
    m_outcomes[index].status = status;
    Q_EMIT imageFinished(m_outcomes.at(index));
}

void SharingChangeRunner::maybeFinish() {
    if (!m_running || m_pool.inFlight() > 0 || !m_queue.empty() || m_pool.isHolding())
        return;
    m_running = false;
    if (!m_reads.isEmpty()) {
        const QList<ImageRead> reads = std::exchange(m_reads, {});
        if (m_readFailed)
            return; // readFailed() was emitted
        SharingPlan plan;
        for (const ImageRead &read : reads)
            plan.addImage(read.request, read.imageName, read.permissions, m_ownerId);
        Q_EMIT planReady(plan);
        return;
    }
    Q_EMIT finished();
}

} // namespace isb
