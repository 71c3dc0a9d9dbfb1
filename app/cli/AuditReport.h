#pragma once

#include "CliCommand.h"

#include "audit/AuditRunner.h"
#include "audit/OrganisationAudit.h"

#include <QString>

class QIODevice;

namespace isb {
class AccountBook;
struct Finding;
} // namespace isb

namespace isb::cli {

/// What `image-share-cli audit` (AuditCommand) and `image-share-cli diff` (DiffCommand) run.
///
/// audit runs the share audit (AuditRunner, the window's engine) and writes what it found: json is the
/// AuditSnapshot document, csv and table the rows `RegionId,ImageId,ImageName,Kind,Principal,SharedTime`
/// (csv through the shared CsvWriter), sorted by region and image. Unlike the other commands, a failed
/// lookup does not discard the result: the output is written with every image that was checked completely,
/// each failed lookup gets one line on standard error, and the exit status says that something is missing
/// (3 if any failure is a credentials error, else 5 if any is a network error, else 4). A progress line is
/// drawn on standard error only when it is a terminal, so a redirected stderr holds the failures alone.
///
/// diff compares two snapshot files (AuditDiff) and prints its lines and a summary. It sends no request
/// and needs no credentials. Exit 0 whether or not there are differences; 2 if a file cannot be read or
/// is not a snapshot; 6 if the output cannot be written.
class AuditReport final : public CliCommand {
    Q_OBJECT
public:
    /// Both devices must be open for writing and outlive the command.
    AuditReport(const CliRequest &request, QIODevice *standardOutput, QIODevice *standardError,
                QObject *parent = nullptr);
    ~AuditReport() override;

    /// audit only; set before start().
    void setCredentials(const Credentials &credentials);

    /// audit, check and diff: the labels and trust of the accounts (check: required); must outlive the
    /// report.
    void setAccountBook(AccountBook *book);

    /// Runs the audit, the check, or the diff; finished() follows from the event loop, never from within the
    /// call. check is the audit written as its findings (Findings), exit 10 when there are any.
    void startAudit();
    void startCheck();
    void startDiff();

    /// Whether `device` is a file on a terminal (a QFile opened on stderr, say).
    static bool isTerminal(QIODevice *device);
    /// The exit status for the failures of an audit (Ok when there are none).
    static ExitCode exitCodeFor(const QList<AuditFailure> &failures);
    /// One line for standard error, without the program name.
    static QString failureLine(const AuditFailure &failure);
    /// The organisation audit's options from --role-name, --external-id and the member filter (audit and
    /// check --account, revoke --member).
    static OrganisationOptions organisationOptions(const CliRequest &request);

private:
    void runAudit();
    void runDiff();
    void onAuditFinished();
    bool writeAudit(const AuditSnapshot &snapshot, const QList<AuditFailure> &failures, QString *writerError);
    bool writeFindings(const AuditSnapshot &snapshot, const QList<AuditFailure> &failures,
                       QString *writerError);
    void showProgress(const AuditProgress &progress, bool last);
    void runOrganisation(const AuditOptions &options);
    /// The rows to write: an organisation's carry their account's DisplayName.
    QList<AuditRow> rowsOf(const AuditSnapshot &snapshot) const;
    QList<Finding> findingsOf(const QList<AuditImageRecord> &images) const;
    bool isOrganisation() const { return m_organisation != nullptr; }

    bool m_progressShown = false;
    int m_progressWidth = 0; // characters of the last progress line, to blank it out
    AuditRunner *m_runner = nullptr;
    OrganisationAudit *m_organisation = nullptr; // --resource-directory: instead of m_runner
    AccountBook *m_book = nullptr;
    bool m_check = false;
    bool m_foundSomething = false; // check: at least one finding was written
};

} // namespace isb::cli
