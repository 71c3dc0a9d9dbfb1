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
    // Rows coming back into view are placed by lessThan(); with ranks ready that is cheap.
    if (m_audit && sortColumn() >= 0)
        m_audit->prepareSort(sortColumn());
    invalidateFilter();
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
    m_principal = trimmed;
    filterChanged();
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

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    if (!m_audit || sourceParent.isValid())
        return true;
    const AuditRow &row = m_audit->rowAt(sourceRow);
    if (!m_region.isEmpty() && row.regionId != m_region)
        return false;
    if (!m_principal.isEmpty()) {
        const bool grantsPrincipal = row.kind == AuditRow::Kind::Account && row.principal == m_principal;
        if (!grantsPrincipal && !row.isSharedWithEveryone())
            return false;
    }
    if (m_everyoneOnly && !m_audit->imageSharedWithEveryone(sourceRow))
        return false;
    if (m_moreThanAccounts >= 0 && m_audit->imageAccountCount(sourceRow) <= m_moreThanAccounts)
        return false;
    if (!m_text.isEmpty() && !row.imageId.contains(m_text, Qt::CaseInsensitive) &&
        !row.imageName.contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool AuditFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    if (!m_audit)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_audit->lessThan(left.row(), right.row(), left.column());
}

} // namespace isb
