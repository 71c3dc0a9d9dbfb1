#include "OrganisationAudit.h"

#include "AuditSnapshot.h"
#include "rules/RetryBackoff.h"
#include "rules/SecretRedaction.h"
#include "sts/RoleSession.h"

#include <QTimer>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOrganisation, "isb.audit.organisation")

namespace isb {

RoleSpec OrganisationOptions::memberRole(const QString &accountId) const {
    RoleSpec spec;
    spec.roleArn = QStringLiteral("acs:ram::%1:role/%2").arg(accountId, roleName);
    spec.sessionName = sessionName;
    spec.externalId = externalId;
    spec.durationSeconds = durationSeconds;
    return spec;
}

OrganisationAudit::OrganisationAudit(QObject *parent)
    : QObject(parent) {}

OrganisationAudit::~OrganisationAudit() {
    for (const Member &member : std::as_const(m_members))
        delete member.runner;
}

void OrganisationAudit::setClientOptions(const ClientOptions &options) {
    m_clientOptions = options;
}

void OrganisationAudit::setCredentials(const Credentials &credentials) {
    m_credentials = credentials;
}

void OrganisationAudit::setOptions(const AuditOptions &options) {
    m_options = options;
}

void OrganisationAudit::setOrganisationOptions(const OrganisationOptions &options) {
    m_orgOptions = options;
}

void OrganisationAudit::start() {
    if (m_running)
        return;
    for (const Member &member : std::as_const(m_members))
        delete member.runner;
    m_members.clear();
    m_accounts.clear();
    m_rows.clear();
    m_listed.clear();
    m_roleAttempts.clear();
    m_directoryIds.clear();
    m_callerId.clear();
    m_listError = {};
    m_listDone = false;
    m_identityDone = false;
    delete m_control;
    m_control = new EcsClient(m_clientOptions, this);
    m_control->setCredentials(m_credentials);
    m_running = true;

    // Both at once: the management account is the caller's, which only GetCallerIdentity names.
    auto *list = m_control->listAccounts(m_orgOptions.listPageSize);
    m_listCall = list;
    connect(list, &EcsCall::finished, this, [this, list] {
        list->deleteLater();
        if (list->error().isError())
            m_listError = list->error();
        else
            m_listed = list->result();
        m_listDone = true;
        onListed();
    });
    auto *identity = m_control->getCallerIdentity();
    m_identityCall = identity;
    connect(identity, &EcsCall::finished, this, [this, identity] {
        identity->deleteLater();
        if (identity->error().isError()) {
            if (!m_listError.isError())
                m_listError = identity->error();
        } else {
            m_callerId = identity->result().accountId;
        }
        m_identityDone = true;
        onListed();
    });
}

void OrganisationAudit::onListed() {
    if (!m_running || !m_listDone || !m_identityDone)
        return;
    if (m_listError.isError()) {
        // Not the management account (or a delegated administrator), or no ListAccounts permission: nothing
        // else can be known, so the audit ends with this one failure.
        const AuditFailure failure{{}, {}, SecretRedaction::redacted(m_listError, m_credentials)};
        qCInfo(lcOrganisation).noquote() << "listing the directory failed:" << failure.error.toOneLine();
        Q_EMIT failureAdded(failure);
        m_running = false;
        Q_EMIT finished();
        return;
    }
    for (const DirectoryAccount &listed : std::as_const(m_listed)) {
        m_directoryIds.append(listed.accountId);
        if (!m_orgOptions.accountIds.isEmpty() && !m_orgOptions.accountIds.contains(listed.accountId))
            continue;
        OrganisationAccount account;
        account.accountId = listed.accountId;
        account.displayName = listed.displayName;
        account.caller = listed.accountId == m_callerId;
        m_accounts.append(account);
        m_members.append(Member());
    }
    // An account asked for that the directory does not list is a failure, never silently nothing.
    for (const QString &accountId : std::as_const(m_orgOptions.accountIds)) {
        if (m_directoryIds.contains(accountId))
            continue;
        OrganisationAccount account;
        account.accountId = accountId;
        account.state = OrganisationAccount::State::Unreachable;
        account.error = EcsError::local(EcsError::Kind::Api,
                                        tr("The account %1 is not in the Resource Directory.").arg(accountId),
                                        QStringLiteral("NotInDirectory"));
        m_accounts.append(account);
        m_members.append(Member());
        Q_EMIT failureAdded({{}, {}, account.error, accountId});
    }
    Q_EMIT accountsListed();
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).state == OrganisationAccount::State::Waiting)
            startAccount(i);
    }
    maybeFinish();
}

