#pragma once

#include "changes/SharingPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace isb {

struct ImageChangeOutcome;

/// What one applied plan did to one image, as the journal keeps it.
struct JournalImage {
    QString regionId;
    QString imageId;
    QString imageName;
    QString accountId; // the image's owner when the plan spanned a Resource Directory; empty otherwise
    QStringList added;
    QStringList removed;
    bool allRemoved = false; // share group "all" taken away
    QStringList requestIds;  // of the ModifyImageSharePermission calls, then of the verification read
    QString outcome;         // "verified", or the error's short code / "mismatch"

    bool verified() const { return outcome == QLatin1String("verified"); }
    /// The journal's record of one image once the runner is done with it.
    static JournalImage fromOutcome(const ImageChangeOutcome &outcome);
};

/// One applied plan: one command, or one confirmation in the window. Never holds a secret: the caller is
/// named by its profile and account ID, never by its AccessKey.
struct JournalEntry {
    QDateTime time; // UTC
    QString action; // "share", "revoke", "undo"
    QString profile;
    QString callerAccountId; // empty when GetCallerIdentity was not available
    QString endpoint;
    QList<JournalImage> images;

    bool verified() const;
    /// The entry for one applied plan (SharingChangeRunner::outcomes()), stamped now; the CLI and the window
    /// record the same fields.
    static JournalEntry fromOutcomes(const QString &action, const QString &profile,
                                     const QString &callerAccountId, const QString &endpoint,
                                     const QList<ImageChangeOutcome> &outcomes);
    /// Whether an image of the entry belongs to an account other than the caller's (a plan across a Resource
    /// Directory): undoing it needs those accounts' credentials.
    bool spansAccounts() const;
    /// The requests that undo this entry, one per image ("all" is never given back).
    QList<SharingRequest> inverse() const;

    QJsonObject toJson() const;
    /// False (with `error`) when `object` is not an entry.
    static bool fromJson(const QJsonObject &object, JournalEntry *entry, QString *error);
};

/// The change journal: JSON Lines, one JournalEntry per line, appended and fsync'd before the program
/// reports success, so that an entry survives a crash or power loss right after the change.
class ChangeJournal final {
    Q_DECLARE_TR_FUNCTIONS(isb::ChangeJournal)

public:
    /// changes.jsonl in the data folder of the shared organization and application names (SettingsKeys.h).
    static QString defaultPath();

    explicit ChangeJournal(QString path = defaultPath());
    const QString &path() const { return m_path; }

    /// Appends `entry` and waits until it is on disk; false with `error` otherwise.
    bool append(const JournalEntry &entry, QString *error) const;
    /// Every entry, oldest first. A missing file is an empty journal; a line that does not parse is an
    /// error naming its line (a torn last line from a crash while writing is skipped).
    QList<JournalEntry> entries(QString *error) const;

private:
    QString m_path;
};

} // namespace isb
