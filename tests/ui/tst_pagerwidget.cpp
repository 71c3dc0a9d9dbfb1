#include "PagerWidget.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace isb;
using namespace Qt::StringLiterals;

class TestPagerWidget : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsDisabled();
    void navigation();
    void requestedPageIsANote();
    void rapidClicksAdvance();
    void pageSize();
    void fitToTable();
    void allPages();
    void keyboardShortcuts();

private:
    QLabel *label() const { return m_pager->findChild<QLabel *>(u"pageLabel"_s); }
    QToolButton *button(const char *name) const {
        return m_pager->findChild<QToolButton *>(QLatin1String(name));
    }

    PagerWidget *m_pager = nullptr;
};

void TestPagerWidget::init() {
    m_pager = new PagerWidget;
    m_pager->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pager));
}

void TestPagerWidget::cleanup() {
    delete m_pager;
}

void TestPagerWidget::startsDisabled() {
    QCOMPARE(m_pager->pageSize(), 10);
    QVERIFY(!m_pager->firstPageAction()->isEnabled());
    QVERIFY(!m_pager->nextPageAction()->isEnabled());
    QCOMPARE(PagerWidget::pageSizes(), (QList<int>{10, 20, 50}));
}

void TestPagerWidget::navigation() {
    QSignalSpy requested(m_pager, &PagerWidget::pageRequested);
    m_pager->setPosition(1, 6);
    QCOMPARE(label()->text(), u"Page 1 of 6"_s);
    QVERIFY(!button("firstButton")->isEnabled());
    QVERIFY(!button("previousButton")->isEnabled());
    QVERIFY(button("nextButton")->isEnabled());
    QVERIFY(button("lastButton")->isEnabled());

    QTest::mouseClick(button("nextButton"), Qt::LeftButton);
    QCOMPARE(requested.takeFirst().at(0).toInt(), 2);
    // Until the owner confirms, the label names the page on screen, and notes the one asked for.
    QCOMPARE(m_pager->shownPage(), 1);
    QCOMPARE(label()->text(), u"Page 1 of 6 (loading page 2…)"_s);
    m_pager->setPosition(2, 6);
    QCOMPARE(label()->text(), u"Page 2 of 6"_s);
    QTest::mouseClick(button("lastButton"), Qt::LeftButton);
    QCOMPARE(requested.takeFirst().at(0).toInt(), 6);
    QVERIFY(!button("nextButton")->isEnabled());
    QTest::mouseClick(button("previousButton"), Qt::LeftButton);
    QCOMPARE(requested.takeFirst().at(0).toInt(), 5);
    QTest::mouseClick(button("firstButton"), Qt::LeftButton);
    QCOMPARE(requested.takeFirst().at(0).toInt(), 1);
    QVERIFY(requested.isEmpty());

    // The answer decides in the end (the list may have shrunk).
    m_pager->setPosition(9, 3);
    QCOMPARE(m_pager->currentPage(), 3);
    QCOMPARE(label()->text(), u"Page 3 of 3"_s);
}

void TestPagerWidget::requestedPageIsANote() {
    m_pager->setPosition(2, 6);
    m_pager->setRequestedPage(3); // asked for elsewhere, e.g. by the window
    QCOMPARE(m_pager->currentPage(), 3);
    QCOMPARE(m_pager->shownPage(), 2);
    QCOMPARE(label()->text(), u"Page 2 of 6 (loading page 3…)"_s);
    // Cancelled: back to the page shown.
    m_pager->setRequestedPage(m_pager->shownPage());
    QCOMPARE(m_pager->currentPage(), 2);
    QCOMPARE(label()->text(), u"Page 2 of 6"_s);
}

void TestPagerWidget::rapidClicksAdvance() {
    QSignalSpy requested(m_pager, &PagerWidget::pageRequested);
    m_pager->setPosition(1, 6);
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(button("nextButton"), Qt::LeftButton);
    QCOMPARE(requested.count(), 3);
    QCOMPARE(requested.at(2).at(0).toInt(), 4);
}

