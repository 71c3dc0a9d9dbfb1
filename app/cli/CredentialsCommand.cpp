#include "CredentialsCommand.h"

#include "AccessKeyMask.h"
#include "CliCommand.h"
#include "CommandLine.h"
#include "CredentialResolver.h"
#include "Credentials.h"
#include "CredentialsResolver.h"
#include "EcsTypes.h"
#include "ProfileStore.h"
#include "TextTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSettings>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <termios.h>
#include <unistd.h>

namespace isb::cli {

namespace {

const QString kProgram = QStringLiteral("image-share-cli");
const QString kCommand = QStringLiteral("credentials");

/// The options of `credentials`; parse() and isCredentialsCommand() read the same definitions.
struct CredentialsOptions {
    const QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QString()};
    const QCommandLineOption profile{QStringLiteral("profile"), QString(), QStringLiteral("NAME")};
    const QCommandLineOption keyId{QStringLiteral("access-key-id"), QString(), QStringLiteral("ID")};
    const QCommandLineOption region{QStringLiteral("region"), QString(), QStringLiteral("REGION")};
    const QCommandLineOption withToken{QStringLiteral("with-security-token"), QString()};

    QList<QCommandLineOption> all() const { return {help, profile, keyId, region, withToken}; }
};

QString sourceName(const CredentialProfile &profile) {
    return CredentialProfile::sourceName(profile.source);
}

// --- Hidden terminal input --------------------------------------------------------------------------

// What the signal handler needs to put the terminal back. Only async-signal-safe calls use them.
struct termios g_savedTerminal;
volatile std::sig_atomic_t g_terminalModified = 0;
constexpr int kRestoredSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP};
struct sigaction g_previousActions[std::size(kRestoredSignals)];

extern "C" void restoreTerminalAndReraise(int signalNumber) {
    if (g_terminalModified)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    g_terminalModified = 0;
    // The default action (terminate, stop) then happens as if this handler had never been there; echo
    // is already back on for the shell.
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

/// Echo off on standard input for its lifetime; restored by the destructor or by a signal.
class HiddenInput final {
public:
    HiddenInput() {
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        struct sigaction action {};
        action.sa_handler = restoreTerminalAndReraise;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < std::size(kRestoredSignals); ++i)
            sigaction(kRestoredSignals[i], &action, &g_previousActions[i]);
        struct termios hidden = g_savedTerminal;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        hidden.c_lflag |= ECHONL; // the Enter still moves to the next line
        g_terminalModified = 1;
        if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden) != 0)
            restore();
        m_active = true;
    }
    ~HiddenInput() {
        if (m_active)
            restore();
    }
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;

private:
    void restore() {
        if (g_terminalModified)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
        g_terminalModified = 0;
        for (std::size_t i = 0; i < std::size(kRestoredSignals); ++i)
            sigaction(kRestoredSignals[i], &g_previousActions[i], nullptr);
        m_active = false;
    }

    bool m_active = false;
};

} // namespace

std::optional<QString> readSecretFromStandardInput(const QString &prompt) {
    const bool terminal = isatty(STDIN_FILENO) == 1;
    std::optional<HiddenInput> hidden;
    if (terminal) {
        const QByteArray promptBytes = prompt.toUtf8();
        std::fwrite(promptBytes.constData(), 1, std::size_t(promptBytes.size()), stderr);
        std::fflush(stderr);
        hidden.emplace();
    }
    char *line = nullptr;
    std::size_t capacity = 0;
    const ssize_t length = getline(&line, &capacity, stdin);
    hidden.reset();
    if (length < 0) {
        std::free(line);
        return std::nullopt;
    }
    std::size_t size = std::size_t(length);
    while (size > 0 && (line[size - 1] == '\n' || line[size - 1] == '\r'))
        --size;
    const QString secret = QString::fromUtf8(line, qsizetype(size));
    // Best effort: the C buffer does not keep the secret after this function.
    explicit_bzero(line, capacity);
    std::free(line);
    return secret;
}

