#include "BrowserSession.h"
#include "EcsSimulator.h"
#include "ImageTableModel.h"
#include "RegionListModel.h"
#include "SimulatorTestSupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace isb;
using namespace Qt::StringLiterals;

/// The browse session without a widget, against the simulator over loopback HTTP: what the window shows
/// and loads, whatever order the answers come in.
class TestBrowserSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loadsRegionsAndImages();
    void remembersRegionAndImage();
    void selection();
    void paging_data();
    void paging();
    void pageSizeAndAllPages();
    void fetchedPagesAreShownAgainWithoutRequest();
    void refreshFetchesAgain();
    void shownPageStaysUntilAnswerAndAfterCancel();
    void cancelAbandonsRequests();
    void quickSwitchingKeepsLatest();
    void quickRegionSwitching();
    void anyOrderOfAnswersEndsOnTheLastChoice_data();
    void anyOrderOfAnswersEndsOnTheLastChoice();
    void profileSwitchClearsPreviousAccount();
    void errorThenRetry();
    void vanishedImageIsDropped();
    void imagesSharedWithMe();

private:
    /// A session with the demo credentials, loaded and idle.
    void openAndLoad();
    void waitIdle();
    QStringList accountIds(const QString &imageId, int offset = 0, int count = -1) const;
    QStringList shownAccountIds() const;
    QString imageNamed(const QString &name) const { return test::demoImageId(m_simulator, name); }

    EcsSimulator m_simulator;
    std::unique_ptr<BrowserSession> m_session;
};

void TestBrowserSession::initTestCase() {
    QVERIFY(m_simulator.loadDataset(test::demoDataPath()));
    QVERIFY(m_simulator.listen(QHostAddress::LocalHost));
}

void TestBrowserSession::init() {
    m_simulator.clearFaults();
    m_simulator.setLatency(std::chrono::milliseconds(0));
    QVERIFY(m_simulator.loadDataset(test::demoDataPath()));
    ClientOptions options;
    options.endpointOverride = m_simulator.url();
    options.maxRetries = 1;
    options.retryBaseDelay = std::chrono::milliseconds(5);
    options.retryMaxDelay = std::chrono::milliseconds(20);
    options.timeout = std::chrono::milliseconds(8000);
    m_session = std::make_unique<BrowserSession>(options);
    new QAbstractItemModelTester(m_session->regions(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_session.get());
    new QAbstractItemModelTester(m_session->images(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_session.get());
}

void TestBrowserSession::cleanup() {
    m_session.reset();
    QTRY_COMPARE(m_simulator.inFlight(), 0);
}

void TestBrowserSession::waitIdle() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 20000);
}

void TestBrowserSession::openAndLoad() {
    m_session->setCredentials(test::kDemoKey);
    QVERIFY(m_session->isBusy());
    waitIdle();
    QVERIFY(m_session->lastFailure().isEmpty());
}

QStringList TestBrowserSession::accountIds(const QString &imageId, int offset, int count) const {
    QStringList ids;
    if (const SimImage *image = test::demoImage(m_simulator, imageId)) {
        for (const SimSharedAccount &account : image->accounts)
            ids << account.aliyunId;
    }
    return ids.mid(offset, count);
}

QStringList TestBrowserSession::shownAccountIds() const {
    QStringList ids;
    for (const SharedAccount &account : m_session->shownPage().accounts)
        ids << account.aliyunId;
    return ids;
}

void TestBrowserSession::loadsRegionsAndImages() {
    QSignalSpy regionsChanged(m_session.get(), &BrowserSession::regionsChanged);
    QSignalSpy regionChanged(m_session.get(), &BrowserSession::regionChanged);
    QSignalSpy busy(m_session.get(), &BrowserSession::busyChanged);
    QSignalSpy requestIds(m_session.get(), &BrowserSession::requestIdSeen);
    openAndLoad();
    QCOMPARE(regionsChanged.count(), 1);
    QCOMPARE(m_session->regions()->rowCount(), m_simulator.dataset().regions().size());
    QCOMPARE(m_session->regionId(), u"cn-hangzhou"_s);
    QCOMPARE(regionChanged.count(), 1);
    QCOMPARE(regionChanged.at(0).at(0).toString(), u"cn-hangzhou"_s);
    QVERIFY(m_session->imagesComplete());

    QStringList listed;
    for (int row = 0; row < m_session->images()->rowCount(); ++row)
        listed << m_session->images()->imageAt(row).imageId;
    QStringList expected;
    for (const SimImage &image : m_simulator.dataset().images()) {
        if (image.regionId == u"cn-hangzhou"_s)
            expected << image.imageId;
    }
    listed.sort();
    expected.sort();
    QCOMPARE(listed, expected); // every status, not only Available
    QVERIFY(m_session->status().contains(u"cn-hangzhou"_s));
    QVERIFY(m_session->selectedImageId().isEmpty());
    QVERIFY(!m_session->hasShownPage());
    // Busy once, from the regions to the end of the image list.
    QCOMPARE(busy.count(), 2);
    QVERIFY(busy.at(0).at(0).toBool());
    QVERIFY(!busy.at(1).at(0).toBool());
    QVERIFY(!requestIds.isEmpty());
    QVERIFY(!requestIds.constLast().at(0).toString().isEmpty());
}