void OrganisationAudit::startAccount(int index) {
    if (m_accounts.at(index).caller)
        runAccount(index, m_credentials);
    else
        assumeMemberRole(index);
}

void OrganisationAudit::assumeMemberRole(int index) {
    // The one place that makes a member's credentials: a RoleSession of the member's role, assumed with the
    // caller's credentials, kept in memory only. Its first key is asked for here, before the member's
    // audit starts, so that a role that cannot be assumed is this account's one failure (not one per
    // region); later keys are renewed by the session before they expire, however long the audit takes.
    const QString accountId = m_accounts.at(index).accountId;
    setAccountState(index, OrganisationAccount::State::AssumingRole);
    const std::shared_ptr<RoleSession> session =
        RoleSession::create(m_credentials, m_orgOptions.memberRole(accountId));
    session->refresh(m_clientOptions, this, [this, session, accountId](const EcsError &error) {
        const int at = indexOf(accountId);
        if (!m_running || at < 0 || m_accounts.at(at).state != OrganisationAccount::State::AssumingRole)
            return;
        if (error.isThrottling() && m_roleAttempts.value(accountId) < kMaxRoleAttempts) {
            // AssumeRole counts against the caller's own quota, which its own audit is using: throttling
            // is waited out (the pool's rule), never a member that cannot be reached.
            const int attempt = m_roleAttempts.value(accountId);
            m_roleAttempts.insert(accountId, attempt + 1);
            QTimer::singleShot(
                RetryBackoff::delay(attempt, m_clientOptions.retryBaseDelay, m_clientOptions.retryMaxDelay),
                this, [this, accountId] {
                    const int again = indexOf(accountId);
                    if (m_running && again >= 0 &&
                        m_accounts.at(again).state == OrganisationAccount::State::AssumingRole)
                        assumeMemberRole(again);
                });
            return;
        }
        m_roleAttempts.remove(accountId);
        if (error.isError()) {
            OrganisationAccount &account = m_accounts[at];
            account.error = SecretRedaction::redacted(error, m_credentials);
            qCInfo(lcOrganisation).noquote() << "cannot reach" << accountId << account.error.toOneLine();
            setAccountState(at, OrganisationAccount::State::Unreachable);
            Q_EMIT failureAdded({{}, {}, account.error, accountId});
            maybeFinish();
            return;
        }
        Credentials member;
        member.role = session;
        runAccount(at, member);
    });
}

void OrganisationAudit::runAccount(int index, const Credentials &credentials) {
    Member &member = m_members[index];
    delete member.runner;
    member.runner = new AuditRunner(this);
    member.credentials = credentials;
    member.rowsSeen = 0;
    AuditRunner *runner = member.runner;
    runner->setClientOptions(m_clientOptions);
    runner->setCredentials(credentials);
    runner->setOptions(m_options);
    const QString accountId = m_accounts.at(index).accountId;
    connect(runner, &AuditRunner::rowsAdded, this, [this, accountId](const QList<AuditRow> &rows) {
        const int at = indexOf(accountId);
        QList<AuditRow> batch;
        batch.reserve(rows.size());
        for (const AuditRow &row : rows)
            batch.append(stamped(row, at));
        m_rows += batch;
        Q_EMIT rowsAdded(batch);
    });
    connect(runner, &AuditRunner::progressChanged, this, [this, accountId](const AuditProgress &progress) {
        const int at = indexOf(accountId);
        m_accounts[at].progress = progress;
        Q_EMIT accountChanged(m_accounts.at(at));
        Q_EMIT progressChanged(this->progress());
    });
    connect(runner, &AuditRunner::failureAdded, this, [this, accountId](AuditFailure failure) {
        failure.accountId = accountId;
        Q_EMIT failureAdded(failure);
    });
    connect(runner, &AuditRunner::finished, this,
            [this, accountId] { onAccountFinished(indexOf(accountId)); });
    setAccountState(index, OrganisationAccount::State::Auditing);
    runner->start();
}

