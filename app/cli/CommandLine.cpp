#include "CommandLine.h"

#include "AccountsDeleteCommand.h"
#include "AccountsExportCommand.h"
#include "AccountsImportCommand.h"
#include "AccountsListCommand.h"
#include "AccountsSetCommand.h"
#include "AuditCommand.h"
#include "CheckCommand.h"
#include "CommandOptions.h"
#include "CredentialsCommand.h"
#include "CredentialsDefaultCommand.h"
#include "CredentialsDeleteCommand.h"
#include "CredentialsListCommand.h"
#include "CredentialsSetCommand.h"
#include "DiffCommand.h"
#include "EcsClient.h"
#include "ExportCommand.h"
#include "HistoryCommand.h"
#include "ImagesCommand.h"
#include "PermissionsCommand.h"
#include "RegionsCommand.h"
#include "RevokeCommand.h"
#include "ShareCommand.h"
#include "UndoCommand.h"

#include <QHash>
#include <QUrl>

namespace isb::cli {

namespace {

constexpr double kMaxTimeoutSeconds = 3600;

/// `text` with its first line indented by `first` spaces and the others by `rest`, and a final line end.
QString indented(const QString &text, int first, int rest) {
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString result;
    for (qsizetype i = 0; i < lines.size(); ++i)
        result += QString(i == 0 ? first : rest, QLatin1Char(' ')) + lines.at(i) + QLatin1Char('\n');
    return result;
}

/// The options for `shared` (CommandSpec::SharedOption), in the order of the help.
QList<QCommandLineOption> sharedOptions(unsigned shared) {
    QList<QCommandLineOption> options;
    if (shared & CommandSpec::RequestOptions)
        options << CommandOptions::endpoint() << CommandOptions::profile() << CommandOptions::signature();
    if (shared & CommandSpec::FormatOption)
        options << CommandOptions::format();
    if (shared & CommandSpec::OutputOption)
        options << CommandOptions::output();
    if (shared & CommandSpec::RequestOptions)
        options << CommandOptions::timeout();
    return options;
}

/// QCommandLineParser's help names the program by its full path; the documented name reads better.
QString withUsageLine(QString help, const QString &syntax) {
    const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
    //: The first line of --help; %1 is the syntax, which stays as it is.
    help.replace(0, firstLineEnd,
                 CommandLine::tr("Usage: %1").arg(QStringLiteral("image-share-cli ") + syntax));
    return help;
}

} // namespace

CommandLine::CommandLine() {
    m_commands.push_back(std::make_unique<RegionsCommand>());
    m_commands.push_back(std::make_unique<ImagesCommand>());
    m_commands.push_back(std::make_unique<PermissionsCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<AuditCommand>());
    m_commands.push_back(std::make_unique<DiffCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<AccountsListCommand>());
    m_commands.push_back(std::make_unique<AccountsSetCommand>());
    m_commands.push_back(std::make_unique<AccountsDeleteCommand>());
    m_commands.push_back(std::make_unique<AccountsImportCommand>());
    m_commands.push_back(std::make_unique<AccountsExportCommand>());
    m_commands.push_back(std::make_unique<ShareCommand>());
    m_commands.push_back(std::make_unique<RevokeCommand>());
    m_commands.push_back(std::make_unique<HistoryCommand>());
    m_commands.push_back(std::make_unique<UndoCommand>());
    m_commands.push_back(std::make_unique<CredentialsSetCommand>());
    m_commands.push_back(std::make_unique<CredentialsListCommand>());
    m_commands.push_back(std::make_unique<CredentialsDeleteCommand>());
    m_commands.push_back(std::make_unique<CredentialsDefaultCommand>());

    // One parser for every command: an option of another command is then recognised, and named in the
    // error, instead of being an "unknown option".
    QList<QCommandLineOption> candidates = {CommandOptions::help(), CommandOptions::version()};
    candidates +=
        sharedOptions(CommandSpec::RequestOptions | CommandSpec::FormatOption | CommandSpec::OutputOption);
    for (const auto &command : m_commands)
        candidates += command->options();
    QStringList names;
    for (const QCommandLineOption &option : std::as_const(candidates)) {
        if (names.contains(option.names().constLast()))
            continue; // --region of several commands: the first description is the general one
        names.append(option.names().constLast());
        m_allOptions.append(option);
    }
    m_parser.setApplicationDescription(tr("See who can launch your Alibaba Cloud ECS custom images."));
    m_parser.addOptions(m_allOptions);
    m_parser.addPositionalArgument(
        QStringLiteral("command"),
        tr("regions, images, permissions, export, audit, diff, check, accounts or credentials."),
        QStringLiteral("<command>"));
}

CommandLine::~CommandLine() = default;

QList<const CommandSpec *> CommandLine::commands() const {
    QList<const CommandSpec *> commands;
    for (const auto &command : m_commands)
        commands.append(command.get());
    return commands;
}

QList<QCommandLineOption> CommandLine::acceptedOptions(const CommandSpec &command) const {
    return QList<QCommandLineOption>{CommandOptions::help()} + sharedOptions(command.sharedOptions()) +
           command.options();
}

QString CommandLine::commandHelp(const QString &syntax, const QString &description) {
    return indented(syntax, 2, 2) + indented(description, 6, 6);
}

QString CommandLine::versionText() {
    return QStringLiteral("image-share-cli ") + QStringLiteral(ISB_VERSION);
}

QString CommandLine::helpText() const {
    QString text = withUsageLine(m_parser.helpText(), QStringLiteral("[options] <command>"));

    // Command names, options, column names and API codes stay as they are in every language: they are what
    // the user types or what scripts read.
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const auto &command : m_commands) {
        if (!command->name().startsWith(CredentialsCommand::kWord))
            text += commandHelp(command->syntax(), command->description());
    }
    text += commandHelp(QStringLiteral("credentials set|list|delete|default [--profile NAME] ..."),
                        tr("Manage credential profiles kept in the system keychain\n(%1).")
                            .arg(QStringLiteral("image-share-cli credentials --help")));
    text += commandHelp(QStringLiteral("<command> --help"), tr("The options of one command."));

