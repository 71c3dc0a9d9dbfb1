#pragma once

#include "EcsTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace isb {

class AccountBook;
class CsvWriter;

/// The flat form of a DescribeImageSharePermission answer, shared by the CLI's table and CSV output and
/// the window's export: one row per account (in the service's order), then one row per share group.
/// Columns: RegionId, ImageId, ImageName, Kind (`Account` or `Group`), Principal (AliyunId or group name),
/// SharedTime (`yyyy-MM-ddTHH:mm:ssZ` UTC; empty for groups and for accounts the service gave no time),
/// Label (the account book's label of the account; empty for groups, unknown accounts and without a book).
/// Label came last so that the columns scripts already read keep their positions.
class SharePermissionRows final {
public:
    SharePermissionRows(const QString &regionId, const QString &imageId, const QString &imageName,
                        const SharePermissionPage &page, const AccountBook *book = nullptr);

    /// `RegionId,ImageId,ImageName,Kind,Principal,SharedTime,Label`
    static QStringList header();

    qsizetype size() const;
    /// Row `index` (0 <= index < size()); built on demand so a large page is not duplicated as strings.
    QStringList row(qsizetype index) const;
    QList<QStringList> rows() const;

    /// Header and every row. Returns false if the device failed (see CsvWriter::errorString()).
    bool writeCsv(CsvWriter &writer) const;

private:
    QString m_regionId;
    QString m_imageId;
    QString m_imageName;
    SharePermissionPage m_page; // implicitly shared lists: a cheap copy, no dangling reference
    const AccountBook *m_book = nullptr;
};

} // namespace isb
