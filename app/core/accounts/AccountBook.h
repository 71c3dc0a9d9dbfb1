#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace isb {

/// The account book: a label and a trust level for account IDs, kept in `accounts.csv` (RFC 4180, header
/// `AccountId,Label,Trust`) in the configuration folder both programs share, so that people can keep it
/// in a spreadsheet or in git. It holds no secret. The account of the credentials in use (STS
/// GetCallerIdentity) is `own` without being in the file: setCallerAccountId().
///
/// Reading never gives up on a whole file for one bad row: each row that is not an account ID, has an
/// unknown trust value or repeats an ID is reported with its line number, and the other rows load.
class AccountBook final : public QObject {
    Q_OBJECT
public:
    enum class Trust : quint8 {
        None,    // a label only; grants to it are findings
        Trusted, // a partner you mean to share with
        Own,     // one of your accounts
    };

    struct Entry {
        QString accountId;
        QString label;
        Trust trust = Trust::None;

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    /// A row that did not load, or an entry that was refused.
    struct Issue {
        int line = 0; // 0 when the problem is not a file's row (set())
        QString message;

        friend bool operator==(const Issue &, const Issue &) = default;
    };

    /// What a load, import, save, export or set did. `error` is set when the operation as a whole failed
    /// (file unreadable or unwritable, wrong header, too large): then nothing changed.
    struct Report {
        QString error;
        QList<Issue> issues; // rows skipped; the rest was applied
        int added = 0;
        int updated = 0;
        int unchanged = 0;

        bool ok() const { return error.isEmpty(); }
        /// ok() and no row was skipped.
        bool clean() const { return ok() && issues.isEmpty(); }
    };

    /// The file a larger one is refused above: a book of 100,000 accounts with long labels is under 8 MB.
    static constexpr qint64 maxFileSize = 16 * 1024 * 1024;
    static constexpr int maxLabelLength = 256;

    /// The book in defaultFilePath().
    explicit AccountBook(QObject *parent = nullptr);
    /// The book in `filePath` (the CLI's --accounts FILE, tests).
    explicit AccountBook(const QString &filePath, QObject *parent = nullptr);
    ~AccountBook() override;

    /// `accounts.csv` in the configuration folder of the shared settings (SettingsKeys organization and
    /// application), whatever the running program's own names are.
    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    /// Replaces the entries with the file's. A file that does not exist is an empty book, not an error.
    Report load();
    /// Writes every entry to filePath() atomically (QSaveFile): on failure the old file stays.
    Report save() const;
    /// Merges a file's entries: new IDs are added, known ones take the file's label and trust.
    Report import(const QString &file);
    /// Writes the entries to `file`, atomically, in the book's format.
    Report exportTo(const QString &file) const;

    /// Parses a whole file's bytes (BOM and CRLF or LF allowed); `entries` receives the rows that loaded.
    static Report parse(const QByteArray &bytes, QList<Entry> *entries);
    /// The file's bytes for `entries`: header, then one row each, through CsvWriter (formula guard on).
    static QByteArray serialize(const QList<Entry> &entries);

    const QList<Entry> &entries() const { return m_entries; }
    std::optional<Entry> entry(const QString &accountId) const;
    /// The entry's row in entries(), or -1.
    int indexOf(const QString &accountId) const { return m_index.value(accountId, -1); }

    /// Adds or replaces an entry; refused (Report::error) for an invalid ID or label.
    Report set(const QString &accountId, const QString &label, Trust trust);
    /// False when the ID is not in the book.
    bool remove(const QString &accountId);
    /// Replaces every entry (no validation beyond what Entry values allow: callers pass checked data).
    void setEntries(const QList<Entry> &entries);

    /// The account of the credentials in use, learned at run time; own without an entry. Empty to forget.
    void setCallerAccountId(const QString &accountId);
    QString callerAccountId() const { return m_callerAccountId; }
    /// The accounts of the caller's Resource Directory (an organisation audit): each is own without an
    /// entry, so a grant from one member to another is internal. Empty to forget.
    void setDirectoryAccountIds(const QStringList &accountIds);
    QStringList directoryAccountIds() const { return m_directoryAccountIds; }

    /// Own for the caller's account or an `own` entry; Trusted; None for everyone else.
    Trust trustOf(const QString &accountId) const;
    /// Own or trusted: a grant to this account is expected.
    bool isExpected(const QString &accountId) const { return trustOf(accountId) != Trust::None; }
    QString labelOf(const QString &accountId) const;

    /// "own", "trusted" or "" as in the file (never translated).
    static QString trustName(Trust trust);
    /// The reverse of trustName(); std::nullopt for an unknown name.
    static std::optional<Trust> trustFromName(QStringView name);
    /// "Own", "Trusted", "" for the window and messages (translated).
    static QString trustText(Trust trust);

    /// Why `accountId`/`label` cannot be an entry, or an empty string.
    static QString validationError(const QString &accountId, const QString &label);

signals:
    /// Entries or the caller's account changed: anything showing labels or trust should refresh.
    void changed();

private:
    static Report readFile(const QString &file, QList<Entry> *entries);
    static Report writeFile(const QString &file, const QList<Entry> &entries);
    void rebuildIndex();

    QString m_filePath;
    QList<Entry> m_entries;
    QHash<QString, int> m_index;
    QString m_callerAccountId;
    QStringList m_directoryAccountIds;
};

} // namespace isb
