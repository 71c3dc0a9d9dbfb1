#include "DeferredIconStyle.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "PagerWidget.h"
#include "SharePermissionPane.h"
#include "ThemeIcons.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFontInfo>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPixmap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace isb;
using namespace Qt::StringLiterals;

/// Issue 11, start-up: the desktop's icon theme is read after the first paint (ThemeIcons.h). Until
/// MainWindow::applyThemeIcons() the window shows its bundled icons, even where the theme has its own.
class TestThemeIcons : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void themeIconReplacesTheBundledOne();
    void windowWaitsForThePass();
    void noStyleSheetUntilABannerShows();
    void menuBarOverflowIconWaitsForItsPaint();

private:
    QTemporaryDir m_themes;
};

void TestThemeIcons::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_ID");
    qunsetenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    // A theme of our own with two of the icons the window names, so that the test does not depend on the
    // themes installed on the machine (hicolor has none of them).
    QVERIFY(m_themes.isValid());
    const QString theme = m_themes.filePath(u"isb-test"_s);
    QVERIFY(QDir().mkpath(theme + u"/16x16/actions"_s));
    QFile index(theme + u"/index.theme"_s);
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=isb-test\nDirectories=16x16/actions\n\n"
                "[16x16/actions]\nSize=16\nType=Fixed\n");
    index.close();
    QImage image(16, 16, QImage::Format_ARGB32);
    image.fill(Qt::red);
    for (const QString &name : {u"go-first"_s, u"view-refresh"_s})
        QVERIFY(image.save(theme + u"/16x16/actions/"_s + name + u".png"_s));
    QIcon::setThemeSearchPaths({m_themes.path()});
    QIcon::setThemeName(u"isb-test"_s);
    QVERIFY(QIcon::hasThemeIcon(u"go-first"_s));
    QVERIFY(!QIcon::hasThemeIcon(u"go-next"_s));
}

void TestThemeIcons::themeIconReplacesTheBundledOne() {
    QObject root;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::blue);
    const QIcon bundled(pixmap);
    auto *named = new QAction(bundled, u"named"_s, &root);
    named->setProperty(themeIconProperty, u"go-first"_s);
    auto *missing = new QAction(bundled, u"missing"_s, &root);
    missing->setProperty(themeIconProperty, u"go-next"_s); // not in the theme
    auto *plain = new QAction(bundled, u"plain"_s, &root);

    applyThemeIcons(&root);
    QCOMPARE(named->icon().name(), u"go-first"_s);
    QCOMPARE(missing->icon().cacheKey(), bundled.cacheKey());
    QCOMPARE(plain->icon().cacheKey(), bundled.cacheKey());
}

void TestThemeIcons::windowWaitsForThePass() {
    MainWindow window;
    auto *refresh = window.findChild<QAction *>(u"actionRefresh"_s);
    auto *cancel = window.findChild<QAction *>(u"actionCancel"_s);
    auto *filter = window.findChild<QLineEdit *>(u"filterEdit"_s);
    auto *accountsFilter = window.findChild<QLineEdit *>(u"accountsFilterEdit"_s);
    const PagerWidget *pager = window.findChild<SharePermissionPane *>(u"sharePane"_s)->pager();
    QVERIFY(refresh && cancel && filter && accountsFilter);

    // Built: the bundled icons (files in the resources, hence no theme name), nothing of the theme.
    QVERIFY(!refresh->icon().isNull());
    QCOMPARE(refresh->icon().name(), QString());
    QVERIFY(!pager->firstPageAction()->icon().isNull());
    QCOMPARE(pager->firstPageAction()->icon().name(), QString());
    QVERIFY(cancel->icon().isNull());
    QVERIFY(!filter->isClearButtonEnabled()); // its icon would be the theme's edit-clear
    QVERIFY(!accountsFilter->isClearButtonEnabled());
    // Selectable text waits too (a text document per label).
    auto *title =
        window.findChild<SharePermissionPane *>(u"sharePane"_s)->findChild<QLabel *>(u"titleLabel"_s);
    auto *requestId = window.findChild<QLabel *>(u"requestIdLabel"_s);
    QVERIFY(title && requestId);
    QVERIFY(!title->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    QVERIFY(!requestId->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));

    window.applyThemeIcons();
    QCOMPARE(refresh->icon().name(), u"view-refresh"_s);
    QCOMPARE(pager->firstPageAction()->icon().name(), u"go-first"_s);
    // Not in the theme: the bundled icon stays.
    QVERIFY(!pager->nextPageAction()->icon().isNull());
    QCOMPARE(pager->nextPageAction()->icon().name(), QString());
    QVERIFY(!cancel->icon().isNull()); // the style's, the theme having no process-stop
    QVERIFY(filter->isClearButtonEnabled());
    QVERIFY(accountsFilter->isClearButtonEnabled());
    QCOMPARE(title->textInteractionFlags(), Qt::TextSelectableByMouse);
    QCOMPARE(requestId->textInteractionFlags(), Qt::TextSelectableByMouse);
}

