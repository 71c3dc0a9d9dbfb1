#include "CliRunner.h"

#include "CommandSpec.h"
#include "TextTable.h"
#include "accounts/AccountBook.h"
#include "export/CsvWriter.h"

#include <QIODevice>
#include <QPointer>
#include <QProcessEnvironment>

namespace isb::cli {

CliRunner::CliRunner(const CommandSpec &command, const CliRequest &request, QIODevice *standardOutput,
                     QIODevice *standardError, QObject *parent)
    : CliCommand(request, standardOutput, standardError, parent)
    , m_command(command)
    , m_credentialsProvider(environmentCredentialsProvider(QProcessEnvironment::systemEnvironment())) {}

CliRunner::~CliRunner() = default;

void CliRunner::setCredentialsProvider(CredentialsProvider provider) {
    m_credentialsProvider = std::move(provider);
}

void CliRunner::setProfileStore(ProfileStore *store) {
    m_store = store;
}

ExitCode CliRunner::exitCodeFor(const EcsError &error) {
    switch (error.kind) {
    case EcsError::Kind::None:
        return ExitCode::Ok;
    case EcsError::Kind::Api:
        return error.isAuthenticationError() ? ExitCode::Credentials : ExitCode::Api;
    case EcsError::Kind::Network:
    case EcsError::Kind::Timeout:
    case EcsError::Kind::Tls:
    case EcsError::Kind::BadResponse:
        return ExitCode::Network;
    case EcsError::Kind::Refused:
        // The command line is checked first, so what is left is the client's own refusal of the setup.
        return ExitCode::Usage;
    case EcsError::Kind::Changed:
        return ExitCode::Api; // the service's list kept changing: an answer, but not a usable one
    case EcsError::Kind::Cancelled:
        return ExitCode::Internal; // only a signal cancels, and it ends the process with its own status
    }
    return ExitCode::Internal;
}

void CliRunner::start() {
    // Queued: a command or provider that answers at once must not make finished() fire inside start().
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_command.needsCredentials()) {
                m_command.execute(*this);
                return;
            }
            QPointer<CliRunner> self(this);
            m_credentialsProvider([self](const CredentialsResolution &resolution) {
                if (self)
                    self->run(resolution);
            });
        },
        Qt::QueuedConnection);
}

void CliRunner::run(const CredentialsResolution &resolution) {
    if (!resolution.isValid()) {
        fail(ExitCode::Credentials, resolution.error.isEmpty() ? tr("no credentials") : resolution.error);
        return;
    }
    m_credentials = resolution.credentials;
    m_command.execute(*this);
}

EcsClient *CliRunner::client() {
    if (!m_client) {
        m_client = new EcsClient(m_request.client, this);
        m_client->setCredentials(m_credentials);
    }
    return m_client;
}

AccountBook *CliRunner::accountBook() {
    if (m_book)
        return m_book;
    auto *book = m_request.accountsFile.isEmpty() ? new AccountBook(this)
                                                  : new AccountBook(m_request.accountsFile, this);
    const AccountBook::Report report = book->load();
    if (!report.ok()) {
        delete book;
        fail(ExitCode::Usage, tr("cannot read the account book %1").arg(report.error));
        return nullptr;
    }
    for (const AccountBook::Issue &issue : report.issues) {
        //: %1 is the account book's file, %2 a line number, %3 what is wrong with that row.
        writeError(tr("%1 line %2 skipped: %3").arg(book->filePath()).arg(issue.line).arg(issue.message));
    }
    m_book = book;
    return m_book;
}

void CliRunner::follow(CliCommand *command) {
    connect(command, &CliCommand::finished, this,
            [this](int exitCode) { finish(static_cast<ExitCode>(exitCode)); });
}

void CliRunner::writeResult(const QStringList &header, const QList<QStringList> &rows,
                            const std::function<bool(QIODevice *)> &writeJson, const QString &tableFooter) {
    bool written = false;
    QString writerError;
    switch (m_request.format) {
    case OutputFormat::Table: {
        TextTable table(header);
        for (const QStringList &row : rows)
            table.addRow(row);
        written = writeText(output(), table.toString() + tableFooter);
        break;
    }
    case OutputFormat::Csv: {
        CsvWriter csv(output());
        csv.writeRow(header);
        for (const QStringList &row : rows)
            csv.writeRow(row);
        written = csv.flush();
        writerError = csv.errorString();
        break;
    }
    case OutputFormat::Json:
        written = writeJson(output());
        break;
    }
    if (completeOutput(written, writerError))
        finish(ExitCode::Ok);
}

void CliRunner::writeAndFinish(const QString &text) {
    if (completeOutput(writeText(output(), text), {}))
        finish(ExitCode::Ok);
}

void CliRunner::failWithError(const EcsError &error) {
    const QString line = error.toOneLine();
    //: %1 is the service's error line (Code, Message, RequestId).
    fail(exitCodeFor(error), error.isClockSkew() ? tr("%1 (check the system clock)").arg(line) : line);
}

} // namespace isb::cli