    text += QLatin1Char('\n') + CredentialsCommand::sourcesHelp() + QLatin1Char('\n');

    text += QLatin1Char('\n') + tr("Exit codes:") + QLatin1Char('\n');
    const QString exitCodes[] = {
        tr("success"),
        tr("internal error"),
        tr("usage error (bad option or value, refused endpoint); nothing was sent"),
        //: %1 lists error codes of the service.
        tr("credentials missing or malformed, or rejected by the service\n(%1)")
            .arg(QStringLiteral(
                "InvalidAccessKeyId.*, SignatureDoesNotMatch, IncompleteSignature, InvalidSecurityToken.*")),
        //: %1 lists error codes of the service.
        tr("the service returned an error (e.g. %1)")
            .arg(QStringLiteral("InvalidImageId.NotFound, Forbidden.RAM, Throttling")),
        tr("network failure, timeout, TLS error or malformed response"),
        tr("the output could not be written"),
    };
    for (int code = 0; code < int(std::size(exitCodes)); ++code)
        text += indented(QStringLiteral("%1  ").arg(code) + exitCodes[code], 2, 5);
    //: %1 and %2 are exit codes, %3 and %4 signal names.
    text += indented(QStringLiteral("130, 143  ") +
                         tr("interrupted by %1 (Ctrl+C) or %2; no --output file was written")
                             .arg(QStringLiteral("SIGINT"), QStringLiteral("SIGTERM")),
                     2, 5);
    //: Code, Message and RequestId are the names of the fields in the error line: keep them as they are.
    text += tr("On failure, one line on standard error gives the error's Code, Message and RequestId.") +
            QLatin1Char('\n');
    return text;
}

QString CommandLine::helpText(const CommandSpec &command) const {
    QCommandLineParser parser;
    parser.setApplicationDescription(command.description());
    parser.addOptions(acceptedOptions(command));
    return withUsageLine(parser.helpText(), command.syntax());
}

