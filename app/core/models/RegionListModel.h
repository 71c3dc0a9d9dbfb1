#pragma once

#include "EcsTypes.h"

#include <QAbstractListModel>

namespace isb {

/// The regions of DescribeRegions for a region selector: each row shows the LocalName (in the language
/// the regions were requested in) with the RegionId beside it, so that both readers of Chinese names and
/// people who think in region IDs find theirs.
class RegionListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        RegionIdRole = Qt::UserRole + 1,
        LocalNameRole,
        StatusRole,
    };

    explicit RegionListModel(QObject *parent = nullptr);

    void setRegions(const QList<Region> &regions);
    const QList<Region> &regions() const { return m_regions; }
    void clear();

    /// The row of `regionId`, or -1.
    int rowOf(const QString &regionId) const;
    /// The region ID of `row`, or an empty string when out of range.
    QString regionIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Region> m_regions;
};

} // namespace isb
