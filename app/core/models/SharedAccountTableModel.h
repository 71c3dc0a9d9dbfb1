#pragma once

#include "EcsTypes.h"

#include <QAbstractTableModel>

namespace isb {

/// The accounts one page of DescribeImageSharePermission lists (AliyunId, SharedTime). SharedTime is newer
/// than the reference page; when the service leaves it out the cell says "unknown" rather than guessing (a
/// blank looked like a value that had not loaded yet). Times carry their zone. SortRole gives typed values.
class SharedAccountTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        AliyunIdColumn,
        SharedTimeColumn,
        ColumnCount,
    };
    enum Role {
        AliyunIdRole = Qt::UserRole + 1,
        SortRole,
    };

    explicit SharedAccountTableModel(QObject *parent = nullptr);

    void setAccounts(const QList<SharedAccount> &accounts);
    const QList<SharedAccount> &accounts() const { return m_accounts; }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SharedAccount> m_accounts;
};

} // namespace isb
