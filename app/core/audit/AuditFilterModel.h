#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

namespace isb {

class AuditTableModel;

/// Filters and sorts an AuditTableModel. Filters combine (all must match):
///  - region: rows of that region only;
///  - text: the image ID or name contains it (case-insensitive);
///  - principal, the reverse lookup "which images can account X launch": rows granting X itself plus the
///    group "all" rows of images shared with everyone (X can launch those too);
///  - shared with everyone only: rows of images shared with group "all";
///  - more than N accounts: rows of images shared with more than N accounts;
///  - findings only: grants that are findings (public, or to an account neither own nor trusted).
///
/// One row per image (setOneRowPerImage()) lists images instead of grants: the first row of each image
/// stands for it, its Kind says "Image", its Principal column the image's count of accounts (and "all"),
/// and that column sorts by the count. "Shared with more than 10 accounts" then shows 2 images, not their
/// 89 grants. The account lookup and "findings only" are questions about grants: while one is on, rows
/// stay grants.
///
/// Sorting uses AuditTableModel::lessThan() with ranks precomputed once per sort, which keeps 100,000
/// rows well under the 200 ms a view can afford; the generic QVariant comparison would not.
class AuditFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AuditFilterModel(QObject *parent = nullptr);

    /// Must be an AuditTableModel (anything else is shown unfiltered and in source order).
    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString regionFilter() const { return m_region; }
    /// Empty: every region.
    void setRegionFilter(const QString &regionId);
    QString textFilter() const { return m_text; }
    void setTextFilter(const QString &text);
    QString principalFilter() const { return m_principal; }
    /// An AliyunId (surrounding spaces ignored); empty: no reverse lookup. Text that is not an account ID
    /// (Account::isValidId) is refused: returns false and the filter stays as it was, because matching
    /// "nobody" would list only the public images, an answer that looks real.
    bool setPrincipalFilter(const QString &aliyunId);
    bool sharedWithEveryoneOnly() const { return m_everyoneOnly; }
    void setSharedWithEveryoneOnly(bool on);
    int minimumAccountsFilter() const { return m_moreThanAccounts; }
    /// Rows of images shared with more than `count` accounts; negative: off.
    void setMoreThanAccountsFilter(int count);
    bool oneRowPerImage() const { return m_oneRowPerImage; }
    void setOneRowPerImage(bool on);
    /// Whether rows are images now (one row per image asked for, and no account lookup).
    bool showsImages() const { return m_oneRowPerImage && m_principal.isEmpty() && !m_findingsOnly; }
    bool findingsOnly() const { return m_findingsOnly; }
    void setFindingsOnly(bool on);
    /// Whether the filters (all but one row per image) keep this grant of the source model.
    bool acceptsGrant(int sourceRow) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void filterChanged();
    void rowsBecameImagesOrGrants(bool wasImages);

    QPointer<AuditTableModel> m_audit;
    QString m_region;
    QString m_text;
    QString m_principal;
    bool m_everyoneOnly = false;
    int m_moreThanAccounts = -1;
    bool m_oneRowPerImage = false;
    bool m_findingsOnly = false;
};

} // namespace isb
