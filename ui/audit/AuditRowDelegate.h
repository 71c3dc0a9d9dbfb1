#pragma once

#include <QStyledItemDelegate>

namespace isb {

/// Paints the audit table's rows of group "all" (shared with every Alibaba Cloud account) red and bold,
/// so they stand out in 100,000 rows. The model only flags them (AuditTableModel::SharedWithEveryoneRole):
/// the core has no widgets, and the colours belong to the view. Foreground and background are set together
/// so that the row stays readable in dark themes.
class AuditRowDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace isb
