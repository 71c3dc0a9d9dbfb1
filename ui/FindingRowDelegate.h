#pragma once

#include <QStyledItemDelegate>

namespace isb {

/// Paints the rows that are findings so they stand out in long tables: a public grant (group "all") red
/// and bold, a grant to an untrusted account amber. The models only flag them with a bool role each (the
/// core has no widgets, and the colours belong to the view); the roles are given, so that the accounts
/// pane, the audit table and the diff share one look. Foreground and background are set together so that
/// the row stays readable in dark themes.
class FindingRowDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    /// A role of -1 is not looked at.
    FindingRowDelegate(int publicRole, int untrustedRole, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_publicRole;
    int m_untrustedRole;
};

} // namespace isb
