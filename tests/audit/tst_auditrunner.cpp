#include "AuditTestData.h"
#include "EcsSimulator.h"
#include "audit/AuditRunner.h"
#include "audit/AuditSnapshot.h"
#include "export/IsoTime.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace isb;
using namespace std::chrono_literals;

namespace {

QString grantOf(const AuditRow &row) {
    return row.regionId + QLatin1Char(' ') + row.imageId + QLatin1Char(' ') + AuditRow::kindName(row.kind) +
           QLatin1Char(' ') + row.principal + QLatin1Char(' ') + formatIsoUtc(row.sharedTime);
}

QSet<QString> grantsOf(const QList<AuditRow> &rows) {
    QSet<QString> grants;
    for (const AuditRow &row : rows)
        grants.insert(grantOf(row));
    return grants;
}

} // namespace

/// The audit against the in-process simulator over loopback HTTP: results, throttling, faults, cancel.
class TestAuditRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void findsEveryGrantOfEveryRegion();
    void auditsOnlyTheGivenRegions();
    void givenRegionsStillAskForEndpoints();
    void keepsEightInFlightOnOneHost();
    void adaptsToThrottling();
    void recoversFrom503();
    void cancelKeepsPartialResults();
    void failedLookupsAreListedAndRetried();
    void vanishedImageIsAFailedItem();
    void randomFailuresAllRecoverOnRetry();
    void snapshotOfAFinishedAudit();
    void sharingThatKeepsChangingFailsTheImage();
    void patienceEndsAnAuditFacingOnlyThrottling();
    void gateway429IsThrottlingInTheAudit();
    void contradictoryPagesFailTheImage();

private:
    /// Runs the audit to its end; false if it did not finish in time.
    bool runToEnd(AuditRunner &runner, int timeoutMs = 60000);
    void configure(AuditRunner &runner, int poolSize = 8, const QStringList &regions = {});

    AuditTestData m_data;
    EcsSimulator *m_simulator = nullptr;
    ClientOptions m_clientOptions;
};

void TestAuditRunner::initTestCase() {
    qRegisterMetaType<AuditProgress>();
    qRegisterMetaType<AuditFailure>();
    // The fault tests provoke hundreds of logged errors; they are expected here.
    QLoggingCategory::setFilterRules(QStringLiteral("isb.*.info=false\nisb.*.debug=false"));
    m_data = AuditTestData::generate(4, 30);
    QCOMPARE(m_data.imageKeys.size(), 120);
}

void TestAuditRunner::init() {
    m_simulator = new EcsSimulator(this);
    auto dataset = SimulatorDataset::fromJson(m_data.json);
    QVERIFY(dataset);
    m_simulator->loadDataset(*dataset);
    m_simulator->setSeed(42);
    QVERIFY(m_simulator->listen(QHostAddress::LocalHost, 0));
    m_clientOptions = {};
    m_clientOptions.endpointOverride = m_simulator->url();
    m_clientOptions.timeout = 10s;
    m_clientOptions.retryBaseDelay = 5ms;
    m_clientOptions.retryMaxDelay = 50ms;
}

void TestAuditRunner::cleanup() {
    delete m_simulator;
    m_simulator = nullptr;
}

void TestAuditRunner::configure(AuditRunner &runner, int poolSize, const QStringList &regions) {
    runner.setClientOptions(m_clientOptions);
    runner.setCredentials(m_data.credentials);
    AuditOptions options;
    options.poolSize = poolSize;
    options.regions = regions;
    runner.setOptions(options);
}

bool TestAuditRunner::runToEnd(AuditRunner &runner, int timeoutMs) {
    QSignalSpy finished(&runner, &AuditRunner::finished);
    if (!runner.isRunning())
        runner.start();
    return finished.count() > 0 || finished.wait(timeoutMs);
}

