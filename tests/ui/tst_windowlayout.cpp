#include "AuditWindow.h"
#include "BrowserTestHelper.h"
#include "ColumnFitter.h"
#include "ImageTableModel.h"
#include "MessageBanner.h"
#include "ScreenPlacement.h"
#include "SharePermissionPane.h"
#include "WindowPlacement.h"

#include <QComboBox>
#include <QHeaderView>
#include <QListWidget>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace isb;
using namespace Qt::StringLiterals;

namespace {

/// What the rows on screen need (QTableView makes sizeHintForColumn protected).
int contentOf(const QAbstractItemView *view, int column) {
    return view->sizeHintForColumn(column);
}

} // namespace

/// Issue 11, "the window is right at every size": column widths, window placement, the audit window's
/// region list, against the real windows on the simulator's demo data.
class TestWindowLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fitInside_data();
    void fitInside();
    void widgetFittedIntoScreen();
    void windowsOpenOnScreen();

    void essentialColumnsInNarrowWindow();
    void nameTakesTheRoomInWideWindow();
    void oldHeaderStateDoesNotStretchSize();
    void columnsStayMovableAndRestored();
    void auditRegionListIsNarrow();
    void rowsHaveTheStyleHeight();
    void columnResizedByHandIsKept();
    void accountsPaneKeepsRowsUnderBanners();
    void accountsHeadersWholeAt900x600();
    void headersStayWholeBesideLongName_data();
    void headersStayWholeBesideLongName();

private:
    /// The window at `size`, with cn-hangzhou's images listed.
    QTableView *openAt(const QSize &size);
    BrowserTestHelper m_helper;
};

void TestWindowLayout::initTestCase() {
    QVERIFY(m_helper.setUp());
}

void TestWindowLayout::init() {
    QSettings().clear();
}

void TestWindowLayout::cleanup() {
    m_helper.closeWindow();
}

void TestWindowLayout::fitInside_data() {
    QTest::addColumn<QRect>("wanted");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("expected");

    const QRect screen(0, 30, 1366, 738); // a laptop with a top panel
    QTest::newRow("inside: unchanged") << QRect(100, 100, 800, 600) << screen << QRect(100, 100, 800, 600);
    QTest::newRow("under the top panel: moved down")
        << QRect(100, 0, 800, 600) << screen << QRect(100, 30, 800, 600);
    QTest::newRow("over the right edge: moved left")
        << QRect(1000, 100, 800, 600) << screen << QRect(566, 100, 800, 600);
    QTest::newRow("from a bigger screen: shrunk, kept at the top left")
        << QRect(0, 30, 2560, 1440) << screen << QRect(0, 30, 1366, 738);
    QTest::newRow("bigger and off the bottom right: shrunk and moved in")
        << QRect(900, 500, 1920, 1080) << screen << QRect(0, 30, 1366, 738);
    QTest::newRow("on a screen that is gone: centred")
        << QRect(3000, 200, 800, 600) << screen << QRect(283, 99, 800, 600);
    QTest::newRow("second screen to the left of the first")
        << QRect(-1900, 100, 800, 600) << QRect(-1920, 0, 1920, 1080) << QRect(-1900, 100, 800, 600);
    QTest::newRow("no screen known: unchanged")
        << QRect(3000, 200, 800, 600) << QRect() << QRect(3000, 200, 800, 600);
}

void TestWindowLayout::fitInside() {
    QFETCH(QRect, wanted);
    QFETCH(QRect, available);
    QFETCH(QRect, expected);
    const QRect placed = WindowPlacement::fitInside(wanted, available);
    QCOMPARE(placed, expected);
    if (!available.isEmpty())
        QVERIFY(available.contains(placed));
}

void TestWindowLayout::widgetFittedIntoScreen() {
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QWidget window;
    window.setGeometry(available.right() + 500, available.bottom() + 500, available.width() * 2,
                       available.height() * 2);
    fitIntoScreen(&window);
    QVERIFY2(available.contains(window.geometry()),
             qPrintable(
                 u"%1,%2 %3x%4"_s.arg(window.x()).arg(window.y()).arg(window.width()).arg(window.height())));
}

