#pragma once

#include "EcsTypes.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimeZone>

namespace isb {

class AccountBook;

/// The custom images of one region, one row per image. Pages of DescribeImages are appended as they
/// arrive; an image that appears twice (the list shifted between pages) is kept once. SortRole gives
/// typed values (QDateTime, qint64) so that a proxy sorts dates and sizes as such, not as text.
class ImageTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        OsColumn,
        StatusColumn,
        CreatedColumn,
        SizeColumn,
        // Last, so that the header state users saved before it existed keeps their columns in place.
        SharedColumn,
        // The account that shares the image (ImageOwnerId, with its label from the book): a list of images
        // shared with you; the window hides it for your own images.
        OwnerColumn,
        ColumnCount,
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        ImageIdRole,
    };

    explicit ImageTableModel(QObject *parent = nullptr);

    void setImages(const QList<Image> &images);
    /// Appends the images not already listed; returns how many were added.
    int appendImages(const QList<Image> &images);
    /// Removes the image; returns false when it is not listed.
    bool removeImage(const QString &imageId);
    void clear();
    /// The book the Owner column's labels come from; nullptr: none (IDs only). Not owned.
    void setAccountBook(const AccountBook *book);

    const QList<Image> &images() const { return m_images; }
    /// The row of `imageId`, or -1.
    int rowOf(const QString &imageId) const;
    /// The image at `row`; `row` must be valid.
    const Image &imageAt(int row) const { return m_images.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// How the window shows a creation time: local time, minutes, unambiguous in every locale.
    static QString formatTime(const QDateTime &time);
    /// The same with its zone as an offset ("2024-01-24 10:00 UTC+08:00"): share times are compared across
    /// teams in different zones, and an abbreviation such as CST names three of them.
    static QString formatZonedTime(const QDateTime &time);
    static QString formatZonedTime(const QDateTime &time, const QTimeZone &zone);

private:
    QString ownerText(const Image &image) const;

    QList<Image> m_images;
    QPointer<const AccountBook> m_book;
};

} // namespace isb