void TestAuditRunner::findsEveryGrantOfEveryRegion() {
    AuditRunner runner;
    configure(runner);
    QList<AuditRow> batched;
    int batches = 0;
    connect(&runner, &AuditRunner::rowsAdded, this, [&](const QList<AuditRow> &rows) {
        batched += rows;
        ++batches;
    });
    QSignalSpy progress(&runner, &AuditRunner::progressChanged);
    QVERIFY(runToEnd(runner));

    QCOMPARE(runner.state(), AuditRunner::State::Finished);
    QVERIFY2(runner.failures().isEmpty(), qPrintable(runner.failures().value(0).error.toOneLine()));
    QCOMPARE(runner.regions(), m_data.regionIds);
    QCOMPARE(grantsOf(runner.rows()), m_data.grants);
    QCOMPARE(runner.rows().size(), m_data.grants.size()); // nothing twice
    QCOMPARE(batched, runner.rows());
    QVERIFY(batches >= 1);

    QSet<QString> images;
    for (const AuditImageRecord &record : runner.images()) {
        QVERIFY(record.complete);
        images.insert(record.image.regionId + QLatin1Char('/') + record.image.imageId);
    }
    QCOMPARE(images, m_data.imageKeys); // every status, also images shared with nobody

    QVERIFY(!progress.isEmpty());
    const AuditProgress last = runner.progress();
    QCOMPARE(last.imagesTotal, 120);
    QCOMPARE(last.imagesDone, 120);
    QCOMPARE(last.regionsListed, 4);
    QVERIFY(last.totalIsFinal());
    QCOMPARE(last.etaMs, 0);
    QCOMPARE(last.throttledAnswers, 0);
    // 1 DescribeRegions + 4 image lists + 120 first permission pages + 12 second pages + 12 confirmation
    // reads of page 1 (the two-page lists).
    QCOMPARE(last.requestsSent, 149);
    QCOMPARE(m_simulator->requestCount(), 149);
}

void TestAuditRunner::auditsOnlyTheGivenRegions() {
    AuditRunner runner;
    configure(runner, 8, {m_data.regionIds.at(1), m_data.regionIds.at(3)});
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.regions(), QStringList({m_data.regionIds.at(1), m_data.regionIds.at(3)}));
    QSet<QString> expected;
    for (const QString &grant : std::as_const(m_data.grants)) {
        if (grant.startsWith(m_data.regionIds.at(1) + QLatin1Char(' ')) ||
            grant.startsWith(m_data.regionIds.at(3) + QLatin1Char(' ')))
            expected.insert(grant);
    }
    QCOMPARE(grantsOf(runner.rows()), expected);
    QCOMPARE(runner.images().size(), 60);
    // With an endpoint override DescribeRegions is skipped (every request goes to the override anyway):
    // 2 image lists + 60 first permission pages + 6 second pages + 6 confirmation reads.
    QCOMPARE(m_simulator->requestCount(), 74);
}

void TestAuditRunner::givenRegionsStillAskForEndpoints() {
    // Without an override the regions' own endpoints are needed, so DescribeRegions goes first even when
    // the regions are given. No real service may be reached from a test: every request goes to a proxy
    // that refuses connections, and the requests are counted instead.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    const QNetworkProxy previous = QNetworkProxy::applicationProxy();
    QNetworkProxy::setApplicationProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), port));
    const auto restore = qScopeGuard([&] { QNetworkProxy::setApplicationProxy(previous); });

    m_clientOptions.endpointOverride.clear();
    m_clientOptions.maxRetries = 0;
    AuditRunner runner;
    const QStringList given = {m_data.regionIds.at(1), m_data.regionIds.at(3)};
    configure(runner, 8, given);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^region endpoints unknown")));
    QVERIFY(runToEnd(runner, 20000));
    // DescribeRegions, then one image list per given region at its default endpoint.
    QCOMPARE(runner.progress().requestsSent, 3);
    QCOMPARE(runner.regions(), given);
    // The failed endpoint lookup is not an audit failure: the regions' own lookups report the cause.
    QCOMPARE(runner.failures().size(), 2);
    for (const AuditFailure &failure : runner.failures()) {
        QVERIFY(given.contains(failure.regionId));
        QVERIFY(failure.imageId.isEmpty());
        QVERIFY(failure.error.isError());
    }
    QCOMPARE(m_simulator->requestCount(), 0);
}