int runCredentialsCommand(const QStringList &arguments, ProfileStore *store, QFile *standardOutput,
                          QFile *standardError) {
    const CredentialsCommand::Parsed parsed = CredentialsCommand::parse(arguments);
    switch (parsed.outcome) {
    case CredentialsCommand::Parsed::Outcome::ShowHelp:
        standardOutput->write(CredentialsCommand::helpText().toUtf8());
        return CliCommand::flushStandardOutput(standardOutput, standardError, static_cast<int>(ExitCode::Ok));
    case CredentialsCommand::Parsed::Outcome::UsageError:
        standardError->write(
            (kProgram + QStringLiteral(": ") +
             QCoreApplication::translate("main", "%1 (see credentials --help)").arg(parsed.error) +
             QLatin1Char('\n'))
                .toUtf8());
        return static_cast<int>(ExitCode::Usage);
    case CredentialsCommand::Parsed::Outcome::Run:
        break;
    }
    CredentialsCommand command(parsed.request, store, standardOutput, standardError);
    QObject::connect(&command, &CredentialsCommand::finished, QCoreApplication::instance(),
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    command.start();
    const int exitCode =
        CliCommand::flushStandardOutput(standardOutput, standardError, QCoreApplication::exec());
    standardError->flush();
    return exitCode;
}

bool CredentialsCommand::isCredentialsCommand(const QStringList &arguments) {
    // The options of image-share-cli (global and per command) and of `credentials` that take a value: the
    // word after them is that value, not the command. Read from the parsers' own definitions, so that a new
    // option cannot be forgotten here.
    const QStringList valueOptions =
        CommandLine().valueOptionNames() + CommandLine::valueOptionNames(CredentialsOptions().all());
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return arguments.value(i + 1) == kCommand;
        if (argument.startsWith(QLatin1Char('-'))) {
            if (valueOptions.contains(argument))
                ++i; // its value
            continue;
        }
        return argument == kCommand;
    }
    return false;
}

CredentialsCommand::Parsed CredentialsCommand::parse(const QStringList &arguments) {
    QCommandLineParser parser;
    const CredentialsOptions options;
    const QCommandLineOption &help = options.help;
    const QCommandLineOption &profile = options.profile;
    const QCommandLineOption &keyId = options.keyId;
    const QCommandLineOption &region = options.region;
    const QCommandLineOption &withToken = options.withToken;
    parser.addOptions(options.all());

    Parsed parsed;
    if (!parser.parse(arguments)) {
        parsed.error = parser.errorText();
        return parsed;
    }
    if (parser.isSet(help)) {
        parsed.outcome = Parsed::Outcome::ShowHelp;
        return parsed;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.constFirst() != kCommand) {
        parsed.error = tr("expected the credentials command");
        return parsed;
    }
    positional.removeFirst();
    if (positional.isEmpty()) {
        parsed.error = tr("credentials needs a subcommand: set, list, delete or default");
        return parsed;
    }
    if (positional.size() > 1) {
        parsed.error = tr("unexpected argument \"%1\"").arg(positional.at(1));
        return parsed;
    }
    for (const QCommandLineOption *option : {&profile, &keyId, &region}) {
        if (parser.values(*option).size() > 1) {
            parsed.error =
                tr("%1 given more than once").arg(QStringLiteral("--") + option->names().constLast());
            return parsed;
        }
    }

    Request &request = parsed.request;
    const QString &subcommand = positional.constFirst();
    if (subcommand == QLatin1String("set"))
        request.action = Action::Set;
    else if (subcommand == QLatin1String("list"))
        request.action = Action::List;
    else if (subcommand == QLatin1String("delete"))
        request.action = Action::Delete;
    else if (subcommand == QLatin1String("default"))
        request.action = Action::Default;
    else {
        parsed.error =
            tr("unknown credentials subcommand \"%1\" (set, list, delete or default)").arg(subcommand);
        return parsed;
    }

    const bool setOnly[] = {parser.isSet(keyId), parser.isSet(region), parser.isSet(withToken)};
    if (request.action != Action::Set && (setOnly[0] || setOnly[1] || setOnly[2])) {
        parsed.error =
            tr("--access-key-id, --region and --with-security-token apply to credentials set only");
        return parsed;
    }
    if (request.action == Action::List) {
        if (parser.isSet(profile)) {
            parsed.error = tr("credentials list takes no --profile");
            return parsed;
        }
    } else {
        if (!parser.isSet(profile)) {
            //: %1 is a command such as "credentials delete".
            parsed.error = tr("%1 needs --profile NAME").arg(QStringLiteral("credentials ") + subcommand);
            return parsed;
        }
        request.profile = parser.value(profile);
    }

    if (request.action == Action::Set) {
        QString why;
        if (!ProfileStore::isValidProfileName(request.profile, &why)) {
            //: %2 says which names are allowed.
            parsed.error = tr("invalid profile name \"%1\": %2").arg(request.profile, why);
            return parsed;
        }
        request.accessKeyId = parser.value(keyId);
        if (request.accessKeyId.isEmpty()) {
            parsed.error =
                tr("credentials set needs --access-key-id ID (the secret is read from standard input)");
            return parsed;
        }
        if (Credentials::hasWhitespaceOrControl(request.accessKeyId)) {
            parsed.error = tr("--access-key-id contains whitespace");
            return parsed;
        }
        request.regionId = parser.value(region);
        if (parser.isSet(region) && !Region::isValidId(request.regionId)) {
            parsed.error = CommandLine::invalidRegionId(request.regionId);
            return parsed;
        }
        request.withSecurityToken = parser.isSet(withToken);
    }
    parsed.outcome = Parsed::Outcome::Run;
    return parsed;
}

