#include "AuditChanges.h"

#include "accounts/Findings.h"
#include "changes/SharingChangeRunner.h"

#include <QHash>

namespace isb {

namespace {

QString keyOf(const QString &regionId, const QString &imageId) {
    return regionId + QLatin1Char('/') + imageId;
}

/// One request per image, in the order the images first appear; `take` says what a row adds to it.
template<typename Take> QList<SharingRequest> perImage(const QList<AuditRow> &rows, Take take) {
    QList<SharingRequest> requests;
    QHash<QString, qsizetype> index;
    for (const AuditRow &row : rows) {
        const QString key = keyOf(row.regionId, row.imageId);
        auto it = index.constFind(key);
        SharingRequest candidate{row.regionId, row.imageId, {}, {}, false};
        SharingRequest &request = it == index.cend() ? candidate : requests[it.value()];
        if (!take(row, &request))
            continue;
        if (it == index.cend()) {
            index.insert(key, requests.size());
            requests.append(candidate);
        }
    }
    return requests;
}

bool takeGrant(const AuditRow &row, SharingRequest *request) {
    if (row.kind == AuditRow::Kind::Group) {
        if (!row.isSharedWithEveryone())
            return false;
        request->makePrivate = true;
        return true;
    }
    if (!request->remove.contains(row.principal))
        request->remove.append(row.principal);
    return true;
}

} // namespace

QList<SharingRequest> AuditChanges::revokeGrants(const QList<AuditRow> &selected) {
    return perImage(selected, takeGrant);
}

QList<SharingRequest> AuditChanges::revokeEverywhere(const QString &accountId, const QList<AuditRow> &rows) {
    return perImage(rows, [&accountId](const AuditRow &row, SharingRequest *request) {
        return row.kind == AuditRow::Kind::Account && row.principal == accountId && takeGrant(row, request);
    });
}

QList<SharingRequest> AuditChanges::revokeUntrusted(const QList<AuditRow> &rows, const AccountBook &book) {
    return perImage(rows, [&book](const AuditRow &row, SharingRequest *request) {
        return Findings::kindOf(row, book) == Finding::Kind::Untrusted && takeGrant(row, request);
    });
}

QList<SharingRequest> AuditChanges::makePrivate(const QList<AuditRow> &selected) {
    return perImage(selected, [](const AuditRow &, SharingRequest *request) {
        request->makePrivate = true;
        return true;
    });
}

QList<AuditRow> AuditChanges::withStateRead(const QList<AuditRow> &rows,
                                            const QList<ImageChangeOutcome> &outcomes) {
    QHash<QString, const ImageChangeOutcome *> read;
    for (const ImageChangeOutcome &outcome : outcomes) {
        if (outcome.found.imageId == outcome.change.imageId && !outcome.found.imageId.isEmpty())
            read.insert(keyOf(outcome.change.regionId, outcome.change.imageId), &outcome);
    }
    QList<AuditRow> result;
    result.reserve(rows.size());
    QSet<QString> replaced;
    for (const AuditRow &row : rows) {
        const QString key = keyOf(row.regionId, row.imageId);
        const ImageChangeOutcome *outcome = read.value(key);
        if (!outcome) {
            result.append(row);
            continue;
        }
        // The image's new rows take the place of its first old row; an image shared with nobody now has
        // none (the audit lists grants).
        if (replaced.contains(key))
            continue;
        replaced.insert(key);
        AuditImageRecord record;
        record.image.regionId = row.regionId;
        record.image.imageId = row.imageId;
        record.image.imageName = row.imageName;
        record.permissions = outcome->found;
        record.complete = true;
        result += record.rows();
    }
    return result;
}

QList<AuditRow> AuditChanges::ownedBy(const QList<AuditRow> &rows, const QString &callerAccountId) {
    QList<AuditRow> owned;
    for (const AuditRow &row : rows) {
        if (row.accountId.isEmpty() || row.accountId == callerAccountId)
            owned.append(row);
    }
    return owned;
}

} // namespace isb
