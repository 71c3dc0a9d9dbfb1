#include "AuditFilterModel.h"

#include "AuditTableModel.h"
#include "EcsTypes.h"

namespace isb {

AuditFilterModel::AuditFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(AuditTableModel::SortRole);
}

void AuditFilterModel::setSourceModel(QAbstractItemModel *model) {
    m_audit = qobject_cast<AuditTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void AuditFilterModel::sort(int column, Qt::SortOrder order) {
    if (m_audit)
        m_audit->prepareSort(column);
    QSortFilterProxyModel::sort(column, order);
}

void AuditFilterModel::filterChanged() {
    // The mapping is rebuilt rather than patched: with the view sorted, the rows a filter takes out or
    // brings back are scattered over it, and QSortFilterProxyModel removes and inserts each run of them
    // on its own (a Findings only filter over 100,000 rows took 0.5 s that way; a rebuild, with the sort
    // ranks ready, takes a few tens of milliseconds).
    if (m_audit && sortColumn() >= 0)
        m_audit->prepareSort(sortColumn());
    invalidate();
}

void AuditFilterModel::setRegionFilter(const QString &regionId) {
    if (regionId == m_region)
        return;
    m_region = regionId;
    filterChanged();
}

void AuditFilterModel::setTextFilter(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    filterChanged();
}

bool AuditFilterModel::setPrincipalFilter(const QString &aliyunId) {
    const QString trimmed = aliyunId.trimmed();
    if (!trimmed.isEmpty() && !Account::isValidId(trimmed))
        return false;
    if (trimmed == m_principal)
        return true;
    const bool wasImages = showsImages();
    m_principal = trimmed;
    filterChanged();
    rowsBecameImagesOrGrants(wasImages);
    return true;
}

void AuditFilterModel::setSharedWithEveryoneOnly(bool on) {
    if (on == m_everyoneOnly)
        return;
    m_everyoneOnly = on;
    filterChanged();
}

void AuditFilterModel::setMoreThanAccountsFilter(int count) {
    count = std::max(-1, count);
    if (count == m_moreThanAccounts)
        return;
    m_moreThanAccounts = count;
    filterChanged();
}

void AuditFilterModel::setOneRowPerImage(bool on) {
    if (on == m_oneRowPerImage)
        return;
    const bool wasImages = showsImages();
    m_oneRowPerImage = on;
    filterChanged();
    rowsBecameImagesOrGrants(wasImages);
}

void AuditFilterModel::setFindingsOnly(bool on) {
    if (on == m_findingsOnly)
        return;
    const bool wasImages = showsImages();
    m_findingsOnly = on;
    filterChanged();
    rowsBecameImagesOrGrants(wasImages);
}

void AuditFilterModel::rowsBecameImagesOrGrants(bool wasImages) {
    if (wasImages == showsImages())
        return;
    // The rows kept (each image's first) now say other things in the same cells.
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (!m_audit || sourceParent.isValid())
        return true;
    if (showsImages() && !m_audit->isFirstRowOfImage(sourceRow))
        return false;
    return acceptsGrant(sourceRow);
}

bool AuditFilterModel::acceptsGrant(int sourceRow) const {
    if (!m_audit)
        return true;
    const AuditRow &row = m_audit->rowAt(sourceRow);
    if (!m_region.isEmpty() && row.regionId != m_region)
        return false;
    if (!m_principal.isEmpty()) {
        const bool grantsPrincipal = row.kind == AuditRow::Kind::Account && row.principal == m_principal;
        if (!grantsPrincipal && !row.isSharedWithEveryone())
            return false;
    }
    if (m_findingsOnly && !m_audit->isFinding(sourceRow))
        return false;
    if (m_everyoneOnly && !m_audit->imageSharedWithEveryone(sourceRow))
        return false;
    if (m_moreThanAccounts >= 0 && m_audit->imageAccountCount(sourceRow) <= m_moreThanAccounts)
        return false;
    if (!m_text.isEmpty() && !row.imageId.contains(m_text, Qt::CaseInsensitive) &&
        !row.imageName.contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

QVariant AuditFilterModel::data(const QModelIndex &index, int role) const {
    if (!m_audit || !showsImages() || !index.isValid())
        return QSortFilterProxyModel::data(index, role);
    const int sourceRow = mapToSource(index).row();
    switch (index.column()) {
    case AuditTableModel::KindColumn:
        if (role == Qt::DisplayRole)
            return tr("Image");
        if (role == AuditTableModel::FieldRole)
            return QStringLiteral("Image"); // what a copied row of images says, untranslated like the rest
        break;
    case AuditTableModel::PrincipalColumn:
        if (role == Qt::DisplayRole) {
            const int accounts = m_audit->imageAccountCount(sourceRow);
            return m_audit->imageSharedWithEveryone(sourceRow)
                       ? tr("everyone, and %n account(s)", nullptr, accounts)
                       : tr("%n account(s)", nullptr, accounts);
        }
        if (role == AuditTableModel::SortRole || role == AuditTableModel::FieldRole)
            return m_audit->imageAccountCount(sourceRow);
        if (role == Qt::ToolTipRole)
            return {};
        break;
    case AuditTableModel::SharedTimeColumn:
    case AuditTableModel::LabelColumn:
    case AuditTableModel::FindingColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == AuditTableModel::FieldRole)
            return {}; // a time of one grant would say nothing about the image
        break;
    default:
        break;
    }
    return QSortFilterProxyModel::data(index, role);
}

QVariant AuditFilterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (showsImages() && orientation == Qt::Horizontal && role == Qt::DisplayRole &&
        section == AuditTableModel::PrincipalColumn)
        return tr("Shared with");
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

bool AuditFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    if (!m_audit)
        return QSortFilterProxyModel::lessThan(left, right);
    if (showsImages() && left.column() == AuditTableModel::PrincipalColumn) {
        const int a = m_audit->imageAccountCount(left.row());
        const int b = m_audit->imageAccountCount(right.row());
        if (a != b)
            return a < b;
    }
    return m_audit->lessThan(left.row(), right.row(), left.column());
}

} // namespace isb
