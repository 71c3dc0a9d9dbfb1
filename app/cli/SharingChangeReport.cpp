#include "SharingChangeReport.h"

#include "accounts/AccountBook.h"

#include "AuditReport.h"
#include "CliRunner.h"

#include "EcsClient.h"
#include "audit/AuditRunner.h"
#include "audit/OrganisationAudit.h"
#include "changes/SharingChangeRunner.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

namespace isb::cli {

namespace {

bool stdinIsTerminal() {
    return ::isatty(STDIN_FILENO) == 1;
}

} // namespace

SharingChangeReport::SharingChangeReport(const CliRequest &request, QIODevice *standardOutput,
                                         QIODevice *standardError, QObject *parent)
    : CliCommand(request, standardOutput, standardError, parent)
    , m_runner(std::make_unique<SharingChangeRunner>()) {
    m_runner->setClientOptions(m_request.client);
    m_runner->setPoolSize(m_request.poolSize);
    connect(m_runner.get(), &SharingChangeRunner::planReady, this, &SharingChangeReport::onPlan);
    connect(m_runner.get(), &SharingChangeRunner::readFailed, this,
            [this](const QString &regionId, const QString &imageId, const EcsError &error) {
                failWith(error, regionId, imageId);
            });
    connect(m_runner.get(), &SharingChangeRunner::finished, this, &SharingChangeReport::onApplied);
}

SharingChangeReport::~SharingChangeReport() = default;

void SharingChangeReport::setCredentials(const Credentials &credentials) {
    m_credentials = credentials;
    m_runner->setCredentials(credentials);
}

QString SharingChangeReport::failureLine(const QString &regionId, const QString &imageId,
                                         const EcsError &error) {
    const QString line = ImageChangeOutcome::errorText(error);
    if (imageId.isEmpty())
        return line;
    //: %1 region, %2 image ID, %3 the error line.
    return tr("change failed for %1 %2: %3").arg(regionId, imageId, line);
}

void SharingChangeReport::failWith(const EcsError &error, const QString &regionId, const QString &imageId) {
    fail(CliRunner::exitCodeFor(error), failureLine(regionId, imageId, error));
}

void SharingChangeReport::lookUpCaller(std::function<void()> next) {
    // The journal names the caller's account, and custom images belong to it, so sharing with it is
    // refused in the plan. A key that may not call STS leaves it unknown; the service's
    // InvalidAccount.Forbbiden then says it instead.
    auto *client = new EcsClient(m_request.client, this);
    client->setCredentials(m_credentials);
    CallerIdentityCall *call = client->getCallerIdentity();
    connect(call, &EcsCall::finished, this, [this, client, call, next = std::move(next)] {
        if (call->succeeded())
            m_callerAccountId = call->result().accountId;
        call->deleteLater();
        client->deleteLater();
        next();
    });
}

void SharingChangeReport::startWithRequests(const QList<SharingRequest> &requests) {
    lookUpCaller([this, requests] { m_runner->readPlan(requests, m_callerAccountId); });
}

void SharingChangeReport::startRevoke() {
    lookUpCaller([this] { discoverRevoke(); });
}

void SharingChangeReport::discoverRevoke() {
    if (!Account::isValidId(m_request.account)) {
        onPlan(SharingPlan::revokeEverywhere(m_request.account, {}));
        return;
    }
    if (m_request.resourceDirectory) {
        discoverOrganisationRevoke();
        return;
    }
    m_audit = std::make_unique<AuditRunner>();
    m_audit->setClientOptions(m_request.client);
    m_audit->setCredentials(m_credentials);
    AuditOptions options;
    options.regions = m_request.regionIds;
    options.poolSize = m_request.poolSize;
    m_audit->setOptions(options);
    connect(m_audit.get(), &AuditRunner::finished, this, [this] {
        const QList<AuditFailure> failures = m_audit->failures();
        for (const AuditFailure &failure : failures)
            writeError(AuditReport::failureLine(failure));
        if (!failures.isEmpty())
            m_discoveryExit = AuditReport::exitCodeFor(failures);
        m_discoveryRequests = m_audit->progress().requestsSent;
        onPlan(SharingPlan::revokeEverywhere(m_request.account, m_audit->images()));
    });
    m_audit->start();
}

void SharingChangeReport::discoverOrganisationRevoke() {
    // The organisation audit finds the images and keeps each account's credentials (the members' role
    // sessions, renewed as needed), which then change that account's images.
    m_organisation = std::make_unique<OrganisationAudit>();
    m_organisation->setClientOptions(m_request.client);
    m_organisation->setCredentials(m_credentials);
    AuditOptions options;
    options.regions = m_request.regionIds;
    options.poolSize = m_request.poolSize;
    m_organisation->setOptions(options);
    m_organisation->setOrganisationOptions(AuditReport::organisationOptions(m_request));
    connect(m_organisation.get(), &OrganisationAudit::finished, this, [this] {
        // An unreachable member is one line naming it; the other accounts are still planned.
        const QList<AuditFailure> failures = m_organisation->failures();
        for (const AuditFailure &failure : failures)
            writeError(AuditReport::failureLine(failure));
        if (!failures.isEmpty())
            m_discoveryExit = AuditReport::exitCodeFor(failures);
        m_discoveryRequests = m_organisation->progress().requestsSent;
        onPlan(SharingPlan::revokeEverywhere(m_request.account, m_organisation->images(), true));
    });
    m_organisation->start();
}

void SharingChangeReport::onPlan(const SharingPlan &plan) {
    m_plan = plan;
    if (plan.isRefused()) {
        // Refused before anything is sent: nothing changed, the command line asked for the impossible.
        for (const SharingRefusal &refusal : plan.refusals())
            writeError(tr("refused: %1").arg(refusal.message()));
        finish(ExitCode::Usage);
        return;
    }
    QString text =
        m_book ? plan.text([this](const QString &id) { return m_book->labelOf(id); }) : plan.text();
    if (m_request.planOnly && !plan.isEmpty()) {
        text += QLatin1Char('\n') + tr("As aliyun CLI commands:") + QLatin1Char('\n');
        for (const QString &line : plan.aliyunCliCommands())
            text += line + QLatin1Char('\n');
    }
    if (!writeText(m_stdout, text)) {
        fail(ExitCode::Output, standardOutputError(m_stdout->errorString()));
        return;
    }
    if (m_request.planOnly || plan.isEmpty()) {
        // A plan that misses images (an unreachable member, a failed lookup) is partial, printed or not.
        finish(m_discoveryExit);
        return;
    }
    if (m_request.assumeYes) {
        apply();
        return;
    }
    askThenApply();
}

void SharingChangeReport::askThenApply() {
    if (!stdinIsTerminal()) {
        writeError(tr("nothing changed: confirm on a terminal, or give --yes"));
        finish(ExitCode::Usage);
        return;
    }
    //: The prompt before a change; only "yes" applies it (kept in English, as typed).
    writeText(m_stderr, tr("%1? Type yes to apply: ").arg(m_plan.summary()));
    // Read through the event loop, so that Ctrl+C still ends the program while it waits.
    m_stdinNotifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    connect(m_stdinNotifier.get(), &QSocketNotifier::activated, this, [this] {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n <= 0 || c == '\n') {
            m_stdinNotifier->setEnabled(false);
            onAnswer(QString::fromUtf8(m_answer).trimmed());
            return;
        }
        m_answer.append(c);
    });
}