void TestAuditRunner::keepsEightInFlightOnOneHost() {
    // Every request goes to one host (the simulator); QNetworkAccessManager alone would stop at six.
    m_simulator->setLatency(40ms);
    AuditRunner runner;
    configure(runner, 8);
    bool sawEta = false;
    connect(&runner, &AuditRunner::progressChanged, this, [&](const AuditProgress &progress) {
        if (runner.isRunning() && progress.imagesDone > 0 && progress.imagesDone < progress.imagesTotal)
            sawEta = sawEta || progress.etaMs > 0;
    });
    QVERIFY(runToEnd(runner));
    QVERIFY(sawEta); // progress while running comes with an estimate
    QCOMPARE(runner.laneCount(), 2);
    QCOMPARE(runner.peakInFlight(), 8);
    QCOMPARE(m_simulator->peakConcurrency(), 8);
    QCOMPARE(grantsOf(runner.rows()), m_data.grants);
}

void TestAuditRunner::adaptsToThrottling() {
    m_simulator->setLatency(20ms);
    m_simulator->setMaxConcurrent(3);
    m_simulator->setFault(FaultKind::Throttling, 0.05);
    AuditRunner runner;
    configure(runner, 8);
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.state(), AuditRunner::State::Finished);
    QVERIFY2(runner.failures().isEmpty(), qPrintable(runner.failures().value(0).error.toOneLine()));
    QCOMPARE(grantsOf(runner.rows()), m_data.grants);
    QCOMPARE(runner.rows().size(), m_data.grants.size());
    const AuditProgress progress = runner.progress();
    QVERIFY(progress.throttledAnswers > 0);
    QCOMPARE(progress.throttledAnswers, m_simulator->throttledCount());
    // The window settles near the cap instead of hammering: far fewer throttles than requests.
    QVERIFY2(
        progress.throttledAnswers < progress.requestsSent / 2,
        qPrintable(
            QStringLiteral("%1 throttled of %2").arg(progress.throttledAnswers).arg(progress.requestsSent)));
}

void TestAuditRunner::recoversFrom503() {
    m_clientOptions.maxRetries = 8;
    m_simulator->setFault(FaultKind::Unavailable, 0.2);
    AuditRunner runner;
    configure(runner, 8);
    QVERIFY(runToEnd(runner));
    QVERIFY2(runner.failures().isEmpty(), qPrintable(runner.failures().value(0).error.toOneLine()));
    QCOMPARE(grantsOf(runner.rows()), m_data.grants);
    QVERIFY(runner.progress().requestsSent > 137); // the client retried
}

void TestAuditRunner::cancelKeepsPartialResults() {
    m_simulator->setLatency(30ms);
    AuditRunner runner;
    configure(runner, 4);
    QSignalSpy rows(&runner, &AuditRunner::rowsAdded);
    QSignalSpy finished(&runner, &AuditRunner::finished);
    runner.start();
    QTRY_VERIFY_WITH_TIMEOUT(runner.rows().size() >= 20, 20000);
    runner.cancel();
    QCOMPARE(runner.state(), AuditRunner::State::Cancelled);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!runner.isRunning());

    QSet<QString> found = grantsOf(runner.rows());
    QVERIFY(!found.isEmpty());
    QVERIFY(found.size() < m_data.grants.size());
    QVERIFY(found.size() == runner.rows().size());
    QVERIFY(QSet<QString>(found).subtract(m_data.grants).isEmpty()); // nothing invented

    // Nothing more is sent after cancel: the pool stays empty while the simulator drains.
    const int sentAtCancel = runner.progress().requestsSent;
    QCOMPARE(runner.progress().inFlight, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_simulator->inFlight(), 0, 5000);
    QCOMPARE(runner.progress().requestsSent, sentAtCancel);
    QVERIFY(m_simulator->requestCount() <= sentAtCancel);
    QCOMPARE(finished.count(), 1);

    const AuditSnapshot snapshot = runner.snapshot();
    QVERIFY(!snapshot.failures().isEmpty()); // unfinished images are marked unknown
    QCOMPARE(snapshot.failures().constFirst().error.code, QStringLiteral("Cancelled"));
}

