#pragma once

#include "CliRequest.h"
#include "CommandSpec.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QUrl;

namespace isb::cli {

/// The one parser of image-share-cli. It knows every command (CommandSpec) and reads the options they share;
/// each command declares and checks its own. Every check happens here, before any request, so a typo costs
/// no API call and produces a usage error (exit 2) naming the offending option.
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(isb::cli::CommandLine)

public:
    enum class Action { Run, ShowHelp, ShowVersion, UsageError };

    struct Result {
        Action action = Action::UsageError;
        CliRequest request;
        QString error;                        // for UsageError: one line, without the program name
        QString text;                         // for ShowHelp and ShowVersion: what to print
        const CommandSpec *command = nullptr; // the command named, if any; owned by the CommandLine
        QString commandWord;                  // the first word that is not an option ("credentials")
    };

    /// Option descriptions are translated here: install the translator first.
    CommandLine();
    ~CommandLine();

    /// `arguments` as QCoreApplication::arguments(): the program name first.
    Result parse(const QStringList &arguments);
    /// The line after "image-share-cli: " for a usage error: the error and where to find help.
    static QString usageErrorLine(const Result &result);

    /// Options, commands and exit codes.
    QString helpText() const;
    /// One command's syntax, description and exactly the options it takes.
    QString helpText(const CommandSpec &command) const;
    /// One entry of a command list in a help text: `syntax` (never translated) indented by two spaces, then
    /// each line of `description` by six.
    static QString commandHelp(const QString &syntax, const QString &description);
    /// "image-share-cli <version>"
    static QString versionText();

    /// Every command, in the order of the help.
    QList<const CommandSpec *> commands() const;
    /// The options `command` takes: --help, the shared ones it uses and its own.
    QList<QCommandLineOption> acceptedOptions(const CommandSpec &command) const;
    /// Every option of every command, each name once.
    QList<QCommandLineOption> allOptions() const { return m_allOptions; }

    /// The usage errors for an id that Region::isValidId() or Image::isValidId() rejects.
    static QString invalidRegionId(const QString &regionId);
    static QString invalidImageId(const QString &imageId);
    /// Why `url` cannot be an endpoint (not http(s), no host, credentials or a path in it, plain http to a
    /// non-loopback host); empty if it can.
    static QString endpointProblem(const QUrl &url);

private:
    const CommandSpec *find(const QStringList &positional) const;
    QString validate(const QStringList &positional, const CommandSpec *command, CliRequest *request) const;
    QString checkOptionsApply(const CommandSpec &command) const;
    QString readSharedOptions(const CommandSpec &command, CliRequest *request) const;

    std::vector<std::unique_ptr<CommandSpec>> m_commands;
    QList<QCommandLineOption> m_allOptions;
    QCommandLineParser m_parser; // every option, so that one of another command is named in the error
};

} // namespace isb::cli
