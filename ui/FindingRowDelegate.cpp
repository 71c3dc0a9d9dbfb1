#include "FindingRowDelegate.h"

namespace isb {

FindingRowDelegate::FindingRowDelegate(int publicRole, int untrustedRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_publicRole(publicRole)
    , m_untrustedRole(untrustedRole) {}

void FindingRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (m_publicRole >= 0 && index.data(m_publicRole).toBool()) {
        option->font.setBold(true);
        // The same red as the main window's "shared with everyone" banner.
        option->backgroundBrush = QBrush(QColor(0xfd, 0xe7, 0xe7));
        option->palette.setColor(QPalette::Text, QColor(0x8a, 0x12, 0x12));
        option->palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
        option->palette.setColor(QPalette::Highlight, QColor(0xb0, 0x1c, 0x1c));
    } else if (m_untrustedRole >= 0 && index.data(m_untrustedRole).toBool()) {
        // The warning banner's amber: expected to be looked at, not an alarm like "everyone".
        option->backgroundBrush = QBrush(QColor(0xff, 0xf4, 0xd6));
        option->palette.setColor(QPalette::Text, QColor(0x6b, 0x4a, 0x00));
        option->palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
        option->palette.setColor(QPalette::Highlight, QColor(0x9a, 0x6b, 0x00));
    }
}

} // namespace isb
