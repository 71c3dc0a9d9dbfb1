#include "AuditTableModel.h"

#include "accounts/AccountBook.h"

#include "ImageTableModel.h"

#include <algorithm>
#include <climits>
#include <numeric>

namespace isb {

namespace {

// Findings sort after grants that are none, the public ones last: descending puts the worst first.
int findingRank(const std::optional<Finding::Kind> &kind) {
    if (!kind)
        return 0;
    return *kind == Finding::Kind::Public ? 2 : 1;
}

} // namespace

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void AuditTableModel::appendRows(const QList<AuditRow> &rows) {
    if (rows.isEmpty())
        return;
    const qsizetype first = m_rows.size();
    beginInsertRows({}, int(first), int(first + rows.size() - 1));
    m_rows += rows;
    QSet<int> changedImages;
    addToTotals(first, &changedImages);
    invalidateRanks();
    endInsertRows();

    // An image whose later pages arrive in a later batch changes the totals of rows already shown; tell
    // the filter so that "more than N accounts" and "shared with everyone" see the new totals.
    if (!changedImages.isEmpty() && first > 0) {
        int top = int(first);
        int bottom = -1;
        for (int row = 0; row < first; ++row) {
            if (changedImages.contains(m_imageOfRow.at(row))) {
                top = std::min(top, row);
                bottom = row;
            }
        }
        if (bottom >= 0)
            Q_EMIT dataChanged(index(top, 0), index(bottom, ColumnCount - 1),
                               {ImageSharedWithEveryoneRole, ImageAccountCountRole});
    }
}

void AuditTableModel::setRows(const QList<AuditRow> &rows) {
    beginResetModel();
    m_rows = rows;
    m_imageOfRow.clear();
    m_images.clear();
    m_imageIndex.clear();
    addToTotals(0, nullptr);
    invalidateRanks();
    endResetModel();
}

void AuditTableModel::clear() {
    setRows({});
}

void AuditTableModel::addToTotals(qsizetype first, QSet<int> *changedImages) {
    m_imageOfRow.reserve(m_rows.size());
    const int knownImages = int(m_images.size());
    QString key;
    for (qsizetype row = first; row < m_rows.size(); ++row) {
        const AuditRow &auditRow = m_rows.at(row);
        key = auditRow.regionId % QLatin1Char('/') % auditRow.imageId;
        auto it = m_imageIndex.find(key);
        if (it == m_imageIndex.end()) {
            it = m_imageIndex.insert(key, int(m_images.size()));
            m_images.append(ImageTotals{0, false, int(row)});
        }
        const int image = it.value();
        m_imageOfRow.append(image);
        ImageTotals &totals = m_images[image];
        if (auditRow.kind == AuditRow::Kind::Account)
            ++totals.accounts;
        else if (auditRow.isSharedWithEveryone())
            totals.everyone = true;
        if (changedImages && image < knownImages)
            changedImages->insert(image);
    }
}

void AuditTableModel::setAccountBook(const AccountBook *book) {
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_book = book;
    if (book)
        connect(book, &AccountBook::changed, this, &AuditTableModel::bookChanged);
    bookChanged();
}

void AuditTableModel::bookChanged() {
    invalidateRanks();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

std::optional<Finding::Kind> AuditTableModel::findingOf(int row) const {
    const AuditRow &auditRow = m_rows.at(row);
    if (m_book)
        return Findings::kindOf(auditRow, *m_book);
    // Without a book nobody is known to be trusted, yet calling every account a finding would be noise:
    // only the public group is one.
    if (auditRow.isSharedWithEveryone())
        return Finding::Kind::Public;
    return std::nullopt;
}

bool AuditTableModel::isFinding(int row) const {
    return findingOf(row).has_value();
}

QString AuditTableModel::labelOf(int row) const {
    const AuditRow &auditRow = m_rows.at(row);
    if (!m_book || auditRow.kind != AuditRow::Kind::Account)
        return {};
    return m_book->labelOf(auditRow.principal);
}

FindingsSummary AuditTableModel::findingsSummary() const {
    QList<Finding> findings;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (const auto kind = findingOf(row)) {
            const AuditRow &auditRow = m_rows.at(row);
            Finding finding;
            finding.regionId = auditRow.regionId;
            finding.imageId = auditRow.imageId;
            finding.kind = *kind;
            finding.principal = auditRow.principal;
            findings.append(finding);
        }
    }
    return Findings::summarize(findings);
}

void AuditTableModel::invalidateRanks() {
    for (std::vector<int> &ranks : m_ranks)
        ranks.clear();
}

int AuditTableModel::compareValues(int leftRow, int rightRow, int column) const {
    const AuditRow &left = m_rows.at(leftRow);
    const AuditRow &right = m_rows.at(rightRow);
    switch (column) {
    case RegionColumn:
        return left.regionId.compare(right.regionId);
    case ImageIdColumn:
        return left.imageId.compare(right.imageId);
    case ImageNameColumn:
        return left.imageName.compare(right.imageName, Qt::CaseInsensitive);
    case KindColumn:
        return int(left.kind) - int(right.kind);
    case PrincipalColumn:
        // Account IDs are digits of varying length: shorter numbers first, like numbers.
        if (left.principal.size() != right.principal.size())
            return left.principal.size() < right.principal.size() ? -1 : 1;
        return left.principal.compare(right.principal);
    case SharedTimeColumn: {
        // Invalid (unknown) times first, as "oldest".
        const qint64 a = left.sharedTime.isValid() ? left.sharedTime.toMSecsSinceEpoch() : LLONG_MIN;
        const qint64 b = right.sharedTime.isValid() ? right.sharedTime.toMSecsSinceEpoch() : LLONG_MIN;
        return a < b ? -1 : (a > b ? 1 : 0);
    }
    case LabelColumn:
        return labelOf(leftRow).compare(labelOf(rightRow));
    case FindingColumn:
        return findingRank(findingOf(leftRow)) - findingRank(findingOf(rightRow));
    case AccountColumn:
        return left.accountId.compare(right.accountId);
    default:
        return 0;
    }
}

bool AuditTableModel::lessThan(int leftRow, int rightRow, int column) const {
    if (column >= 0 && column < ColumnCount) {
        const std::vector<int> &ranks = m_ranks[column];
        if (ranks.size() == size_t(m_rows.size()))
            return ranks[leftRow] < ranks[rightRow];
    }
    const int order = compareValues(leftRow, rightRow, column);
    return order != 0 ? order < 0 : leftRow < rightRow;
}

bool AuditTableModel::principalsAreNumbers() const {
    // Up to 18 digits fit a qint64; "all" is the one group, and the only principal of its length.
    return std::all_of(m_rows.cbegin(), m_rows.cend(), [](const AuditRow &row) {
        const QString &principal = row.principal;
        if (row.kind == AuditRow::Kind::Group)
            return principal == QLatin1String("all");
        return !principal.isEmpty() && principal.size() <= 18 && principal.size() != 3 &&
               std::all_of(principal.cbegin(), principal.cend(), [](QChar c) { return c.isDigit(); });
    });
}

void AuditTableModel::prepareSort(int column) const {
    if (column < 0 || column >= ColumnCount)
        return;
    std::vector<int> &ranks = m_ranks[column];
    if (ranks.size() == size_t(m_rows.size()))
        return;
    std::vector<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    // Columns whose value takes work (a conversion, a look-up in the account book, case folding) get it
    // once per row instead of twice per comparison: with 100,000 rows and a book of 10,000 accounts the
    // label and finding sorts took 0.2 to 0.4 s comparing through labelOf() and findingOf().
    const auto sortByKeys = [&order](const auto &keys) {
        std::sort(order.begin(), order.end(),
                  [&keys](int a, int b) { return keys[a] != keys[b] ? keys[a] < keys[b] : a < b; });
    };
    const auto keysOf = [this](auto key) {
        std::vector<decltype(key(0))> keys(m_rows.size());
        for (size_t row = 0; row < keys.size(); ++row)
            keys[row] = key(int(row));
        return keys;
    };
    if (column == SharedTimeColumn) {
        sortByKeys(keysOf([this](int row) {
            const QDateTime &time = m_rows.at(row).sharedTime;
            return time.isValid() ? time.toMSecsSinceEpoch() : LLONG_MIN;
        }));
    } else if (column == FindingColumn) {
        sortByKeys(keysOf([this](int row) { return findingRank(findingOf(row)); }));
    } else if (column == LabelColumn) {
        sortByKeys(keysOf([this](int row) { return labelOf(row); }));
    } else if (column == PrincipalColumn && principalsAreNumbers()) {
        // Account IDs (and "all"): by length, then by value, which for digits is compareValues' order.
        sortByKeys(keysOf([this](int row) {
            const QString &principal = m_rows.at(row).principal;
            return std::pair(principal.size(), principal.toLongLong());
        }));
    } else if (column == ImageNameColumn) {
        sortByKeys(keysOf([this](int row) { return m_rows.at(row).imageName.toCaseFolded(); }));
    } else {
        std::sort(order.begin(), order.end(), [this, column](int a, int b) {
            const int result = compareValues(a, b, column);
            return result != 0 ? result < 0 : a < b;
        });
    }
    ranks.resize(order.size());
    for (size_t position = 0; position < order.size(); ++position)
        ranks[order[position]] = int(position);
}

int AuditTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case RegionColumn:
            return row.regionId;
        case ImageIdColumn:
            return row.imageId;
        case ImageNameColumn:
            return row.imageName;
        case KindColumn:
            if (role == SortRole)
                return int(row.kind);
            return row.kind == AuditRow::Kind::Group ? tr("Group") : tr("Account");
        case PrincipalColumn:
            if (role == Qt::DisplayRole && row.isSharedWithEveryone())
                return tr("all (everyone)");
            return row.principal;
        case LabelColumn:
            return labelOf(index.row());
        case FindingColumn: {
            const auto kind = findingOf(index.row());
            if (role == SortRole)
                return findingRank(kind);
            if (!kind)
                return QString();
            return *kind == Finding::Kind::Public ? tr("public", "finding") : tr("untrusted", "finding");
        }
        case AccountColumn:
            if (role == SortRole || row.accountName.isEmpty())
                return row.accountId;
            //: An organisation's account: its ID and its DisplayName in the Resource Directory.
            return tr("%1 · %2").arg(row.accountId, row.accountName);
        case SharedTimeColumn:
            if (role == SortRole)
                return row.sharedTime;
            if (row.sharedTime.isValid())
                return ImageTableModel::formatZonedTime(row.sharedTime);
            // Share groups have no SharedTime at all; for an account it is a value the service left out.
            return row.kind == AuditRow::Kind::Account ? tr("unknown", "the service gave no SharedTime")
                                                       : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (row.isSharedWithEveryone())
            return tr("Every Alibaba Cloud account can launch this image.");
        if (index.column() == SharedTimeColumn && row.sharedTime.isValid())
            return row.sharedTime.toUTC().toString(Qt::ISODate);
        return {};
    case SharedWithEveryoneRole:
        return row.isSharedWithEveryone();
    case UntrustedRole:
        return findingOf(index.row()) == Finding::Kind::Untrusted;
    case ImageSharedWithEveryoneRole:
        return imageSharedWithEveryone(index.row());
    case ImageAccountCountRole:
        return imageAccountCount(index.row());
    case FieldRole:
        // Label and Finding follow the export's fields, as the CSV outputs add them: at the end.
        if (index.column() == LabelColumn)
            return labelOf(index.row());
        if (index.column() == FindingColumn) {
            const auto kind = findingOf(index.row());
            return kind ? Finding::kindName(*kind) : QString();
        }
        if (index.column() == AccountColumn)
            return row.accountId;
        return row.toFields().value(index.column());
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RegionColumn:
        return tr("Region");
    case ImageIdColumn:
        return tr("Image ID");
    case ImageNameColumn:
        return tr("Image name");
    case KindColumn:
        return tr("Kind");
    case PrincipalColumn:
        return tr("Principal");
    case SharedTimeColumn:
        return tr("Shared");
    case LabelColumn:
        return tr("Label");
    case FindingColumn:
        return tr("Finding");
    case AccountColumn:
        return tr("Account");
    default:
        return {};
    }
}

} // namespace isb
