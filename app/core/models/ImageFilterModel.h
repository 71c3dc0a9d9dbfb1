#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace isb {

/// Sorts an ImageTableModel by its typed SortRole (text in the user's collation, ignoring case, with
/// numbers in names compared as numbers: "web-9" before "web-10") and keeps the rows whose image ID or name
/// contains the filter text (case-insensitive). Other columns are left out on purpose: a filter that also
/// matched "Available" or an OS name would surprise someone typing part of an ID.
class ImageFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ImageFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filterText;
    QCollator m_collator;
};

} // namespace isb
