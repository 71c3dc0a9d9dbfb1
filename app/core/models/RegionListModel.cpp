#include "RegionListModel.h"

#include "ServiceText.h"

namespace isb {

RegionListModel::RegionListModel(QObject *parent)
    : QAbstractListModel(parent) {}

void RegionListModel::setRegions(const QList<Region> &regions) {
    beginResetModel();
    m_regions = regions;
    endResetModel();
}

void RegionListModel::clear() {
    setRegions({});
}

int RegionListModel::rowOf(const QString &regionId) const {
    for (qsizetype row = 0; row < m_regions.size(); ++row) {
        if (m_regions.at(row).regionId == regionId)
            return int(row);
    }
    return -1;
}

QString RegionListModel::regionIdAt(int row) const {
    return row >= 0 && row < m_regions.size() ? m_regions.at(row).regionId : QString();
}

int RegionListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_regions.size());
}

QVariant RegionListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Region &region = m_regions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Some regions come without a LocalName in the requested language; the ID alone still works.
        if (region.localName.isEmpty() || region.localName == region.regionId)
            return region.regionId;
        return tr("%1 (%2)", "region: local name (region ID)").arg(region.localName, region.regionId);
    case Qt::ToolTipRole:
        if (region.status == QLatin1String("soldOut"))
            return tr("%1: sold out (existing images can still be read)").arg(region.regionId);
        return plainTextToolTip(region.regionEndpoint.isEmpty() ? region.regionId : region.regionEndpoint);
    case RegionIdRole:
        return region.regionId;
    case LocalNameRole:
        return region.localName;
    case StatusRole:
        return region.status;
    default:
        return {};
    }
}

} // namespace isb
