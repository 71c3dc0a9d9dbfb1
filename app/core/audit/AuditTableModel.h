#pragma once

#include "AuditTypes.h"
#include "accounts/Findings.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <array>
#include <vector>

namespace isb {

class AccountBook;

/// The share audit as a table, one row per grant: Region, Image ID, Image name, Kind, Principal, Shared
/// time, Label, Finding (the last two from the account book; at the end so that the columns people copy
/// keep their places). Rows arrive in batches from AuditRunner::rowsAdded() and are inserted once per batch.
/// Rows of group "all" (shared with every account) are flagged with SharedWithEveryoneRole so a view can
/// highlight them; the core has no widgets, so the colour is the view's choice.
///
/// Built for 100,000 rows and more: the model keeps per-image totals (accounts, shared with everyone)
/// for AuditFilterModel, and a total order per column (lessThan(), with precomputed ranks after
/// prepareSort()) so that sorting does not go through QVariant for every comparison.
class AuditTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RegionColumn,
        ImageIdColumn,
        ImageNameColumn,
        KindColumn,
        PrincipalColumn,
        SharedTimeColumn,
        LabelColumn,
        FindingColumn,
        AccountColumn, // the image's owner: an organisation audit's (hidden for a single account)
        ColumnCount,
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // typed values: QDateTime for the time
        SharedWithEveryoneRole,      // bool: this row is group "all"
        ImageSharedWithEveryoneRole, // bool: the row's image is shared with group "all"
        ImageAccountCountRole,       // int: accounts the row's image is shared with
        FieldRole,                   // QString: the cell as exports write it (AuditRow::toFields())
        UntrustedRole,               // bool: a grant to an account neither own nor trusted
    };

    explicit AuditTableModel(QObject *parent = nullptr);

    /// Appends rows (one beginInsertRows for the whole batch).
    void appendRows(const QList<AuditRow> &rows);
    void setRows(const QList<AuditRow> &rows);
    void clear();

    const QList<AuditRow> &rows() const { return m_rows; }

    /// The book labels and findings come from; nullptr: none (no labels; only public grants are findings).
    /// Not owned.
    void setAccountBook(const AccountBook *book);
    /// Whether the grant of `row` is a finding (Findings::kindOf).
    bool isFinding(int row) const;
    /// The findings among the rows, counted for the window's banner.
    FindingsSummary findingsSummary() const;
    /// `row` must be valid.
    const AuditRow &rowAt(int row) const { return m_rows.at(row); }
    /// Totals of the image of `row`.
    int imageAccountCount(int row) const { return m_images.at(m_imageOfRow.at(row)).accounts; }
    bool imageSharedWithEveryone(int row) const { return m_images.at(m_imageOfRow.at(row)).everyone; }
    /// Whether `row` is the first row of its image (the one a view shows when it lists images, not grants).
    bool isFirstRowOfImage(int row) const { return m_images.at(m_imageOfRow.at(row)).firstRow == row; }
    /// Distinct images with at least one row.
    int imageCount() const { return int(m_images.size()); }

    /// A strict total order of the rows by `column` (ties broken by row number, so every sort is
    /// deterministic). Fast once prepareSort(column) ran after the last change.
    bool lessThan(int leftRow, int rightRow, int column) const;
    /// Precomputes the rank of every row in `column`'s order: one sort of the rows here, after which
    /// every comparison is two integer loads.
    void prepareSort(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct ImageTotals {
        int accounts = 0;
        bool everyone = false;
        int firstRow = -1;
    };

    /// <0, 0, >0 by the column's value only.
    int compareValues(int leftRow, int rightRow, int column) const;
    void addToTotals(qsizetype first, QSet<int> *changedImages);
    void invalidateRanks();
    /// Every principal an account ID of at most 18 digits, or the group "all" (then a number orders them).
    bool principalsAreNumbers() const;
    void bookChanged();
    std::optional<Finding::Kind> findingOf(int row) const;
    QString labelOf(int row) const;

    QList<AuditRow> m_rows;
    QList<int> m_imageOfRow; // index into m_images
    QList<ImageTotals> m_images;
    QHash<QString, int> m_imageIndex; // "region/imageId"
    mutable std::array<std::vector<int>, ColumnCount> m_ranks;
    QPointer<const AccountBook> m_book;
};

} // namespace isb
