#pragma once

#include <QSortFilterProxyModel>

namespace isb {

/// Sorts a SharedAccountTableModel by its typed SortRole and keeps the rows whose account ID or label
/// contains the search text. It filters the page the pane shows, not every account of the image: the service
/// pages the accounts, and only "All pages" brings them all into the table.
class SharedAccountFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SharedAccountFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
};

} // namespace isb
