// The CLI's pieces that need no network: option parsing and validation, credentials from the
// environment, the text table, and the mapping from errors to exit codes.

#include "CliCredentialsProvider.h"
#include "CliRunner.h"
#include "CommandLine.h"
#include "EcsTypes.h"
#include "TextTable.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace isb;
using namespace isb::cli;

namespace {

/// Result::command points into the CommandLine, which therefore lives as long as the test.
CommandLine::Result parse(QStringList arguments) {
    arguments.prepend(QStringLiteral("image-share-cli"));
    static CommandLine commandLine;
    return commandLine.parse(arguments);
}

} // namespace

class TestCliCommandLine final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void permissionsOptions();
    void allUsesLargestPage();
    void globalOptions();
    void helpAndVersion();
    void credentialsOptions();
    void valueOptions();
    void credentialsCommandWord_data();
    void credentialsCommandWord();
    void commandHelpListsItsOptions_data();
    void commandHelpListsItsOptions();
    void regionIds_data();
    void regionIds();
    void imageIds_data();
    void imageIds();
    void credentials_data();
    void credentials();
    void exitCodes_data();
    void exitCodes();
    void tableWidths_data();
    void tableWidths();
    void tableLayout();
    void tableSanitizesControls();
};

void TestCliCommandLine::defaults() {
    const CommandLine::Result result = parse({QStringLiteral("regions")});
    QCOMPARE(result.action, CommandLine::Action::Run);
    QCOMPARE(result.request.command, Command::Regions);
    QCOMPARE(result.request.format, OutputFormat::Table);
    QCOMPARE(result.request.language, QStringLiteral("en-US"));
    QCOMPARE(result.request.client.signatureVersion, SignatureVersion::V3);
    QVERIFY(result.request.client.endpointOverride.isEmpty());
    QVERIFY(result.request.outputFile.isEmpty());
    QCOMPARE(result.request.client.timeout, ClientOptions().timeout);
}

void TestCliCommandLine::permissionsOptions() {
    const CommandLine::Result result =
        parse({QStringLiteral("permissions"), QStringLiteral("--region"), QStringLiteral("cn-hangzhou"),
               QStringLiteral("--image"), QStringLiteral("m-bp1abc"), QStringLiteral("--page"),
               QStringLiteral("3"), QStringLiteral("--page-size"), QStringLiteral("50")});
    QCOMPARE(result.action, CommandLine::Action::Run);
    QCOMPARE(result.request.command, Command::Permissions);
    QCOMPARE(result.request.regionId, QStringLiteral("cn-hangzhou"));
    QCOMPARE(result.request.imageId, QStringLiteral("m-bp1abc"));
    QCOMPARE(result.request.pageNumber, 3);
    QCOMPARE(result.request.pageSize, 50);
    QVERIFY(!result.request.allPages);

    const CommandLine::Result defaults =
        parse({QStringLiteral("permissions"), QStringLiteral("--region"), QStringLiteral("cn-hangzhou"),
               QStringLiteral("--image"), QStringLiteral("m-bp1abc")});
    QCOMPARE(defaults.request.pageNumber, 1);
    QCOMPARE(defaults.request.pageSize, 10); // the API's default
}

void TestCliCommandLine::allUsesLargestPage() {
    const CommandLine::Result result =
        parse({QStringLiteral("permissions"), QStringLiteral("--all"), QStringLiteral("--region"),
               QStringLiteral("cn-hangzhou"), QStringLiteral("--image"), QStringLiteral("m-bp1abc")});
    QCOMPARE(result.action, CommandLine::Action::Run);
    QVERIFY(result.request.allPages);
    QCOMPARE(result.request.pageSize, 50); // never more: the reference page's maximum
}

