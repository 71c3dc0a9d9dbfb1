#include "ChangeJournalModel.h"

#include <QSet>

namespace isb {

ChangeJournalModel::ChangeJournalModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ChangeJournalModel::setEntries(const QList<JournalEntry> &entries) {
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ChangeJournalModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChangeJournalModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChangeJournalModel::outcomeText(const JournalEntry &entry) {
    if (entry.verified())
        return tr("verified");
    int verified = 0;
    QStringList others;
    for (const JournalImage &image : entry.images) {
        if (image.verified())
            ++verified;
        else if (!others.contains(image.outcome))
            others.append(image.outcome);
    }
    //: %1 verified images of %2; %3 the other outcomes (service codes, "mismatch", "cancelled").
    return tr("%1 of %2 verified; %3")
        .arg(verified)
        .arg(entry.images.size())
        .arg(others.join(QStringLiteral(", ")));
}

QVariant ChangeJournalModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const JournalEntry &entry = m_entries.at(index.row());
    const auto count = [&entry](auto member) {
        int n = 0;
        for (const JournalImage &image : entry.images)
            n += int((image.*member).size());
        return n;
    };
    switch (index.column()) {
    case TimeColumn:
        return entry.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    case ActionColumn:
        return entry.action;
    case ProfileColumn:
        return entry.profile;
    case AccountColumn:
        return entry.callerAccountId;
    case EndpointColumn:
        return entry.endpoint;
    case ImagesColumn: {
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (const JournalImage &image : entry.images)
                lines << image.regionId + QLatin1Char(' ') + image.imageId;
            return lines.join(QLatin1Char('\n'));
        }
        return int(entry.images.size());
    }
    case AddedColumn:
        return count(&JournalImage::added);
    case RemovedColumn: {
        const int all = int(std::count_if(entry.images.cbegin(), entry.images.cend(),
                                          [](const JournalImage &image) { return image.allRemoved; }));
        const int removed = count(&JournalImage::removed);
        //: Accounts removed, and how many images were taken out of group "all".
        return all == 0 ? QString::number(removed) : tr("%1, all on %n image(s)", nullptr, all).arg(removed);
    }
    case OutcomeColumn:
        return outcomeText(entry);
    default:
        return {};
    }
}

QVariant ChangeJournalModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1; // the entry's number, as `image-share-cli history` and `undo ENTRY` count
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        return tr("Action");
    case ProfileColumn:
        return tr("Profile");
    case AccountColumn:
        return tr("Account");
    case EndpointColumn:
        return tr("Endpoint");
    case ImagesColumn:
        return tr("Images");
    case AddedColumn:
        return tr("Added");
    case RemovedColumn:
        return tr("Removed");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace isb