QString CredentialsCommand::helpText() {
    // Subcommands, options, variable and product names stay as they are in every language.
    //: The first line of credentials --help; %1 is the syntax, which stays as it is.
    QString text = tr("Usage: %1").arg(QStringLiteral("image-share-cli credentials <subcommand> [options]")) +
                   QStringLiteral("\n\n");
    text +=
        tr("Profiles keep the AccessKey Secret (and STS token) in the system keychain (Secret Service:\n"
           "GNOME Keyring or KWallet); the name, AccessKey ID and region are kept in the settings shared\n"
           "with the window.") +
        QStringLiteral("\n\n");
    text += tr("Subcommands:") + QLatin1Char('\n');
    text += CommandLine::commandHelp(
        QStringLiteral("set --profile NAME --access-key-id ID [--region REGION] [--with-security-token]"),
        //: %1 is an example command line.
        tr("Save a profile. The AccessKey Secret is read from standard input (one line; on a\nterminal a "
           "prompt that does not echo), then the STS token if --with-security-token.\nExample: %1")
            .arg(QStringLiteral(
                "image-share-cli credentials set --profile prod --access-key-id LTAI... < secret.txt")));
    text += CommandLine::commandHelp(
        QStringLiteral("list"),
        tr("Show the profiles: name, source, AccessKey ID (masked), region, default."));
    text += CommandLine::commandHelp(QStringLiteral("delete --profile NAME"),
                                     tr("Remove a profile and its keychain entry."));
    text += CommandLine::commandHelp(
        QStringLiteral("default --profile NAME"),
        tr("Use NAME when no --profile is given and the environment has no credentials."));
    text += QLatin1Char('\n');
    //: %1 to %3 are the names of environment variables.
    text +=
        tr("Which credentials a command uses, first match wins: --profile NAME; the environment\n(%1 and "
           "%2); %3=NAME;\nthe default profile.")
            .arg(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"),
                 QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), QStringLiteral("ALIBABA_CLOUD_PROFILE")) +
        QStringLiteral("\n\n");
    text += tr("Exit codes: 0 success, 2 usage error, 3 credentials problem (unknown profile, no keychain,\n"
               "keychain locked, no secret given).") +
            QLatin1Char('\n');
    return text;
}

QString CredentialsCommand::sharedSettingsFile() {
    // Must match the window's QApplication organization and application names (app/browser/main.cpp).
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("ImageShareBrowser"),
                     QStringLiteral("image-share-browser"))
        .fileName();
}

