#include "BrowserTestHelper.h"
#include "ImageTableModel.h"
#include "MessageBanner.h"
#include "PagerWidget.h"
#include "SharePermissionPane.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace isb;
using namespace Qt::StringLiterals;

/// Answers arrive in any order: the simulator's latency changes before every request, and the user
/// switches images, pages and page sizes faster than the answers come. Whatever happens in between, the
/// window must end showing exactly the data of the last thing chosen. The rule itself (the latest call
/// wins) is the session's, tested on more rounds without a window in tst_browsersession
/// (anyOrderOfAnswersEndsOnTheLastChoice, quickRegionSwitching); here, one round through the widgets shows
/// that the window displays what the session ends on.
class TestMainWindowRace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void switchImagesQuickly_data();
    void switchImagesQuickly();
    void switchRegionsQuickly();

private:
    /// Runs `step` `count` times, each after a random 0-`maxGapMs` ms pause driven by a timer (the event
    /// loop keeps running, answers keep arriving), then returns when all have run.
    void runSteps(int count, int maxGapMs, const std::function<void(int)> &step);
    void verifyShownMatchesSelection();

    BrowserTestHelper m_helper;
    QRandomGenerator m_random;
};

void TestMainWindowRace::initTestCase() {
    QVERIFY(m_helper.setUp());
}

void TestMainWindowRace::init() {
    BrowserTestHelper::resetSettings();
    m_helper.simulator().setLatency(std::chrono::milliseconds(0));
    MainWindow *window = m_helper.openWindow();
    QVERIFY(window);
    window->setCredentials(BrowserTestHelper::demoCredentials());
    QTRY_VERIFY(m_helper.regionCombo()->count() > 0);
    QTRY_VERIFY(!window->isLoading());
}

void TestMainWindowRace::cleanup() {
    m_helper.closeWindow();
}

void TestMainWindowRace::runSteps(int count, int maxGapMs, const std::function<void(int)> &step) {
    int done = 0;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, this, [&] {
        // A new latency for the requests this step sends: later requests may well be answered first.
        m_helper.simulator().setLatency(std::chrono::milliseconds(m_random.bounded(0, 300)));
        step(done);
        if (++done < count)
            timer.start(m_random.bounded(0, maxGapMs + 1));
    });
    timer.start(0);
    QTRY_VERIFY_WITH_TIMEOUT(done == count, 60000);
}

void TestMainWindowRace::verifyShownMatchesSelection() {
    MainWindow *window = m_helper.window();
    QTRY_VERIFY_WITH_TIMEOUT(!window->isLoading(), 20000);

    const QString selected =
        m_helper.imageView()->currentIndex().data(ImageTableModel::ImageIdRole).toString();
    QCOMPARE(window->shownImageId(), selected);
    QCOMPARE(m_helper.pane()->imageId(), selected);

    const PagerWidget *pager = m_helper.pane()->pager();
    const QStringList expected =
        pager->allPages() ? m_helper.expectedAccountIds(selected)
                          : m_helper.expectedAccountIds(
                                selected, (pager->currentPage() - 1) * pager->pageSize(), pager->pageSize());
    QCOMPARE(m_helper.shownAccountIds(), expected);
    QCOMPARE(m_helper.shownGroups(), m_helper.expectedGroups(selected));
    const auto *everyone = window->findChild<MessageBanner *>(u"everyoneBanner"_s);
    QCOMPARE(everyone->isVisible(), m_helper.expectedGroups(selected).contains(u"all"_s));
}

void TestMainWindowRace::switchImagesQuickly_data() {
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("maxGapMs");
    QTest::newRow("about as fast as answers") << 2u << 120;
}

void TestMainWindowRace::switchImagesQuickly() {
    QFETCH(quint32, seed);
    QFETCH(int, maxGapMs);
    m_random.seed(seed);

    QTableView *view = m_helper.imageView();
    const int rows = view->model()->rowCount();
    QVERIFY(rows > 5);
    PagerWidget *pager = m_helper.pane()->pager();
    auto *sizeCombo = pager->findChild<QComboBox *>(u"pageSizeCombo"_s);

    runSteps(40, maxGapMs, [&](int step) {
        const int action = m_random.bounded(100);
        if (action < 70 || step == 0) {
            const QModelIndex index =
                view->model()->index(m_random.bounded(rows), ImageTableModel::NameColumn);
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
        } else if (action < 82) {
            pager->nextPageAction()->trigger();
        } else if (action < 92) {
            sizeCombo->setCurrentIndex(m_random.bounded(sizeCombo->count()));
        } else if (action < 96) {
            pager->findChild<QCheckBox *>(u"allPagesCheck"_s)->click();
        } else {
            m_helper.window()->refresh();
        }
    });
    if (QTest::currentTestFailed())
        return;
    verifyShownMatchesSelection();
    if (QTest::currentTestFailed())
        return;

    // The last step was maybe a page change: end with an image switch, the case the issue names.
    const QString shared = m_helper.imageIdNamed(u"shared-build-agent"_s);
    runSteps(10, maxGapMs, [&](int step) {
        QString target = step == 9 ? shared
                                   : view->model()
                                         ->index(m_random.bounded(rows), 0)
                                         .data(ImageTableModel::ImageIdRole)
                                         .toString();
        QVERIFY(m_helper.clickImage(target));
    });
    if (QTest::currentTestFailed())
        return;
    verifyShownMatchesSelection();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_helper.window()->shownImageId(), shared);
}

void TestMainWindowRace::switchRegionsQuickly() {
    m_random.seed(7);
    const QList<SimRegion> &regions = m_helper.dataset().regions();
    QString last;
    runSteps(12, 150, [&](int) {
        last = regions.at(m_random.bounded(int(regions.size()))).regionId;
        m_helper.selectRegion(last);
    });
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(!m_helper.window()->isLoading(), 20000);
    QCOMPARE(m_helper.window()->regionId(), last);
    QStringList listed = m_helper.listedImageIds();
    QStringList expected = m_helper.expectedImageIds(last);
    listed.sort();
    expected.sort();
    QCOMPARE(listed, expected);
}

QTEST_MAIN(TestMainWindowRace)
#include "tst_mainwindow_race.moc"
