// SharingChangeRunner against the in-process simulator over loopback HTTP: throttling answers requeued (never
// failures), more than ten accounts in batches, a change made meanwhile reported as a mismatch and retried
// from what was read, and cancel.
#include "EcsSimulator.h"
#include "changes/SharingChangeRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace isb;

namespace {

const QString kRegion = QStringLiteral("cn-test");
const Credentials kWriter{QStringLiteral("writer"), QStringLiteral("writer-secret"), {}};
const QString kRevoked = QStringLiteral("700000000001");

QString partner(int i) {
    return QString::number(710000000000LL + i);
}

SharePermissionPage grants(const QStringList &accounts) {
    SharePermissionPage page;
    for (const QString &id : accounts)
        page.accounts.append({id, {}});
    page.totalCount = int(accounts.size());
    return page;
}

} // namespace

class TestSharingChangeRunner final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void throttlingIsRequeuedNotFailed();
    void readPlanThenBatchesOfTen();
    void concurrentChangeIsAMismatchThenRetried();
    void cancelStopsEverything();

private:
    SharingChangeRunner *makeRunner(int pool = 8);
    bool waitFinished(SharingChangeRunner *runner, int timeoutMs = 20000);

    QTemporaryDir m_dir;
    QString m_dataPath;
    std::unique_ptr<EcsSimulator> m_simulator;
};