CredentialsCommand::CredentialsCommand(const Request &request, ProfileStore *store, QIODevice *standardOutput,
                                       QIODevice *standardError, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_store(store)
    , m_stdout(standardOutput)
    , m_stderr(standardError) {}

CredentialsCommand::~CredentialsCommand() = default;

void CredentialsCommand::start() {
    QMetaObject::invokeMethod(this, &CredentialsCommand::run, Qt::QueuedConnection);
}

void CredentialsCommand::run() {
    switch (m_request.action) {
    case Action::Set:
        runSet();
        return;
    case Action::List:
        runList();
        return;
    case Action::Delete:
        runDelete();
        return;
    case Action::Default:
        runDefault();
        return;
    }
}

void CredentialsCommand::runSet() {
    //: The prompt on a terminal; the secret is typed after it.
    const std::optional<QString> secret =
        readSecretFromStandardInput(tr("AccessKey Secret for profile %1: ").arg(m_request.profile));
    if (!secret || secret->isEmpty()) {
        fail(ExitCode::Credentials, tr("no AccessKey Secret on standard input; nothing was saved"));
        return;
    }
    m_secrets.append(*secret);
    if (Credentials::hasWhitespaceOrControl(*secret)) {
        fail(ExitCode::Credentials, tr("the AccessKey Secret contains whitespace; nothing was saved"));
        return;
    }
    QString token;
    if (m_request.withSecurityToken) {
        //: The prompt on a terminal; the token is typed after it.
        const std::optional<QString> read = readSecretFromStandardInput(tr("STS security token: "));
        if (!read || read->isEmpty()) {
            fail(ExitCode::Credentials,
                 tr("--with-security-token: no token on standard input after the secret; nothing was saved"));
            return;
        }
        token = *read;
        m_secrets.append(token);
        if (Credentials::hasWhitespaceOrControl(token)) {
            fail(ExitCode::Credentials, tr("the security token contains whitespace; nothing was saved"));
            return;
        }
    }

    const Credentials credentials{m_request.accessKeyId, *secret, token};
    m_store->saveProfile(
        m_request.profile, m_request.regionId, credentials, this, [this](const CredentialError &error) {
            if (error.isError()) {
                failWithError(error);
                return;
            }
            //: %1 is a profile name, %2 the masked AccessKey ID.
            QString text = tr("Saved profile %1 (AccessKey ID %2); the secret is in the system keychain.")
                               .arg(m_request.profile, maskAccessKeyId(m_request.accessKeyId)) +
                           QLatin1Char('\n');
            if (m_store->defaultProfileName() == m_request.profile)
                text += tr("It is the default profile.") + QLatin1Char('\n');
            succeed(text);
        });
}

void CredentialsCommand::runList() {
    const QString defaultName = m_store->defaultProfileName();
    TextTable table({QStringLiteral("PROFILE"), QStringLiteral("SOURCE"), QStringLiteral("ACCESS KEY ID"),
                     QStringLiteral("REGION"), QStringLiteral("DEFAULT")});
    const QList<CredentialProfile> profiles = m_store->profiles();
    for (const CredentialProfile &profile : profiles) {
        table.addRow({profile.name, sourceName(profile), maskAccessKeyId(profile.accessKeyId),
                      profile.regionId, profile.name == defaultName ? QStringLiteral("yes") : QString()});
    }
    QString text = profiles.isEmpty() ? tr("No profiles.") + QLatin1Char('\n') : table.toString();
    const CredentialResolver::Choice choice = CredentialResolver(m_store).choose();
    text += QLatin1Char('\n');
    if (choice.error.isError())
        //: %1 says why no credentials would be found.
        text += tr("Without --profile: %1").arg(choice.error.message);
    else
        //: %1 is a profile name, %2 why it is chosen (e.g. "the default profile").
        text += tr("Without --profile, commands use %1 (%2).")
                    .arg(choice.profile.name, CredentialResolver::reasonText(choice.reason));
    text += QLatin1Char('\n');
    succeed(text);
}

void CredentialsCommand::runDelete() {
    m_store->removeProfile(m_request.profile, this, [this](const CredentialError &error) {
        if (error.isError()) {
            failWithError(error);
            return;
        }
        succeed(tr("Deleted profile %1 and its keychain entry.").arg(m_request.profile) + QLatin1Char('\n'));
    });
}

void CredentialsCommand::runDefault() {
    const CredentialError error = m_store->setDefaultProfileName(m_request.profile);
    if (error.isError()) {
        failWithError(error);
        return;
    }
    succeed(tr("%1 is now the default profile.").arg(m_request.profile) + QLatin1Char('\n'));
}

void CredentialsCommand::failWithError(const CredentialError &error) {
    QString message = describeCredentialError(error);
    if (error.kind == CredentialError::Kind::Keychain)
        //: %1 says what went wrong with the keychain.
        message = tr("%1; nothing was changed").arg(message);
    fail(ExitCode::Credentials, message);
}

void CredentialsCommand::fail(ExitCode code, QString message) {
    for (const QString &secret : std::as_const(m_secrets)) {
        if (!secret.isEmpty())
            message.replace(secret, QStringLiteral("<redacted>"));
    }
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    CliCommand::writeText(m_stderr, kProgram + QStringLiteral(": ") + message + QLatin1Char('\n'));
    finish(code);
}

void CredentialsCommand::succeed(const QString &text) {
    if (!CliCommand::writeText(m_stdout, text)) {
        fail(ExitCode::Output, CliCommand::standardOutputError(m_stdout->errorString()));
        return;
    }
    finish(ExitCode::Ok);
}

void CredentialsCommand::finish(ExitCode code) {
    if (m_finished)
        return;
    m_finished = true;
    m_secrets.clear();
    const int status = static_cast<int>(code);
    QMetaObject::invokeMethod(
        this, [this, status] { Q_EMIT finished(status); }, Qt::QueuedConnection);
}

} // namespace isb::cli