void SharingChangeReport::onAnswer(const QString &answer) {
    if (answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) != 0 &&
        answer.compare(QLatin1String("y"), Qt::CaseInsensitive) != 0) {
        writeError(tr("nothing changed"));
        finish(ExitCode::Usage);
        return;
    }
    apply();
}

void SharingChangeReport::apply() {
    if (!m_organisation) {
        m_runner->apply(m_plan);
        return;
    }
    // Each owner's part with the owner's credentials; the journal entry waits for all of them.
    const QStringList owners = m_plan.ownerAccountIds();
    m_ownerRunnersLeft = int(owners.size());
    for (const QString &owner : owners) {
        auto runner = std::make_unique<SharingChangeRunner>();
        runner->setClientOptions(m_request.client);
        runner->setPoolSize(m_request.poolSize);
        runner->setCredentials(m_organisation->credentialsOf(owner));
        connect(runner.get(), &SharingChangeRunner::finished, this, [this] {
            if (--m_ownerRunnersLeft == 0)
                onApplied();
        });
        m_ownerRunners.push_back(std::move(runner));
    }
    for (int i = 0; i < owners.size(); ++i)
        m_ownerRunners.at(i)->apply(m_plan.ofAccount(owners.at(i)));
}

QList<ImageChangeOutcome> SharingChangeReport::outcomes() const {
    if (m_ownerRunners.empty())
        return m_runner->outcomes();
    QList<ImageChangeOutcome> all;
    for (const auto &runner : m_ownerRunners)
        all += runner->outcomes();
    return all;
}

