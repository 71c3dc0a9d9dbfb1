#pragma once

#include "AccountBook.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace isb {

/// The account book as an editable table for the Accounts dialog: Account ID, Label, Trust. Label and
/// Trust are edited in place (Trust takes "own", "trusted" or "" as EditRole); rows are added with
/// addEntry() and removed with removeRows(). Every edit goes straight into the book, which the dialog saves;
/// changes made to the book elsewhere (import, a "Label…" menu) reset the model.
class AccountBookModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { AccountIdColumn, LabelColumn, TrustColumn, ColumnCount };
    enum Role {
        /// The entry's AccountBook::Trust as an int, on every column.
        TrustRole = Qt::UserRole + 1,
    };

    explicit AccountBookModel(AccountBook *book, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    /// Adds an entry, or updates the one with that ID. Refused (Report::error) for an invalid ID or label.
    AccountBook::Report addEntry(const QString &accountId, const QString &label, AccountBook::Trust trust);
    /// The row of `accountId`, or -1.
    int rowOf(const QString &accountId) const { return m_book ? m_book->indexOf(accountId) : -1; }

private:
    void bookChanged();

    QPointer<AccountBook> m_book;
    bool m_editing = false; // the book's changed() comes from this model's own edit
};

} // namespace isb
