#pragma once

#include "AuditCongestionWindow.h"
#include "AuditTypes.h"
#include "Credentials.h"
#include "EcsClient.h"
#include "PagedListAssembler.h"
#include "RequestPool.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <deque>

namespace isb {

class AuditSnapshot;

/// How the audit spreads its requests.
struct AuditOptions {
    /// Regions to audit; empty: every region DescribeRegions returns. DescribeRegions is asked either way
    /// (for the regions' endpoints) unless ClientOptions::endpointOverride is set.
    QStringList regions;
    /// Requests in flight at most; the congestion window moves between 1 and this.
    int poolSize = 8;
    /// The window's cut on a throttling answer (0.5-0.75 keeps a capped service near its cap).
    double decreaseFactor = 0.7;
    /// Rows are handed out in batches at this interval (or sooner when batchRows are waiting), so a view
    /// gets one insertion per batch instead of one per answer.
    std::chrono::milliseconds batchInterval{100};
    int batchRows = 2000;
    /// DescribeImages page size (the API allows 1-100).
    int imagePageSize = 100;
    /// How long the audit waits for a single answer that is not throttling. When this much time passes
    /// with nothing but throttling (the service's quota is gone and stays gone), every lookup not yet done
    /// fails with a Throttling error and the audit ends; retryFailed() picks them up later.
    std::chrono::milliseconds patience{120000};
    /// Pages of one list asked for ahead of the answers (a list's pages are created one at a time).
    int pagesAhead = 4;
};

/// The share audit: finds every custom image of the chosen regions (every status) and everyone it is
/// shared with, as fast as the API allows.
///
/// Every lookup (a region's image list page, an image's permission page) is a task in one queue; a
/// bounded pool (RequestPool, the one request engine) runs them concurrently on HTTP keep-alive connections,
/// feeding each task's follow-ups (further pages, the images a list page revealed) back into the same pool as
/// soon as they are known. Throttling answers never fail the audit: the pool narrows its congestion window
/// (AuditCongestionWindow) and requeues the task. Other errors follow the client's retry rules; what still
/// fails is listed in failures() and can be retried with retryFailed().
///
/// Results come as batches of rows (rowsAdded()) and as one record per image (images()), which is what a
/// snapshot stores. finished() is emitted when the queue runs dry or after cancel().
class AuditRunner final : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Running, Finished, Cancelled };
    Q_ENUM(State)

    explicit AuditRunner(QObject *parent = nullptr);
    ~AuditRunner() override;

    /// Take effect at the next start(). retryThrottling is forced off: the pool handles throttling.
    void setClientOptions(const ClientOptions &options);
    const ClientOptions &clientOptions() const { return m_clientOptions; }
    void setCredentials(const Credentials &credentials);
    void setOptions(const AuditOptions &options);
    const AuditOptions &options() const { return m_options; }

    /// Starts a new audit, dropping the results of the previous one. Ignored while running.
    void start();
    /// Drops the pending tasks and cancels the requests in flight; what was found is kept (rows of
    /// partially fetched images included). Emits finished().
    void cancel();
    /// Queues the failed lookups again (and, after a cancel, nothing else). Returns how many were queued.
    int retryFailed();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }

    /// Regions being audited (after DescribeRegions when none were given).
    QStringList regions() const { return m_regionIds; }
    /// Every row handed out so far, in the order of rowsAdded().
    const QList<AuditRow> &rows() const { return m_rows; }
    /// One record per image found, in discovery order.
    QList<AuditImageRecord> images() const;
    QList<AuditFailure> failures() const;
    AuditProgress progress() const;
    /// The base URL of DescribeRegions (or the override), as a snapshot records it.
    QString endpoint() const;
    /// The results as a snapshot: complete images; incomplete ones are listed as failures.
    AuditSnapshot snapshot() const;

    /// HTTP client instances the pool spreads over; see the constructor's comment.
    int laneCount() const { return int(m_pool.lanes().size()); }
    /// The most requests that were in flight at once.
    int peakInFlight() const { return m_pool.peakInFlight(); }

    /// QNetworkAccessManager's fixed limit of HTTP/1.1 connections per host in Qt 6.4.
    static constexpr int kConnectionsPerClient = RequestPool::kConnectionsPerClient;

