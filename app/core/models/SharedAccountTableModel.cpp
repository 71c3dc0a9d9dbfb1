#include "SharedAccountTableModel.h"

#include "ImageTableModel.h"

namespace isb {

SharedAccountTableModel::SharedAccountTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void SharedAccountTableModel::setAccounts(const QList<SharedAccount> &accounts) {
    beginResetModel();
    m_accounts = accounts;
    endResetModel();
}

void SharedAccountTableModel::clear() {
    setAccounts({});
}

int SharedAccountTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int SharedAccountTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SharedAccountTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SharedAccount &account = m_accounts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == AliyunIdColumn)
            return account.aliyunId;
        if (index.column() == SharedTimeColumn) {
            return account.sharedTime.isValid() ? ImageTableModel::formatZonedTime(account.sharedTime)
                                                : tr("unknown", "the service gave no SharedTime");
        }
        return {};
    case SortRole:
        if (index.column() == AliyunIdColumn)
            return account.aliyunId;
        if (index.column() == SharedTimeColumn)
            return account.sharedTime; // unknown times sort first
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SharedTimeColumn) {
            return account.sharedTime.isValid()
                       ? account.sharedTime.toUTC().toString(Qt::ISODate)
                       : tr("The service did not say when this account was given access.");
        }
        return {};
    case AliyunIdRole:
        return account.aliyunId;
    default:
        return {};
    }
}

QVariant SharedAccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AliyunIdColumn:
        return tr("Account ID");
    case SharedTimeColumn:
        return tr("Shared");
    default:
        return {};
    }
}

} // namespace isb
