#include "AuditExport.h"

#include "accounts/AccountBook.h"
#include "export/CsvWriter.h"
#include "export/SharePermissionRows.h"

#include <QHash>
#include <QSaveFile>

#include <cerrno>

namespace isb {

namespace {

/// Opens, writes with `write`, commits; any failure is classified the way the window's export does it.
template<typename Write> ExportError saveThrough(const QString &path, Write write) {
    // The folder is checked first: the system's message for a missing folder or read-only medium is vague.
    ExportError problem = ExportError::checkTarget(path);
    if (problem.isError())
        return problem;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportError::fromFile(path, errno, file.errorString());
    QString error;
    if (!write(&file, &error)) {
        const int savedErrno = errno;
        file.cancelWriting();
        return ExportError::fromFile(path, savedErrno, error.isEmpty() ? file.errorString() : error);
    }
    if (!file.commit())
        return ExportError::fromFile(path, errno, file.errorString());
    return {};
}

} // namespace

bool AuditExport::writeCsv(QIODevice *device, const QList<AuditRow> &rows, bool byteOrderMark, QString *error,
                           const AccountBook *book, bool withAccount) {
    CsvWriter::Options options;
    options.byteOrderMark = byteOrderMark;
    CsvWriter csv(device, options);
    csv.writeRow(withAccount ? accountHeader() + SharePermissionRows::header()
                             : SharePermissionRows::header());
    for (const AuditRow &row : rows) {
        const QStringList fields = csvFields(row, book);
        if (!csv.writeRow(withAccount ? QStringList{row.accountId, row.accountName} + fields : fields))
            break;
    }
    const bool written = csv.flush();
    if (!written && error)
        *error = csv.errorString();
    return written;
}

QStringList AuditExport::accountHeader() {
    return {QStringLiteral("AccountId"), QStringLiteral("AccountName")};
}

QStringList AuditExport::csvFields(const AuditRow &row, const AccountBook *book) {
    const bool labelled = book && row.kind == AuditRow::Kind::Account;
    return row.toFields() << (labelled ? book->labelOf(row.principal) : QString());
}

AuditSnapshot AuditExport::restrictedTo(const AuditSnapshot &base, const QList<AuditRow> &rows) {
    QHash<QString, qsizetype> index; // "account/region/imageId" -> records
    QHash<QString, AuditImageRecord> original;
    const bool byAccount = base.isOrganisation();
    for (const AuditImageRecord &record : base.images())
        original.insert((byAccount ? record.image.imageOwnerId : QString()) + QLatin1Char('/') +
                            record.image.regionId + QLatin1Char('/') + record.image.imageId,
                        record);

    QList<AuditImageRecord> records;
    for (const AuditRow &row : rows) {
        const QString key = (byAccount ? row.accountId : QString()) + QLatin1Char('/') + row.regionId +
                            QLatin1Char('/') + row.imageId;
        auto it = index.constFind(key);
        if (it == index.cend()) {
            AuditImageRecord record;
            record.image = original.value(key).image;
            record.image.regionId = row.regionId;
            record.image.imageId = row.imageId;
            record.image.imageName = row.imageName;
            if (byAccount)
                record.image.imageOwnerId = row.accountId;
            record.permissions.regionId = row.regionId;
            record.permissions.imageId = row.imageId;
            record.complete = true;
            it = index.insert(key, records.size());
            records.append(record);
        }
        SharePermissionPage &permissions = records[it.value()].permissions;
        if (row.kind == AuditRow::Kind::Account)
            permissions.accounts.append({row.principal, row.sharedTime});
        else
            permissions.shareGroups.append(row.principal);
    }
    for (AuditImageRecord &record : records)
        record.permissions.totalCount = int(record.permissions.accounts.size());

    AuditSnapshot snapshot;
    snapshot.setOrganisation(byAccount);
    snapshot.setExportedAt(base.exportedAt());
    snapshot.setEndpoint(base.endpoint());
    snapshot.setRegions(base.regions());
    snapshot.setImages(records);
    snapshot.setFailures(base.failures());
    return snapshot;
}

ExportError AuditExport::saveCsv(const QString &path, const QList<AuditRow> &rows, bool byteOrderMark,
                                 const AccountBook *book, bool withAccount) {
    return saveThrough(path, [&](QIODevice *device, QString *error) {
        return writeCsv(device, rows, byteOrderMark, error, book, withAccount);
    });
}

ExportError AuditExport::saveJson(const QString &path, const AuditSnapshot &snapshot) {
    return saveThrough(path, [&](QIODevice *device, QString *) {
        const QByteArray json = snapshot.toJson();
        return device->write(json) == json.size();
    });
}

} // namespace isb