Q_SIGNALS:
    void stateChanged(isb::AuditRunner::State state);
    /// A batch of new rows (at most every batchInterval, or when batchRows are waiting).
    void rowsAdded(const QList<isb::AuditRow> &rows);
    /// With each batch, and at the end.
    void progressChanged(const isb::AuditProgress &progress);
    void failureAdded(const isb::AuditFailure &failure);
    /// A region's image list is complete (read and confirmed): images() holds all of its images (their
    /// lookups may still run).
    void regionListed(const QString &regionId);
    /// Every page of one image's permissions arrived and was confirmed (a region export writes it then).
    void imageChecked(const isb::AuditImageRecord &record);
    /// The audit stopped: completed (maybe with failures) or cancelled.
    void finished();

private:
    enum class TaskKind { Regions, ImagePage, PermissionPage };
    struct Task {
        TaskKind kind = TaskKind::Regions;
        QString regionId;
        QString imageId;
        qint64 page = 1;
        int generation = 0;        // PagedListAssembler::generation() when the task was made
        bool confirmation = false; // the second read of page 1
    };
    struct RegionState {
        PagedListAssembler pages{PagedListAssembler::Subject::Images, 100};
        int imagesListed = 0;
        bool complete = false;
        bool failed = false;
        bool listed() const { return complete; }
    };
    struct ImageState {
        AuditImageRecord record;
        PagedListAssembler pages{PagedListAssembler::Subject::SharePermissions,
                                 EcsClient::kMaxSharePermissionPageSize};
        /// The accounts of each page read so far, by page number: pages arrive in any order, and are
        /// joined in page order so that an image's accounts keep the service's order run after run.
        QMap<int, QList<SharedAccount>> accountPages;
        int failedPages = 0;       // 0 or 1: a failed lookup stops the image's read
        qsizetype rowsEmitted = 0; // accounts of record.permissions already handed out
        QSet<QString> emitted;     // principals handed out (a read that starts again repeats some)
        bool groupsEmitted = false;
    };

    void setState(State state);
    void resetResults();
    void enqueue(const Task &task, bool front = false);
    bool takeTask(Task *task);
    void pump();
    void startTask(const Task &task);
    void onAnswered(const Task &task, EcsCall *call);
    void handleRegions(const Task &task, const QList<Region> &regions);
    void handleImagePage(const Task &task, const ImagePage &page);
    void handlePermissionPage(const Task &task, const SharePermissionPage &page);
    void recordFailure(const Task &task,
                       EcsError error); // by value: it may be an assembler's, which reset() clears
    void addRegion(const QString &regionId);
    void emitImageRows(ImageState &state);
    /// record.permissions.accounts from the pages read, in page order.
    static void joinAccountPages(ImageState &state);
    void flush();
    void maybeFinish();
    /// Starts (or, for a retry, restarts) the clock and the batch timer: the run is Running.
    void beginRun();
    /// Ends the run in `state` (Finished or Cancelled): the last rows and batch, then finished().
    void endRun(State state);
    /// Asks for the next pages of a list, keeping at most pagesAhead of them outstanding.
    void enqueueNextPages(PagedListAssembler &pages, TaskKind kind, const QString &regionId,
                          const QString &imageId);
    void startRegionListing(const QString &regionId);
    void startImageRead(ImageState &state);
    /// Nothing but throttling for the whole patience window: fail what is left and end.
    void onPatienceExpired();
    static QString imageKey(const QString &regionId, const QString &imageId);

    ClientOptions m_clientOptions;
    Credentials m_credentials;
    AuditOptions m_options;
    State m_state = State::Idle;

    RequestPool m_pool;
    // Continuation pages first, so started images finish and leave memory; then image list pages, so
    // the total is known early for the ETA; then first permission pages.
    std::deque<Task> m_urgent;
    std::deque<Task> m_listing;
    std::deque<Task> m_lookups;
    QTimer m_flushTimer;
    QTimer m_patienceTimer;
    bool m_throttledSincePatienceReset = false;

    QStringList m_regionIds;
    QHash<QString, RegionState> m_regionStates;
    QHash<QString, ImageState> m_imageStates;
    QStringList m_imageOrder;
    QList<AuditRow> m_rows;
    qsizetype m_rowsFlushed = 0;
    QList<AuditFailure> m_failures;
    QList<Task> m_failedTasks;
    QList<Task> m_abandoned; // what RequestPool::abandon() handed back
    int m_imagesDone = 0;
    int m_imagesFailed = 0;
    int m_throttled = 0;
    QElapsedTimer m_clock;
    qint64 m_elapsedBefore = 0; // time of earlier runs (retryFailed continues the clock)
};

} // namespace isb
