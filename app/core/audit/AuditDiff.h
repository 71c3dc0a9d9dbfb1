#pragma once

#include "AuditTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace isb {

class AuditSnapshot;

/// What changed between two audit snapshots: per image, the grants (Kind + Principal) added, removed and
/// unchanged, and the images that appeared or disappeared. An image missing from one side because its
/// lookup failed there is "unknown", never "removed": a failed lookup says nothing about its grants.
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
        Unknown,   // on one side only, and the other side's lookup failed
    };

    struct ImageDiff {
        QString regionId;
        QString imageId;
        QString imageName; // the new name when the image is in both
        ImageChange change = ImageChange::Unchanged;
        QList<Grant> added; // sorted: accounts, then groups; by principal
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
    /// No grant and no image was added or removed.
    bool isEmpty() const {
        return m_grantsAdded == 0 && m_grantsRemoved == 0 && m_imagesAdded == 0 && m_imagesRemoved == 0;
    }

    /// The CLI's `diff` output, one line per change in a stable order:
    ///   `+image cn-hangzhou m-new (web-2)` / `-image ...` for images added and removed,
    ///   `+ cn-hangzhou m-xxx Account 123456789012` / `- cn-hangzhou m-xxx Group all` for grants,
    ///   `= ...` for unchanged grants when `withUnchanged`, `? cn-hangzhou m-yyy unknown` for unknown images.
    /// The markers and field order are fixed for scripts; only the summary line is translated.
    QString toText(bool withUnchanged = false) const;
    /// "3 grants added, 1 removed, 40 unchanged; 1 image added, 0 removed."
    QString summary() const;

private:
    QList<ImageDiff> m_images;
    int m_grantsAdded = 0;
    int m_grantsRemoved = 0;
    int m_grantsUnchanged = 0;
    int m_imagesAdded = 0;
    int m_imagesRemoved = 0;
    int m_imagesUnknown = 0;
};

} // namespace isb