void TestPagerWidget::pageSize() {
    QSignalSpy sizeChanged(m_pager, &PagerWidget::pageSizeChanged);
    m_pager->setPosition(4, 6);
    auto *combo = m_pager->findChild<QComboBox *>(u"pageSizeCombo"_s);
    combo->setCurrentIndex(combo->findData(20));
    QCOMPARE(sizeChanged.count(), 1);
    QCOMPARE(sizeChanged.at(0).at(0).toInt(), 20);
    QCOMPARE(m_pager->currentPage(), 1); // a new size starts at the first page

    m_pager->setPageSize(50); // from settings: quiet
    QCOMPARE(sizeChanged.count(), 1);
    QCOMPARE(m_pager->pageSize(), 50);
    m_pager->setPageSize(37); // not offered: the largest offered size below it
    QCOMPARE(m_pager->pageSize(), 20);
}

void TestPagerWidget::fitToTable() {
    // "Fit": the page size is the rows the table shows, and a new height is a new size.
    QSignalSpy sizeChanged(m_pager, &PagerWidget::pageSizeChanged);
    m_pager->setFitSize(14); // not chosen yet: quiet
    QCOMPARE(sizeChanged.count(), 0);
    QVERIFY(!m_pager->isFitToTable());
    auto *combo = m_pager->findChild<QComboBox *>(u"pageSizeCombo"_s);
    combo->setCurrentIndex(combo->findData(0));
    QVERIFY(m_pager->isFitToTable());
    QCOMPARE(m_pager->pageSize(), 14);
    QCOMPARE(sizeChanged.count(), 1);
    QCOMPARE(sizeChanged.at(0).at(0).toInt(), 14);
    m_pager->setPosition(3, 5);
    m_pager->setFitSize(23);
    QCOMPARE(sizeChanged.count(), 2);
    QCOMPARE(sizeChanged.at(1).at(0).toInt(), 23);
    QCOMPARE(m_pager->currentPage(), 1);
    m_pager->setFitSize(23); // unchanged: no new request
    QCOMPARE(sizeChanged.count(), 2);
    m_pager->setFitSize(500); // never above what the service hands out
    QCOMPARE(m_pager->pageSize(), PagerWidget::kMaxFitSize);
    m_pager->setPageSize(20); // from settings: quiet, and no longer fitted
    QVERIFY(!m_pager->isFitToTable());
    m_pager->setPageSize(0);
    QVERIFY(m_pager->isFitToTable());
    m_pager->setPageSize(5); // below every size: the smallest, not "Fit"
    QCOMPARE(m_pager->pageSize(), 10);
}

void TestPagerWidget::allPages() {
    QSignalSpy allChanged(m_pager, &PagerWidget::allPagesChanged);
    m_pager->setPosition(2, 6);
    m_pager->findChild<QCheckBox *>(u"allPagesCheck"_s)->click();
    QCOMPARE(allChanged.count(), 1);
    QVERIFY(allChanged.at(0).at(0).toBool());
    QVERIFY(m_pager->allPages());
    QVERIFY(!m_pager->nextPageAction()->isEnabled());
    QVERIFY(!m_pager->findChild<QComboBox *>(u"pageSizeCombo"_s)->isEnabled());
    QCOMPARE(label()->text(), u"All pages"_s);
}

void TestPagerWidget::keyboardShortcuts() {
    QSignalSpy requested(m_pager, &PagerWidget::pageRequested);
    m_pager->setPosition(1, 6);
    m_pager->activateWindow();
    QTest::keyClick(m_pager, Qt::Key_PageDown, Qt::AltModifier);
    QTest::keyClick(m_pager, Qt::Key_End, Qt::AltModifier);
    QTest::keyClick(m_pager, Qt::Key_PageUp, Qt::AltModifier);
    QTest::keyClick(m_pager, Qt::Key_Home, Qt::AltModifier);
    QCOMPARE(requested.count(), 4);
    QCOMPARE(requested.at(0).at(0).toInt(), 2);
    QCOMPARE(requested.at(1).at(0).toInt(), 6);
    QCOMPARE(requested.at(2).at(0).toInt(), 5);
    QCOMPARE(requested.at(3).at(0).toInt(), 1);
}

QTEST_MAIN(TestPagerWidget)
#include "tst_pagerwidget.moc"