void TestBrowserSession::remembersRegionAndImage() {
    const SimImage &remembered = m_simulator.dataset().images().constLast();
    const QString imageId = remembered.imageId;
    const QString regionId = remembered.regionId;
    QVERIFY(regionId != u"cn-hangzhou"_s);
    m_session->setRememberedRegion(regionId);
    m_session->setWantedImage(imageId);
    QSignalSpy selected(m_session.get(), &BrowserSession::imageSelected);
    openAndLoad();
    QCOMPARE(m_session->regionId(), regionId);
    QCOMPARE(m_session->selectedImageId(), imageId);
    QVERIFY(selected.contains(QVariantList{imageId}));
    QVERIFY(m_session->hasShownPage());
    QCOMPARE(m_session->shownPage().imageId, imageId);

    // A profile's default region wins over the remembered one.
    m_session->useProfile(u"other"_s, test::kDemoKey, u"cn-shanghai"_s);
    waitIdle();
    QCOMPARE(m_session->profileName(), u"other"_s);
    QCOMPARE(m_session->regionId(), u"cn-shanghai"_s);
}

void TestBrowserSession::selection() {
    openAndLoad();
    const QString imageId = imageNamed(u"shared-build-agent"_s);
    QSignalSpy permissions(m_session.get(), &BrowserSession::permissionsChanged);
    m_session->selectImage(imageId);
    QCOMPARE(m_session->selectedImageId(), imageId);
    QCOMPARE(m_session->selectedImage().imageName, u"shared-build-agent"_s);
    QVERIFY(!m_session->hasShownPage()); // nothing of it yet
    QVERIFY(m_session->isLoading(BrowserSession::Load::SharePermission));
    QVERIFY(m_session->activity().contains(imageId));
    waitIdle();
    QVERIFY(m_session->hasShownPage());
    QCOMPARE(m_session->shownPage().imageId, imageId);
    QCOMPARE(shownAccountIds(), accountIds(imageId, 0, 10));
    QCOMPARE(m_session->shownPage().totalCount, 57);
    QVERIFY(m_session->status().contains(imageId));
    QCOMPARE(permissions.count(), 2); // cleared for the new image, then its page

    m_session->selectImage({});
    QVERIFY(m_session->selectedImageId().isEmpty());
    QVERIFY(!m_session->hasShownPage());
    QVERIFY(!m_session->isBusy());
}

void TestBrowserSession::paging_data() {
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("rows");
    QTest::newRow("second") << 2 << 10 << 10;
    QTest::newRow("last, short") << 6 << 50 << 7;
    QTest::newRow("past the end: the last page") << 9 << 50 << 7;
}

void TestBrowserSession::paging() {
    QFETCH(int, page);
    QFETCH(int, offset);
    QFETCH(int, rows);
    openAndLoad();
    const QString imageId = imageNamed(u"shared-build-agent"_s);
    m_session->selectImage(imageId);
    waitIdle();
    m_session->requestPage(page);
    QCOMPARE(m_session->requestedPage(), page);
    waitIdle();
    QCOMPARE(m_session->requestedPage(), m_session->shownPage().pageNumber);
    QCOMPARE(shownAccountIds(), accountIds(imageId, offset, rows));
    QCOMPARE(m_session->shownPage().pageCount(), 6);
}

