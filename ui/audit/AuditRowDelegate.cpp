#include "AuditRowDelegate.h"

#include "audit/AuditTableModel.h"

namespace isb {

void AuditRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(AuditTableModel::SharedWithEveryoneRole).toBool())
        return;
    option->font.setBold(true);
    // The same red as the main window's "shared with everyone" banner.
    option->backgroundBrush = QBrush(QColor(0xfd, 0xe7, 0xe7));
    option->palette.setColor(QPalette::Text, QColor(0x8a, 0x12, 0x12));
    option->palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    option->palette.setColor(QPalette::Highlight, QColor(0xb0, 0x1c, 0x1c));
}

} // namespace isb
