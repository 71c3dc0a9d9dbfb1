#include "ImageTableModel.h"

#include "ServiceText.h"
#include "SharedAccountTableModel.h"
#include "accounts/AccountBook.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <cstdlib>

namespace isb {

namespace {

// The service's OSName is often Chinese; OSNameEn is the English form. Show the one matching the UI.
QString displayOsName(const Image &image) {
    const bool chinese = QLocale().language() == QLocale::Chinese;
    if (!chinese && !image.osNameEn.isEmpty())
        return image.osNameEn;
    if (!image.osName.isEmpty())
        return image.osName;
    return image.osType;
}

// DescribeImages' Status values, named as the ECS console names them; an unknown value is shown as sent.
QString displayStatus(const QString &status) {
    static const struct {
        const char *source;
        const char *comment;
    } statuses[] = {
        QT_TRANSLATE_NOOP3("isb::ImageTableModel", "Creating", "image status"),
        QT_TRANSLATE_NOOP3("isb::ImageTableModel", "Waiting", "image status"),
        QT_TRANSLATE_NOOP3("isb::ImageTableModel", "Available", "image status"),
        QT_TRANSLATE_NOOP3("isb::ImageTableModel", "UnAvailable", "image status"),
        QT_TRANSLATE_NOOP3("isb::ImageTableModel", "CreateFailed", "image status"),
        QT_TRANSLATE_NOOP3("isb::ImageTableModel", "Deprecated", "image status"),
    };
    for (const auto &entry : statuses) {
        if (status == QLatin1String(entry.source))
            return QCoreApplication::translate("isb::ImageTableModel", entry.source, entry.comment);
    }
    return status;
}

} // namespace

ImageTableModel::ImageTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ImageTableModel::setImages(const QList<Image> &images) {
    beginResetModel();
    m_images.clear();
    QSet<QString> seen;
    for (const Image &image : images) {
        if (!seen.contains(image.imageId)) {
            seen.insert(image.imageId);
            m_images.append(image);
        }
    }
    endResetModel();
}

int ImageTableModel::appendImages(const QList<Image> &images) {
    QSet<QString> seen;
    for (const Image &image : std::as_const(m_images))
        seen.insert(image.imageId);
    QList<Image> fresh;
    for (const Image &image : images) {
        if (!seen.contains(image.imageId)) {
            seen.insert(image.imageId);
            fresh.append(image);
        }
    }
    if (fresh.isEmpty())
        return 0;
    const int first = int(m_images.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_images += fresh;
    endInsertRows();
    return int(fresh.size());
}

bool ImageTableModel::removeImage(const QString &imageId) {
    const int row = rowOf(imageId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_images.removeAt(row);
    endRemoveRows();
    return true;
}

void ImageTableModel::clear() {
    setImages({});
}

void ImageTableModel::setAccountBook(const AccountBook *book) {
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_book = book;
    const auto relabel = [this] {
        if (!m_images.isEmpty())
            Q_EMIT dataChanged(index(0, OwnerColumn), index(rowCount() - 1, OwnerColumn));
    };
    if (book)
        connect(book, &AccountBook::changed, this, relabel);
    relabel();
}

QString ImageTableModel::ownerText(const Image &image) const {
    const QString label = m_book ? m_book->labelOf(image.imageOwnerId) : QString();
    // The ID stays first and whole: it is what people copy and search for.
    return label.isEmpty() ? image.imageOwnerId : tr("%1 (%2)").arg(image.imageOwnerId, label);
}

int ImageTableModel::rowOf(const QString &imageId) const {
    for (qsizetype row = 0; row < m_images.size(); ++row) {
        if (m_images.at(row).imageId == imageId)
            return int(row);
    }
    return -1;
}

int ImageTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_images.size());
}

int ImageTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImageTableModel::formatTime(const QDateTime &time) {
    if (!time.isValid())
        return {};
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ImageTableModel::formatZonedTime(const QDateTime &time) {
    return formatZonedTime(time, QTimeZone::systemTimeZone());
}

QString ImageTableModel::formatZonedTime(const QDateTime &time, const QTimeZone &zone) {
    if (!time.isValid())
        return {};
    const QDateTime local = time.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    const QString offsetText = QStringLiteral("UTC%1%2:%3")
                                   .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                                   .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                   .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QLatin1Char(' ') + offsetText;
}

QVariant ImageTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Image &image = m_images.at(index.row());
    const int column = index.column();

    if (role == ImageIdRole)
        return image.imageId;

    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case IdColumn:
            return image.imageId;
        case NameColumn:
            return image.imageName;
        case OsColumn:
            return displayOsName(image);
        case StatusColumn:
            return role == SortRole ? image.status : displayStatus(image.status);
        case CreatedColumn:
            if (role == SortRole)
                return image.creationTime; // invalid times sort first, as "unknown"
            return formatTime(image.creationTime);
        case SizeColumn:
            if (role == SortRole)
                return image.sizeGiB;
            return QString::number(image.sizeGiB);
        case SharedColumn:
            if (role == SortRole)
                return image.isSelfShared;
            // IsSelfShared: shared with other accounts or a group. Blank for "no" keeps the shared ones
            // easy to spot down the column.
            return image.isSelfShared ? tr("Shared", "image is shared with other accounts") : QString();
        case OwnerColumn:
            return role == SortRole ? image.imageOwnerId : ownerText(image);
        default:
            return {};
        }
    }

    if (role == Qt::TextAlignmentRole && column == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);

    if (role == Qt::ToolTipRole) {
        switch (column) {
        // The service's texts: never let Qt read them as rich text.
        case NameColumn:
            return plainTextToolTip(image.description.isEmpty() ? image.imageName : image.description);
        case OsColumn:
            return plainTextToolTip(image.architecture.isEmpty()
                                        ? displayOsName(image)
                                        : tr("%1 (%2)").arg(displayOsName(image), image.architecture));
        case SharedColumn:
            return image.isSelfShared ? tr("Shared with other accounts (DescribeImages: IsSelfShared)")
                                      : tr("Not shared with other accounts");
        case OwnerColumn:
            return m_book ? SharedAccountTableModel::trustMark(int(m_book->trustOf(image.imageOwnerId)))
                          : QString();
        case CreatedColumn:
            return image.creationTime.isValid() ? image.creationTime.toUTC().toString(Qt::ISODate)
                                                : QString();
        default:
            return {};
        }
    }
    return {};
}

QVariant ImageTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        // A narrow window cuts these headers short; the tooltip still names them.
        if (section == SharedColumn)
            return tr("Shared: the image is shared with other accounts or with everyone (IsSelfShared)");
        if (section == SizeColumn)
            return tr("Size (GiB)");
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Image ID");
    case NameColumn:
        return tr("Name");
    case OsColumn:
        return tr("OS");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case SizeColumn:
        return tr("Size (GiB)");
    case SharedColumn:
        return tr("Shared");
    case OwnerColumn:
        return tr("Owner", "the account that owns an image");
    default:
        return {};
    }
}

} // namespace isb