void TestCliCommandLine::globalOptions() {
    const CommandLine::Result result = parse(
        {QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("--signature"),
         QStringLiteral("v1"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"),
         QStringLiteral("out.json"), QStringLiteral("--timeout"), QStringLiteral("2.5"),
         QStringLiteral("images"), QStringLiteral("--region"), QStringLiteral("cn-beijing"),
         QStringLiteral("--name"), QStringLiteral("生产")});
    QCOMPARE(result.action, CommandLine::Action::Run);
    QCOMPARE(result.request.client.endpointOverride, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    QCOMPARE(result.request.client.signatureVersion, SignatureVersion::V1);
    QCOMPARE(result.request.format, OutputFormat::Json);
    QCOMPARE(result.request.outputFile, QStringLiteral("out.json"));
    QCOMPARE(result.request.client.timeout, std::chrono::milliseconds(2500));
    QCOMPARE(result.request.imageName, QStringLiteral("生产"));

    QCOMPARE(parse({QStringLiteral("--endpoint"), QStringLiteral("https://ecs.cn-hangzhou.aliyuncs.com"),
                    QStringLiteral("regions")})
                 .action,
             CommandLine::Action::Run);
    QCOMPARE(parse({QStringLiteral("--endpoint"), QStringLiteral("http://localhost:9000/"),
                    QStringLiteral("regions")})
                 .action,
             CommandLine::Action::Run);
    const CommandLine::Result remote =
        parse({QStringLiteral("--endpoint"), QStringLiteral("http://10.0.0.1"), QStringLiteral("regions")});
    QCOMPARE(remote.action, CommandLine::Action::UsageError);
    QVERIFY(remote.error.contains(QStringLiteral("refused")));
}

void TestCliCommandLine::helpAndVersion() {
    QCOMPARE(parse({QStringLiteral("--help")}).action, CommandLine::Action::ShowHelp);
    QCOMPARE(parse({QStringLiteral("regions"), QStringLiteral("-h")}).action, CommandLine::Action::ShowHelp);
    QCOMPARE(parse({QStringLiteral("--version")}).action, CommandLine::Action::ShowVersion);
    QCOMPARE(CommandLine::versionText(), QStringLiteral("image-share-cli " ISB_VERSION));
    CommandLine commandLine;
    QVERIFY(
        commandLine.helpText().startsWith(QStringLiteral("Usage: image-share-cli [options] <command>\n")));
}

void TestCliCommandLine::credentialsOptions() {
    // The credentials commands go through the same parser as the others.
    const CommandLine::Result set = parse(
        {QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile"),
         QStringLiteral("prod"), QStringLiteral("--access-key-id"), QStringLiteral("LTAI5tX"),
         QStringLiteral("--region"), QStringLiteral("cn-beijing"), QStringLiteral("--with-security-token")});
    QCOMPARE(set.action, CommandLine::Action::Run);
    QCOMPARE(set.request.command, Command::CredentialsSet);
    QCOMPARE(set.request.profile, QStringLiteral("prod"));
    QCOMPARE(set.request.accessKeyId, QStringLiteral("LTAI5tX"));
    QCOMPARE(set.request.regionId, QStringLiteral("cn-beijing"));
    QVERIFY(set.request.withSecurityToken);
    QVERIFY(!set.command->needsCredentials());

    // A role profile: no AccessKey, the role's parameters, `env` naming the environment profile.
    const CommandLine::Result role =
        parse({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile"),
               QStringLiteral("data"), QStringLiteral("--role-arn"),
               QStringLiteral("acs:ram::1500000000000003:role/Auditor"), QStringLiteral("--source-profile"),
               QStringLiteral("env"), QStringLiteral("--session-name"), QStringLiteral("ops@isb"),
               QStringLiteral("--external-id"), QStringLiteral("isb-demo-external"),
               QStringLiteral("--duration"), QStringLiteral("7200")});
    QCOMPARE(role.action, CommandLine::Action::Run);
    QCOMPARE(role.request.profile, QStringLiteral("data"));
    QCOMPARE(role.request.roleSpec.roleArn, QStringLiteral("acs:ram::1500000000000003:role/Auditor"));
    QCOMPARE(role.request.roleSpec.sessionName, QStringLiteral("ops@isb"));
    QCOMPARE(role.request.roleSpec.externalId, QStringLiteral("isb-demo-external"));
    QCOMPARE(role.request.roleSpec.durationSeconds, 7200);
    QCOMPARE(role.request.sourceProfile, QStringLiteral("Environment"));
    QVERIFY(role.request.accessKeyId.isEmpty());
    const CommandLine::Result defaults =
        parse({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile"),
               QStringLiteral("web"), QStringLiteral("--role-arn"),
               QStringLiteral("acs:ram::1500000000000002:role/R"), QStringLiteral("--source-profile"),
               QStringLiteral("prod")});
    QCOMPARE(defaults.action, CommandLine::Action::Run);
    QCOMPARE(defaults.request.roleSpec.sessionName, QStringLiteral("image-share-browser"));
    QCOMPARE(defaults.request.roleSpec.durationSeconds, 3600);
    QVERIFY(defaults.request.roleSpec.externalId.isEmpty());
    QCOMPARE(defaults.request.sourceProfile, QStringLiteral("prod"));

    const CommandLine::Result list = parse({QStringLiteral("credentials"), QStringLiteral("list")});
    QCOMPARE(list.action, CommandLine::Action::Run);
    QCOMPARE(list.request.command, Command::CredentialsList);

    // Usage errors name where to look for help.
    const CommandLine::Result missing = parse({QStringLiteral("credentials"), QStringLiteral("delete")});
    QCOMPARE(missing.action, CommandLine::Action::UsageError);
    QCOMPARE(CommandLine::usageErrorLine(missing),
             QStringLiteral("credentials delete needs --profile NAME (see credentials --help)"));
    const CommandLine::Result unknown = parse({QStringLiteral("credentials"), QStringLiteral("show")});
    QVERIFY(CommandLine::usageErrorLine(unknown).endsWith(QStringLiteral("(see credentials --help)")));
    const CommandLine::Result images = parse({QStringLiteral("images")});
    QCOMPARE(CommandLine::usageErrorLine(images), QStringLiteral("images needs --region (see --help)"));
}

void TestCliCommandLine::valueOptions() {
    // Every option of the one parser that takes a value: the word after each is that value, never the
    // command (see credentialsCommandWord).
    QStringList expected = {QStringLiteral("--endpoint"),       QStringLiteral("--profile"),
                            QStringLiteral("--signature"),      QStringLiteral("--format"),
                            QStringLiteral("--output"),         QStringLiteral("--timeout"),
                            QStringLiteral("--language"),       QStringLiteral("--region"),
                            QStringLiteral("--name"),           QStringLiteral("--image"),
                            QStringLiteral("--page"),           QStringLiteral("--page-size"),
                            QStringLiteral("--pool"),           QStringLiteral("--patience"),
                            QStringLiteral("--access-key-id"),  QStringLiteral("--add"),
                            QStringLiteral("--remove"),         QStringLiteral("--account"),
                            QStringLiteral("--accounts"),       QStringLiteral("--label"),
                            QStringLiteral("--trust"),          QStringLiteral("--role-arn"),
                            QStringLiteral("--source-profile"), QStringLiteral("--session-name"),
                            QStringLiteral("--external-id"),    QStringLiteral("--duration"),
                            QStringLiteral("--role-name"),      QStringLiteral("--member")};
    QStringList actual;
    for (const QCommandLineOption &option : CommandLine().allOptions()) {
        if (!option.valueName().isEmpty())
            actual.append(QStringLiteral("--") + option.names().constLast());
    }
    expected.sort();
    actual.sort();
    QCOMPARE(actual, expected);
}

void TestCliCommandLine::credentialsCommandWord_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("credentials");
    const QString c = QStringLiteral("credentials");
    QTest::newRow("credentials list") << QStringList{c, QStringLiteral("list")} << true;
    QTest::newRow("nothing") << QStringList{} << false;
    QTest::newRow("regions") << QStringList{QStringLiteral("regions")} << false;
    QTest::newRow("after --") << QStringList{QStringLiteral("--"), c} << true;
    QTest::newRow("after a flag") << QStringList{QStringLiteral("--all"), c, QStringLiteral("list")} << true;
    QTest::newRow("after --profile NAME")
        << QStringList{QStringLiteral("--profile"), QStringLiteral("prod"), c, QStringLiteral("list")}
        << true;
    // --pool takes a value like the others: "4" is not the command, and "credentials" can be a value.
    QTest::newRow("after --pool N") << QStringList{QStringLiteral("--pool"), QStringLiteral("4"), c,
                                                   QStringLiteral("list")}
                                    << true;
    QTest::newRow("--pool N audit") << QStringList{QStringLiteral("--pool"), QStringLiteral("4"),
                                                   QStringLiteral("audit")}
                                    << false;
    QTest::newRow("--pool=N credentials")
        << QStringList{QStringLiteral("--pool=4"), c, QStringLiteral("list")} << true;
    QTest::newRow("--region=credentials images")
        << QStringList{QStringLiteral("--region=credentials"), QStringLiteral("images")} << false;
    // The value of any value option may be the word "credentials" without making it the command.
    for (const QString &option :
         {QStringLiteral("--endpoint"), QStringLiteral("--profile"), QStringLiteral("--signature"),
          QStringLiteral("--format"), QStringLiteral("--output"), QStringLiteral("--timeout"),
          QStringLiteral("--language"), QStringLiteral("--region"), QStringLiteral("--name"),
          QStringLiteral("--image"), QStringLiteral("--page"), QStringLiteral("--page-size"),
          QStringLiteral("--pool"), QStringLiteral("--patience"), QStringLiteral("--access-key-id")}) {
        QTest::addRow("%s credentials audit", qPrintable(option))
            << QStringList{option, c, QStringLiteral("audit")} << false;
    }
}

void TestCliCommandLine::credentialsCommandWord() {
    QFETCH(QStringList, arguments);
    QFETCH(bool, credentials);
    QCOMPARE(parse(arguments).commandWord == QLatin1String("credentials"), credentials);
}

void TestCliCommandLine::commandHelpListsItsOptions_data() {
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("valid"); // what the command needs to run
    const QString region = QStringLiteral("--region");
    const QString hz = QStringLiteral("cn-hangzhou");
    const QString image = QStringLiteral("--image");
    const QString id = QStringLiteral("m-bp1abc");
    const QString profile = QStringLiteral("--profile");
    QTest::newRow("regions") << QStringList{QStringLiteral("regions")} << QStringList{};
    QTest::newRow("images") << QStringList{QStringLiteral("images")} << QStringList{region, hz};
    QTest::newRow("permissions") << QStringList{QStringLiteral("permissions")}
                                 << QStringList{region, hz, image, id};
    QTest::newRow("export")
        << QStringList{QStringLiteral("export")}
        << QStringList{region, hz, image, id, QStringLiteral("--output"), QStringLiteral("o.csv")};
    QTest::newRow("audit") << QStringList{QStringLiteral("audit")} << QStringList{};
    QTest::newRow("diff") << QStringList{QStringLiteral("diff")}
                          << QStringList{QStringLiteral("old.json"), QStringLiteral("new.json")};
    QTest::newRow("share") << QStringList{QStringLiteral("share")}
                           << QStringList{region, hz, image, id, QStringLiteral("--private")};
    QTest::newRow("revoke") << QStringList{QStringLiteral("revoke")}
                            << QStringList{QStringLiteral("--account"), QStringLiteral("123456789012")};
    QTest::newRow("history") << QStringList{QStringLiteral("history")} << QStringList{};
    QTest::newRow("undo") << QStringList{QStringLiteral("undo")} << QStringList{QStringLiteral("2")};
    QTest::newRow("credentials set") << QStringList{QStringLiteral("credentials"), QStringLiteral("set")}
                                     << QStringList{profile, QStringLiteral("p"),
                                                    QStringLiteral("--access-key-id"),
                                                    QStringLiteral("LTAIx")};
    QTest::newRow("credentials list")
        << QStringList{QStringLiteral("credentials"), QStringLiteral("list")} << QStringList{};
    QTest::newRow("credentials delete")
        << QStringList{QStringLiteral("credentials"), QStringLiteral("delete")}
        << QStringList{profile, QStringLiteral("p")};
    QTest::newRow("credentials default")
        << QStringList{QStringLiteral("credentials"), QStringLiteral("default")}
        << QStringList{profile, QStringLiteral("p")};
}

void TestCliCommandLine::commandHelpListsItsOptions() {
    QFETCH(QStringList, command);
    QFETCH(QStringList, valid);
    const CommandLine::Result base = parse(command + valid);
    QCOMPARE(base.action, CommandLine::Action::Run);
    QVERIFY(base.command);
    QCOMPARE(base.command->name(), command.join(QLatin1Char(' ')));

    // The options its --help lists.
    const CommandLine::Result help = parse(command + QStringList{QStringLiteral("--help")});
    QCOMPARE(help.action, CommandLine::Action::ShowHelp);
    QVERIFY2(help.text.startsWith(QStringLiteral("Usage: image-share-cli ") + command.join(QLatin1Char(' '))),
             qPrintable(help.text));
    QSet<QString> listed;
    static const QRegularExpression optionLine(QStringLiteral("^  (?:-\\w, )?--([a-z-]+)"),
                                               QRegularExpression::MultilineOption);
    for (auto it = optionLine.globalMatch(help.text); it.hasNext();)
        listed.insert(it.next().captured(1));

    // The options it accepts: every option of every command, tried on a command line that runs. An option
    // it does not take is a usage error that names the option (main exits 2 on it).
    const QHash<QString, QString> values = {
        {QStringLiteral("endpoint"), QStringLiteral("http://127.0.0.1:1")},
        {QStringLiteral("profile"), QStringLiteral("p")},
        {QStringLiteral("signature"), QStringLiteral("v1")},
        {QStringLiteral("format"), QStringLiteral("csv")},
        {QStringLiteral("output"), QStringLiteral("o.csv")},
        {QStringLiteral("timeout"), QStringLiteral("3")},
        {QStringLiteral("language"), QStringLiteral("zh-CN")},
        {QStringLiteral("region"), QStringLiteral("cn-beijing")},
        {QStringLiteral("name"), QStringLiteral("web")},
        {QStringLiteral("image"), QStringLiteral("m-2")},
        {QStringLiteral("page"), QStringLiteral("2")},
        {QStringLiteral("page-size"), QStringLiteral("5")},
        {QStringLiteral("pool"), QStringLiteral("4")},
        {QStringLiteral("patience"), QStringLiteral("30")},
        {QStringLiteral("access-key-id"), QStringLiteral("LTAIy")},
        {QStringLiteral("add"), QStringLiteral("123456789012")},
        {QStringLiteral("remove"), QStringLiteral("123456789013")},
        {QStringLiteral("account"), QStringLiteral("123456789014")},
        {QStringLiteral("accounts"), QStringLiteral("book.csv")},
        {QStringLiteral("label"), QStringLiteral("QA")},
        {QStringLiteral("trust"), QStringLiteral("trusted")},
        {QStringLiteral("role-arn"), QStringLiteral("acs:ram::1500000000000002:role/R")},
        {QStringLiteral("source-profile"), QStringLiteral("env")},
        {QStringLiteral("session-name"), QStringLiteral("s1")},
        {QStringLiteral("external-id"), QStringLiteral("x1")},
        {QStringLiteral("duration"), QStringLiteral("900")},
        {QStringLiteral("role-name"), QStringLiteral("AuditRole")},
        {QStringLiteral("member"), QStringLiteral("1500000000000002")},
    };
    QSet<QString> accepted = {QStringLiteral("help")};
    int refused = 0;
    for (const QCommandLineOption &option : CommandLine().allOptions()) {
        const QString name = option.names().constLast();
        const QString dashed = QStringLiteral("--") + name;
        if (name == QLatin1String("help") || name == QLatin1String("version"))
            continue; // they stop the parsing before any command is looked at
        if (valid.contains(dashed)) {
            accepted.insert(name);
            continue;
        }
        QStringList arguments = command + valid + QStringList{dashed};
        if (!option.valueName().isEmpty()) {
            QVERIFY2(values.contains(name),
                     qPrintable(name + QStringLiteral(": no sample value in this test")));
            arguments.append(values.value(name));
        }
        const CommandLine::Result result = parse(arguments);
        const bool notApplicable = result.action == CommandLine::Action::UsageError &&
                                   result.error == base.command->notApplicable(dashed);
        if (notApplicable) {
            ++refused;
            QVERIFY2(result.error.contains(dashed), qPrintable(result.error));
        } else {
            accepted.insert(name);
        }
    }
    QCOMPARE(listed, accepted);
    QVERIFY(refused > 0); // every command refuses some option of another
}

void TestCliCommandLine::regionIds_data() {
    QTest::addColumn<QString>("regionId");
    QTest::addColumn<bool>("valid");
    QTest::newRow("hangzhou") << QStringLiteral("cn-hangzhou") << true;
    QTest::newRow("singapore") << QStringLiteral("ap-southeast-1") << true;
    QTest::newRow("finance") << QStringLiteral("cn-shanghai-finance-1") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << QStringLiteral("CN-HANGZHOU") << false;
    QTest::newRow("trailing dash") << QStringLiteral("cn-") << false;
    QTest::newRow("double dash") << QStringLiteral("cn--x") << false;
    QTest::newRow("dot") << QStringLiteral("cn.hangzhou") << false;
    QTest::newRow("newline") << QStringLiteral("cn-hangzhou\n") << false;
    QTest::newRow("too long") << QString(65, QLatin1Char('a')) << false;
}

void TestCliCommandLine::regionIds() {
    QFETCH(QString, regionId);
    QFETCH(bool, valid);
    QCOMPARE(Region::isValidId(regionId), valid);
}

void TestCliCommandLine::imageIds_data() {
    QTest::addColumn<QString>("imageId");
    QTest::addColumn<bool>("valid");
    QTest::newRow("custom") << QStringLiteral("m-bp1jilhockjxclf237us") << true;
    QTest::newRow("system") << QStringLiteral("win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("m-bp1 x") << false;
    QTest::newRow("comma (a list)") << QStringLiteral("m-1,m-2") << false;
    QTest::newRow("query injection") << QStringLiteral("m-1&RegionId=x") << false;
    QTest::newRow("slash") << QStringLiteral("../m-1") << false;
    QTest::newRow("chinese") << QStringLiteral("镜像") << false;
    QTest::newRow("too long") << QString(129, QLatin1Char('m')) << false;
}

void TestCliCommandLine::imageIds() {
    QFETCH(QString, imageId);
    QFETCH(bool, valid);
    QCOMPARE(Image::isValidId(imageId), valid);
}

void TestCliCommandLine::credentials_data() {
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::newRow("complete") << QStringLiteral("LTAI5tX") << QStringLiteral("s3cr3t") << QString()
                              << QString();
    QTest::newRow("sts") << QStringLiteral("STS.X") << QStringLiteral("s3cr3t") << QStringLiteral("tok")
                         << QString();
    QTest::newRow("nothing") << QString() << QString() << QString() << QStringLiteral("no credentials");
    QTest::newRow("no id") << QString() << QStringLiteral("s3cr3t") << QString()
                           << QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID");
    QTest::newRow("no secret") << QStringLiteral("LTAI5tX") << QString() << QString()
                               << QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    QTest::newRow("secret with newline") << QStringLiteral("LTAI5tX") << QStringLiteral("s3cr3t\n")
                                         << QString() << QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    QTest::newRow("id with space") << QStringLiteral("LTAI5tX ") << QStringLiteral("s3cr3t") << QString()
                                   << QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID");
}

void TestCliCommandLine::credentials() {
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QString, token);
    QFETCH(QString, error);
    QProcessEnvironment environment;
    if (!keyId.isEmpty())
        environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), keyId);
    if (!secret.isEmpty())
        environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), secret);
    if (!token.isEmpty())
        environment.insert(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), token);

    const CredentialsResolution resolution = resolveCredentials(environment);
    if (error.isEmpty()) {
        QVERIFY2(resolution.isValid(), qPrintable(resolution.error));
        QCOMPARE(resolution.credentials.accessKeyId, keyId);
        QCOMPARE(resolution.credentials.accessKeySecret, secret);
        QCOMPARE(resolution.credentials.securityToken, token);
    } else {
        QVERIFY(!resolution.isValid());
        QVERIFY2(resolution.error.contains(error), qPrintable(resolution.error));
        if (!secret.isEmpty())
            QVERIFY(!resolution.error.contains(secret.trimmed()));
        QVERIFY(resolution.credentials.accessKeySecret.isEmpty());
    }

    // The asynchronous provider gives the same answer.
    CredentialsResolution viaProvider;
    environmentCredentialsProvider(environment)([&](const CredentialsResolution &r) { viaProvider = r; });
    QCOMPARE(viaProvider.error, resolution.error);
}