void TestBrowserSession::pageSizeAndAllPages() {
    openAndLoad();
    const QString imageId = imageNamed(u"shared-build-agent"_s);
    m_session->selectImage(imageId);
    waitIdle();
    m_session->requestPage(3);
    waitIdle();

    m_session->setPageSize(20); // starts again from the first page
    QCOMPARE(m_session->requestedPage(), 1);
    waitIdle();
    QCOMPARE(shownAccountIds(), accountIds(imageId, 0, 20));
    QCOMPARE(m_session->shownPage().pageCount(), 3);

    m_session->setAllPages(true);
    waitIdle();
    QVERIFY(m_session->shownAllPages());
    QCOMPARE(shownAccountIds(), accountIds(imageId));
    m_session->setAllPages(false);
    waitIdle();
    QVERIFY(!m_session->shownAllPages());
    QCOMPARE(shownAccountIds(), accountIds(imageId, 0, 20));
}

void TestBrowserSession::fetchedPagesAreShownAgainWithoutRequest() {
    openAndLoad();
    const QString imageId = imageNamed(u"shared-build-agent"_s);
    m_session->selectImage(imageId);
    waitIdle();
    m_session->requestPage(2);
    waitIdle();
    QCOMPARE(shownAccountIds(), accountIds(imageId, 10, 10));

    const int requests = m_simulator.requestCount();
    const int attempts = m_session->client()->attemptsSent();
    QSignalSpy permissions(m_session.get(), &BrowserSession::permissionsChanged);
    m_session->requestPage(1);
    // At once, from memory: no request, not even busy for a moment.
    QCOMPARE(permissions.count(), 1);
    QVERIFY(!m_session->isBusy());
    QCOMPARE(shownAccountIds(), accountIds(imageId, 0, 10));
    QCOMPARE(m_session->shownPage().pageNumber, 1);
    m_session->requestPage(2);
    QCOMPARE(shownAccountIds(), accountIds(imageId, 10, 10));
    QCOMPARE(m_session->client()->attemptsSent(), attempts);
    QCOMPARE(m_simulator.requestCount(), requests);

    // Another image, and back: its pages are asked for again.
    m_session->selectImage(imageNamed(u"public-demo-toolbox"_s));
    waitIdle();
    m_session->selectImage(imageId);
    QVERIFY(m_session->isBusy());
    waitIdle();
    QCOMPARE(shownAccountIds(), accountIds(imageId, 0, 10));
    QCOMPARE(m_simulator.requestCount(), requests + 2);
}

void TestBrowserSession::refreshFetchesAgain() {
    openAndLoad();
    const QString imageId = imageNamed(u"shared-build-agent"_s);
    m_session->selectImage(imageId);
    waitIdle();
    const int requests = m_simulator.requestCount();

    m_session->refresh();
    QVERIFY(m_session->isLoading(BrowserSession::Load::Images));
    QVERIFY(m_session->isLoading(BrowserSession::Load::SharePermission));
    waitIdle();
    QCOMPARE(m_session->selectedImageId(), imageId); // selected again once listed
    QCOMPARE(shownAccountIds(), accountIds(imageId, 0, 10));
    QCOMPARE(m_simulator.requestCount(), requests + 2); // the image list and the page

    // After a refresh, a page seen before is asked for again.
    m_session->requestPage(1);
    QVERIFY(!m_session->isBusy()); // page 1 is the one just fetched
    m_session->requestPage(2);
    QVERIFY(m_session->isBusy());
    waitIdle();
    QCOMPARE(m_simulator.requestCount(), requests + 3);
}

void TestBrowserSession::shownPageStaysUntilAnswerAndAfterCancel() {
    openAndLoad();
    const QString imageId = imageNamed(u"shared-build-agent"_s);
    m_session->selectImage(imageId);
    waitIdle();
    m_session->requestPage(2);
    waitIdle();

    m_simulator.setLatency(std::chrono::milliseconds(5000));
    m_session->requestPage(3);
    QCOMPARE(m_session->requestedPage(), 3);
    // Still page 2 on screen: what is shown and what is asked for are told apart.
    QCOMPARE(m_session->shownPage().pageNumber, 2);
    QCOMPARE(shownAccountIds(), accountIds(imageId, 10, 10));
    QTRY_COMPARE(m_simulator.inFlight(), 1);

    QSignalSpy cancelled(m_session.get(), &BrowserSession::loadCancelled);
    m_session->cancel();
    QVERIFY(!m_session->isBusy());
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(cancelled.at(0).at(0).toBool());
    QCOMPARE(m_session->requestedPage(), 2);
    QCOMPARE(m_session->shownPage().pageNumber, 2);
    QCOMPARE(shownAccountIds(), accountIds(imageId, 10, 10));
    QVERIFY2(m_session->status().contains(u"page 2 of 6"_s), qPrintable(m_session->status()));
    QTRY_COMPARE(m_simulator.inFlight(), 0);
}

