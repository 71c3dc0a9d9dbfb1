#pragma once

#include "AuditSnapshot.h"
#include "AuditTypes.h"
#include "export/ExportError.h"

#include <QList>
#include <QString>

class QIODevice;

namespace isb {

class AccountBook;

/// Writes audit rows as CSV or JSON, for `image-share-cli audit` and the Audit window's export, so that both
/// produce the same bytes from the same rows. No writer of its own: CSV goes through CsvWriter (formula
/// guard on) with SharePermissionRows' header, JSON is the AuditSnapshot document.
class AuditExport final {
public:
    /// `RegionId,ImageId,ImageName,Kind,Principal,SharedTime,Label`, then one record per row (Label from
    /// `book`, empty without one). Returns false if the device failed and sets `error` to its message.
    /// `withAccount` (an organisation's rows): `AccountId,AccountName` come first, the owner of the image
    /// and its DisplayName; single-account output keeps its columns, so scripts reading them by position
    /// keep working.
    static bool writeCsv(QIODevice *device, const QList<AuditRow> &rows, bool byteOrderMark = false,
                         QString *error = nullptr, const AccountBook *book = nullptr,
                         bool withAccount = false);
    /// AccountId, AccountName: the columns an organisation's output puts first.
    static QStringList accountHeader();
    /// One row's CSV fields: AuditRow::toFields() and the label.
    static QStringList csvFields(const AuditRow &row, const AccountBook *book);

    /// A snapshot holding only `rows`: `base`'s time, endpoint, regions and failures, with the images of
    /// `rows` (their grants restricted to those rows). For exporting a filtered view in the snapshot format;
    /// with every row of `base` it is `base` again.
    static AuditSnapshot restrictedTo(const AuditSnapshot &base, const QList<AuditRow> &rows);

    /// Writes through QSaveFile: the target is replaced only when everything was written.
    static ExportError saveCsv(const QString &path, const QList<AuditRow> &rows, bool byteOrderMark = false,
                               const AccountBook *book = nullptr, bool withAccount = false);
    static ExportError saveJson(const QString &path, const AuditSnapshot &snapshot);
};

} // namespace isb