void TestWindowLayout::windowsOpenOnScreen() {
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    // Geometries saved on a monitor three times the size of this one, far to the right of it.
    for (const QString &key : {u"MainWindow/geometry"_s, u"AuditWindow/geometry"_s}) {
        QWidget big;
        big.setGeometry(available.width() * 3, 0, available.width() * 3, available.height() * 3);
        QSettings().setValue(key, big.saveGeometry());
    }
    // Where each window puts itself before it is shown; the frame is then the window manager's (the
    // offscreen platform's adds 2 pixels at show).
    const MainWindow window(m_helper.options());
    QVERIFY2(available.contains(window.geometry()),
             qPrintable(
                 u"%1,%2 %3x%4"_s.arg(window.x()).arg(window.y()).arg(window.width()).arg(window.height())));
    const AuditWindow audit(m_helper.options(), BrowserTestHelper::demoCredentials());
    QVERIFY(available.contains(audit.geometry()));
}

QTableView *TestWindowLayout::openAt(const QSize &size) {
    MainWindow *window = m_helper.openWindow();
    if (!window)
        return nullptr;
    window->resize(size);
    window->setCredentials(BrowserTestHelper::demoCredentials());
    m_helper.selectRegion(u"cn-hangzhou"_s);
    const int expected = int(m_helper.expectedImageIds(u"cn-hangzhou"_s).size());
    if (!QTest::qWaitFor(
            [&] { return m_helper.listedImageIds().size() == expected && !window->isLoading(); }))
        return nullptr;
    QTest::qWait(0); // the columns are fitted on the next event-loop turn
    QCoreApplication::processEvents();
    return m_helper.imageView();
}

void TestWindowLayout::essentialColumnsInNarrowWindow() {
    QTableView *view = openAt(QSize(900, 600));
    QVERIFY(view);
    const QHeaderView *header = view->horizontalHeader();
    const int viewport = view->viewport()->width();
    QVERIFY(viewport < header->length()); // this window is too narrow for every column: the test is real
    for (int column :
         {ImageTableModel::IdColumn, ImageTableModel::NameColumn, ImageTableModel::StatusColumn}) {
        const int left = header->sectionViewportPosition(column);
        QVERIFY2(left >= 0 && left + header->sectionSize(column) <= viewport,
                 qPrintable(u"column %1 at %2+%3, viewport %4"_s.arg(column)
                                .arg(left)
                                .arg(header->sectionSize(column))
                                .arg(viewport)));
    }
    // Name still tells images apart, and an ID is never cut.
    const int letter = view->fontMetrics().horizontalAdvance(QLatin1Char('n'));
    QVERIFY(header->sectionSize(ImageTableModel::NameColumn) >= letter * 12);
    QVERIFY(header->sectionSize(ImageTableModel::IdColumn) >= contentOf(view, ImageTableModel::IdColumn));
}

void TestWindowLayout::nameTakesTheRoomInWideWindow() {
    QTableView *view = openAt(QSize(1920, 1080));
    QVERIFY(view);
    const QHeaderView *header = view->horizontalHeader();
    QVERIFY(!header->stretchLastSection());
    const int name = header->sectionSize(ImageTableModel::NameColumn);
    // Name is not cut off...
    QVERIFY(name >= contentOf(view, ImageTableModel::NameColumn));
    for (int column = 0; column < ImageTableModel::ColumnCount; ++column) {
        if (column == ImageTableModel::NameColumn)
            continue;
        // ...and no other column is wider than its content or the widest, and all fit.
        const int content = std::max(contentOf(view, column), header->sectionSizeHint(column));
        QVERIFY2(
            header->sectionSize(column) <= content,
            qPrintable(u"column %1: %2 > %3"_s.arg(column).arg(header->sectionSize(column)).arg(content)));
        QVERIFY(header->sectionSize(column) < name);
    }
    QVERIFY(header->length() <= view->viewport()->width());
    // The room left over goes to Name: the columns fill the view (up to the width of a scroll bar).
    QVERIFY(header->length() >=
            view->viewport()->width() - view->style()->pixelMetric(QStyle::PM_ScrollBarExtent) - 1);
}

void TestWindowLayout::oldHeaderStateDoesNotStretchSize() {
    // A header state as the earlier versions saved it: the last section (Size) stretches, every
    // section Interactive, Name narrow.
    {
        QStandardItemModel model(0, ImageTableModel::ColumnCount);
        QTableView old;
        old.setModel(&model);
        old.horizontalHeader()->setStretchLastSection(true);
        old.horizontalHeader()->resizeSection(ImageTableModel::NameColumn, 40);
        QSettings().setValue(u"MainWindow/imageHeader"_s, old.horizontalHeader()->saveState());
    }
    QTableView *view = openAt(QSize(1920, 1080));
    QVERIFY(view);
    const QHeaderView *header = view->horizontalHeader();
    QVERIFY(!header->stretchLastSection());
    QVERIFY(header->sectionSize(ImageTableModel::SizeColumn) <=
            std::max(contentOf(view, ImageTableModel::SizeColumn),
                     header->sectionSizeHint(ImageTableModel::SizeColumn)));
    QVERIFY(header->sectionSize(ImageTableModel::NameColumn) >= contentOf(view, ImageTableModel::NameColumn));
}

