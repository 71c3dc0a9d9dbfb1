#pragma once

#include "Credentials.h"
#include "EcsClient.h"
#include "audit/RequestPool.h"
#include "changes/SharingPlan.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QTimer>

#include <deque>

namespace isb {

/// What became of one image of an applied plan.
struct ImageChangeOutcome {
    enum class Status {
        Pending,   // not finished yet
        Verified,  // read again after the change: exactly as planned
        Failed,    // a ModifyImageSharePermission call failed (error); the read after it shows what is there
        Mismatch,  // every call succeeded, yet the grants read again differ (a concurrent change)
        Cancelled, // cancel() came first
    };
    ImageSharingChange change;
    Status status = Status::Pending;
    EcsError error;            // Failed: the call's error; a failed verification read too
    QStringList requestIds;    // of the change calls, then the verification read
    SharePermissionPage found; // the grants read after the change (when the read succeeded)

    /// The key may read but not change sharing (403 Forbidden.RAM).
    static bool isPermissionMissing(const EcsError &error);
    /// The error's line; for Forbidden.RAM it names the missing RAM permission. Translated.
    static QString errorText(const EcsError &error);
    /// The same, short: the error's code (or kind) instead of its whole line, for a table cell.
    static QString errorSummary(const EcsError &error);
};

/// Reads images, applies a SharingPlan and verifies it, over the audit's request engine (RequestPool): a
/// bounded number of requests in flight spread over keep-alive lanes, a congestion window that narrows on
/// throttling answers (the task is requeued, never failed), and cancel(). It is a sibling of AuditRunner,
/// not a task kind inside it, because AuditRunner's queues, results and finish rules are those of a
/// discovery (regions, list pages, rows); both hand their tasks to the same pool class.
///
/// Verification reads every page (DescribeImageSharePermission allPages, with its certainty rules), and an
/// image is Verified only when its accounts and group "all" are exactly what the plan leads to.
class SharingChangeRunner final : public QObject {
    Q_OBJECT
public:
    explicit SharingChangeRunner(QObject *parent = nullptr);
    ~SharingChangeRunner() override;

    /// Take effect at the next read or apply. retryThrottling is forced off: the pool handles throttling.
    void setClientOptions(const ClientOptions &options);
    void setCredentials(const Credentials &credentials);
    void setPoolSize(int poolSize);
    /// Endpoints already known (an audit's DescribeRegions); otherwise the runner asks DescribeRegions
    /// itself when no endpoint override is set.
    void setRegionEndpoints(const QHash<QString, QString> &endpoints);

    /// Reads the current grants (every page) and name of each requested image, then builds the plan:
    /// planReady() with the plan, or readFailed() with the first lookup that failed.
    void readPlan(const QList<SharingRequest> &requests, const QString &ownerId);
    /// Sends the plan's changes, then reads every touched image again; finished() when every image has an
    /// outcome.
    void apply(const SharingPlan &plan);
    /// Sends the Failed and Mismatch images' changes again (re-planned from what was read after them);
    /// returns how many.
    int retryFailed();
    /// Abandons the requests in flight and what is queued; the images left are Cancelled. Emits finished().
    void cancel();

    bool isRunning() const { return m_running; }
    const QList<ImageChangeOutcome> &outcomes() const { return m_outcomes; }
    bool allVerified() const;
    /// HTTP attempts sent by this runner's lanes.
    int requestsSent() const;
    int peakInFlight() const { return m_pool.peakInFlight(); }
    QString endpoint() const;

Q_SIGNALS:
    void planReady(const isb::SharingPlan &plan);
    void readFailed(const QString &regionId, const QString &imageId, const isb::EcsError &error);
    void imageFinished(const isb::ImageChangeOutcome &outcome);
    void finished();

private:
    enum class TaskKind { Regions, ReadPermissions, ReadName, Modify, Verify };
    struct Task {
        TaskKind kind = TaskKind::Regions;
        int index = 0; // into m_reads (Read*) or m_outcomes (Modify, Verify)
    };
    struct ImageRead {
        SharingRequest request;
        SharePermissionPage permissions;
        QString imageName;
        int answers = 0; // of the two reads
    };

    void queueAfterEndpoints(std::deque<Task> tasks);
    void begin();
    void pump();
    void startTask(const Task &task);
    void handle(const Task &task, EcsCall *call);
    void finishImage(int index, ImageChangeOutcome::Status status);
    void maybeFinish();

    ClientOptions m_clientOptions;
    Credentials m_credentials;
    int m_poolSize = 8;
    QHash<QString, QString> m_endpoints;
    bool m_endpointsKnown = false;

    RequestPool m_pool;
    bool m_lanesStale = true; // options or pool size changed: new lanes at the next begin()
    std::deque<Task> m_queue;
    std::deque<Task> m_afterEndpoints; // waiting for DescribeRegions
    bool m_running = false;

    QList<ImageRead> m_reads;
    QString m_ownerId;
    bool m_readFailed = false;
    QList<ImageChangeOutcome> m_outcomes;
};

} // namespace isb

Q_DECLARE_METATYPE(isb::ImageChangeOutcome)
