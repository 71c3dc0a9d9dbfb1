#include "ShareGroupTableModel.h"

namespace isb {

ShareGroupTableModel::ShareGroupTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ShareGroupTableModel::setGroups(const QStringList &groups) {
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

void ShareGroupTableModel::clear() {
    setGroups({});
}

int ShareGroupTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_groups.size());
}

int ShareGroupTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShareGroupTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &group = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == GroupColumn)
            return group;
        if (index.column() == MeaningColumn) {
            if (group == QLatin1String("all"))
                return tr("Every Alibaba Cloud account");
            return tr("Unknown group");
        }
        return {};
    case GroupRole:
        return group;
    default:
        return {};
    }
}

QVariant ShareGroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GroupColumn:
        return tr("Group");
    case MeaningColumn:
        return tr("Who can launch the image");
    default:
        return {};
    }
}

} // namespace isb
