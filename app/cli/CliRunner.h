#pragma once

#include "CliCommand.h"
#include "CliCredentialsProvider.h"

#include "EcsClient.h"

#include <QString>

#include <functional>

class QIODevice;

namespace isb {
class AccountBook;
class ProfileStore;
} // namespace isb

namespace isb::cli {

class CommandSpec;

/// Runs one validated command (a CommandSpec with its CliRequest): resolves the credentials if the command
/// needs them, then calls its execute(), which works through this runner: the client, the output, fail()
/// and finish(). Standard output and error are injected so that tests can capture them. On failure exactly
/// one line goes to standard error and nothing to the output: results are written only once every page has
/// arrived, and an --output file is replaced atomically (QSaveFile) or not at all.
class CliRunner final : public CliCommand {
    Q_OBJECT
public:
    /// `command`, and both devices (open for writing), must outlive the runner.
    CliRunner(const CommandSpec &command, const CliRequest &request, QIODevice *standardOutput,
              QIODevice *standardError, QObject *parent = nullptr);
    ~CliRunner() override;

    /// Replaces the default, environmentCredentialsProvider(QProcessEnvironment::systemEnvironment()).
    void setCredentialsProvider(CredentialsProvider provider);
    /// The profiles of the credentials commands; must outlive the runner.
    void setProfileStore(ProfileStore *store);

    /// Starts the command. finished() follows from the event loop, never from within start().
    void start();

    /// The exit status an error maps to (see ExitCode).
    static ExitCode exitCodeFor(const EcsError &error);

    // What a command's execute() works with.
    const CliRequest &request() const { return m_request; }
    const Credentials &credentials() const { return m_credentials; }
    ProfileStore *profileStore() const { return m_store; }
    QIODevice *standardOutput() const { return m_stdout; }
    QIODevice *standardError() const { return m_stderr; }
    /// A client with the request's options and the resolved credentials, made on first use.
    EcsClient *client();
    /// The account book (--accounts FILE, else the saved one), loaded on first use. Rows that did not load
    /// are warned about on standard error, one line each; a book that cannot be read at all fails the
    /// command (Usage) and gives nullptr: a check must not run on half an allow-list without saying so.
    AccountBook *accountBook();
    using CliCommand::addRedaction;
    using CliCommand::completeOutput;
    using CliCommand::fail;
    using CliCommand::finish;
    using CliCommand::openOutput;
    using CliCommand::output;
    using CliCommand::writeError;
    /// The result in the requested format: `header` and `rows` as a table or CSV, or `writeJson`'s document;
    /// then finishes.
    void writeResult(const QStringList &header, const QList<QStringList> &rows,
                     const std::function<bool(QIODevice *)> &writeJson, const QString &tableFooter = {});
    /// Writes `text` to the output and finishes with Ok, or fails with Output.
    void writeAndFinish(const QString &text);
    /// Fails with the exit status and the one-line message for `error`.
    void failWithError(const EcsError &error);
    /// Finishes when `command`, started by the caller, finishes, with its exit status.
    void follow(CliCommand *command);

private:
    void run(const CredentialsResolution &resolution);

    const CommandSpec &m_command;
    CredentialsProvider m_credentialsProvider;
    ProfileStore *m_store = nullptr;
    EcsClient *m_client = nullptr;
    AccountBook *m_book = nullptr;
};

} // namespace isb::cli
