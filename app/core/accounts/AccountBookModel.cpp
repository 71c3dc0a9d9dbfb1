#include "AccountBookModel.h"

namespace isb {

AccountBookModel::AccountBookModel(AccountBook *book, QObject *parent)
    : QAbstractTableModel(parent)
    , m_book(book) {
    connect(book, &AccountBook::changed, this, &AccountBookModel::bookChanged);
    connect(book, &QObject::destroyed, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int AccountBookModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() || !m_book ? 0 : int(m_book->entries().size());
}

int AccountBookModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountBookModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_book)
        return {};
    const AccountBook::Entry &entry = m_book->entries().at(index.row());
    if (role == TrustRole)
        return int(entry.trust);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case AccountIdColumn:
        return entry.accountId;
    case LabelColumn:
        return entry.label;
    case TrustColumn:
        return role == Qt::EditRole ? AccountBook::trustName(entry.trust)
                                    : AccountBook::trustText(entry.trust);
    default:
        return {};
    }
}

bool AccountBookModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !m_book)
        return false;
    AccountBook::Entry entry = m_book->entries().at(index.row());
    if (index.column() == LabelColumn) {
        entry.label = value.toString();
    } else if (index.column() == TrustColumn) {
        const std::optional<AccountBook::Trust> trust = AccountBook::trustFromName(value.toString());
        if (!trust)
            return false;
        entry.trust = *trust;
    } else {
        return false;
    }
    m_editing = true;
    const AccountBook::Report report = m_book->set(entry.accountId, entry.label, entry.trust);
    m_editing = false;
    if (!report.ok())
        return false;
    emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    return true;
}

QVariant AccountBookModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AccountIdColumn:
        return tr("Account ID");
    case LabelColumn:
        return tr("Label");
    case TrustColumn:
        return tr("Trust");
    default:
        return {};
    }
}

Qt::ItemFlags AccountBookModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != AccountIdColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool AccountBookModel::removeRows(int row, int count, const QModelIndex &parent) {
    if (parent.isValid() || !m_book || row < 0 || count < 1 || row + count > rowCount())
        return false;
    QStringList ids;
    for (int r = row; r < row + count; ++r)
        ids.append(m_book->entries().at(r).accountId);
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    m_editing = true;
    for (const QString &id : ids)
        m_book->remove(id);
    m_editing = false;
    endRemoveRows();
    return true;
}

AccountBook::Report AccountBookModel::addEntry(const QString &accountId, const QString &label,
                                               AccountBook::Trust trust) {
    if (!m_book)
        return {};
    const QString error = AccountBook::validationError(accountId, label);
    if (!error.isEmpty())
        return AccountBook::Report{error, {}, 0, 0, 0};
    const int existing = rowOf(accountId);
    if (existing >= 0) {
        m_editing = true;
        const AccountBook::Report report = m_book->set(accountId, label, trust);
        m_editing = false;
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return report;
    }
    const int row = rowCount();
    beginInsertRows(QModelIndex(), row, row);
    m_editing = true;
    const AccountBook::Report report = m_book->set(accountId, label, trust);
    m_editing = false;
    endInsertRows();
    return report;
}

void AccountBookModel::bookChanged() {
    if (m_editing)
        return;
    beginResetModel();
    endResetModel();
}

} // namespace isb