QString CommandLine::invalidRegionId(const QString &regionId) {
    return tr("invalid region id \"%1\": expected lower-case letters, digits and '-', e.g. cn-hangzhou")
        .arg(regionId);
}

QString CommandLine::invalidImageId(const QString &imageId) {
    return tr("invalid image id \"%1\": expected letters, digits, '-', '_' and '.', e.g. m-bp1abc")
        .arg(imageId);
}

QString CommandLine::endpointProblem(const QUrl &url) {
    if (!url.isValid())
        return tr("not a valid URL");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("the scheme must be https (or http for a local simulator)");
    if (url.host().isEmpty())
        return tr("no host");
    // A signed request must not carry anything the signature does not cover.
    if (!url.userInfo().isEmpty())
        return tr("user information is not allowed in the URL");
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return tr("a path is not allowed (ECS RPC requests go to /)");
    if (url.hasQuery() || url.hasFragment())
        return tr("a query or fragment is not allowed");
    return EcsClient::transportPolicyViolation(url);
}

const CommandSpec *CommandLine::find(const QStringList &positional) const {
    for (const auto &command : m_commands) {
        const QStringList words = command->name().split(QLatin1Char(' '));
        if (positional.mid(0, words.size()) == words)
            return command.get();
    }
    return nullptr;
}

CommandLine::Result CommandLine::parse(const QStringList &arguments) {
    Result result;
    const bool parsed = m_parser.parse(arguments);
    // Also after an error, for the hint that follows it.
    const QStringList positional = m_parser.positionalArguments();
    result.commandWord = positional.value(0);
    result.command = find(positional);
    if (!parsed) {
        result.error = m_parser.errorText();
        return result;
    }
    if (m_parser.isSet(CommandOptions::help())) {
        result.action = Action::ShowHelp;
        if (result.command)
            result.text = helpText(*result.command);
        else if (result.commandWord == CredentialsCommand::kWord)
            result.text = CredentialsCommand::overviewHelp();
        else
            result.text = helpText();
        return result;
    }
    if (m_parser.isSet(CommandOptions::version())) {
        result.action = Action::ShowVersion;
        result.text = versionText() + QLatin1Char('\n');
        return result;
    }
    result.error = validate(positional, result.command, &result.request);
    result.action = result.error.isEmpty() ? Action::Run : Action::UsageError;
    return result;
}

QString CommandLine::usageErrorLine(const Result &result) {
    if (result.command)
        return result.command->usageErrorLine(result.error);
    if (result.commandWord == CredentialsCommand::kWord)
        return CredentialsCommand::usageHint(result.error);
    return QCoreApplication::translate("main", "%1 (see --help)").arg(result.error);
}

QString CommandLine::validate(const QStringList &positional, const CommandSpec *command,
                              CliRequest *request) const {
    if (positional.isEmpty())
        return tr(
            "no command given (regions, images, permissions, export, audit, diff, check, accounts, share, "
            "revoke, history, undo or credentials)");
    if (!command) {
        if (positional.constFirst() == CredentialsCommand::kWord)
            return CredentialsCommand::subcommandError(positional.mid(1));
        if (positional.constFirst() == AccountsCommand::kWord)
            return tr("unknown command \"%1\" (accounts list, set, delete, import or export)")
                .arg(positional.mid(0, 2).join(QLatin1Char(' ')));
        if (positional.size() > 1)
            return tr("unexpected argument \"%1\"").arg(positional.at(1));
        return tr("unknown command \"%1\" (regions, images, permissions, export, audit, diff, check, "
                  "accounts, "
                  "share, revoke, history, undo or credentials)")
            .arg(positional.constFirst());
    }
    const QStringList operands = positional.mid(command->name().count(QLatin1Char(' ')) + 1);
    if (!command->acceptsOperandCount(operands.size()))
        return command->operandError(operands);
    if (const QString error = checkOptionsApply(*command); !error.isEmpty())
        return error;
    request->command = command->command();
    if (const QString error = readSharedOptions(*command, request); !error.isEmpty())
        return error;
    return command->validate(m_parser, operands, request);
}

