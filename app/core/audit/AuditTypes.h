#pragma once

#include "EcsError.h"
#include "EcsTypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace isb {

/// One grant found by the share audit: an image and one principal that may launch it. Images shared
/// with nobody have no row. The region, ID and name strings of the rows of one image share their data
/// (QString is implicitly shared), so a large audit costs little more than its principals.
struct AuditRow {
    enum class Kind : quint8 {
        Account, // Principal is an Alibaba Cloud account ID (AliyunId)
        Group,   // Principal is a share group; "all" means every account
    };

    QString regionId;
    QString imageId;
    QString imageName;
    Kind kind = Kind::Account;
    QString principal;
    QDateTime sharedTime; // UTC; invalid for groups and when the service gave none
    /// The image's owner (an organisation audit; empty when the owner was not recorded) and its
    /// DisplayName from the Resource Directory. Not part of toFields(): single-account output keeps its
    /// columns, an organisation's writers add them.
    QString accountId = {};
    QString accountName = {};

    /// Group "all": the image can be launched by every Alibaba Cloud account.
    bool isSharedWithEveryone() const;

    /// "Account" or "Group", as in exports and snapshots (never translated).
    static QString kindName(Kind kind);
    /// The reverse of kindName(); false for an unknown name.
    static bool kindFromName(const QString &name, Kind *kind);

    /// RegionId, ImageId, ImageName, Kind, Principal, SharedTime (`yyyy-MM-ddTHH:mm:ssZ` or empty): the
    /// columns and formats of SharePermissionRows::header(), so the CLI's CSV and table writers take both.
    QStringList toFields() const;

    friend bool operator==(const AuditRow &, const AuditRow &) = default;
};

/// One audited image: what DescribeImages said about it and its share permissions, every page merged.
struct AuditImageRecord {
    Image image;
    SharePermissionPage permissions;
    /// Every page of the permissions arrived. False while the audit runs, and for images whose lookup
    /// failed or was cancelled (their rows are the pages that did arrive).
    bool complete = false;

    /// Accounts in the service's order, then groups.
    QList<AuditRow> rows() const;
    /// Accounts the image is shared with (groups not counted).
    int accountCount() const { return int(permissions.accounts.size()); }
};

/// A lookup the audit gave up on: a region's image list, or one image's permissions. Throttling never
/// ends up here; the audit slows down and asks again instead.
struct AuditFailure {
    QString regionId; // empty when DescribeRegions itself failed
    QString imageId;  // empty for a region-level failure (DescribeRegions, DescribeImages)
    EcsError error;
    /// The account audited (an organisation audit); empty for a single-account audit, and for the
    /// directory's own listing (ListAccounts). A failure with an account but no region means the account
    /// could not be reached at all (its role could not be assumed).
    QString accountId = {};

    friend bool operator==(const AuditFailure &a, const AuditFailure &b) {
        return a.accountId == b.accountId && a.regionId == b.regionId && a.imageId == b.imageId &&
               a.error.code == b.error.code && a.error.message == b.error.message &&
               a.error.requestId == b.error.requestId;
    }
};

/// Where a running audit stands, for a progress bar and the CLI's status line.
struct AuditProgress {
    int regionsTotal = 0;  // regions to audit (known once DescribeRegions answered)
    int regionsListed = 0; // regions whose image list is complete
    int imagesTotal = 0;   // images known so far; final once every region is listed
    int imagesDone = 0;    // images whose permissions are complete
    int imagesFailed = 0;  // images whose lookup failed for good
    int rowsFound = 0;
    int requestsSent = 0;     // HTTP attempts, throttled ones and client retries included
    int throttledAnswers = 0; // answers with a Throttling code; the tasks were requeued
    int inFlight = 0;
    double window = 0; // the congestion window: requests allowed in flight
    qint64 elapsedMs = 0;
    qint64 etaMs = -1; // -1 while unknown

    /// Every region's image count is known, so imagesTotal will not grow.
    bool totalIsFinal() const { return regionsTotal > 0 && regionsListed == regionsTotal; }
};

} // namespace isb

Q_DECLARE_METATYPE(isb::AuditRow)
Q_DECLARE_METATYPE(isb::AuditFailure)
Q_DECLARE_METATYPE(isb::AuditProgress)