void TestAuditRunner::failedLookupsAreListedAndRetried() {
    // Three answers of 500 to one lookup exceed maxRetries = 2: the lookup fails for good.
    m_clientOptions.maxRetries = 2;
    AuditRunner runner;
    configure(runner, 1, {m_data.regionIds.at(0)});
    m_simulator->failNext(FaultKind::Internal, 3);
    QSignalSpy failures(&runner, &AuditRunner::failureAdded);
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.state(), AuditRunner::State::Finished);
    QCOMPARE(failures.count(), 1);
    QCOMPARE(runner.failures().size(), 1);
    const AuditFailure failure = runner.failures().constFirst();
    QCOMPARE(failure.regionId, m_data.regionIds.at(0));
    QVERIFY(failure.imageId.isEmpty()); // the region's image list
    QCOMPARE(failure.error.code, QStringLiteral("InternalError"));
    QVERIFY(!failure.error.requestId.isEmpty());
    QVERIFY(runner.rows().isEmpty());

    QCOMPARE(runner.retryFailed(), 1);
    QVERIFY(runner.isRunning());
    QVERIFY(runToEnd(runner));
    QVERIFY(runner.failures().isEmpty());
    QCOMPARE(runner.images().size(), 30);
    QCOMPARE(runner.progress().imagesDone, 30);
}

void TestAuditRunner::vanishedImageIsAFailedItem() {
    // The last image of region 1 is deleted after the image list was read, before its lookup: 404.
    const QString region = m_data.regionIds.at(0);
    const QString vanished = QStringLiteral("m-r1i0029");
    auto shrunk = SimulatorDataset::fromJson(QByteArray(m_data.json).replace(vanished.toLatin1(), "m-gone"));
    QVERIFY(shrunk);
    m_simulator->setLatency(20ms);
    AuditRunner runner;
    configure(runner, 1, {region});
    bool swapped = false;
    connect(&runner, &AuditRunner::progressChanged, this, [&](const AuditProgress &progress) {
        if (!swapped && progress.regionsListed == 1 && progress.imagesDone < 29) {
            swapped = true;
            m_simulator->loadDataset(*shrunk);
        }
    });
    QVERIFY(runToEnd(runner));
    QVERIFY(swapped);
    QCOMPARE(runner.failures().size(), 1);
    const AuditFailure failure = runner.failures().constFirst();
    QCOMPARE(failure.regionId, region);
    QCOMPARE(failure.imageId, vanished);
    QVERIFY(failure.error.isNotFound());
    QCOMPARE(failure.error.httpStatus, 404);
    const AuditProgress progress = runner.progress();
    QCOMPARE(progress.imagesFailed, 1);
    QCOMPARE(progress.imagesDone, 29);

    const AuditSnapshot snapshot = runner.snapshot();
    QCOMPARE(snapshot.images().size(), 29);
    QCOMPARE(snapshot.failures().size(), 1);
    QVERIFY(snapshot.isUnknown(region, vanished));

    // Still gone: the retry fails the same way and the audit ends again.
    QCOMPARE(runner.retryFailed(), 1);
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.failures().size(), 1);
    QCOMPARE(runner.progress().imagesFailed, 1);
}

void TestAuditRunner::randomFailuresAllRecoverOnRetry() {
    m_clientOptions.maxRetries = 0;
    m_simulator->setFault(FaultKind::Internal, 0.15);
    AuditRunner runner;
    configure(runner, 8);
    QVERIFY(runToEnd(runner));
    QVERIFY(!runner.failures().isEmpty());
    const AuditProgress partial = runner.progress();
    QVERIFY(partial.imagesDone < 120 || partial.imagesFailed > 0 || partial.regionsListed < 4);

    m_simulator->clearFaults();
    int rounds = 0;
    while (!runner.failures().isEmpty() && rounds++ < 3) {
        QVERIFY(runner.retryFailed() > 0);
        QVERIFY(runToEnd(runner));
    }
    QVERIFY(runner.failures().isEmpty());
    QCOMPARE(grantsOf(runner.rows()), m_data.grants);
    QCOMPARE(runner.rows().size(), m_data.grants.size());
    QCOMPARE(runner.progress().imagesFailed, 0);
    QCOMPARE(runner.progress().imagesDone, 120);
}

