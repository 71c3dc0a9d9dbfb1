#pragma once

#include "CredentialError.h"
#include "ExitCode.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QFile;
class QIODevice;

namespace isb {
class ProfileStore;
}

namespace isb::cli {

/// `image-share-cli credentials set|list|delete|default`: manages the profiles the window's Credentials
/// dialog manages, in the same keychain and settings.
///
/// `set` reads the AccessKey Secret (and, with --with-security-token, then the STS token) from standard
/// input, one line each, so that secrets never appear in the process list or the shell history; on a
/// terminal it prompts with echo off. No secret is ever written to standard output or error.
class CredentialsCommand final : public QObject {
    Q_OBJECT
public:
    enum class Action { Set, List, Delete, Default };

    struct Request {
        Action action = Action::List;
        QString profile;
        QString accessKeyId;
        QString regionId;
        bool withSecurityToken = false;
    };

    struct Parsed {
        enum class Outcome { Run, ShowHelp, UsageError };
        Outcome outcome = Outcome::UsageError;
        Request request;
        QString error; // one line, for UsageError
    };

    /// True when the command named on the command line (`arguments` with the program first) is
    /// `credentials`, whatever global options come before it.
    static bool isCredentialsCommand(const QStringList &arguments);
    static Parsed parse(const QStringList &arguments);
    static QString helpText();

    /// The settings file of the window (organization "ImageShareBrowser", application
    /// "image-share-browser"), so that profiles saved by either program are seen by both. On Linux the
    /// window's native settings format is this INI file.
    static QString sharedSettingsFile();

    /// `store`, `standardOutput` and `standardError` must outlive the command.
    CredentialsCommand(const Request &request, ProfileStore *store, QIODevice *standardOutput,
                       QIODevice *standardError, QObject *parent = nullptr);
    ~CredentialsCommand() override;

    /// Runs the command; finished() follows from the event loop, never from within start().
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void run();
    void runSet();
    void runList();
    void runDelete();
    void runDefault();

    void failWithError(const CredentialError &error);
    void fail(ExitCode code, QString message);
    void succeed(const QString &text);
    void finish(ExitCode code);

    Request m_request;
    ProfileStore *m_store;
    QIODevice *m_stdout;
    QIODevice *m_stderr;
    QStringList m_secrets; // what was read, to blank out of any message
    bool m_finished = false;
};

/// `image-share-cli credentials ...` (see CredentialsCommand::isCredentialsCommand()) from parsing
/// `arguments` to the end: writes the help or the usage error, or runs the command in the application's
/// event loop. Flushes both devices and returns the exit status.
int runCredentialsCommand(const QStringList &arguments, ProfileStore *store, QFile *standardOutput,
                          QFile *standardError);

/// Reads one line from standard input without its line end. On a terminal `prompt` goes to standard
/// error and echo is off while typing; the terminal is restored afterwards, also when a signal (Ctrl+C,
/// SIGTERM, SIGHUP) ends the process in the middle. Empty optional at end of input.
std::optional<QString> readSecretFromStandardInput(const QString &prompt);

} // namespace isb::cli
