#include "SharingPlanModel.h"

#include "accounts/AccountBook.h"

namespace isb {

SharingPlanModel::SharingPlanModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void SharingPlanModel::setAccountBook(const AccountBook *book) {
    m_book = book;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, RemovedColumn), index(rowCount() - 1, AddedColumn));
}

void SharingPlanModel::setPlan(const SharingPlan &plan) {
    beginResetModel();
    m_plan = plan;
    m_outcomes = QList<ImageChangeOutcome>(plan.images().size());
    m_applied = QList<bool>(plan.images().size(), false);
    endResetModel();
}

void SharingPlanModel::setOutcome(const ImageChangeOutcome &outcome) {
    const QList<ImageSharingChange> &images = m_plan.images();
    for (int row = 0; row < images.size(); ++row) {
        if (images.at(row).regionId == outcome.change.regionId &&
            images.at(row).imageId == outcome.change.imageId) {
            m_outcomes[row] = outcome;
            m_applied[row] = true;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}

void SharingPlanModel::clearOutcomes() {
    if (rowCount() == 0)
        return;
    std::fill(m_applied.begin(), m_applied.end(), false);
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SharingPlanModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_plan.images().size());
}

int SharingPlanModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString SharingPlanModel::accountText(const QString &accountId) const {
    const QString label = m_book ? m_book->labelOf(accountId) : QString();
    return label.isEmpty() ? accountId : tr("%1 (%2)", "account ID (label)").arg(accountId, label);
}

QString SharingPlanModel::accountsText(const QStringList &ids) const {
    QStringList parts;
    parts.reserve(ids.size());
    for (const QString &id : ids)
        parts.append(accountText(id));
    return parts.join(QStringLiteral(", "));
}

QString SharingPlanModel::resultText(const ImageChangeOutcome &outcome, bool details) {
    switch (outcome.status) {
    case ImageChangeOutcome::Status::Pending:
        return tr("Applying…");
    case ImageChangeOutcome::Status::Verified:
        return tr("Verified");
    case ImageChangeOutcome::Status::Failed:
        return tr("Failed: %1")
            .arg(details ? ImageChangeOutcome::errorText(outcome.error)
                         : ImageChangeOutcome::errorSummary(outcome.error));
    case ImageChangeOutcome::Status::Mismatch:
        return tr("Not verified: read again, its grants differ from the plan (changed meanwhile?)");
    case ImageChangeOutcome::Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant SharingPlanModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageSharingChange &change = m_plan.images().at(index.row());
    const bool applied = m_applied.at(index.row());
    if (role == StatusRole)
        return applied ? int(m_outcomes.at(index.row()).status) : -1;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RegionColumn:
        return change.regionId;
    case ImageIdColumn:
        return change.imageId;
    case ImageNameColumn:
        return change.imageName;
    case RemovedColumn: {
        QString text = accountsText(change.remove);
        if (change.removeAll) {
            //: Share group "all" taken away; the group's name stays as it is.
            const QString all = tr("all (every account: made private)");
            text = text.isEmpty() ? all : text + QStringLiteral(", ") + all;
        }
        return text;
    }
    case AddedColumn:
        return accountsText(change.add);
    case AccountsColumn: {
        //: Accounts before and after the change; "public" when still shared with group "all".
        QString text = tr("%1 → %2").arg(change.accountsBefore.size()).arg(change.accountsAfter().size());
        if (change.publicAfter())
            text += QLatin1Char(' ') + tr("(public)");
        return text;
    }
    case ResultColumn:
        if (applied)
            return resultText(m_outcomes.at(index.row()), role == Qt::ToolTipRole);
        return change.isEmpty() ? tr("Already as asked: nothing is sent") : QString();
    default:
        return {};
    }
}

QVariant SharingPlanModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RegionColumn:
        return tr("Region");
    case ImageIdColumn:
        return tr("Image ID");
    case ImageNameColumn:
        return tr("Name");
    case RemovedColumn:
        return tr("Removed");
    case AddedColumn:
        return tr("Added");
    case AccountsColumn:
        return tr("Accounts");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace isb