void TestWindowLayout::columnsStayMovableAndRestored() {
    QTableView *view = openAt(QSize(1600, 900));
    QVERIFY(view);
    QHeaderView *header = view->horizontalHeader();
    QVERIFY(header->sectionsMovable());
    // The user puts Status first and hides OS; both survive a restart, and Name still takes the room.
    header->moveSection(header->visualIndex(ImageTableModel::StatusColumn), 0);
    header->hideSection(ImageTableModel::OsColumn);
    m_helper.closeWindow();

    view = openAt(QSize(1600, 900));
    QVERIFY(view);
    header = view->horizontalHeader();
    QCOMPARE(header->visualIndex(ImageTableModel::StatusColumn), 0);
    QVERIFY(header->isSectionHidden(ImageTableModel::OsColumn));
    QVERIFY(!header->stretchLastSection());
    QVERIFY(header->sectionSize(ImageTableModel::NameColumn) >= contentOf(view, ImageTableModel::NameColumn));
    QVERIFY(header->length() <= view->viewport()->width());
}

void TestWindowLayout::auditRegionListIsNarrow() {
    AuditWindow audit(m_helper.options(), BrowserTestHelper::demoCredentials());
    audit.resize(900, 600);
    QSignalSpy loaded(&audit, &AuditWindow::regionsLoaded);
    audit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&audit));
    QVERIFY(loaded.wait());
    auto *list = audit.findChild<QListWidget *>(u"regionList"_s);
    QVERIFY(list);
    QCOMPARE(list->count(), m_helper.dataset().regions().size());
    QVERIFY2(list->width() < 900 / 5, qPrintable(QString::number(list->width())));
    // Narrow, but the region IDs can be read.
    const int letter = list->fontMetrics().horizontalAdvance(QLatin1Char('n'));
    QVERIFY(list->viewport()->width() >= letter * 14);
}

