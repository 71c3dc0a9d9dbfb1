#include "MessageBanner.h"

#include <QLabel>
#include <QTest>
#include <QToolButton>

using namespace isb;
using namespace Qt::StringLiterals;

/// The banner's icons come from the style, which may read the desktop's icon theme: issue 11 wants that
/// after the first paint, and the banners are hidden at start-up, so they look their icons up when first
/// shown.
class TestMessageBanner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void iconsWaitForTheFirstShowing();
    void kindChangesTheIcon();
};

namespace {

QImage iconOf(const MessageBanner &banner) {
    return banner.findChild<QLabel *>(u"iconLabel"_s)->pixmap().toImage();
}

} // namespace

void TestMessageBanner::iconsWaitForTheFirstShowing() {
    QWidget window;
    auto *banner = new MessageBanner(&window);
    banner->setDismissible(true);
    banner->setMessage(u"Title"_s, u"Text"_s);
    banner->hide();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *close = banner->findChild<QToolButton *>(u"closeButton"_s);
    QVERIFY(iconOf(*banner).isNull());
    QVERIFY(close->icon().isNull());

    banner->show();
    QVERIFY(!iconOf(*banner).isNull());
    QVERIFY(!close->icon().isNull());
    // Laid out with the icon from its first frame on.
    QVERIFY(banner->findChild<QLabel *>(u"iconLabel"_s)->width() > 0);
}

void TestMessageBanner::kindChangesTheIcon() {
    MessageBanner banner;
    banner.setMessage(u"Title"_s, u"Text"_s);
    banner.show();
    QVERIFY(QTest::qWaitForWindowExposed(&banner));
    const QImage warning = iconOf(banner);
    QVERIFY(!warning.isNull());
    banner.setKind(MessageBanner::Kind::Information);
    const QImage information = iconOf(banner);
    QVERIFY(!information.isNull());
    QVERIFY(information != warning);

    // Once shown, a hidden banner follows its kind too: it may be shown again at any time.
    banner.hide();
    banner.setKind(MessageBanner::Kind::Warning);
    QCOMPARE(iconOf(banner), warning);
}

QTEST_MAIN(TestMessageBanner)
#include "tst_messagebanner.moc"