void TestBrowserSession::cancelAbandonsRequests() {
    openAndLoad();
    m_simulator.setLatency(std::chrono::milliseconds(5000));
    m_session->refresh();
    m_session->selectImage(imageNamed(u"shared-build-agent"_s));
    QTRY_COMPARE(m_simulator.inFlight(), 2);
    QVERIFY(m_session->activity().contains(u" · "_s));
    m_session->cancel();
    QVERIFY(!m_session->isBusy());
    QVERIFY(!m_session->imagesComplete());
    QVERIFY(m_session->status().contains(u"cancelled"_s));
    QVERIFY(!m_session->hasShownPage());
    // The requests were really abandoned, not merely ignored.
    QTRY_COMPARE(m_simulator.inFlight(), 0);

    m_simulator.setLatency(std::chrono::milliseconds(0));
    m_session->refresh();
    waitIdle();
    QVERIFY(m_session->imagesComplete());
    QCOMPARE(shownAccountIds(), accountIds(imageNamed(u"shared-build-agent"_s), 0, 10));
}

void TestBrowserSession::quickSwitchingKeepsLatest() {
    openAndLoad();
    const QString slow = imageNamed(u"public-demo-toolbox"_s);
    const QString fast = imageNamed(u"shared-build-agent"_s);
    QSignalSpy permissions(m_session.get(), &BrowserSession::permissionsChanged);
    // The older request is answered last: it must never replace the newer one's rows.
    m_simulator.setLatency(std::chrono::milliseconds(600));
    m_session->selectImage(slow);
    QTRY_COMPARE(m_simulator.inFlight(), 1);
    m_simulator.setLatency(std::chrono::milliseconds(0));
    m_session->selectImage(fast);
    waitIdle();
    QCOMPARE(m_session->shownPage().imageId, fast);
    QTRY_COMPARE(m_simulator.inFlight(), 0); // the slow one is gone too
    QCOMPARE(m_session->selectedImageId(), fast);
    QCOMPARE(m_session->shownPage().imageId, fast);
    QCOMPARE(shownAccountIds(), accountIds(fast, 0, 10));
    QCOMPARE(permissions.count(), 3); // slow selected, fast selected, fast's page

    // Paging faster than the answers: the last page asked for is the one shown.
    m_simulator.setLatency(std::chrono::milliseconds(150));
    for (int page = 2; page <= 5; ++page)
        m_session->requestPage(page);
    waitIdle();
    QCOMPARE(m_session->shownPage().pageNumber, 5);
    QCOMPARE(shownAccountIds(), accountIds(fast, 40, 10));
}

void TestBrowserSession::quickRegionSwitching() {
    openAndLoad();
    const QList<SimRegion> &regions = m_simulator.dataset().regions();
    QVERIFY(regions.size() >= 3);
    m_simulator.setLatency(std::chrono::milliseconds(100));
    for (const SimRegion &region : regions)
        m_session->selectRegion(region.regionId);
    const QString last = regions.constLast().regionId;
    waitIdle();
    QCOMPARE(m_session->regionId(), last);
    for (int row = 0; row < m_session->images()->rowCount(); ++row)
        QCOMPARE(m_session->images()->imageAt(row).regionId, last);
    int expected = 0;
    for (const SimImage &image : m_simulator.dataset().images())
        expected += image.regionId == last ? 1 : 0;
    QCOMPARE(m_session->images()->rowCount(), expected);
}

void TestBrowserSession::anyOrderOfAnswersEndsOnTheLastChoice_data() {
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("maxGapMs");
    QTest::newRow("faster than any answer") << 1u << 0;
    QTest::newRow("about as fast as answers") << 2u << 120;
    QTest::newRow("mixed") << 3u << 300;
}