QString CommandLine::checkOptionsApply(const CommandSpec &command) const {
    // Long names by any name the parser reports ("h" is "help").
    QHash<QString, qsizetype> byName;
    for (qsizetype i = 0; i < m_allOptions.size(); ++i) {
        for (const QString &name : m_allOptions.at(i).names())
            byName.insert(name, i);
    }
    QStringList accepted;
    for (const QCommandLineOption &option : acceptedOptions(command))
        accepted.append(option.names().constLast());

    const QStringList given = m_parser.optionNames();
    // The last of repeated values would silently win; a script passing two regions has a bug worth reporting.
    for (const QString &name : given) {
        const QCommandLineOption &option = m_allOptions.at(byName.value(name));
        const QString longName = option.names().constLast();
        if (!option.valueName().isEmpty() && given.count(name) > 1 &&
            !command.repeatableOptions().contains(longName))
            return tr("%1 given more than once").arg(CommandOptions::dashed(option));
    }
    // Options that belong to another command are a mistake, not something to ignore.
    for (const QString &name : given) {
        const QCommandLineOption &option = m_allOptions.at(byName.value(name));
        if (!accepted.contains(option.names().constLast()))
            return command.notApplicable(CommandOptions::dashed(option));
    }
    return {};
}

QString CommandLine::readSharedOptions(const CommandSpec &command, CliRequest *request) const {
    const unsigned shared = command.sharedOptions();
    if (shared & CommandSpec::FormatOption) {
        const QString format = m_parser.value(CommandOptions::format());
        if (format == QLatin1String("table"))
            request->format = OutputFormat::Table;
        else if (format == QLatin1String("csv"))
            request->format = OutputFormat::Csv;
        else if (format == QLatin1String("json"))
            request->format = OutputFormat::Json;
        else
            return tr("--format must be table, csv or json, not \"%1\"").arg(format);
    }

    if (shared & CommandSpec::RequestOptions) {
        const QString signature = m_parser.value(CommandOptions::signature());
        if (signature.toLower() == QLatin1String("v3"))
            request->client.signatureVersion = SignatureVersion::V3;
        else if (signature.toLower() == QLatin1String("v1"))
            request->client.signatureVersion = SignatureVersion::V1;
        else
            return tr("--signature must be v3 or v1, not \"%1\"").arg(signature);

        if (m_parser.isSet(CommandOptions::endpoint())) {
            const QString text = m_parser.value(CommandOptions::endpoint());
            const QUrl url(text, QUrl::StrictMode);
            const QString problem = endpointProblem(url);
            if (!problem.isEmpty())
                //: %2 says why, e.g. "no host".
                return tr("--endpoint \"%1\" refused: %2").arg(text, problem);
            request->client.endpointOverride = url;
        }
    }

    if ((shared & CommandSpec::RequestOptions) && m_parser.isSet(CommandOptions::profile())) {
        request->profile = m_parser.value(CommandOptions::profile());
        if (request->profile.isEmpty())
            return tr("--profile needs a profile name");
    }

    if ((shared & CommandSpec::OutputOption) && m_parser.isSet(CommandOptions::output())) {
        request->outputFile = m_parser.value(CommandOptions::output());
        if (request->outputFile.isEmpty())
            return tr("--output needs a file name");
    }

    if ((shared & CommandSpec::RequestOptions) && m_parser.isSet(CommandOptions::timeout())) {
        bool ok = false;
        const QString text = m_parser.value(CommandOptions::timeout());
        const double seconds = text.toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > kMaxTimeoutSeconds)
            return tr("--timeout must be a number of seconds between 0 and 3600, not \"%1\"").arg(text);
        request->client.timeout = std::chrono::milliseconds(qMax<qint64>(1, qRound64(seconds * 1000)));
    }
    return {};
}

} // namespace isb::cli
