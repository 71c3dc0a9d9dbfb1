#pragma once

#include "AuditRunner.h"
#include "AuditTypes.h"
#include "Credentials.h"
#include "EcsClient.h"
#include "sts/RoleSpec.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace isb {

class AuditSnapshot;

/// How an organisation audit reaches its members.
struct OrganisationOptions {
    /// The role each member is reached through: acs:ram::<member>:role/<roleName>.
    QString roleName = QStringLiteral("ResourceDirectoryAccountAccessRole");
    /// Sent with AssumeRole when not empty (a role whose trust policy asks for one).
    QString externalId;
    QString sessionName = QStringLiteral("image-share-browser");
    /// Each member's key lives this long; its RoleSession renews it before it expires, so an audit (or a
    /// change) may take longer.
    int durationSeconds = 3600;
    /// Members to audit (and the management account when listed); empty: every account of the directory.
    QStringList accountIds;
    /// ListAccounts page size (1-100); smaller only in tests of the paging.
    int listPageSize = EcsClient::kDirectoryPageSize;

    /// What a member is assumed with: acs:ram::<accountId>:role/<roleName>, the session name, the
    /// ExternalId and the duration (the one place that names a member's role).
    RoleSpec memberRole(const QString &accountId) const;
};

/// One account of an organisation audit: where it stands.
struct OrganisationAccount {
    enum class State {
        Waiting,      // listed, not started
        AssumingRole, // AssumeRole sent
        Auditing,     // its audit runs
        Done,         // its audit ended (its failures, if any, are listed)
        Unreachable,  // the role could not be assumed: error says why; retryFailed() tries again
    };
    QString accountId;
    QString displayName;
    bool caller = false; // the caller's own account: audited with the caller's credentials
    State state = State::Waiting;
    EcsError error; // Unreachable: the AssumeRole error (redacted)
    AuditProgress progress;
};

/// The share audit of every account of the caller's Resource Directory, in one run.
///
/// It asks ResourceManager ListAccounts (every page) and GetCallerIdentity side by side; then audits the
/// caller's own account with the caller's credentials and reaches every other account by assuming
/// `acs:ram::<member>:role/<roleName>` through a RoleSession (assumeMemberRole(), the one place that makes
/// a member's credentials), which renews the member's key before it expires.
/// Each account runs its own AuditRunner, so each has its own RequestPool: the service throttles each
/// account on its own, and each account's congestion window and hold after throttling are its own, so
/// accounts run side by side and the organisation takes about as long as its largest account.
///
/// A member that cannot be reached is never skipped and never ends the audit: it is Unreachable, with a
/// failure (accountId set, no region) that retryFailed() tries again. Rows and image records carry the
/// account (AuditRow::accountId and accountName, Image::imageOwnerId).
class OrganisationAudit final : public QObject {
    Q_OBJECT
public:
    explicit OrganisationAudit(QObject *parent = nullptr);
    ~OrganisationAudit() override;

    void setClientOptions(const ClientOptions &options);
    void setCredentials(const Credentials &credentials);
    /// Per account: AuditOptions::poolSize is each account's own cap.
    void setOptions(const AuditOptions &options);
    void setOrganisationOptions(const OrganisationOptions &options);
    const OrganisationOptions &organisationOptions() const { return m_orgOptions; }

    void start();
    void cancel();
    /// Tries the unreachable accounts again and retries every account's failed lookups (a failed listing:
    /// starts over). Returns how many accounts or lookups were queued.
    int retryFailed();
    /// Tries one account again (unreachable: assumes its role again; else its failed lookups).
    bool retryAccount(const QString &accountId);

    bool isRunning() const { return m_running; }
    /// The directory's accounts, in ListAccounts' order (filtered by OrganisationOptions::accountIds).
    const QList<OrganisationAccount> &accounts() const { return m_accounts; }
    /// Every account ID of the directory (unfiltered): each is own for the findings.
    QStringList directoryAccountIds() const { return m_directoryIds; }
    QString callerAccountId() const { return m_callerId; }
    /// The credentials an account was audited with (the caller's own, or the member's role session, which
    /// keeps renewing its key); empty when the account was not reached. Changes to its images use them.
    Credentials credentialsOf(const QString &accountId) const;

    /// Every row handed out so far, each with its account.
    const QList<AuditRow> &rows() const { return m_rows; }
    /// Every account's image records, imageOwnerId set to the account.
    QList<AuditImageRecord> images() const;
    /// The listing's failure (no account), unreachable accounts, then every account's failed lookups.
    QList<AuditFailure> failures() const;
    /// The sum over the accounts; requestsSent includes ListAccounts, GetCallerIdentity and AssumeRole.
    AuditProgress progress() const;
    AuditSnapshot snapshot() const;
    /// Requests of the largest account (its pool's attempts), for the benchmark's bound.
    int largestAccountRequests() const;

Q_SIGNALS:
    /// ListAccounts answered: accounts() holds the accounts to audit.
    void accountsListed();
    void accountChanged(const isb::OrganisationAccount &account);
    void rowsAdded(const QList<isb::AuditRow> &rows);
    void progressChanged(const isb::AuditProgress &progress);
    void failureAdded(const isb::AuditFailure &failure);
    void finished();

private:
    struct Member {
        AuditRunner *runner = nullptr;
        Credentials credentials; // what runner signs with
        int rowsSeen = 0;
    };
    void onListed();
    void startAccount(int index);
    /// Makes a member's role session (its first key, from the caller's credentials), then starts its audit.
    void assumeMemberRole(int index);
    void runAccount(int index, const Credentials &credentials);
    void onAccountFinished(int index);
    void setAccountState(int index, OrganisationAccount::State state);
    void maybeFinish();
    AuditRow stamped(AuditRow row, int index) const;
    int indexOf(const QString &accountId) const;

    ClientOptions m_clientOptions;
    Credentials m_credentials;
    AuditOptions m_options;
    OrganisationOptions m_orgOptions;
    EcsClient *m_control = nullptr; // the caller's: ListAccounts, GetCallerIdentity
    QPointer<EcsCall> m_listCall;
    QPointer<EcsCall> m_identityCall;
    QList<DirectoryAccount> m_listed;
    bool m_listDone = false;
    bool m_identityDone = false;
    EcsError m_listError;
    bool m_running = false;
    QString m_callerId;
    QStringList m_directoryIds;
    QList<OrganisationAccount> m_accounts;
    QList<Member> m_members;
    QList<AuditRow> m_rows;
    QHash<QString, int> m_roleAttempts; // throttled AssumeRole answers per account, in a row
    static constexpr int kMaxRoleAttempts = 30;
};

} // namespace isb

Q_DECLARE_METATYPE(isb::OrganisationAccount)