/// Issue 11, start-up: Qt builds its style sheet engine for the program's first style sheet, which cost a
/// tenth of the start-up (bench-startup). No widget of the first frame has one; a banner, hidden at start-up,
/// sets its colors when it is first shown.
void TestThemeIcons::noStyleSheetUntilABannerShows() {
    MainWindow window;
    QVERIFY(qApp->styleSheet().isEmpty());
    const auto widgets = window.findChildren<QWidget *>();
    for (const QWidget *widget : widgets)
        QVERIFY2(widget->styleSheet().isEmpty(), qPrintable(widget->objectName()));
    auto *banner = window.findChild<MessageBanner *>(u"everyoneBanner"_s);
    QVERIFY(banner && banner->isHidden());
    const auto *text = banner->findChild<QLabel *>(u"textLabel"_s);
    QVERIFY(text);
    QVERIFY(!text->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));

    banner->show();
    QCOMPARE(text->textInteractionFlags(), Qt::TextSelectableByMouse);
    QVERIFY(banner->styleSheet().contains(u"background-color"_s));
    // The title's bold is its font's, and the banner's style sheet (colors only) keeps it.
    const auto *title = banner->findChild<QLabel *>(u"titleLabel"_s);
    QVERIFY(title);
    QVERIFY(QFontInfo(title->font()).bold());
}

namespace {

/// Counts how often the menu bar's overflow icon is asked of it.
class CountingStyle final : public QProxyStyle {
public:
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option,
                       const QWidget *widget) const override {
        if (icon == SP_ToolBarHorizontalExtensionButton)
            ++asked;
        return QProxyStyle::standardIcon(icon, option, widget);
    }
    mutable int asked = 0;
};

} // namespace

/// Issue 11, start-up: QMenuBar asks for its overflow button's icon when it is built; reading it, the
/// first image file of the program, loaded every image format plugin (DeferredIconStyle.h).
void TestThemeIcons::menuBarOverflowIconWaitsForItsPaint() {
    auto *counting = new CountingStyle;
    const QString previousName = QApplication::style()->name();
    QApplication::setStyle(new DeferredIconStyle(counting));
    {
        QMenuBar bar;
        bar.addMenu(u"File"_s);
        QCOMPARE(counting->asked, 0);

        const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
        QVERIFY(!icon.isNull());
        QCOMPARE(counting->asked, 0);
        // Painted, it is the base style's icon, asked for once.
        const QImage deferred = icon.pixmap(QSize(16, 16)).toImage();
        QCOMPARE(counting->asked, 1);
        QCOMPARE(deferred, counting->QProxyStyle::standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton)
                               .pixmap(QSize(16, 16))
                               .toImage());
        icon.pixmap(QSize(32, 32));
        QCOMPARE(counting->asked, 1);
        // Every other icon is the base style's, at once.
        QCOMPARE(
            QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(QSize(32, 32)).toImage(),
            counting->QProxyStyle::standardIcon(QStyle::SP_MessageBoxWarning)
                .pixmap(QSize(32, 32))
                .toImage());
    }
    QApplication::setStyle(previousName);
}

QTEST_MAIN(TestThemeIcons)
#include "tst_themeicons.moc"
