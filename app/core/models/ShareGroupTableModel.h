#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace isb {

/// The share groups of an image (ShareGroups.ShareGroup[].Group). Today the service knows one group,
/// `all`: every Alibaba Cloud account may launch the image. The model spells that out next to the name.
class ShareGroupTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        GroupColumn,
        MeaningColumn,
        ColumnCount,
    };
    enum Role {
        GroupRole = Qt::UserRole + 1,
    };

    explicit ShareGroupTableModel(QObject *parent = nullptr);

    void setGroups(const QStringList &groups);
    const QStringList &groups() const { return m_groups; }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_groups;
};

} // namespace isb