void TestCliCommandLine::exitCodes_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("exitCode");
    using Kind = EcsError::Kind;
    QTest::newRow("ok") << int(Kind::None) << QString() << 0 << 0;
    QTest::newRow("not found") << int(Kind::Api) << QStringLiteral("InvalidImageId.NotFound") << 404 << 4;
    QTest::newRow("forbidden") << int(Kind::Api) << QStringLiteral("Forbidden.RAM") << 403 << 4;
    QTest::newRow("throttling") << int(Kind::Api) << QStringLiteral("Throttling.User") << 400 << 4;
    QTest::newRow("unknown key") << int(Kind::Api) << QStringLiteral("InvalidAccessKeyId.NotFound") << 404
                                 << 3;
    QTest::newRow("inactive key") << int(Kind::Api) << QStringLiteral("InvalidAccessKeyId.Inactive") << 400
                                  << 3;
    QTest::newRow("signature") << int(Kind::Api) << QStringLiteral("SignatureDoesNotMatch") << 400 << 3;
    QTest::newRow("token") << int(Kind::Api) << QStringLiteral("InvalidSecurityToken.Expired") << 400 << 3;
    QTest::newRow("network") << int(Kind::Network) << QString() << 0 << 5;
    QTest::newRow("timeout") << int(Kind::Timeout) << QString() << 0 << 5;
    QTest::newRow("tls") << int(Kind::Tls) << QString() << 0 << 5;
    QTest::newRow("bad response") << int(Kind::BadResponse) << QString() << 200 << 5;
    QTest::newRow("refused") << int(Kind::Refused) << QStringLiteral("InsecureEndpoint") << 0 << 2;
}