void TestSharingChangeRunner::initTestCase() {
    QJsonArray known{kRevoked};
    for (int i = 0; i < 30; ++i)
        known.append(partner(i));
    QJsonArray images;
    for (int i = 0; i < 40; ++i) {
        images.append(QJsonObject{{QStringLiteral("RegionId"), kRegion},
                                  {QStringLiteral("ImageId"), QStringLiteral("m-%1").arg(i)},
                                  {QStringLiteral("ImageName"), QStringLiteral("image %1").arg(i)},
                                  {QStringLiteral("Status"), QStringLiteral("Available")},
                                  {QStringLiteral("OSName"), QStringLiteral("Linux")},
                                  {QStringLiteral("CreationTime"), QStringLiteral("2025-01-01T00:00:00Z")},
                                  {QStringLiteral("Size"), 40},
                                  {QStringLiteral("Accounts"),
                                   QJsonArray{QJsonObject{{QStringLiteral("AliyunId"), kRevoked}},
                                              QJsonObject{{QStringLiteral("AliyunId"), partner(i % 30)}}}}});
    }
    const QJsonObject root{
        {QStringLiteral("AccountId"), QStringLiteral("1500000000000009")},
        {QStringLiteral("AccessKeys"),
         QJsonArray{QJsonObject{{QStringLiteral("AccessKeyId"), kWriter.accessKeyId},
                                {QStringLiteral("AccessKeySecret"), kWriter.accessKeySecret}}}},
        {QStringLiteral("Regions"),
         QJsonArray{
             QJsonObject{{QStringLiteral("RegionId"), kRegion},
                         {QStringLiteral("LocalName"), QStringLiteral("Test")},
                         {QStringLiteral("RegionEndpoint"), QStringLiteral("ecs.cn-test.aliyuncs.com")}}}},
        {QStringLiteral("Images"), images},
        {QStringLiteral("KnownAccountIds"), known},
    };
    m_dataPath = m_dir.filePath(QStringLiteral("data.json"));
    QFile file(m_dataPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
}

void TestSharingChangeRunner::init() {
    // A fresh simulator per test: it keeps every change in memory.
    m_simulator = std::make_unique<EcsSimulator>();
    QString error;
    QVERIFY2(m_simulator->loadDataset(m_dataPath, &error), qPrintable(error));
    QVERIFY(m_simulator->listen());
}

SharingChangeRunner *TestSharingChangeRunner::makeRunner(int pool) {
    auto *runner = new SharingChangeRunner(this);
    ClientOptions options;
    options.endpointOverride = m_simulator->url();
    options.retryBaseDelay = std::chrono::milliseconds(5);
    options.retryMaxDelay = std::chrono::milliseconds(20);
    runner->setClientOptions(options);
    runner->setCredentials(kWriter);
    runner->setPoolSize(pool);
    return runner;
}

bool TestSharingChangeRunner::waitFinished(SharingChangeRunner *runner, int timeoutMs) {
    QSignalSpy finished(runner, &SharingChangeRunner::finished);
    return finished.wait(timeoutMs);
}

void TestSharingChangeRunner::throttlingIsRequeuedNotFailed() {
    m_simulator->setMaxConcurrent(2);
    m_simulator->setLatency(std::chrono::milliseconds(10));
    SharingPlan plan;
    for (int i = 0; i < 40; ++i)
        plan.addImage({kRegion, QStringLiteral("m-%1").arg(i), {}, {kRevoked}}, {},
                      grants({kRevoked, partner(i % 30)}));
    SharingChangeRunner *runner = makeRunner(8);
    QSignalSpy images(runner, &SharingChangeRunner::imageFinished);
    runner->apply(plan);
    QVERIFY(waitFinished(runner));
    QCOMPARE(images.size(), 40);
    QVERIFY(runner->allVerified());
    QVERIFY2(m_simulator->throttledCount() > 0, "the cap of 2 never throttled a pool of 8");
    QVERIFY(m_simulator->peakConcurrency() <= 2);
    for (const ImageChangeOutcome &outcome : runner->outcomes()) {
        QCOMPARE(outcome.found.accounts.size(), 1);
        QVERIFY(outcome.requestIds.size() >= 2); // the change and the verification read
    }
}

void TestSharingChangeRunner::readPlanThenBatchesOfTen() {
    QStringList add;
    for (int i = 0; i < 23; ++i)
        add.append(partner(i + 1)); // partner(0) is there already
    SharingChangeRunner *runner = makeRunner();
    QSignalSpy ready(runner, &SharingChangeRunner::planReady);
    runner->readPlan({{kRegion, QStringLiteral("m-0"), add, {kRevoked}}}, {});
    QVERIFY(ready.wait(10000));
    const SharingPlan plan = ready.constFirst().constFirst().value<SharingPlan>();
    QCOMPARE(plan.images().size(), 1);
    QCOMPARE(plan.images().constFirst().imageName, QStringLiteral("image 0"));
    QCOMPARE(plan.images().constFirst().accountsBefore, (QStringList{kRevoked, partner(0)}));
    QCOMPARE(plan.accountsAdded(), 23);

    runner->apply(plan);
    QVERIFY(waitFinished(runner));
    QVERIFY(runner->allVerified());
    // Three ModifyImageSharePermission calls (10 + 10 + 3), then the verification read.
    QCOMPARE(runner->outcomes().constFirst().requestIds.size(), 4);
    QCOMPARE(runner->outcomes().constFirst().found.accounts.size(), 24);
}

void TestSharingChangeRunner::concurrentChangeIsAMismatchThenRetried() {
    // The plan was made from a page that did not yet show partner(5) (someone added it meanwhile): after the
    // change the image holds an account the plan did not expect.
    SharingPlan plan;
    plan.addImage({kRegion, QStringLiteral("m-5"), {}, {kRevoked}}, {}, grants({kRevoked}));
    SharingChangeRunner *runner = makeRunner();
    runner->apply(plan);
    QVERIFY(waitFinished(runner));
    QCOMPARE(runner->outcomes().size(), 1);
    QCOMPARE(runner->outcomes().constFirst().status, ImageChangeOutcome::Status::Mismatch);
    QVERIFY(!runner->allVerified());

    // Retry plans again from what was read: nothing is left to send, and the image is now as asked.
    QCOMPARE(runner->retryFailed(), 1);
    QVERIFY(waitFinished(runner));
    QCOMPARE(runner->outcomes().constFirst().status, ImageChangeOutcome::Status::Verified);
    QCOMPARE(runner->outcomes().constFirst().change.accountsAfter(), QStringList{partner(5)});
}

void TestSharingChangeRunner::cancelStopsEverything() {
    m_simulator->setLatency(std::chrono::milliseconds(2000));
    SharingPlan plan;
    for (int i = 0; i < 20; ++i)
        plan.addImage({kRegion, QStringLiteral("m-%1").arg(i), {}, {kRevoked}}, {},
                      grants({kRevoked, partner(i % 30)}));
    SharingChangeRunner *runner = makeRunner(4);
    QSignalSpy finished(runner, &SharingChangeRunner::finished);
    runner->apply(plan);
    QTRY_VERIFY(m_simulator->inFlight() > 0);
    runner->cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!runner->isRunning());
    for (const ImageChangeOutcome &outcome : runner->outcomes())
        QCOMPARE(outcome.status, ImageChangeOutcome::Status::Cancelled);
    QVERIFY(m_simulator->requestCount() <= 4); // nothing queued was sent after the cancel
}

QTEST_GUILESS_MAIN(TestSharingChangeRunner)
#include "tst_sharingchangerunner.moc"
