#include "MessageBanner.h"

#include "ui_MessageBanner.h"

#include "ElidedLabel.h"
#include "ServiceText.h"

#include <QAction>
#include <QEvent>
#include <QStyle>

namespace isb {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::MessageBanner>()) {
    m_ui->setupUi(this);
    m_ui->closeButton->setVisible(false);
    connect(m_ui->closeButton, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    // The icons and the colors come with the first showing (setVisible).
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::setKind(Kind kind) {
    m_kind = kind;
    updateAppearance();
}

void MessageBanner::setMessage(const QString &title, const QString &text) {
    m_ui->titleLabel->setText(title);
    m_ui->titleLabel->setVisible(!title.isEmpty());
    m_ui->textLabel->setText(text);
    m_ui->textLabel->setVisible(!text.isEmpty());
    // Screen readers announce the banner as one piece.
    setAccessibleName(title);
    setAccessibleDescription(text);
    updateLine();
}

void MessageBanner::setCompact(bool compact) {
    if (compact == m_compact)
        return;
    m_compact = compact;
    if (!m_line) {
        m_line = new ElidedLabel(this);
        m_line->setObjectName(QStringLiteral("lineLabel"));
        m_line->setTextFormat(Qt::PlainText);
        QFont bold = m_line->font();
        bold.setBold(true);
        m_line->setFont(bold);
        m_ui->textLayout->addWidget(m_line);
    }
    const int margin = compact ? 2 : 6;
    layout()->setContentsMargins(margin * 2, margin, margin * 2, margin);
    m_ui->bannerLayout->setAlignment(m_ui->iconLabel, compact ? Qt::AlignVCenter : Qt::AlignTop);
    updateLine();
    if (m_lookSetUp)
        updateIcons();
}

void MessageBanner::updateLine() {
    m_ui->titleLabel->setVisible(!m_compact && !m_ui->titleLabel->text().isEmpty());
    m_ui->textLabel->setVisible(!m_compact && !m_ui->textLabel->text().isEmpty());
    if (!m_line)
        return;
    m_line->setVisible(m_compact);
    const QString title = m_ui->titleLabel->text();
    const QString text = m_ui->textLabel->text();
    const QString line = title.isEmpty() || text.isEmpty()
                             ? title + text
                             : tr("%1: %2", "banner title: banner text").arg(title, text);
    m_line->setText(line);
    m_line->setToolTip(plainTextToolTip(line)); // names from the service are never read as rich text
}

QString MessageBanner::title() const {
    return m_ui->titleLabel->text();
}

QString MessageBanner::text() const {
    return m_ui->textLabel->text();
}

void MessageBanner::setDismissible(bool dismissible) {
    m_ui->closeButton->setVisible(dismissible);
}

void MessageBanner::setAction(QAction *action) {
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("bannerActionButton"));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Before the close button, which stays last.
    m_ui->bannerLayout->insertWidget(m_ui->bannerLayout->indexOf(m_ui->closeButton), button);
}

void MessageBanner::setVisible(bool visible) {
    // Before the banner is visible, so that the layout it gets on showing counts the icon.
    if (visible && !m_lookSetUp) {
        m_lookSetUp = true;
        updateAppearance();
        // Selectable text is laid out in a text document: not worth it for a banner never shown.
        m_ui->titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_ui->textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFrame::setVisible(visible);
}

void MessageBanner::changeEvent(QEvent *event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange)
        updateAppearance();
}

void MessageBanner::updateIcons() {
    m_ui->closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    const QIcon icon = style()->standardIcon(m_kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                     : QStyle::SP_MessageBoxInformation);
    const int extent = style()->pixelMetric(
        m_compact ? QStyle::PM_SmallIconSize : QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(icon.pixmap(QSize(extent, extent), devicePixelRatioF()));
}

void MessageBanner::updateAppearance() {
    if (!m_lookSetUp)
        return;
    updateIcons();
    const bool warning = m_kind == Kind::Warning;
    // Strong, theme-independent colors: the "shared with everyone" banner is the one thing an operator
    // must never miss, so it does not depend on the palette of the desktop.
    const QString background = warning ? QStringLiteral("#fde7e7") : QStringLiteral("#e8f0fe");
    const QString border = warning ? QStringLiteral("#c5221f") : QStringLiteral("#1a73e8");
    const QString foreground = warning ? QStringLiteral("#5f0b0b") : QStringLiteral("#0b2e5f");
    const QString sheet =
        QStringLiteral(
            "isb--MessageBanner { background-color: %1; border: 2px solid %2; border-radius: 4px; }"
            " QLabel { color: %3; background: transparent; border: none; }")
            .arg(background, border, foreground);
    // Setting a style sheet sends a StyleChange event, which lands here again.
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

} // namespace isb
