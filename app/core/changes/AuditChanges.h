#pragma once

#include "audit/AuditTypes.h"
#include "changes/SharingPlan.h"

#include <QList>
#include <QString>

namespace isb {

class AccountBook;
struct ImageChangeOutcome;

/// The audit window's changes as requests, one per image, from the audit's rows; and the rows once the
/// changes are verified. The plan itself is read again from the service (the audit may be old).
class AuditChanges final {
public:
    /// The selected grants taken away: the accounts of each image, and group "all" (made private).
    static QList<SharingRequest> revokeGrants(const QList<AuditRow> &selected);
    /// `accountId` taken away from every image of `rows` shared with it.
    static QList<SharingRequest> revokeEverywhere(const QString &accountId, const QList<AuditRow> &rows);
    /// Every grant that is an untrusted finding (Findings): accounts neither own nor trusted in `book`.
    static QList<SharingRequest> revokeUntrusted(const QList<AuditRow> &rows, const AccountBook &book);
    /// The images of the selected rows taken out of group "all".
    static QList<SharingRequest> makePrivate(const QList<AuditRow> &selected);

    /// The rows the caller's credentials may change: those of its own account. An organisation audit also
    /// holds members' images, which only a member's own credentials (a role profile) can change; a row
    /// without an AccountId is the caller's (a single-account audit).
    static QList<AuditRow> ownedBy(const QList<AuditRow> &rows, const QString &callerAccountId);

    /// `rows` with the rows of every image read again after a change replaced by what was read (the
    /// verified state, or what is there after a failure); images whose read failed keep their rows.
    static QList<AuditRow> withStateRead(const QList<AuditRow> &rows,
                                         const QList<ImageChangeOutcome> &outcomes);
};

} // namespace isb