/// Images, pages, page sizes, all pages and refresh, chosen faster than the answers come, each request with
/// a latency of its own so that later ones may well be answered first: the session ends showing exactly
/// the last choice. (The window's race test checks, on fewer rounds, that the window shows what the
/// session does.)
void TestBrowserSession::anyOrderOfAnswersEndsOnTheLastChoice() {
    QFETCH(quint32, seed);
    QFETCH(int, maxGapMs);
    QRandomGenerator random(seed);
    openAndLoad();
    const int rows = m_session->images()->rowCount();
    QVERIFY(rows > 5);
    const QList<int> pageSizes{10, 20, 50, 100};

    const int steps = 50;
    int done = 0;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, this, [&] {
        m_simulator.setLatency(std::chrono::milliseconds(random.bounded(0, 300)));
        const int action = random.bounded(100);
        if (action < 70 || done == 0 || done == steps - 1)
            m_session->selectImage(m_session->images()->imageAt(random.bounded(rows)).imageId);
        else if (action < 82)
            m_session->requestPage(m_session->requestedPage() + 1);
        else if (action < 92)
            m_session->setPageSize(pageSizes.at(random.bounded(int(pageSizes.size()))));
        else if (action < 96)
            m_session->setAllPages(!m_session->allPages());
        else
            m_session->refresh();
        if (++done < steps)
            timer.start(random.bounded(0, maxGapMs + 1));
    });
    timer.start(0);
    QTRY_VERIFY_WITH_TIMEOUT(done == steps, 60000);
    waitIdle();

    const QString selected = m_session->selectedImageId();
    QVERIFY(!selected.isEmpty());
    QVERIFY(m_session->hasShownPage());
    const SharePermissionPage &shown = m_session->shownPage();
    QCOMPARE(shown.imageId, selected);
    QCOMPARE(m_session->shownAllPages(), m_session->allPages());
    const int pageSize = m_session->pageSize();
    QCOMPARE(shownAccountIds(), m_session->allPages()
                                    ? accountIds(selected)
                                    : accountIds(selected, (shown.pageNumber - 1) * pageSize, pageSize));
    QCOMPARE(shown.shareGroups, test::demoImage(m_simulator, selected)->shareGroups);
    QTRY_COMPARE(m_simulator.inFlight(), 0);
}

void TestBrowserSession::profileSwitchClearsPreviousAccount() {
    m_session->useProfile(u"first"_s, test::kDemoKey);
    waitIdle();
    m_session->selectImage(imageNamed(u"shared-build-agent"_s));
    waitIdle();
    QVERIFY(m_session->images()->rowCount() > 0);

    m_simulator.setLatency(std::chrono::milliseconds(300));
    m_session->useProfile(u"second"_s, test::kDemoKey);
    // Nothing of the first account stays while the second one loads.
    QCOMPARE(m_session->images()->rowCount(), 0);
    QVERIFY(m_session->selectedImageId().isEmpty());
    QVERIFY(!m_session->hasShownPage());
    QCOMPARE(m_session->profileName(), u"second"_s);
    waitIdle();
    QVERIFY(m_session->images()->rowCount() > 0);
    QVERIFY(m_session->selectedImageId().isEmpty());
}

void TestBrowserSession::errorThenRetry() {
    openAndLoad();
    const QString imageId = imageNamed(u"shared-build-agent"_s);
    QSignalSpy failed(m_session.get(), &BrowserSession::failed);
    m_simulator.failNext(FaultKind::Internal, 2); // the attempt and its one retry
    m_session->selectImage(imageId);
    QVERIFY(failed.wait());
    QVERIFY(!m_session->isBusy());
    QVERIFY(failed.at(0).at(0).toString().contains(imageId));
    QCOMPARE(failed.at(0).at(1).value<EcsError>().code, u"InternalError"_s);
    QVERIFY(failed.at(0).at(2).toBool());
    QVERIFY(m_session->canRetry());
    QCOMPARE(m_session->lastError().code, u"InternalError"_s);
    QVERIFY(!m_session->hasShownPage());

    m_session->retry();
    QVERIFY(m_session->isBusy());
    waitIdle();
    QCOMPARE(shownAccountIds(), accountIds(imageId, 0, 10));

    // A retry for a choice that has changed since does nothing.
    m_simulator.failNext(FaultKind::Internal, 2);
    m_session->requestPage(2);
    QVERIFY(failed.wait());
    const std::function<void()> retry = m_session->retryAction();
    QVERIFY(retry);
    m_session->selectImage(imageNamed(u"public-demo-toolbox"_s));
    waitIdle();
    const int requests = m_simulator.requestCount();
    retry();
    QVERIFY(!m_session->isBusy());
    QCOMPARE(m_simulator.requestCount(), requests);

    // The region list failing is retried by loading it again.
    m_simulator.failNext(FaultKind::Unavailable, 2);
    m_session->setCredentials(test::kDemoKey);
    QVERIFY(failed.wait());
    QVERIFY(m_session->canRetry());
    m_session->retry();
    waitIdle();
    QVERIFY(m_session->regions()->rowCount() > 0);
}

