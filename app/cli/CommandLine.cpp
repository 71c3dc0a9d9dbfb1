#include "CommandLine.h"

#include "EcsTypes.h"

#include <QUrl>

namespace isb::cli {

namespace {

const QStringList kLanguages = {QStringLiteral("zh-CN"), QStringLiteral("zh-TW"), QStringLiteral("en-US"),
                                QStringLiteral("ja"),    QStringLiteral("fr"),    QStringLiteral("de"),
                                QStringLiteral("ko")};

constexpr int kMaxPageNumber = 1000000; // far beyond any real image, small enough to stay an int
constexpr double kMaxTimeoutSeconds = 3600;
// Far above what one account's API quota sustains; the audit's congestion window finds the real limit.
constexpr int kMaxPoolSize = 64;

QString commandName(Command command) {
    switch (command) {
    case Command::Regions:
        return QStringLiteral("regions");
    case Command::Images:
        return QStringLiteral("images");
    case Command::Permissions:
        return QStringLiteral("permissions");
    case Command::Export:
        return QStringLiteral("export");
    case Command::Audit:
        return QStringLiteral("audit");
    case Command::Diff:
        return QStringLiteral("diff");
    }
    return {};
}

/// `text` with its first line indented by `first` spaces and the others by `rest`, and a final line end.
QString indented(const QString &text, int first, int rest) {
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString result;
    for (qsizetype i = 0; i < lines.size(); ++i)
        result += QString(i == 0 ? first : rest, QLatin1Char(' ')) + lines.at(i) + QLatin1Char('\n');
    return result;
}

} // namespace

CommandLine::CommandLine()
    : m_help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."))
    , m_version({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version and exit."))
    , m_endpoint(QStringLiteral("endpoint"),
                 tr("Send every request to URL (https; http only to localhost). Default: the region's public "
                    "endpoint."),
                 QStringLiteral("URL"))
    , m_profile(
          QStringLiteral("profile"),
          //: Keep `credentials list` and "Environment" as they are: a command and a profile name.
          tr("Use the saved credentials profile NAME (see `credentials list`), or \"Environment\" for the "
             "ALIBABA_CLOUD_* variables."),
          QStringLiteral("NAME"))
    , m_signature(QStringLiteral("signature"), tr("Signature scheme: v3 (default) or v1."),
                  QStringLiteral("v3|v1"), QStringLiteral("v3"))
    , m_format(QStringLiteral("format"), tr("Output format: table (default), csv or json."),
               QStringLiteral("table|csv|json"), QStringLiteral("table"))
    , m_output(QStringLiteral("output"),
               tr("Write the result to FILE (replaced only when complete) instead of standard output."),
               QStringLiteral("FILE"))
    , m_timeout(QStringLiteral("timeout"),
                tr("Give up on one attempt after SECONDS (default 10; failed attempts are retried)."),
                QStringLiteral("SECONDS"))
    , m_language(QStringLiteral("language"),
                 //: LocalName is a field of the DescribeRegions API.
                 tr("regions: language of LocalName: en-US (default), zh-CN, zh-TW, ja, fr, de, ko."),
                 QStringLiteral("LANG"), QStringLiteral("en-US"))
    , m_region(QStringLiteral("region"), tr("images, permissions: region id, e.g. cn-hangzhou."),
               QStringLiteral("REGION"))
    , m_name(QStringLiteral("name"), tr("images: only images whose name contains TEXT."),
             QStringLiteral("TEXT"))
    , m_image(QStringLiteral("image"), tr("permissions: image id, e.g. m-bp1abc."), QStringLiteral("ID"))
    , m_page(QStringLiteral("page"), tr("permissions: page number, from 1 (default 1)."), QStringLiteral("N"))
    , m_pageSize(QStringLiteral("page-size"), tr("permissions: accounts per page, 1-50 (default 10)."),
                 QStringLiteral("N"))
    , m_all(QStringLiteral("all"),
            tr("permissions: fetch every page and merge them. diff: also list unchanged grants."))
    , m_allImages(QStringLiteral("all-images"),
                  tr("export: every custom image of the region (all statuses), instead of --image."))
    , m_bom(QStringLiteral("bom"), tr("export --format csv: start the file with a UTF-8 BOM for Excel."))
    , m_pool(QStringLiteral("pool"),
             tr("audit: requests in flight at most, 1-64 (default 8); fewer when throttled."),
             QStringLiteral("N")) {
    m_parser.setApplicationDescription(tr("See who can launch your Alibaba Cloud ECS custom images."));
    m_parser.addOptions(options());
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   tr("regions, images, permissions, export, audit, diff or credentials."),
                                   QStringLiteral("<command>"));
}

QString CommandLine::commandHelp(const QString &syntax, const QString &description) {
    return indented(syntax, 2, 2) + indented(description, 6, 6);
}

QList<QCommandLineOption> CommandLine::options() const {
    return {m_help,   m_version,  m_endpoint, m_profile,   m_signature, m_format,
            m_output, m_timeout,  m_language, m_region,    m_name,      m_image,
            m_page,   m_pageSize, m_all,      m_allImages, m_bom,       m_pool};
}

QStringList CommandLine::valueOptionNames() const {
    return valueOptionNames(options());
}

QStringList CommandLine::valueOptionNames(const QList<QCommandLineOption> &options) {
    QStringList names;
    for (const QCommandLineOption &option : options) {
        if (option.valueName().isEmpty())
            continue;
        for (const QString &name : option.names())
            names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    }
    return names;
}

QString CommandLine::versionText() {
    return QStringLiteral("image-share-cli ") + QStringLiteral(ISB_VERSION);
}

QString CommandLine::helpText() const {
    QString text = m_parser.helpText();
    // QCommandLineParser names the program by its full path; the documented name reads better.
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    //: The first line of --help; %1 is the syntax, which stays as it is.
    text.replace(0, firstLineEnd, tr("Usage: %1").arg(QStringLiteral("image-share-cli [options] <command>")));

    // Command names, options, column names and API codes stay as they are in every language: they are what
    // the user types or what scripts read.
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    text += commandHelp(QStringLiteral("regions [--language LANG]"), tr("List the regions."));
    text += commandHelp(QStringLiteral("images --region REGION [--name TEXT]"),
                        tr("List the custom images of a region (every page)."));
    text += commandHelp(
        QStringLiteral("permissions --region REGION --image ID [--page N] [--page-size N | --all]"),
        //: %1 is the list of output columns. Kind, Account and Group are a column name and its values: keep
        //: them as they are.
        tr("List the accounts and groups the image is shared with. Columns:\n%1 (Kind is Account or Group).")
            .arg(QStringLiteral("RegionId,ImageId,ImageName,Kind,Principal,SharedTime")));
    text += commandHelp(
        QStringLiteral("export --region REGION (--image ID | --all-images) --output FILE [--format csv|json] "
                       "[--bom]"),
        //: File > Export is the window's menu command (translate it as the menu is translated).
        tr("Save every page of the image's share permissions, or of every custom image of the\nregion, to "
           "FILE (csv by default); the same file the window's File > Export writes."));
    text += QLatin1Char('\n');
    text += commandHelp(
        QStringLiteral("audit [--region REGION]... [--pool N] [--format table|csv|json] [--output FILE]"),
        tr("Every custom image of the regions (default: all) and everyone it is shared with.\ncsv/table "
           "columns as permissions; json is the snapshot that diff reads. Failed lookups\nare listed on "
           "standard error, one line each, and the exit status is 3, 4 or 5, but\neverything found is still "
           "written. Progress goes to standard error on a terminal."));
    text += commandHelp(
        QStringLiteral("diff OLD.json NEW.json [--all] [--output FILE]"),
        tr("Compare two audit snapshots: +/- lines per grant and image, then a summary line.\n--all also "
           "lists unchanged grants (=). Exit 0 with or without differences, 2 if a\nfile is not a readable "
           "snapshot."));
    text += QLatin1Char('\n');
    text += commandHelp(QStringLiteral("credentials set|list|delete|default [--profile NAME] ..."),
                        tr("Manage credential profiles kept in the system keychain\n(%1).")
                            .arg(QStringLiteral("image-share-cli credentials --help")));

    text += QLatin1Char('\n') + tr("Credentials, first match wins:") + QLatin1Char('\n');
    //: Environment is the name of a profile: keep it as it is.
    text += indented(QStringLiteral("1. ") +
                         tr("%1 (a saved profile, or Environment);").arg(QStringLiteral("--profile NAME")),
                     2, 5);
    text += indented(QStringLiteral("2. ") + tr("the environment: %1, %2,\n%3 (STS credentials only);")
                                                 .arg(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"),
                                                      QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                                                      QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN")),
                     2, 5);
    text += indented(QStringLiteral("3. ALIBABA_CLOUD_PROFILE=NAME;"), 2, 5);
    text += indented(
        QStringLiteral("4. ") +
            tr("the default profile (%1).").arg(QStringLiteral("credentials default --profile NAME")),
        2, 5);

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
    //: Code, Message and RequestId are the names of the fields in the error line: keep them as they are.
    text += tr("On failure, one line on standard error gives the error's Code, Message and RequestId.") +
            QLatin1Char('\n');
    return text;
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

CommandLine::Result CommandLine::parse(const QStringList &arguments) {
    Result result;
    if (!m_parser.parse(arguments)) {
        result.error = m_parser.errorText();
        return result;
    }
    if (m_parser.isSet(m_help)) {
        result.action = Action::ShowHelp;
        return result;
    }
    if (m_parser.isSet(m_version)) {
        result.action = Action::ShowVersion;
        return result;
    }
    result.error = validate(&result.request);
    result.action = result.error.isEmpty() ? Action::Run : Action::UsageError;
    return result;
}

QString CommandLine::validate(CliRequest *request) const {
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty())
        return tr("no command given (regions, images, permissions, export, audit, diff or credentials)");
    // diff is the one command with operands: the two snapshot files.
    const bool isDiff = positional.constFirst() == QLatin1String("diff");
    if (isDiff && positional.size() != 3)
        return tr("diff needs two snapshot files: %1").arg(QStringLiteral("diff OLD.json NEW.json"));
    if (positional.size() > 1 && !isDiff)
        return tr("unexpected argument \"%1\"").arg(positional.at(1));

    const QString &command = positional.constFirst();
    if (command == QLatin1String("regions"))
        request->command = Command::Regions;
    else if (command == QLatin1String("images"))
        request->command = Command::Images;
    else if (command == QLatin1String("permissions"))
        request->command = Command::Permissions;
    else if (command == QLatin1String("export"))
        request->command = Command::Export;
    else if (command == QLatin1String("audit"))
        request->command = Command::Audit;
    else if (isDiff)
        request->command = Command::Diff;
    else
        return tr("unknown command \"%1\" (regions, images, permissions, export, audit, diff or credentials)")
            .arg(command);

    // The last of repeated values would silently win; a script passing two regions has a bug worth reporting.
    for (const QCommandLineOption *option :
         {&m_endpoint, &m_profile, &m_signature, &m_format, &m_output, &m_timeout, &m_language, &m_region,
          &m_name, &m_image, &m_page, &m_pageSize}) {
        // audit takes any number of regions.
        const bool repeatable = option == &m_region && request->command == Command::Audit;
        if (m_parser.values(*option).size() > 1 && !repeatable)
            return tr("%1 given more than once").arg(QStringLiteral("--") + option->names().constLast());
    }

    // Options that belong to another command are a mistake, not something to ignore.
    struct Scope {
        const QCommandLineOption *option;
        QList<Command> commands;
    };
    const Scope scopes[] = {
        {&m_language, {Command::Regions}},
        {&m_region, {Command::Images, Command::Permissions, Command::Export, Command::Audit}},
        {&m_name, {Command::Images}},
        {&m_image, {Command::Permissions, Command::Export}},
        {&m_page, {Command::Permissions}},
        {&m_pageSize, {Command::Permissions}},
        {&m_all, {Command::Permissions, Command::Diff}},
        {&m_allImages, {Command::Export}},
        {&m_bom, {Command::Export}},
        {&m_pool, {Command::Audit}},
    };
    for (const Scope &scope : scopes) {
        if (m_parser.isSet(*scope.option) && !scope.commands.contains(request->command)) {
            //: %1 is an option, %2 a command.
            return tr("%1 does not apply to %2")
                .arg(QStringLiteral("--") + scope.option->names().constLast(), commandName(request->command));
        }
    }

    // Global options.
    const QString format = m_parser.value(m_format);
    if (format == QLatin1String("table"))
        request->format = OutputFormat::Table;
    else if (format == QLatin1String("csv"))
        request->format = OutputFormat::Csv;
    else if (format == QLatin1String("json"))
        request->format = OutputFormat::Json;
    else
        return tr("--format must be table, csv or json, not \"%1\"").arg(format);

    const QString signature = m_parser.value(m_signature).toLower();
    if (signature == QLatin1String("v3"))
        request->client.signatureVersion = SignatureVersion::V3;
    else if (signature == QLatin1String("v1"))
        request->client.signatureVersion = SignatureVersion::V1;
    else
        return tr("--signature must be v3 or v1, not \"%1\"").arg(m_parser.value(m_signature));

    if (m_parser.isSet(m_endpoint)) {
        const QString text = m_parser.value(m_endpoint);
        const QUrl url(text, QUrl::StrictMode);
        const QString problem = endpointProblem(url);
        if (!problem.isEmpty())
            //: %2 says why, e.g. "no host".
            return tr("--endpoint \"%1\" refused: %2").arg(text, problem);
        request->client.endpointOverride = url;
    }

    if (m_parser.isSet(m_profile)) {
        request->profile = m_parser.value(m_profile);
        if (request->profile.isEmpty())
            return tr("--profile needs a profile name");
    }

    if (m_parser.isSet(m_output)) {
        request->outputFile = m_parser.value(m_output);
        if (request->outputFile.isEmpty())
            return tr("--output needs a file name");
    }

    if (m_parser.isSet(m_timeout)) {
        bool ok = false;
        const double seconds = m_parser.value(m_timeout).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > kMaxTimeoutSeconds)
            return tr("--timeout must be a number of seconds between 0 and 3600, not \"%1\"")
                .arg(m_parser.value(m_timeout));
        request->client.timeout = std::chrono::milliseconds(qMax<qint64>(1, qRound64(seconds * 1000)));
    }

    // Command options.
    switch (request->command) {
    case Command::Regions:
        request->language = m_parser.value(m_language);
        if (!kLanguages.contains(request->language))
            //: %1 lists the language codes.
            return tr("--language must be one of %1, not \"%2\"")
                .arg(kLanguages.join(QStringLiteral(", ")), request->language);
        break;
    case Command::Audit:
        for (const QString &regionId : m_parser.values(m_region)) {
            if (!Region::isValidId(regionId))
                return invalidRegionId(regionId);
            if (!request->regionIds.contains(regionId))
                request->regionIds.append(regionId);
        }
        if (m_parser.isSet(m_pool)) {
            bool ok = false;
            request->poolSize = m_parser.value(m_pool).toInt(&ok);
            if (!ok || request->poolSize < 1 || request->poolSize > kMaxPoolSize)
                return tr("--pool must be a whole number from 1 to 64, not \"%1\"")
                    .arg(m_parser.value(m_pool));
        }
        break;
    case Command::Diff:
        // Two local files: nothing is sent, so the format is fixed and the request options do not apply.
        if (m_parser.isSet(m_format))
            return tr("--format does not apply to diff");
        request->diffFiles = positional.mid(1);
        request->allPages = m_parser.isSet(m_all);
        break;
    case Command::Images:
    case Command::Permissions:
    case Command::Export:
        if (!m_parser.isSet(m_region))
            //: %1 is a command.
            return tr("%1 needs --region").arg(commandName(request->command));
        request->regionId = m_parser.value(m_region);
        if (!Region::isValidId(request->regionId))
            return invalidRegionId(request->regionId);
        break;
    }

    if (request->command == Command::Images && m_parser.isSet(m_name)) {
        request->imageName = m_parser.value(m_name);
        if (request->imageName.isEmpty())
            return tr("--name needs a non-empty value");
    }

    if (request->command == Command::Permissions) {
        if (!m_parser.isSet(m_image))
            return tr("permissions needs --image");
        request->imageId = m_parser.value(m_image);
        if (!Image::isValidId(request->imageId))
            return invalidImageId(request->imageId);

        request->allPages = m_parser.isSet(m_all);
        if (request->allPages && (m_parser.isSet(m_page) || m_parser.isSet(m_pageSize)))
            return tr("--all fetches every page; it cannot be combined with --page or --page-size");
        if (m_parser.isSet(m_page)) {
            bool ok = false;
            request->pageNumber = m_parser.value(m_page).toInt(&ok);
            if (!ok || request->pageNumber < 1 || request->pageNumber > kMaxPageNumber)
                return tr("--page must be a whole number of at least 1, not \"%1\"")
                    .arg(m_parser.value(m_page));
        }
        if (m_parser.isSet(m_pageSize)) {
            bool ok = false;
            request->pageSize = m_parser.value(m_pageSize).toInt(&ok);
            if (!ok || request->pageSize < 1 || request->pageSize > EcsClient::kMaxSharePermissionPageSize)
                return tr("--page-size must be a whole number from 1 to 50, not \"%1\"")
                    .arg(m_parser.value(m_pageSize));
        }
        if (request->allPages)
            request->pageSize = EcsClient::kMaxSharePermissionPageSize; // fewest requests
    }

    if (request->command == Command::Export) {
        // A file for spreadsheets or scripts, never a terminal table: csv unless --format says json.
        if (!m_parser.isSet(m_format))
            request->format = OutputFormat::Csv;
        else if (request->format == OutputFormat::Table)
            return tr("export writes csv or json, not a table");
        if (request->outputFile.isEmpty())
            return tr("export needs --output FILE");
        request->allImages = m_parser.isSet(m_allImages);
        if (request->allImages == m_parser.isSet(m_image))
            return tr("export needs either --image ID or --all-images");
        if (!request->allImages) {
            request->imageId = m_parser.value(m_image);
            if (!Image::isValidId(request->imageId))
                return invalidImageId(request->imageId);
        }
        request->byteOrderMark = m_parser.isSet(m_bom);
        if (request->byteOrderMark && request->format != OutputFormat::Csv)
            return tr("--bom applies to --format csv only");
    }
    return {};
}

} // namespace isb::cli
