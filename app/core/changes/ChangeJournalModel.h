#pragma once

#include "changes/ChangeJournal.h"

#include <QAbstractTableModel>

namespace isb {

/// The change journal as a table for the History window, oldest entry first (the journal's order, and the
/// CLI's history numbers): time, action, profile, account, endpoint, images, accounts added and removed,
/// and the outcome.
class ChangeJournalModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ActionColumn,
        ProfileColumn,
        AccountColumn,
        EndpointColumn,
        ImagesColumn,
        AddedColumn,
        RemovedColumn,
        OutcomeColumn,
        ColumnCount,
    };

    explicit ChangeJournalModel(QObject *parent = nullptr);

    void setEntries(const QList<JournalEntry> &entries);
    const QList<JournalEntry> &entries() const { return m_entries; }

    /// "verified", or how many images were and the other outcomes' codes.
    static QString outcomeText(const JournalEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<JournalEntry> m_entries;
};

} // namespace isb
