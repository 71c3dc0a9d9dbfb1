#pragma once

#include "EcsTypes.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace isb {

class AccountBook;

/// The accounts one page of DescribeImageSharePermission lists (AliyunId, SharedTime). SharedTime is newer
/// than the reference page; when the service leaves it out the cell says "unknown" rather than guessing (a
/// blank looked like a value that had not loaded yet). Times carry their zone. SortRole gives typed values.
/// With an account book, each account also shows its label and its trust; UntrustedRole marks the accounts
/// that are neither own nor trusted, the grants that are findings. Label and Trust come last so that the
/// columns people copy from keep their places.
class SharedAccountTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        AliyunIdColumn,
        SharedTimeColumn,
        LabelColumn,
        TrustColumn,
        ColumnCount,
    };
    enum Role {
        AliyunIdRole = Qt::UserRole + 1,
        SortRole,
        UntrustedRole, // bool: a grant to an account neither own nor trusted (false without a book)
    };

    explicit SharedAccountTableModel(QObject *parent = nullptr);

    void setAccounts(const QList<SharedAccount> &accounts);
    const QList<SharedAccount> &accounts() const { return m_accounts; }
    void clear();

    /// The book labels and trust come from; nullptr: none (Label and Trust stay empty). Not owned.
    void setAccountBook(const AccountBook *book);
    /// Accounts on this page that are neither own nor trusted.
    int untrustedCount() const;
    /// "Own", "Trusted" or "Not trusted", as the tables show a trust.
    static QString trustMark(int trust);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isUntrusted(const QString &accountId) const;
    void bookChanged();

    QList<SharedAccount> m_accounts;
    QPointer<const AccountBook> m_book;
};

} // namespace isb
