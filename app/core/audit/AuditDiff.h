#pragma once

#include "AuditTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace isb {

class AccountBook;
class AuditSnapshot;
struct Finding;

/// What changed between two audit snapshots: per image, the grants (Kind + Principal) added, removed and
/// unchanged, and the images that appeared or disappeared. An image missing from one side because its
/// lookup failed there, or because that side did not audit its region at all (an audit of 5 regions
/// against one of 1), is "unknown", never "removed": neither says anything about its grants.
class AuditDiff final {
    Q_DECLARE_TR_FUNCTIONS(AuditDiff)
public:
    /// A grant: who may launch the image.
    struct Grant {
        AuditRow::Kind kind = AuditRow::Kind::Account;
        QString principal;

        friend bool operator==(const Grant &, const Grant &) = default;
        friend bool operator<(const Grant &a, const Grant &b) {
            return a.kind != b.kind ? a.kind < b.kind : a.principal < b.principal;
        }
    };

    enum class ImageChange {
        Unchanged, // in both, same grants
        Changed,   // in both, grants differ
        Added,     // only in the new snapshot
        Removed,   // only in the old snapshot, and the new one looked for it
        Unknown,   // on one side only, and the other side's lookup failed or skipped its region
    };

    struct ImageDiff {
        QString accountId; // the owner, when both snapshots are an organisation's
        QString regionId;
        QString imageId;
        QString imageName; // the new name when the image is in both
        ImageChange change = ImageChange::Unchanged;
        bool regionNotAudited = false; // Unknown because one side did not cover the region
        QList<Grant> added;            // sorted: accounts, then groups; by principal
        QList<Grant> removed;
        QList<Grant> unchanged;
    };

    /// Compares `before` with `after`; images come sorted by region, then ID.
    static AuditDiff compare(const AuditSnapshot &before, const AuditSnapshot &after);

    const QList<ImageDiff> &images() const { return m_images; }
    int grantsAdded() const { return m_grantsAdded; }
    int grantsRemoved() const { return m_grantsRemoved; }
    int grantsUnchanged() const { return m_grantsUnchanged; }
    int imagesAdded() const { return m_imagesAdded; }
    int imagesRemoved() const { return m_imagesRemoved; }
    int imagesUnknown() const { return m_imagesUnknown; }
    /// Regions that only one of the two snapshots covers (AuditSnapshot::covers), sorted.
    const QStringList &regionsUnknown() const { return m_regionsUnknown; }
    /// No grant and no image was added or removed.
    bool isEmpty() const {
        return m_grantsAdded == 0 && m_grantsRemoved == 0 && m_imagesAdded == 0 && m_imagesRemoved == 0;
    }

    /// The CLI's `diff` output, one line per change in a stable order:
    ///   `+image cn-hangzhou m-new (web-2)` / `-image ...` for images added and removed,
    ///   `+ cn-hangzhou m-xxx Account 123456789012` / `- cn-hangzhou m-xxx Group all` for grants,
    ///   `= ...` for unchanged grants when `withUnchanged`, `? cn-hangzhou m-yyy unknown` for unknown images,
    ///   and first `?region cn-shanghai unknown` for each region only one snapshot covers.
    /// The markers and field order are fixed for scripts; only the summary line is translated. Every field
    /// goes through plainText(), so that no name can start a line of its own.
    QString toText(bool withUnchanged = false) const;
    /// `text` with every control character (C0, DEL, C1) and the line and paragraph separators U+2028 and
    /// U+2029 replaced by U+FFFD: a snapshot's names can then not forge diff lines or escape sequences.
    static QString plainText(QStringView text);
    /// "3 grants added, 1 removed, 40 unchanged; 1 image added, 0 removed."
    QString summary() const;

    /// When the two snapshots were taken (their ExportedAt).
    QDateTime beforeTime() const { return m_beforeTime; }
    QDateTime afterTime() const { return m_afterTime; }
    /// "Snapshots of 2024-05-01T10:00:00Z and 2024-05-08T10:00:00Z." (translated).
    QString period() const;

    /// The grants added since `before` that are findings (public, or an account `book` marks neither own
    /// nor trusted): the risk a reader should see first, since a new grant is what exposes an image.
    QList<Finding> newFindings(const AccountBook &book) const;
    /// One line each, before the other lines of toText():
    ///   `! cn-hangzhou m-xxx Group all public` / `! cn-hangzhou m-xxx Account 123456789012 untrusted QA`
    /// (the label, if any, last). Fixed markers and order, as in toText().
    static QString findingsText(const QList<Finding> &findings);
    /// The whole `diff` report: the new findings (with a book), then toText(), then the summary and
    /// period() as the last line, so that `tail -n 1` gives it and every other line is a change.
    QString reportText(const AccountBook *book, bool withUnchanged) const;

private:
    QList<ImageDiff> m_images;
    QDateTime m_beforeTime;
    QDateTime m_afterTime;
    int m_grantsAdded = 0;
    int m_grantsRemoved = 0;
    int m_grantsUnchanged = 0;
    int m_imagesAdded = 0;
    int m_imagesRemoved = 0;
    int m_imagesUnknown = 0;
    QStringList m_regionsUnknown;
};

} // namespace isb
