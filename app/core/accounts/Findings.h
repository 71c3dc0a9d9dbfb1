#pragma once

#include "audit/AuditTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace isb {

class AccountBook;

/// A grant that is not expected: the image is public (share group `all`), or shared with an account
/// that the account book marks neither `own` nor `trusted`.
struct Finding {
    enum class Kind : quint8 {
        Public,    // share group "all": every Alibaba Cloud account may launch the image
        Untrusted, // an account neither own nor trusted
    };

    QString regionId;
    QString imageId;
    QString imageName;
    Kind kind = Kind::Public;
    QString principal; // the account ID, or the group ("all")
    QString label;     // the book's label of the account; empty for groups and unknown accounts
    QDateTime sharedTime;
    QString accountId = {}; // the image's owner (Image::imageOwnerId), in an organisation's findings

    /// "public" or "untrusted", as in the CLI's output (never translated).
    static QString kindName(Kind kind);
    /// RegionId, ImageId, ImageName, Finding, Principal, Label, SharedTime: the `check` CSV's columns.
    static QStringList header();
    QStringList toFields() const;

    friend bool operator==(const Finding &, const Finding &) = default;
};

/// Counts for a banner and the CLI's summary.
struct FindingsSummary {
    Q_DECLARE_TR_FUNCTIONS(isb::FindingsSummary)
public:
    int imagesPublic = 0;
    int untrustedGrants = 0;
    int untrustedAccounts = 0; // distinct accounts
    int imagesWithFindings = 0;

    bool isEmpty() const { return imagesPublic == 0 && untrustedGrants == 0; }
    /// "2 images public, 7 grants to 5 untrusted accounts" (translated).
    QString text() const;

    friend bool operator==(const FindingsSummary &, const FindingsSummary &) = default;
};

/// The findings rule, in one place: which grants are findings, for the window's panes, the audit table,
/// the diff and `check`.
class Findings final {
public:
    /// The finding a grant is, if any.
    static std::optional<Finding::Kind> kindOf(AuditRow::Kind kind, const QString &principal,
                                               const AccountBook &book);
    static std::optional<Finding::Kind> kindOf(const AuditRow &row, const AccountBook &book) {
        return kindOf(row.kind, row.principal, book);
    }

    /// One image's findings: the public group first, then untrusted accounts in the service's order.
    static QList<Finding> of(const Image &image, const SharePermissionPage &permissions,
                             const AccountBook &book);
    static QList<Finding> of(const AuditImageRecord &record, const AccountBook &book) {
        return of(record.image, record.permissions, book);
    }
    /// Every record's findings, in the records' order.
    static QList<Finding> of(const QList<AuditImageRecord> &records, const AccountBook &book);

    static FindingsSummary summarize(const QList<Finding> &findings);
};

} // namespace isb