void TestAuditRunner::snapshotOfAFinishedAudit() {
    AuditRunner runner;
    configure(runner, 8);
    QVERIFY(runToEnd(runner));
    const AuditSnapshot snapshot = runner.snapshot();
    QCOMPARE(snapshot.images().size(), 120);
    QVERIFY(snapshot.failures().isEmpty());
    QCOMPARE(snapshot.regions(), m_data.regionIds);
    QCOMPARE(snapshot.endpoint(), m_simulator->url().toString());
    QCOMPARE(grantsOf(snapshot.rows()), m_data.grants);
    const auto reloaded = AuditSnapshot::fromJson(snapshot.toJson());
    QVERIFY(reloaded);
    QCOMPARE(grantsOf(reloaded->rows()), m_data.grants);
}

void TestAuditRunner::sharingThatKeepsChangingFailsTheImage() {
    // Every read of a page 1 unshares that image's first account. A one-page list is read whole before
    // the change, so it is right as read; a two-page list changes under every pass: after the first pass
    // and three more it fails with the "changed" error instead of being reported with a grant missing.
    m_simulator->setFault(FaultKind::Shift, 1.0);
    AuditRunner runner;
    configure(runner, 8, {m_data.regionIds.at(0)});
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.state(), AuditRunner::State::Finished);
    QCOMPARE(runner.failures().size(), 3); // the region's three images with 60 accounts
    for (const AuditFailure &failure : runner.failures()) {
        QCOMPARE(failure.error.kind, EcsError::Kind::Changed);
        QCOMPARE(failure.error.code, QStringLiteral("SharingChanged"));
        QCOMPARE(failure.error.message,
                 QStringLiteral("The image's sharing changed while it was being read; try again."));
    }
    const AuditSnapshot snapshot = runner.snapshot();
    QCOMPARE(snapshot.images().size(), 27);
    for (const AuditFailure &failure : runner.failures())
        QVERIFY(snapshot.isUnknown(failure.regionId, failure.imageId));
    for (const AuditImageRecord &record : snapshot.images())
        QVERIFY(record.permissions.accounts.size() <= 50);
}

void TestAuditRunner::patienceEndsAnAuditFacingOnlyThrottling() {
    m_simulator->setFault(FaultKind::Throttling, 1.0);
    AuditRunner runner;
    configure(runner, 8, {m_data.regionIds.at(0)});
    AuditOptions options = runner.options();
    options.patience = 400ms;
    runner.setOptions(options);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(runToEnd(runner, 20000));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(runner.state(), AuditRunner::State::Finished);
    QCOMPARE(runner.failures().size(), 1); // the region's image list: nothing else was known
    const EcsError error = runner.failures().constFirst().error;
    QVERIFY(error.isThrottling());
    QCOMPARE(error.code, QStringLiteral("Throttling.Patience"));
    QVERIFY(error.message.contains(QLatin1String("--patience")));
    QVERIFY(runner.progress().throttledAnswers > 0);

    // The service recovers: the failed lookups are picked up again.
    m_simulator->clearFaults();
    QCOMPARE(runner.retryFailed(), 1);
    QVERIFY(runToEnd(runner));
    QVERIFY(runner.failures().isEmpty());
    QCOMPARE(runner.images().size(), 30);
}

void TestAuditRunner::gateway429IsThrottlingInTheAudit() {
    m_clientOptions.maxRetries = 0; // a 429 that were not throttling would fail its lookup at once
    m_simulator->setFault(FaultKind::Gateway429, 0.1);
    AuditRunner runner;
    configure(runner, 8);
    QVERIFY(runToEnd(runner));
    QVERIFY2(runner.failures().isEmpty(), qPrintable(runner.failures().value(0).error.toOneLine()));
    QCOMPARE(grantsOf(runner.rows()), m_data.grants);
    QVERIFY(runner.progress().throttledAnswers > 0);
    QCOMPARE(runner.progress().throttledAnswers, m_simulator->throttledCount());
}

void TestAuditRunner::contradictoryPagesFailTheImage() {
    // Every answer claims 5 more accounts than it holds: no image can be read completely.
    m_simulator->setFault(FaultKind::ShortPages, 1.0);
    AuditRunner runner;
    configure(runner, 8, {m_data.regionIds.at(0)});
    QVERIFY(runToEnd(runner));
    QCOMPARE(runner.failures().size(), 1); // the image list itself
    QCOMPARE(runner.failures().constFirst().error.code, QStringLiteral("InconsistentPages"));
    QVERIFY(runner.images().isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditRunner)
#include "tst_auditrunner.moc"