void OrganisationAudit::onAccountFinished(int index) {
    if (index < 0)
        return;
    m_accounts[index].progress = m_members.at(index).runner->progress();
    setAccountState(index, OrganisationAccount::State::Done);
    maybeFinish();
}

void OrganisationAudit::setAccountState(int index, OrganisationAccount::State state) {
    m_accounts[index].state = state;
    if (state != OrganisationAccount::State::Unreachable)
        m_accounts[index].error = {};
    Q_EMIT accountChanged(m_accounts.at(index));
}

void OrganisationAudit::maybeFinish() {
    if (!m_running || !m_listDone || !m_identityDone)
        return;
    for (const OrganisationAccount &account : std::as_const(m_accounts)) {
        if (account.state != OrganisationAccount::State::Done &&
            account.state != OrganisationAccount::State::Unreachable)
            return;
    }
    m_running = false;
    Q_EMIT progressChanged(progress());
    Q_EMIT finished();
}

void OrganisationAudit::cancel() {
    if (!m_running)
        return;
    if (m_listCall)
        m_listCall->cancel();
    if (m_identityCall)
        m_identityCall->cancel();
    m_listDone = m_identityDone = true;
    for (int i = 0; i < m_accounts.size(); ++i) {
        AuditRunner *runner = m_members.at(i).runner;
        if (runner && runner->isRunning()) {
            runner->cancel(); // finished() marks it Done
        } else if (m_accounts.at(i).state == OrganisationAccount::State::AssumingRole ||
                   m_accounts.at(i).state == OrganisationAccount::State::Waiting) {
            m_accounts[i].error = EcsError::local(
                EcsError::Kind::Cancelled, tr("The audit was cancelled before this account was reached."),
                QStringLiteral("Cancelled"));
            m_accounts[i].state = OrganisationAccount::State::Unreachable;
            Q_EMIT accountChanged(m_accounts.at(i));
        }
    }
    maybeFinish();
}

int OrganisationAudit::retryFailed() {
    if (m_running)
        return 0;
    if (m_listError.isError() || !m_listDone) {
        start();
        return 1;
    }
    int queued = 0;
    for (const OrganisationAccount &account : std::as_const(m_accounts))
        queued += retryAccount(account.accountId) ? 1 : 0;
    return queued;
}

bool OrganisationAudit::retryAccount(const QString &accountId) {
    const int index = indexOf(accountId);
    if (index < 0)
        return false;
    const OrganisationAccount &account = m_accounts.at(index);
    AuditRunner *runner = m_members.at(index).runner;
    if (account.state == OrganisationAccount::State::Unreachable) {
        if (!m_directoryIds.contains(accountId))
            return false; // not in the directory: a retry cannot reach it
        m_running = true;
        startAccount(index);
        return true;
    }
    if (account.state == OrganisationAccount::State::Done && runner && !runner->failures().isEmpty()) {
        m_running = true;
        setAccountState(index, OrganisationAccount::State::Auditing);
        runner->retryFailed();
        return true;
    }
    return false;
}

Credentials OrganisationAudit::credentialsOf(const QString &accountId) const {
    const int index = indexOf(accountId);
    if (index < 0 || !m_members.at(index).runner)
        return {};
    return m_members.at(index).credentials;
}

AuditRow OrganisationAudit::stamped(AuditRow row, int index) const {
    row.accountId = m_accounts.at(index).accountId;
    row.accountName = m_accounts.at(index).displayName;
    return row;
}

int OrganisationAudit::indexOf(const QString &accountId) const {
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts.at(i).accountId == accountId)
            return i;
    }
    return -1;
}