void TestCliCommandLine::exitCodes() {
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(int, httpStatus);
    QFETCH(int, exitCode);
    EcsError error;
    error.kind = EcsError::Kind(kind);
    error.code = code;
    error.httpStatus = httpStatus;
    QCOMPARE(int(CliRunner::exitCodeFor(error)), exitCode);
}

void TestCliCommandLine::tableWidths_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("ascii") << QStringLiteral("prod-web") << 8;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("chinese") << QStringLiteral("生产-网关") << 9;
    QTest::newRow("fullwidth parentheses") << QStringLiteral("华东1（杭州）") << 13;
    QTest::newRow("combining accent") << QStringLiteral("e\u0301") << 1;
    QTest::newRow("emoji (surrogate pair)") << QStringLiteral("🚀") << 2;
}

void TestCliCommandLine::tableWidths() {
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(TextTable::displayWidth(text), width);
}

void TestCliCommandLine::tableLayout() {
    TextTable table({QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Note")});
    table.addRow({QStringLiteral("1"), QStringLiteral("生产"), QString()});
    table.addRow({QStringLiteral("22"), QStringLiteral("web"), QStringLiteral("x")});
    QCOMPARE(table.toString(), QStringLiteral("Id  Name  Note\n"
                                              "--  ----  ----\n"
                                              "1   生产\n"
                                              "22  web   x\n"));
}

void TestCliCommandLine::tableSanitizesControls() {
    // An image name is chosen by whoever created the image; it must not drive the terminal.
    QCOMPARE(TextTable::sanitized(u"a\x1b[2Jb\tc\nd"), QStringLiteral("a\uFFFD[2Jb c d"));
    TextTable table({QStringLiteral("Name")});
    table.addRow({QStringLiteral("\x1b]0;title\x07")});
    QVERIFY(!table.toString().contains(QChar(0x1b)));
}

QTEST_GUILESS_MAIN(TestCliCommandLine)
#include "tst_clicommandline.moc"
