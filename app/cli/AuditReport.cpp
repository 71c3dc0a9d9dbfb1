#include "AuditReport.h"

#include "TextTable.h"
#include "accounts/AccountBook.h"
#include "accounts/Findings.h"
#include "audit/AuditDiff.h"
#include "audit/AuditExport.h"
#include "audit/AuditSnapshot.h"
#include "export/CsvWriter.h"
#include "export/IsoTime.h"
#include "export/JsonWriter.h"
#include "export/SharePermissionRows.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <algorithm>

#include <unistd.h>

// The strings keep the context of the class they were written in (AuditCommand), so that their
// translations still match.

namespace isb::cli {

namespace {

QString duration(qint64 ms) {
    const qint64 seconds = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

AuditReport::AuditReport(const CliRequest &request, QIODevice *standardOutput, QIODevice *standardError,
                         QObject *parent)
    : CliCommand(request, standardOutput, standardError, parent)
    , m_progressShown(isTerminal(standardError)) {}

AuditReport::~AuditReport() = default;

void AuditReport::setCredentials(const Credentials &credentials) {
    m_credentials = credentials;
}

bool AuditReport::isTerminal(QIODevice *device) {
    const auto *file = qobject_cast<QFile *>(device);
    return file && file->handle() >= 0 && ::isatty(file->handle()) == 1;
}

ExitCode AuditReport::exitCodeFor(const QList<AuditFailure> &failures) {
    // One status for many failures: the cause most likely to explain the others wins. Rejected credentials
    // fail every lookup; a network failure says nothing about the service; an API error concerns one item.
    bool network = false;
    bool api = false;
    for (const AuditFailure &failure : failures) {
        const EcsError &error = failure.error;
        if (error.kind == EcsError::Kind::Api && error.isAuthenticationError())
            return ExitCode::Credentials;
        if (error.kind == EcsError::Kind::Api || error.kind == EcsError::Kind::Changed)
            api = true;
        else
            network = true;
    }
    if (network)
        return ExitCode::Network;
    return api ? ExitCode::Api : ExitCode::Ok;
}

QString AuditReport::failureLine(const AuditFailure &failure) {
    if (!failure.accountId.isEmpty() && failure.regionId.isEmpty() && failure.imageId.isEmpty()) {
        //: %1 is an account ID, %2 the service's error line (AssumeRole's, say). Keep "audit" as it is.
        return QCoreApplication::translate("isb::cli::AuditCommand", "audit failed for account %1: %2")
            .arg(failure.accountId, oneLine(failure.error.toOneLine()));
    }
    if (!failure.accountId.isEmpty()) {
        AuditFailure inAccount = failure;
        inAccount.accountId.clear();
        //: %1 is an account ID, %2 the line of the failed lookup in that account.
        return QCoreApplication::translate("isb::cli::AuditCommand", "account %1: %2")
            .arg(failure.accountId, failureLine(inAccount));
    }
    // "<region> <image>: <error>" with stable placeholders for region-level lookups, for scripts.
    const QString region = failure.regionId.isEmpty() ? QStringLiteral("-") : failure.regionId;
    const QString item =
        failure.imageId.isEmpty()
            ? (failure.regionId.isEmpty() ? QStringLiteral("(regions)") : QStringLiteral("(image list)"))
            : failure.imageId;
    //: %1 is a region id or "-", %2 an image id or "(regions)" or "(image list)", %3 the service's error
    //: line. Keep "audit" (the command) and the placeholders as they are.
    return QCoreApplication::translate("isb::cli::AuditCommand", "audit failed for %1 %2: %3")
        .arg(region, item, oneLine(failure.error.toOneLine()));
}

void AuditReport::startAudit() {
    QMetaObject::invokeMethod(this, &AuditReport::runAudit, Qt::QueuedConnection);
}

void AuditReport::setAccountBook(AccountBook *book) {
    m_book = book;
}

void AuditReport::startCheck() {
    m_check = true;
    startAudit();
}

void AuditReport::startDiff() {
    QMetaObject::invokeMethod(this, &AuditReport::runDiff, Qt::QueuedConnection);
}

void AuditReport::runAudit() {
    if (!openOutput())
        return;
    m_runner = new AuditRunner(this);
    m_runner->setClientOptions(m_request.client);
    m_runner->setCredentials(m_credentials);
    AuditOptions options;
    options.regions = m_request.regionIds;
    options.poolSize = m_request.poolSize;
    options.patience = std::chrono::seconds(m_request.patienceSeconds);
    // The CLI writes at the end; larger batches only save signal traffic.
    options.batchRows = 20000;
    options.batchInterval = std::chrono::milliseconds(250);
    if (m_request.resourceDirectory) {
        delete m_runner;
        m_runner = nullptr;
        return runOrganisation(options);
    }
    m_runner->setOptions(options);
    if (m_progressShown) {
        connect(m_runner, &AuditRunner::progressChanged, this,
                [this](const AuditProgress &progress) { showProgress(progress, false); });
    }
    connect(m_runner, &AuditRunner::finished, this, &AuditReport::onAuditFinished);
    m_runner->start();
}

OrganisationOptions AuditReport::organisationOptions(const CliRequest &request) {
    OrganisationOptions organisation;
    if (!request.roleName.isEmpty())
        organisation.roleName = request.roleName;
    organisation.externalId = request.externalId;
    organisation.accountIds = request.memberAccountIds;
    return organisation;
}

void AuditReport::runOrganisation(const AuditOptions &options) {
    m_organisation = new OrganisationAudit(this);
    m_organisation->setClientOptions(m_request.client);
    m_organisation->setCredentials(m_credentials);
    m_organisation->setOptions(options);
    m_organisation->setOrganisationOptions(organisationOptions(m_request));
    if (m_progressShown) {
        connect(m_organisation, &OrganisationAudit::progressChanged, this,
                [this](const AuditProgress &progress) { showProgress(progress, false); });
    }
    connect(m_organisation, &OrganisationAudit::accountsListed, this, [this] {
        // Every account of the directory is own: a grant from one member to another is internal.
        if (m_book)
            m_book->setDirectoryAccountIds(m_organisation->directoryAccountIds());
    });
    connect(m_organisation, &OrganisationAudit::finished, this, &AuditReport::onAuditFinished);
    m_organisation->start();
}

QList<AuditRow> AuditReport::rowsOf(const AuditSnapshot &snapshot) const {
    QList<AuditRow> rows = snapshot.rows();
    if (!m_organisation)
        return rows;
    QHash<QString, QString> names;
    for (const OrganisationAccount &account : m_organisation->accounts())
        names.insert(account.accountId, account.displayName);
    for (AuditRow &row : rows)
        row.accountName = names.value(row.accountId);
    return rows;
}

QList<Finding> AuditReport::findingsOf(const QList<AuditImageRecord> &images) const {
    QList<Finding> findings;
    for (const AuditImageRecord &record : images) {
        for (Finding finding : Findings::of(record, *m_book)) {
            finding.accountId = record.image.imageOwnerId;
            findings.append(finding);
        }
    }
    return findings;
}

void AuditReport::showProgress(const AuditProgress &progress, bool last) {
    // "audit: 1200 of 2000 images, 9800 grants, about 0:06 left": each part is whole in every language.
    QStringList parts;
    if (!progress.totalIsFinal() && !last)
        parts.append(QCoreApplication::translate("isb::cli::AuditCommand", "%1 of %2 images so far")
                         .arg(progress.imagesDone)
                         .arg(progress.imagesTotal));
    else
        parts.append(QCoreApplication::translate("isb::cli::AuditCommand", "%1 of %2 images")
                         .arg(progress.imagesDone)
                         .arg(progress.imagesTotal));
    parts.append(QCoreApplication::translate("isb::cli::AuditCommand", "%1 grants").arg(progress.rowsFound));
    if (progress.imagesFailed > 0)
        parts.append(
            QCoreApplication::translate("isb::cli::AuditCommand", "%1 failed").arg(progress.imagesFailed));
    if (last)
        parts.append(duration(progress.elapsedMs));
    else if (progress.etaMs > 0)
        //: %1 is a duration in minutes and seconds, e.g. 0:06.
        parts.append(QCoreApplication::translate("isb::cli::AuditCommand", "about %1 left")
                         .arg(duration(progress.etaMs)));
    //: Separates the parts of the audit's progress line.
    const QString line =
        QStringLiteral("audit: ") + parts.join(QCoreApplication::translate("isb::cli::AuditCommand", ", "));
    // Carriage return, not newline: the line redraws itself; padding blanks a longer previous one.
    const int width = int(line.size());
    writeText(m_stderr, QLatin1Char('\r') + line +
                            QString(std::max(0, m_progressWidth - width), QLatin1Char(' ')) +
                            (last ? QStringLiteral("\n") : QString()));
    m_progressWidth = width;
}

void AuditReport::onAuditFinished() {
    if (m_progressShown)
        showProgress(m_organisation ? m_organisation->progress() : m_runner->progress(), true);
    const AuditSnapshot snapshot = m_organisation ? m_organisation->snapshot() : m_runner->snapshot();
    const QList<AuditFailure> failures = m_organisation ? m_organisation->failures() : m_runner->failures();
    for (const AuditFailure &failure : failures) {
        if (m_organisation && failure.accountId.isEmpty() && failure.regionId.isEmpty()) {
            // ListAccounts (or GetCallerIdentity) failed: not the management account, or no permission.
            //: %1 is the service's error line. Keep "audit" as it is.
            writeError(QCoreApplication::translate("isb::cli::AuditCommand",
                                                   "audit failed for the Resource Directory: %1")
                           .arg(oneLine(failure.error.toOneLine())));
            continue;
        }
        writeError(failureLine(failure));
    }

    // Everything checked completely is written, failures or not: a partial audit is still worth having,
    // and the exit status tells a script it is partial.
    QString writerError;
    const bool written = m_check ? writeFindings(snapshot, failures, &writerError)
                                 : writeAudit(snapshot, failures, &writerError);
    if (!completeOutput(written, writerError))
        return;
    // A check with failed lookups proves nothing, findings or not: the failure's status, never 0 or 10.
    const ExitCode status = exitCodeFor(failures);
    finish(status == ExitCode::Ok && m_foundSomething ? ExitCode::Findings : status);
}

bool AuditReport::writeAudit(const AuditSnapshot &snapshot, const QList<AuditFailure> &failures,
                             QString *writerError) {
    const QList<AuditRow> rows = rowsOf(snapshot);
    switch (m_request.format) {
    case OutputFormat::Json: {
        const QByteArray json = snapshot.toJson();
        return output()->write(json) == json.size();
    }
    case OutputFormat::Csv:
        return AuditExport::writeCsv(output(), rows, false, writerError, m_book, isOrganisation());
    case OutputFormat::Table:
        break;
    }
    const QStringList accountHeader = isOrganisation() ? AuditExport::accountHeader() : QStringList();
    TextTable table(accountHeader + SharePermissionRows::header() << QStringLiteral("Trust"));
    for (const AuditRow &row : rows) {
        const bool account = m_book && row.kind == AuditRow::Kind::Account;
        const QStringList owner =
            isOrganisation() ? QStringList{row.accountId, row.accountName} : QStringList();
        table.addRow(owner + AuditExport::csvFields(row, m_book)
                     << (account ? AccountBook::trustName(m_book->trustOf(row.principal)) : QString()));
    }
    const QString footer =
        QLatin1Char('\n') +
        QCoreApplication::translate("isb::cli::AuditCommand",
                                    "%1 grants on %2 images checked in %3 regions; %4 failed.")
            .arg(rows.size())
            .arg(snapshot.images().size())
            .arg(snapshot.regions().size())
            .arg(failures.size()) +
        QLatin1Char('\n');
    return writeText(output(), table.toString() + footer);
}

bool AuditReport::writeFindings(const AuditSnapshot &snapshot, const QList<AuditFailure> &failures,
                                QString *writerError) {
    QList<AuditImageRecord> images = snapshot.images();
    std::sort(images.begin(), images.end(), [](const AuditImageRecord &a, const AuditImageRecord &b) {
        if (a.image.imageOwnerId != b.image.imageOwnerId)
            return a.image.imageOwnerId < b.image.imageOwnerId; // an organisation's: by account first
        return a.image.regionId != b.image.regionId ? a.image.regionId < b.image.regionId
                                                    : a.image.imageId < b.image.imageId;
    });
    const QList<Finding> findings = findingsOf(images);
    const bool byAccount = isOrganisation();
    const auto fieldsOf = [byAccount](const Finding &finding) {
        return byAccount ? QStringList{finding.accountId} + finding.toFields() : finding.toFields();
    };
    const QStringList header =
        byAccount ? QStringList{QStringLiteral("AccountId")} + Finding::header() : Finding::header();
    const FindingsSummary summary = Findings::summarize(findings);
    m_foundSomething = !findings.isEmpty();
    switch (m_request.format) {
    case OutputFormat::Csv: {
        CsvWriter csv(output());
        csv.writeRow(header);
        for (const Finding &finding : findings)
            csv.writeRow(fieldsOf(finding));
        const bool ok = csv.flush();
        if (!ok)
            *writerError = csv.errorString();
        return ok;
    }
    case OutputFormat::Json: {
        // Values the service or the book did not give are left out, as in every JSON output.
        JsonWriter json(output());
        json.beginObject();
        json.beginArray(u"Findings");
        for (const Finding &finding : findings) {
            json.beginObject();
            if (byAccount)
                json.writeString(u"AccountId", finding.accountId);
            json.writeString(u"RegionId", finding.regionId);
            json.writeString(u"ImageId", finding.imageId);
            if (!finding.imageName.isEmpty())
                json.writeString(u"ImageName", finding.imageName);
            json.writeString(u"Finding", Finding::kindName(finding.kind));
            json.writeString(u"Principal", finding.principal);
            if (!finding.label.isEmpty())
                json.writeString(u"Label", finding.label);
            if (finding.sharedTime.isValid())
                json.writeString(u"SharedTime", formatIsoUtc(finding.sharedTime));
            json.endObject();
        }
        json.endArray();
        json.beginObject(u"Summary");
        json.writeNumber(u"ImagesPublic", summary.imagesPublic);
        json.writeNumber(u"UntrustedGrants", summary.untrustedGrants);
        json.writeNumber(u"UntrustedAccounts", summary.untrustedAccounts);
        json.writeNumber(u"ImagesChecked", snapshot.images().size());
        json.writeNumber(u"Failures", failures.size());
        json.writeBool(u"Complete", failures.isEmpty());
        json.endObject();
        json.endObject();
        const bool ok = json.finish();
        if (!ok)
            *writerError = output()->errorString();
        return ok;
    }
    case OutputFormat::Table:
        break;
    }
    // Every finding's account is untrusted by definition, so the table needs no Trust column.
    TextTable table(header);
    for (const Finding &finding : findings)
        table.addRow(fieldsOf(finding));
    QString footer = QLatin1Char('\n') + summary.text() + QLatin1Char('\n');
    if (!failures.isEmpty())
        footer +=
            QCoreApplication::translate("isb::cli::CheckCommand",
                                        "Incomplete: %n lookup(s) failed; the findings above may not be all.",
                                        nullptr, int(failures.size())) +
            QLatin1Char('\n');
    return writeText(output(), table.toString() + footer);
}

void AuditReport::runDiff() {
    std::optional<AuditSnapshot> snapshots[2];
    for (int i = 0; i < 2; ++i) {
        const QString &path = m_request.diffFiles.at(i);
        QString error;
        snapshots[i] = AuditSnapshot::load(path, &error);
        if (!snapshots[i]) {
            //: %1 is a file name, %2 says what is wrong with it.
            fail(ExitCode::Usage,
                 QCoreApplication::translate("isb::cli::AuditCommand", "cannot read snapshot %1: %2")
                     .arg(path, error));
            return;
        }
    }
    if (!openOutput())
        return;
    const AuditDiff diff = AuditDiff::compare(*snapshots[0], *snapshots[1]);
    // The report the diff window shows too: new findings first, the summary line last.
    const bool written = writeText(output(), diff.reportText(m_book, m_request.allPages));
    if (!completeOutput(written, {}))
        return;
    finish(ExitCode::Ok);
}

} // namespace isb::cli
