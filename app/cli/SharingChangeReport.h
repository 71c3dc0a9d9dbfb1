#pragma once

#include "CliCommand.h"

#include "changes/ChangeJournal.h"
#include "changes/SharingChangeRunner.h"
#include "changes/SharingPlan.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QSocketNotifier;

namespace isb {
class AccountBook;
class AuditRunner;
class OrganisationAudit;
class SharingChangeRunner;
} // namespace isb

namespace isb::cli {

/// What share, revoke and undo share: the plan (printed first), the confirmation (a "yes" on a terminal, or
/// --yes; without either nothing changes and the exit status is 2; --plan stops after printing), the change
/// over SharingChangeRunner, the verification, the journal entry (on disk before success is reported) and
/// the per-image failures on standard error.
class SharingChangeReport final : public CliCommand {
    Q_OBJECT
public:
    SharingChangeReport(const CliRequest &request, QIODevice *standardOutput, QIODevice *standardError,
                        QObject *parent = nullptr);
    ~SharingChangeReport() override;

    void setCredentials(const Credentials &credentials);
    /// "share", "revoke" or "undo", as the journal records it.
    void setAction(const QString &action) { m_action = action; }
    /// The book whose labels the plan shows next to each account; none: IDs alone.
    void setAccountBook(const AccountBook *book) { m_book = book; }

    /// share and undo: reads each image, then plans `requests` against what is there.
    void startWithRequests(const QList<SharingRequest> &requests);
    /// revoke: every image of the request's regions shared with its account, found by the audit engine;
    /// with --resource-directory every account's (OrganisationAudit), each image changed with its owner's
    /// credentials.
    void startRevoke();

    /// The line for a failed image; names the missing RAM permission for Forbidden.RAM.
    static QString failureLine(const QString &regionId, const QString &imageId, const EcsError &error);

private:
    void lookUpCaller(std::function<void()> next);
    void discoverRevoke();
    void discoverOrganisationRevoke();
    /// Every runner that applied part of the plan (one per owner account across a directory).
    QList<ImageChangeOutcome> outcomes() const;
    void onPlan(const SharingPlan &plan);
    void askThenApply();
    void onAnswer(const QString &answer);
    void apply();
    void onApplied();
    void failWith(const EcsError &error, const QString &regionId = {}, const QString &imageId = {});

    QString m_action;
    QString m_callerAccountId; // GetCallerIdentity's AccountId, when the key may ask
    SharingPlan m_plan;
    const AccountBook *m_book = nullptr;
    std::unique_ptr<SharingChangeRunner> m_runner;
    std::unique_ptr<AuditRunner> m_audit;
    std::unique_ptr<OrganisationAudit> m_organisation; // revoke --resource-directory: owners' credentials
    std::vector<std::unique_ptr<SharingChangeRunner>> m_ownerRunners; // its plan, one runner per owner
    int m_ownerRunnersLeft = 0;
    std::unique_ptr<QSocketNotifier> m_stdinNotifier;
    QByteArray m_answer;
    ExitCode m_discoveryExit = ExitCode::Ok; // revoke: lookups the audit could not finish
    int m_discoveryRequests = 0;
};

} // namespace isb::cli