void TestBrowserSession::vanishedImageIsDropped() {
    openAndLoad();
    const QString imageId = imageNamed(u"shared-build-agent"_s);
    const int rows = m_session->images()->rowCount();
    // The image is deleted behind the session's back.
    QFile file(test::demoDataPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray images = root.value(u"Images"_s).toArray();
    for (qsizetype i = images.size() - 1; i >= 0; --i) {
        if (images.at(i).toObject().value(u"ImageId"_s).toString() == imageId)
            images.removeAt(i);
    }
    root.insert(u"Images"_s, images);
    const auto dataset = SimulatorDataset::fromJson(QJsonDocument(root).toJson());
    QVERIFY(dataset);
    QVERIFY(!dataset->findImage(imageId));
    m_simulator.loadDataset(*dataset);

    QSignalSpy vanished(m_session.get(), &BrowserSession::imageVanished);
    QSignalSpy failed(m_session.get(), &BrowserSession::failed);
    m_session->selectImage(imageId);
    QVERIFY(vanished.wait());
    QCOMPARE(vanished.at(0).at(0).toString(), imageId);
    QVERIFY(failed.isEmpty()); // not an error to report: the list was out of date
    QVERIFY(m_session->selectedImageId().isEmpty());
    QCOMPARE(m_session->images()->rowCount(), rows - 1);
    QCOMPARE(m_session->images()->rowOf(imageId), -1);
}

void TestBrowserSession::imagesSharedWithMe() {
    // Issue 15: "Shared with me" lists the other accounts' images shared with the caller's account, each
    // with its owner, and reads no share permission for them (only an image's owner may).
    openAndLoad();
    const QString caller = m_simulator.dataset().accountId();
    QMap<QString, QString> expected; // image -> owner
    for (const SimImage *image : m_simulator.dataset().allImages()) {
        const bool shared = std::any_of(image->accounts.cbegin(), image->accounts.cend(),
                                        [&](const SimSharedAccount &a) { return a.aliyunId == caller; });
        if (image->regionId == u"cn-hangzhou"_s && image->ownerAccountId != caller && shared)
            expected.insert(image->imageId, image->ownerAccountId);
    }
    QVERIFY(!expected.isEmpty());
    const QString ownImage = m_session->images()->imageAt(0).imageId;
    m_session->selectImage(ownImage);
    waitIdle();

    QSignalSpy imagesChanged(m_session.get(), &BrowserSession::imagesChanged);
    m_session->setImageOwner(BrowserSession::ImageOwner::Others);
    QCOMPARE(m_session->imageOwner(), BrowserSession::ImageOwner::Others);
    QVERIFY(!m_session->canReadPermissions());
    QVERIFY(m_session->selectedImageId().isEmpty()); // the own image is not in this list
    QVERIFY(m_session->isLoading(BrowserSession::Load::Images));
    waitIdle();
    QVERIFY(!imagesChanged.isEmpty());
    QMap<QString, QString> listed;
    for (const Image &image : m_session->images()->images())
        listed.insert(image.imageId, image.imageOwnerId);
    QCOMPARE(listed, expected);
    QVERIFY(m_session->status().contains(u"shared with you"_s));

    const int requests = m_simulator.requestCount();
    const QString shared = expected.firstKey();
    m_session->selectImage(shared);
    QCOMPARE(m_session->selectedImage().imageOwnerId, expected.first());
    QVERIFY(!m_session->isBusy());
    m_session->requestPage(2);
    m_session->setAllPages(true);
    QVERIFY(!m_session->isBusy());
    QCOMPARE(m_simulator.requestCount(), requests); // nothing asked that would answer "not found"
    QVERIFY(m_session->lastFailure().isEmpty());
    QCOMPARE(m_session->images()->rowOf(shared), 0); // and the image is not dropped as vanished
    m_session->setAllPages(false);

    // Refresh lists the shared images again, still without a share permission call.
    m_session->refresh();
    QVERIFY(!m_session->isLoading(BrowserSession::Load::SharePermission));
    waitIdle();
    QCOMPARE(m_session->selectedImageId(), shared);

    // Back to "My images": the own list, and its share permissions load again.
    m_session->setImageOwner(BrowserSession::ImageOwner::Self);
    waitIdle();
    QVERIFY(m_session->images()->rowOf(shared) < 0);
    QVERIFY(m_session->images()->rowOf(ownImage) >= 0);
    m_session->selectImage(ownImage);
    QVERIFY(m_session->isLoading(BrowserSession::Load::SharePermission));
    waitIdle();
    QVERIFY(m_session->hasShownPage());
}

QTEST_GUILESS_MAIN(TestBrowserSession)
#include "tst_browsersession.moc"