void TestWindowLayout::rowsHaveTheStyleHeight() {
    // The row height a plain table gets from the style on this platform, not a number of the project's.
    QTableView plain;
    const int normal = plain.verticalHeader()->defaultSectionSize();
    MainWindow *window = m_helper.openWindow();
    QVERIFY(window);
    QCOMPARE(m_helper.imageView()->verticalHeader()->defaultSectionSize(), normal);
    const AuditWindow audit(m_helper.options(), BrowserTestHelper::demoCredentials());
    const auto *auditView = audit.findChild<QTableView *>(u"auditView"_s);
    QVERIFY(auditView);
    QCOMPARE(auditView->verticalHeader()->defaultSectionSize(), normal);
    // Fixed, so that 100,000 rows are not measured one by one.
    QCOMPARE(auditView->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
}

void TestWindowLayout::columnResizedByHandIsKept() {
    QTableView *view = openAt(QSize(1600, 900));
    QVERIFY(view);
    QHeaderView *header = view->horizontalHeader();
    const int length = header->length();
    const int name = header->sectionSize(ImageTableModel::NameColumn);
    // The user widens Created by 80 pixels: it stays so, and Name gives up the same room.
    const int created = header->sectionSize(ImageTableModel::CreatedColumn) + 80;
    header->resizeSection(ImageTableModel::CreatedColumn, created);
    QTRY_COMPARE(header->sectionSize(ImageTableModel::NameColumn), name - 80);
    QCOMPARE(header->sectionSize(ImageTableModel::CreatedColumn), created);
    QCOMPARE(header->length(), length);
    // And the window is resized: Created keeps the user's width, Name follows the window.
    m_helper.window()->resize(1800, 900);
    QTRY_VERIFY(header->sectionSize(ImageTableModel::NameColumn) > name);
    QCOMPARE(header->sectionSize(ImageTableModel::CreatedColumn), created);
}

void TestWindowLayout::accountsPaneKeepsRowsUnderBanners() {
    // At 900x600 the two warnings (everyone, untrusted accounts) left the accounts table about two rows.
    QTableView *images = openAt(QSize(900, 600));
    QVERIFY(images);
    const QString imageId = m_helper.imageIdNamed(u"partner-sdk-sandbox"_s);
    QVERIFY(m_helper.clickImage(imageId));
    QTRY_VERIFY_WITH_TIMEOUT(!m_helper.window()->isLoading() && !m_helper.shownAccountIds().isEmpty(), 10000);
    SharePermissionPane *pane = m_helper.pane();
    auto *everyone = pane->findChild<MessageBanner *>(u"everyoneBanner"_s);
    QVERIFY(everyone);
    QTRY_VERIFY(everyone->isVisible() && pane->untrustedBanner()->isVisible());
    QCoreApplication::processEvents();
    const QTableView *accounts = pane->accountsView();
    const int rows = accounts->viewport()->height() / accounts->verticalHeader()->defaultSectionSize();
    QVERIFY2(rows >= 5, qPrintable(QString::number(rows)));
    // Each banner one line, with its whole message in the tooltip.
    const int line = everyone->fontMetrics().height();
    QVERIFY(everyone->height() < 2 * line + 8);
    QVERIFY(pane->untrustedBanner()->height() < 2 * line + 8);
}

void TestWindowLayout::accountsHeadersWholeAt900x600() {
    // The 900x600 screenshot showed ".abe": the Label column, which took what the ID, the time and the trust
    // left, was narrower than its own header. Now the time gives way first (its cells elide), and every
    // header of the accounts table stays whole.
    QTableView *images = openAt(QSize(900, 600));
    QVERIFY(images);
    QVERIFY(m_helper.clickImage(m_helper.imageIdNamed(u"partner-sdk-sandbox"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(!m_helper.window()->isLoading() && !m_helper.shownAccountIds().isEmpty(), 10000);
    QCoreApplication::processEvents();
    const QTableView *accounts = m_helper.pane()->accountsView();
    const QHeaderView *header = accounts->horizontalHeader();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int column = 0; column < header->count(); ++column) {
        const QString text = accounts->model()->headerData(column, Qt::Horizontal).toString();
        const int room = header->sectionSize(column) - 2 * margin;
        QVERIFY2(header->fontMetrics().elidedText(text, Qt::ElideRight, room) == text, qPrintable(text));
    }
    // Inside the table: no scrolling to reach Trust.
    QVERIFY(header->length() <= accounts->viewport()->width());
}

void TestWindowLayout::headersStayWholeBesideLongName_data() {
    QTest::addColumn<int>("width");
    QTest::newRow("full HD list") << 1200;
    QTest::newRow("narrow") << 700;
}

void TestWindowLayout::headersStayWholeBesideLongName() {
    // The screenshots at full HD showed "ze (Gi" and "hare": with a very long image name the capped
    // columns were cut down to their cap, headers and all. Now only Name gives way, and elides.
    QFETCH(int, width);
    QStandardItemModel model(3, 4);
    model.setHorizontalHeaderLabels({u"Image ID"_s, u"Name"_s, u"Size (GiB)"_s, u"Shared"_s});
    for (int row = 0; row < 3; ++row) {
        model.setItem(row, 0, new QStandardItem(u"m-bp1i2ov48lmf99qr0s6x"_s));
        model.setItem(row, 1, new QStandardItem(u"a very long image name "_s.repeated(12)));
        model.setItem(row, 2, new QStandardItem(u"40"_s));
        model.setItem(row, 3, new QStandardItem(row == 0 ? u"Shared"_s : QString()));
    }
    QTableView view;
    view.setModel(&model);
    view.setSortingEnabled(true);
    view.sortByColumn(0, Qt::AscendingOrder);
    view.resize(width, 300);
    ColumnFitter fitter(&view, 1, {0, 1});
    fitter.setLimits(1, 12, 0);
    fitter.setLimits(2, 4, 0);
    fitter.setLimits(3, 4, 0);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    fitter.fit();
    const QHeaderView *header = view.horizontalHeader();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int column : {0, 2, 3}) {
        const QString text = model.headerData(column, Qt::Horizontal).toString();
        const int room = header->sectionSize(column) - 2 * margin;
        QCOMPARE(header->fontMetrics().elidedText(text, Qt::ElideRight, room), text);
        QVERIFY(header->sectionSize(column) >= contentOf(&view, column)); // the cells whole too
    }
    // Name takes what is left and is cut (elided), the others are not.
    QVERIFY(header->sectionSize(1) < contentOf(&view, 1));
    if (width >= 1000)
        QVERIFY(header->length() <= view.viewport()->width());
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
