#include "SharedAccountFilterModel.h"

#include "SharedAccountTableModel.h"

namespace isb {

SharedAccountFilterModel::SharedAccountFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(SharedAccountTableModel::SortRole);
}

void SharedAccountFilterModel::setFilterText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateFilter();
}

bool SharedAccountFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_filterText.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    // The ID and the label: a date matching "2024", or "trusted" inside "Not trusted", is not the account
    // someone is looking for.
    for (int column :
         {int(SharedAccountTableModel::AliyunIdColumn), int(SharedAccountTableModel::LabelColumn)}) {
        const QString text = source->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (text.contains(m_filterText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace isb
