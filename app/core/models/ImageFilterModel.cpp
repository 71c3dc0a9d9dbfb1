#include "ImageFilterModel.h"

#include "ImageTableModel.h"

namespace isb {

ImageFilterModel::ImageFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ImageTableModel::SortRole);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void ImageFilterModel::setFilterText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateFilter();
}

bool ImageFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (m_filterText.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    for (int column : {int(ImageTableModel::IdColumn), int(ImageTableModel::NameColumn)}) {
        const QString text = source->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (text.contains(m_filterText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ImageFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    if (leftValue.typeId() != QMetaType::QString || rightValue.typeId() != QMetaType::QString)
        return QSortFilterProxyModel::lessThan(left, right); // dates and sizes compare as such
    const QString leftText = leftValue.toString();
    const QString rightText = rightValue.toString();
    const int order = m_collator.compare(leftText, rightText);
    // Names equal but for case still get a stable order.
    return order != 0 ? order < 0 : leftText < rightText;
}

} // namespace isb
