#include "ElidedLabel.h"
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
    void compactIsOneLine();
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

void TestMessageBanner::compactIsOneLine() {
    const QString title = u"Shared with 12 accounts you have not marked as trusted"_s;
    const QString text = u"Label them, or mark them trusted, from their context menu. "_s.repeated(3);
    MessageBanner full;
    full.setMessage(title, text);
    full.resize(320, full.heightForWidth(320));
    MessageBanner compact;
    compact.setMessage(title, text);
    compact.setCompact(true);
    QVERIFY(compact.isCompact());
    for (MessageBanner *banner : {&full, &compact}) {
        banner->setFixedWidth(320);
        banner->show();
        QVERIFY(QTest::qWaitForWindowExposed(banner));
    }
    // One line of text, however long the message: the tooltip says it all.
    const int line = compact.fontMetrics().height();
    QVERIFY2(compact.sizeHint().height() < 2 * line + 8,
             qPrintable(QString::number(compact.sizeHint().height())));
    QVERIFY(full.sizeHint().height() > compact.sizeHint().height() + line);
    auto *one = compact.findChild<ElidedLabel *>(u"lineLabel"_s);
    QVERIFY(one && one->isVisible());
    QVERIFY(one->toolTip().contains(title) && one->toolTip().contains(u"context menu"_s));
    QVERIFY(!compact.findChild<QLabel *>(u"textLabel"_s)->isVisible());
    QCOMPARE(compact.title(), title);
    QCOMPARE(compact.text(), text);
    // Back to the paragraph form.
    compact.setCompact(false);
    QVERIFY(!one->isVisible());
    QVERIFY(compact.findChild<QLabel *>(u"textLabel"_s)->isVisible());
}

QTEST_MAIN(TestMessageBanner)
#include "tst_messagebanner.moc"
