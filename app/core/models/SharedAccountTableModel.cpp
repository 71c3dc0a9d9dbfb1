#include "SharedAccountTableModel.h"

#include "ImageTableModel.h"
#include "accounts/AccountBook.h"

#include <algorithm>

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

void SharedAccountTableModel::setAccountBook(const AccountBook *book) {
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_book = book;
    if (book)
        connect(book, &AccountBook::changed, this, &SharedAccountTableModel::bookChanged);
    bookChanged();
}

void SharedAccountTableModel::bookChanged() {
    if (!m_accounts.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

bool SharedAccountTableModel::isUntrusted(const QString &accountId) const {
    return m_book && !m_book->isExpected(accountId);
}

int SharedAccountTableModel::untrustedCount() const {
    if (!m_book)
        return 0;
    return int(std::count_if(m_accounts.cbegin(), m_accounts.cend(),
                             [this](const SharedAccount &account) { return isUntrusted(account.aliyunId); }));
}

QString SharedAccountTableModel::trustMark(int trust) {
    const auto value = AccountBook::Trust(trust);
    // The book's own words for own and trusted; "none" is shown, so that the unmarked accounts stand out.
    return value == AccountBook::Trust::None ? tr("Not trusted", "account trust")
                                             : AccountBook::trustText(value);
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
        if (index.column() == LabelColumn)
            return m_book ? m_book->labelOf(account.aliyunId) : QString();
        if (index.column() == TrustColumn)
            return m_book ? trustMark(int(m_book->trustOf(account.aliyunId))) : QString();
        return {};
    case UntrustedRole:
        return isUntrusted(account.aliyunId);
    case SortRole:
        if (index.column() == AliyunIdColumn)
            return account.aliyunId;
        if (index.column() == SharedTimeColumn)
            return account.sharedTime; // unknown times sort first
        if (index.column() == LabelColumn)
            return m_book ? m_book->labelOf(account.aliyunId) : QString();
        if (index.column() == TrustColumn)
            return m_book ? int(m_book->trustOf(account.aliyunId)) : 0;
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
    case LabelColumn:
        return tr("Label");
    case TrustColumn:
        return tr("Trust");
    default:
        return {};
    }
}

} // namespace isb