void SharingChangeReport::onApplied() {
    const QList<ImageChangeOutcome> outcomes = this->outcomes();
    const JournalEntry entry = JournalEntry::fromOutcomes(m_action, m_request.profile, m_callerAccountId,
                                                          m_runner->endpoint(), outcomes);
    QList<AuditFailure> failures; // AuditReport's rule turns them into one exit status
    QStringList failureLines;
    for (const ImageChangeOutcome &outcome : outcomes) {
        const QString &regionId = outcome.change.regionId;
        const QString &imageId = outcome.change.imageId;
        if (outcome.status == ImageChangeOutcome::Status::Failed) {
            failureLines << failureLine(regionId, imageId, outcome.error);
            failures.append({regionId, imageId, outcome.error});
        } else if (outcome.status == ImageChangeOutcome::Status::Mismatch) {
            //: A change was sent and accepted, but the image read again shows other grants.
            failureLines << tr("change not verified for %1 %2: read again, its grants differ from the plan "
                               "(changed meanwhile?); run the command again")
                                .arg(regionId, imageId);
            failures.append({regionId, imageId,
                             EcsError::local(EcsError::Kind::Changed, {}, QStringLiteral("SharingChanged"))});
        }
    }
    // On disk before anything says it worked: a crash after this line leaves the entry.
    QString journalError;
    const ChangeJournal journal;
    if (!journal.append(entry, &journalError)) {
        for (const QString &line : std::as_const(failureLines))
            writeError(line);
        fail(ExitCode::Output, tr("the change was made but not journaled: %1").arg(journalError));
        return;
    }
    if (qEnvironmentVariableIsSet("ISB_TEST_KILL_AFTER_JOURNAL"))
        ::raise(SIGKILL); // the crash test: the entry must already be on disk
    for (const QString &line : std::as_const(failureLines))
        writeError(line);
    const int verified =
        int(std::count_if(outcomes.cbegin(), outcomes.cend(), [](const ImageChangeOutcome &o) {
            return o.status == ImageChangeOutcome::Status::Verified;
        }));
    //: After a change: %1 images verified of %2; the journal's file.
    const QString summary = tr("%1 of %2 image(s) changed and verified; recorded in %3")
                                .arg(verified)
                                .arg(outcomes.size())
                                .arg(journal.path()) +
                            QLatin1Char('\n');
    if (!writeText(m_stdout, summary)) {
        fail(ExitCode::Output, standardOutputError(m_stdout->errorString()));
        return;
    }
    const ExitCode exit = AuditReport::exitCodeFor(failures);
    finish(exit != ExitCode::Ok ? exit : m_discoveryExit);
}

} // namespace isb::cli