QList<AuditImageRecord> OrganisationAudit::images() const {
    QList<AuditImageRecord> records;
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (!m_members.at(i).runner)
            continue;
        for (AuditImageRecord record : m_members.at(i).runner->images()) {
            record.image.imageOwnerId = m_accounts.at(i).accountId;
            records.append(record);
        }
    }
    return records;
}

QList<AuditFailure> OrganisationAudit::failures() const {
    QList<AuditFailure> failures;
    if (m_listError.isError())
        failures.append({{}, {}, SecretRedaction::redacted(m_listError, m_credentials)});
    for (const OrganisationAccount &account : m_accounts) {
        if (account.state == OrganisationAccount::State::Unreachable)
            failures.append({{}, {}, account.error, account.accountId});
    }
    for (int i = 0; i < m_accounts.size(); ++i) {
        if (!m_members.at(i).runner)
            continue;
        for (AuditFailure failure : m_members.at(i).runner->failures()) {
            failure.accountId = m_accounts.at(i).accountId;
            failures.append(failure);
        }
    }
    return failures;
}

AuditProgress OrganisationAudit::progress() const {
    AuditProgress total;
    bool allFinal = !m_accounts.isEmpty();
    for (int i = 0; i < m_accounts.size(); ++i) {
        const AuditRunner *runner = m_members.at(i).runner;
        if (!runner) {
            if (m_accounts.at(i).state != OrganisationAccount::State::Unreachable)
                allFinal = false;
            continue;
        }
        const AuditProgress p = runner->progress();
        allFinal = allFinal && p.totalIsFinal();
        total.regionsTotal += p.regionsTotal;
        total.regionsListed += p.regionsListed;
        total.imagesTotal += p.imagesTotal;
        total.imagesDone += p.imagesDone;
        total.imagesFailed += p.imagesFailed;
        total.rowsFound += p.rowsFound;
        total.requestsSent += p.requestsSent;
        total.throttledAnswers += p.throttledAnswers;
        total.inFlight += p.inFlight;
        total.window += p.window;
        total.elapsedMs = std::max(total.elapsedMs, p.elapsedMs);
        total.etaMs = std::max(total.etaMs, p.etaMs);
    }
    if (m_control)
        total.requestsSent += m_control->attemptsSent();
    if (!allFinal && total.regionsListed == total.regionsTotal)
        ++total.regionsTotal; // not final while an account is still to be listed
    return total;
}

int OrganisationAudit::largestAccountRequests() const {
    int largest = 0;
    for (const Member &member : m_members) {
        if (member.runner)
            largest = std::max(largest, member.runner->progress().requestsSent);
    }
    return largest;
}

AuditSnapshot OrganisationAudit::snapshot() const {
    AuditSnapshot snapshot;
    snapshot.setOrganisation(true);
    snapshot.setExportedAt(QDateTime::currentDateTimeUtc());
    QStringList regions;
    QList<AuditImageRecord> complete;
    QList<AuditFailure> failures = this->failures();
    for (int i = 0; i < m_accounts.size(); ++i) {
        const AuditRunner *runner = m_members.at(i).runner;
        if (!runner)
            continue;
        const AuditSnapshot one = runner->snapshot();
        if (snapshot.endpoint().isEmpty())
            snapshot.setEndpoint(one.endpoint());
        for (const QString &region : one.regions()) {
            if (!regions.contains(region))
                regions.append(region);
        }
        for (AuditImageRecord record : one.images()) {
            record.image.imageOwnerId = m_accounts.at(i).accountId;
            complete.append(record);
        }
        // Cancelled images are failures only the runner's snapshot names.
        for (AuditFailure failure : one.failures()) {
            failure.accountId = m_accounts.at(i).accountId;
            if (!failures.contains(failure))
                failures.append(failure);
        }
    }
    if (snapshot.endpoint().isEmpty())
        snapshot.setEndpoint(EcsClient(m_clientOptions).endpointFor({}).toString());
    snapshot.setRegions(regions);
    snapshot.setImages(complete);
    snapshot.setFailures(failures);
    return snapshot;
}

} // namespace isb
