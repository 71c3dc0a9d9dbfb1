// End to end: image-share-cli against the ECS simulator over loopback HTTP, in separate processes, exactly as
// a script would run it. Expected output is computed here from resources/demo-data.json, independently of
// the export writers, so a bug there cannot hide in both the output and the expectation.

#include "../support/SimulatorProcess.h"
#include "Rfc4180Parser.h"
#include "export/ImageRows.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

#include <sys/resource.h>
#include <sys/stat.h>

namespace {

const QString kKeyId = QStringLiteral("LTAI5tDemoReadOnly0001");
const QString kSecret = QStringLiteral("demo-secret-not-a-real-key");
const QString kCliPath = QStringLiteral(ISB_BIN_DIR "/image-share-cli");
const QString kSimulatorPath = QStringLiteral(ISB_BIN_DIR "/ecs-simulator");
const QString kDataPath = QStringLiteral(ISB_SOURCE_DIR "/resources/demo-data.json");

using Environment = QMap<QString, QString>;

/// The environment of a Chinese desktop: LANG alone chooses the language (no LC_ALL, LANGUAGE or LC_MESSAGES
/// to override it). The glibc locale need not be installed: Qt reads the variable itself.
const Environment kChinese = {{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")},
                              {QStringLiteral("LC_ALL"), QString()},
                              {QStringLiteral("LC_MESSAGES"), QString()},
                              {QStringLiteral("LANGUAGE"), QString()}};

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
};

/// CSV cell as the spreadsheet-safe RFC 4180 rules say, written separately from isb::CsvWriter.
QString csvCell(QString text) {
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString csvLine(const QStringList &cells) {
    QStringList encoded;
    for (const QString &cell : cells)
        encoded.append(csvCell(cell));
    return encoded.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString str(const QJsonObject &object, const char *key) {
    return object.value(QLatin1String(key)).toString();
}

} // namespace

class TestCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void version();
    void help();
    void usageErrors_data();
    void usageErrors();
    void missingCredentials_data();
    void missingCredentials();
    void rejectedCredentials_data();
    void rejectedCredentials();
    void stsCredentials();
    void imageNotFound_data();
    void imageNotFound();
    void permissionsCsv_data();
    void permissionsCsv();
    void permissionsAllPages();
    void permissionsPaging();
    void permissionsJson_data();
    void permissionsJson();
    void permissionsTable();
    void regionsJson_data();
    void regionsJson();
    void imagesCsv();
    void imagesNameFilter();
    void imagesSharedWithMe_data();
    void imagesSharedWithMe();
    void outputFile();
    void outputFileUntouchedOnFailure();
    void outputFileUnwritable();
    void networkFailure();
    void localizedMessages_data();
    void localizedMessages();
    void unwritableStandardOutput_data();
    void unwritableStandardOutput();
    void sharingChangedWhileRead_data();
    void sharingChangedWhileRead();

private:
    /// Starts `simulator` on the demo data with `extraArguments`; returns its base URL, or an empty string.
    static QString startSimulator(QProcess *simulator, const QStringList &extraArguments = {});
    /// `prepare` can redirect the process's channels before it starts.
    CliRun run(const QStringList &arguments, const QMap<QString, QString> &environment = {},
               bool withEndpoint = true, const std::function<void(QProcess *)> &prepare = {});
    QJsonObject image(const QString &imageId) const;
    QJsonObject imageWithMostAccounts() const;
    QJsonObject imageNamed(const QString &prefix) const;
    QString expectedPermissionsCsv(const QJsonObject &image, int first, int count) const;

    QProcess m_simulator;
    QString m_endpoint;
    QJsonObject m_data;
    QList<CliRun> m_runs; // this test function's runs, checked for leaked secrets in cleanup()
};

void TestCli::initTestCase() {
    QVERIFY2(QFile::exists(kCliPath), qPrintable(kCliPath));
    QVERIFY2(QFile::exists(kSimulatorPath), qPrintable(kSimulatorPath));

    QFile data(kDataPath);
    QVERIFY2(data.open(QIODevice::ReadOnly), qPrintable(kDataPath));
    QJsonParseError error;
    m_data = QJsonDocument::fromJson(data.readAll(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);

    m_endpoint = startSimulator(&m_simulator);
    QVERIFY(!m_endpoint.isEmpty());
}

QString TestCli::startSimulator(QProcess *simulator, const QStringList &extraArguments) {
    return isb::test::startSimulatorProcess(
        *simulator, kSimulatorPath, QStringList{QStringLiteral("--data"), kDataPath} + extraArguments);
}

void TestCli::cleanupTestCase() {
    if (m_simulator.state() != QProcess::NotRunning) {
        m_simulator.terminate();
        if (!m_simulator.waitForFinished(5000))
            m_simulator.kill();
        m_simulator.waitForFinished(5000);
    }
}

void TestCli::cleanup() {
    // Whatever happened, the secret (and the STS token) must never reach the terminal or a log.
    for (const CliRun &run : std::as_const(m_runs)) {
        for (const char *secret :
             {"demo-secret-not-a-real-key", "demo-sts-secret-not-real", "demo-sts-token"}) {
            QVERIFY2(!run.out.contains(secret), run.out.constData());
            QVERIFY2(!run.err.contains(secret), run.err.constData());
        }
    }
    m_runs.clear();
}

CliRun TestCli::run(const QStringList &arguments, const QMap<QString, QString> &environment,
                    bool withEndpoint, const std::function<void(QProcess *)> &prepare) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The developer's own credentials must not leak into, or change, the test.
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("ALIBABA_CLOUD_")))
            env.remove(name);
    }
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), kKeyId);
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), kSecret);
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    // Messages follow the locale; the expectations here are English whatever the machine's locale is.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isNull())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }

    QStringList args;
    if (withEndpoint)
        args << QStringLiteral("--endpoint") << m_endpoint;
    args << arguments;

    QProcess process;
    process.setProcessEnvironment(env);
    if (prepare)
        prepare(&process);
    process.start(kCliPath, args);
    CliRun result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        result.err = "image-share-cli did not finish";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    m_runs.append(result);
    return result;
}

QJsonObject TestCli::image(const QString &imageId) const {
    for (const QJsonValue &value : m_data.value(u"Images").toArray()) {
        if (str(value.toObject(), "ImageId") == imageId)
            return value.toObject();
    }
    return {};
}

QJsonObject TestCli::imageWithMostAccounts() const {
    QJsonObject best;
    for (const QJsonValue &value : m_data.value(u"Images").toArray()) {
        if (value.toObject().value(u"Accounts").toArray().size() > best.value(u"Accounts").toArray().size())
            best = value.toObject();
    }
    return best;
}

QJsonObject TestCli::imageNamed(const QString &prefix) const {
    for (const QJsonValue &value : m_data.value(u"Images").toArray()) {
        if (str(value.toObject(), "ImageName").startsWith(prefix))
            return value.toObject();
    }
    return {};
}

QString TestCli::expectedPermissionsCsv(const QJsonObject &image, int first, int count) const {
    const QString region = str(image, "RegionId");
    const QString id = str(image, "ImageId");
    const QString name = str(image, "ImageName");
    QString csv = QStringLiteral("RegionId,ImageId,ImageName,Kind,Principal,SharedTime,Label\r\n");
    const QJsonArray accounts = image.value(u"Accounts").toArray();
    for (int i = first; i < accounts.size() && i < first + count; ++i) {
        const QJsonObject account = accounts.at(i).toObject();
        csv += csvLine({region, id, name, QStringLiteral("Account"), str(account, "AliyunId"),
                        str(account, "SharedTime"), QString()});
    }
    for (const QJsonValue &group : image.value(u"ShareGroups").toArray())
        csv += csvLine({region, id, name, QStringLiteral("Group"), group.toString(), QString(), QString()});
    return csv;
}

void TestCli::version() {
    const CliRun result = run({QStringLiteral("--version")}, {}, false);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("image-share-cli " ISB_VERSION "\n"));
    QVERIFY(result.err.isEmpty());
}

void TestCli::help() {
    const CliRun result = run({QStringLiteral("--help")}, {}, false);
    QCOMPARE(result.exitCode, 0);
    const QString text = result.outText();
    QVERIFY(text.startsWith(QStringLiteral("Usage: image-share-cli")));
    for (const char *needle :
         {"regions", "images --region", "permissions --region", "--all", "--output",
          "ALIBABA_CLOUD_ACCESS_KEY_ID", "Exit codes:", "  0  ", "  2  ", "  3  ", "  4  ", "  5  ", "  6  "})
        QVERIFY2(text.contains(QLatin1String(needle)), needle);
}

void TestCli::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    const QString p = QStringLiteral("permissions");
    const QString r = QStringLiteral("--region");
    const QString i = QStringLiteral("--image");
    const QString hz = QStringLiteral("cn-hangzhou");
    const QString img = QStringLiteral("m-bp1abc");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("command");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("publish")} << QStringLiteral("publish");
    QTest::newRow("share without image")
        << QStringList{QStringLiteral("share"), r, hz, QStringLiteral("--add"),
                       QStringLiteral("123456789012")}
        << QStringLiteral("--image");
    QTest::newRow("share without a change") << QStringList{QStringLiteral("share"), r, hz, i, img}
                                            << QStringLiteral("--add, --remove or --private");
    QTest::newRow("revoke without account")
        << QStringList{QStringLiteral("revoke")} << QStringLiteral("--account");
    QTest::newRow("undo entry not a number")
        << QStringList{QStringLiteral("undo"), QStringLiteral("last")} << QStringLiteral("ENTRY");
    QTest::newRow("undo one entry") << QStringList{QStringLiteral("undo"), QStringLiteral("1"),
                                                   QStringLiteral("2")}
                                    << QStringLiteral("\"2\"");
    QTest::newRow("two commands") << QStringList{QStringLiteral("regions"), QStringLiteral("images")}
                                  << QStringLiteral("images");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("regions"), QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
    QTest::newRow("images without region")
        << QStringList{QStringLiteral("images")} << QStringLiteral("--region");
    QTest::newRow("permissions without image") << QStringList{p, r, hz} << QStringLiteral("--image");
    QTest::newRow("region upper case")
        << QStringList{p, r, QStringLiteral("CN-Hangzhou"), i, img} << QStringLiteral("region");
    QTest::newRow("region with slash")
        << QStringList{p, r, QStringLiteral("cn/../x"), i, img} << QStringLiteral("region");
    QTest::newRow("image with space")
        << QStringList{p, r, hz, i, QStringLiteral("m-bp1 abc")} << QStringLiteral("image");
    QTest::newRow("image with ampersand")
        << QStringList{p, r, hz, i, QStringLiteral("m-1&Action=x")} << QStringLiteral("image");
    QTest::newRow("page 0") << QStringList{p, r, hz, i, img, QStringLiteral("--page"), QStringLiteral("0")}
                            << QStringLiteral("--page");
    QTest::newRow("page text")
        << QStringList{p, r, hz, i, img, QStringLiteral("--page"), QStringLiteral("two")}
        << QStringLiteral("--page");
    QTest::newRow("page size 0")
        << QStringList{p, r, hz, i, img, QStringLiteral("--page-size"), QStringLiteral("0")}
        << QStringLiteral("--page-size");
    QTest::newRow("page size 51")
        << QStringList{p, r, hz, i, img, QStringLiteral("--page-size"), QStringLiteral("51")}
        << QStringLiteral("--page-size");
    QTest::newRow("all with page") << QStringList{p,
                                                  r,
                                                  hz,
                                                  i,
                                                  img,
                                                  QStringLiteral("--all"),
                                                  QStringLiteral("--page"),
                                                  QStringLiteral("2")}
                                   << QStringLiteral("--all");
    QTest::newRow("all with page size") << QStringList{p,
                                                       r,
                                                       hz,
                                                       i,
                                                       img,
                                                       QStringLiteral("--all"),
                                                       QStringLiteral("--page-size"),
                                                       QStringLiteral("5")}
                                        << QStringLiteral("--all");
    QTest::newRow("bad format") << QStringList{QStringLiteral("regions"), QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << QStringLiteral("--format");
    QTest::newRow("bad signature") << QStringList{QStringLiteral("regions"), QStringLiteral("--signature"),
                                                  QStringLiteral("v2")}
                                   << QStringLiteral("--signature");
    QTest::newRow("bad language") << QStringList{QStringLiteral("regions"), QStringLiteral("--language"),
                                                 QStringLiteral("klingon")}
                                  << QStringLiteral("--language");
    QTest::newRow("image option on images")
        << QStringList{QStringLiteral("images"), r, hz, i, img} << QStringLiteral("--image");
    // An option of another command is refused by name, never ignored.
    QTest::newRow("pool on images") << QStringList{QStringLiteral("images"), r, hz, QStringLiteral("--pool"),
                                                   QStringLiteral("4")}
                                    << QStringLiteral("--pool does not apply to images");
    QTest::newRow("access key on regions")
        << QStringList{QStringLiteral("regions"), QStringLiteral("--access-key-id"), QStringLiteral("LTAIx")}
        << QStringLiteral("--access-key-id does not apply to regions");
    QTest::newRow("endpoint on credentials list")
        << QStringList{QStringLiteral("credentials"), QStringLiteral("list")}
        << QStringLiteral("--endpoint does not apply to credentials list");
    QTest::newRow("region given twice")
        << QStringList{QStringLiteral("images"), r, hz, r, QStringLiteral("cn-beijing")}
        << QStringLiteral("more than once");
    QTest::newRow("timeout zero") << QStringList{QStringLiteral("regions"), QStringLiteral("--timeout"),
                                                 QStringLiteral("0")}
                                  << QStringLiteral("--timeout");
    QTest::newRow("empty output") << QStringList{QStringLiteral("regions"), QStringLiteral("--output"),
                                                 QString()}
                                  << QStringLiteral("--output");
    // Endpoints: given after the test's own --endpoint, so the duplicate check must not be what fires; the
    // endpoint rows therefore run without it (see usageErrors()).
    QTest::newRow("http to a remote host")
        << QStringList{QStringLiteral("--endpoint"), QStringLiteral("http://ecs.aliyuncs.com"),
                       QStringLiteral("regions")}
        << QStringLiteral("http");
    QTest::newRow("ftp endpoint") << QStringList{QStringLiteral("--endpoint"),
                                                 QStringLiteral("ftp://127.0.0.1"), QStringLiteral("regions")}
                                  << QStringLiteral("https");
    QTest::newRow("endpoint without scheme")
        << QStringList{QStringLiteral("--endpoint"), QStringLiteral("ecs.aliyuncs.com"),
                       QStringLiteral("regions")}
        << QStringLiteral("--endpoint");
    QTest::newRow("endpoint with a path")
        << QStringList{QStringLiteral("--endpoint"), QStringLiteral("https://ecs.aliyuncs.com/x"),
                       QStringLiteral("regions")}
        << QStringLiteral("path");
    QTest::newRow("endpoint with user info")
        << QStringList{QStringLiteral("--endpoint"), QStringLiteral("https://user:pw@ecs.aliyuncs.com"),
                       QStringLiteral("regions")}
        << QStringLiteral("user");
}

void TestCli::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const bool ownEndpoint = arguments.contains(QStringLiteral("--endpoint"));
    const CliRun result = run(arguments, {}, !ownEndpoint);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith("image-share-cli: "), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1); // one line
    QVERIFY2(result.errText().contains(mentions), result.err.constData());
}

void TestCli::missingCredentials_data() {
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<QString>("mentions");
    const QString id = QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID");
    const QString secret = QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    QTest::newRow("none") << Environment{{id, QString()}, {secret, QString()}} << id;
    QTest::newRow("no id") << Environment{{id, QString()}} << id;
    QTest::newRow("no secret") << Environment{{secret, QString()}} << secret;
    QTest::newRow("empty secret") << Environment{{secret, QStringLiteral("")}} << secret;
    QTest::newRow("secret with newline")
        << Environment{{secret, QStringLiteral("demo-secret-not-a-real-key\n")}} << secret;
}

void TestCli::missingCredentials() {
    QFETCH(Environment, environment);
    QFETCH(QString, mentions);
    const CliRun result = run({QStringLiteral("regions")}, environment);
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.errText().contains(mentions), result.err.constData());
}

void TestCli::rejectedCredentials_data() {
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("code");
    const QString wrongSecret = QStringLiteral("not-the-secret");
    for (const QString &signature : {QStringLiteral("v3"), QStringLiteral("v1")}) {
        QTest::addRow("wrong secret %s", qPrintable(signature))
            << kKeyId << wrongSecret << signature << QStringLiteral("SignatureDoesNotMatch");
        QTest::addRow("unknown key %s", qPrintable(signature))
            << QStringLiteral("LTAI5tNoSuchKey0000") << kSecret << signature
            << QStringLiteral("InvalidAccessKeyId.NotFound");
    }
}

void TestCli::rejectedCredentials() {
    QFETCH(QString, keyId);
    QFETCH(QString, secret);
    QFETCH(QString, signature);
    QFETCH(QString, code);
    const CliRun result = run({QStringLiteral("--signature"), signature, QStringLiteral("permissions"),
                               QStringLiteral("--region"), QStringLiteral("cn-hangzhou"),
                               QStringLiteral("--image"), str(imageWithMostAccounts(), "ImageId")},
                              {{QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), keyId},
                               {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), secret}});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.errText().contains(QStringLiteral("Code=") + code), result.err.constData());
    QVERIFY2(result.errText().contains(QStringLiteral("RequestId=")), result.err.constData());
    QVERIFY(!result.errText().contains(secret));
}

void TestCli::stsCredentials() {
    QJsonObject sts;
    for (const QJsonValue &key : m_data.value(u"AccessKeys").toArray()) {
        if (!str(key.toObject(), "SecurityToken").isEmpty())
            sts = key.toObject();
    }
    if (sts.isEmpty())
        QSKIP("the demo data has no STS key");
    const QMap<QString, QString> environment = {
        {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), str(sts, "AccessKeyId")},
        {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), str(sts, "AccessKeySecret")},
        {QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), str(sts, "SecurityToken")}};
    for (const QString &signature : {QStringLiteral("v3"), QStringLiteral("v1")}) {
        const CliRun ok =
            run({QStringLiteral("--signature"), signature, QStringLiteral("regions")}, environment);
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
    }

    QMap<QString, QString> withoutToken = environment;
    withoutToken.insert(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), QString());
    const CliRun missing = run({QStringLiteral("regions")}, withoutToken);
    QCOMPARE(missing.exitCode, 3);
    QVERIFY2(missing.errText().contains(QStringLiteral("Code=InvalidSecurityToken")),
             missing.err.constData());
}

void TestCli::imageNotFound_data() {
    QTest::addColumn<QString>("regionId");
    QTest::addColumn<QString>("imageId");
    QTest::newRow("no such image") << QStringLiteral("cn-hangzhou") << QStringLiteral("m-doesnotexist000000");
    // An image of another region does not exist from this region's point of view.
    QJsonObject shanghai;
    for (const QJsonValue &value : m_data.value(u"Images").toArray()) {
        if (str(value.toObject(), "RegionId") == QLatin1String("cn-shanghai"))
            shanghai = value.toObject();
    }
    QTest::newRow("other region") << QStringLiteral("cn-hangzhou") << str(shanghai, "ImageId");
}

void TestCli::imageNotFound() {
    QFETCH(QString, regionId);
    QFETCH(QString, imageId);
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("table")}) {
        const CliRun result = run({QStringLiteral("permissions"), QStringLiteral("--region"), regionId,
                                   QStringLiteral("--image"), imageId, QStringLiteral("--format"), format});
        QCOMPARE(result.exitCode, 4);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.count('\n'), 1);
        static const QRegularExpression line(
            QStringLiteral("^image-share-cli: .*Code=InvalidImageId\\.NotFound .*Message=\".+\".* "
                           "RequestId=[0-9A-F-]{36}\\n$"));
        QVERIFY2(line.match(result.errText()).hasMatch(), result.err.constData());
    }
}

void TestCli::permissionsCsv_data() {
    QTest::addColumn<QString>("imageId");
    QTest::addColumn<QString>("signature");

    QStringList ids = {str(imageWithMostAccounts(), "ImageId")};
    // The awkward names the demo data was built with: Chinese, a formula with commas and quotes.
    for (const QString &prefix : {QStringLiteral("生产"), QStringLiteral("="), QStringLiteral("测试")}) {
        const QJsonObject found = imageNamed(prefix);
        if (!found.isEmpty())
            ids.append(str(found, "ImageId"));
    }
    // Shared with a group only, not shared at all, and not Available (its name must still be found).
    for (const QJsonValue &value : m_data.value(u"Images").toArray()) {
        const QJsonObject object = value.toObject();
        const bool groupOnly = object.value(u"Accounts").toArray().isEmpty() &&
                               !object.value(u"ShareGroups").toArray().isEmpty();
        const bool notShared =
            object.value(u"Accounts").toArray().isEmpty() && object.value(u"ShareGroups").toArray().isEmpty();
        const bool unavailable = str(object, "Status") != QLatin1String("Available") &&
                                 !object.value(u"Accounts").toArray().isEmpty();
        if (groupOnly || notShared || unavailable)
            ids.append(str(object, "ImageId"));
    }
    ids.removeDuplicates();
    for (const QString &id : std::as_const(ids)) {
        for (const QString &signature : {QStringLiteral("v3"), QStringLiteral("v1")})
            QTest::addRow("%s %s", qPrintable(id), qPrintable(signature)) << id << signature;
    }
}

void TestCli::permissionsCsv() {
    QFETCH(QString, imageId);
    QFETCH(QString, signature);
    const QJsonObject expectedImage = image(imageId);
    const CliRun result =
        run({QStringLiteral("--signature"), signature, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("permissions"), QStringLiteral("--region"), str(expectedImage, "RegionId"),
             QStringLiteral("--image"), imageId});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.err.isEmpty());
    // The first page, at the API's default size of 10.
    QCOMPARE(result.outText(), expectedPermissionsCsv(expectedImage, 0, 10));

    QList<QStringList> records;
    QString error;
    QVERIFY2(Rfc4180Parser::parse(result.out, &records, &error), qPrintable(error));
}

void TestCli::permissionsAllPages() {
    const QJsonObject most = imageWithMostAccounts();
    const int accounts = int(most.value(u"Accounts").toArray().size());
    QCOMPARE(accounts, 57); // what the demo data promises; more than one page at the maximum size of 50
    for (const QString &signature : {QStringLiteral("v3"), QStringLiteral("v1")}) {
        const CliRun result = run({QStringLiteral("permissions"), QStringLiteral("--signature"), signature,
                                   QStringLiteral("--format"), QStringLiteral("csv"),
                                   QStringLiteral("--region"), str(most, "RegionId"),
                                   QStringLiteral("--image"), str(most, "ImageId"), QStringLiteral("--all")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QCOMPARE(result.outText(), expectedPermissionsCsv(most, 0, accounts));
        QList<QStringList> records;
        QString error;
        QVERIFY2(Rfc4180Parser::parse(result.out, &records, &error), qPrintable(error));
        QCOMPARE(records.size(), 1 + accounts + most.value(u"ShareGroups").toArray().size());
    }

    // Accounts and a group together, merged across pages.
    QJsonObject both;
    for (const QJsonValue &value : m_data.value(u"Images").toArray()) {
        if (!value.toObject().value(u"Accounts").toArray().isEmpty() &&
            !value.toObject().value(u"ShareGroups").toArray().isEmpty())
            both = value.toObject();
    }
    QVERIFY(!both.isEmpty());
    const CliRun result = run({QStringLiteral("permissions"), QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("--region"), str(both, "RegionId"),
                               QStringLiteral("--image"), str(both, "ImageId"), QStringLiteral("--all")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.outText(), expectedPermissionsCsv(both, 0, 1000));
}

void TestCli::permissionsPaging() {
    const QJsonObject most = imageWithMostAccounts();
    const CliRun result = run({QStringLiteral("permissions"), QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("--region"), str(most, "RegionId"),
                               QStringLiteral("--image"), str(most, "ImageId"), QStringLiteral("--page"),
                               QStringLiteral("3"), QStringLiteral("--page-size"), QStringLiteral("7")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.outText(), expectedPermissionsCsv(most, 14, 7));

    // Past the last page: an empty page, not an error.
    const CliRun beyond = run({QStringLiteral("permissions"), QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("--region"), str(most, "RegionId"),
                               QStringLiteral("--image"), str(most, "ImageId"), QStringLiteral("--page"),
                               QStringLiteral("99"), QStringLiteral("--page-size"), QStringLiteral("50")});
    QCOMPARE(beyond.exitCode, 0);
    QCOMPARE(beyond.outText(), expectedPermissionsCsv(most, 1000, 0));
}

void TestCli::permissionsJson_data() {
    QTest::addColumn<QString>("imageId");
    QTest::newRow("most accounts") << str(imageWithMostAccounts(), "ImageId");
    QTest::newRow("formula name") << str(imageNamed(QStringLiteral("=")), "ImageId");
    for (const QJsonValue &value : m_data.value(u"Images").toArray()) {
        if (!value.toObject().value(u"ShareGroups").toArray().isEmpty()) {
            QTest::newRow("with group") << str(value.toObject(), "ImageId");
            break;
        }
    }
}

void TestCli::permissionsJson() {
    QFETCH(QString, imageId);
    const QJsonObject source = image(imageId);
    QVERIFY(!source.isEmpty());
    const CliRun result = run({QStringLiteral("permissions"), QStringLiteral("--format"),
                               QStringLiteral("json"), QStringLiteral("--region"), str(source, "RegionId"),
                               QStringLiteral("--image"), imageId, QStringLiteral("--all")});
    QVERIFY2(result.exitCode == 0, result.err.constData());

    QJsonArray accounts;
    for (const QJsonValue &account : source.value(u"Accounts").toArray()) {
        QJsonObject object{{QStringLiteral("AliyunId"), account.toObject().value(u"AliyunId")}};
        if (account.toObject().contains(u"SharedTime"))
            object.insert(QStringLiteral("SharedTime"), account.toObject().value(u"SharedTime"));
        accounts.append(object);
    }
    QJsonArray groups;
    for (const QJsonValue &group : source.value(u"ShareGroups").toArray())
        groups.append(QJsonObject{{QStringLiteral("Group"), group}});
    const QJsonObject expected{{QStringLiteral("RegionId"), source.value(u"RegionId")},
                               {QStringLiteral("ImageId"), imageId},
                               {QStringLiteral("ImageName"), source.value(u"ImageName")},
                               {QStringLiteral("TotalCount"), accounts.size()},
                               {QStringLiteral("Accounts"), accounts},
                               {QStringLiteral("ShareGroups"), groups}};

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object(), expected);

    // Keys in the API's order, not QJsonObject's alphabetical one.
    QStringList order;
    static const QRegularExpression key(QStringLiteral("^    \"(\\w+)\":"),
                                        QRegularExpression::MultilineOption);
    for (auto it = key.globalMatch(result.outText()); it.hasNext();)
        order.append(it.next().captured(1));
    QCOMPARE(order, (QStringList{QStringLiteral("RegionId"), QStringLiteral("ImageId"),
                                 QStringLiteral("ImageName"), QStringLiteral("TotalCount"),
                                 QStringLiteral("Accounts"), QStringLiteral("ShareGroups")}));
}

void TestCli::permissionsTable() {
    const QJsonObject chinese = imageNamed(QStringLiteral("生产"));
    const CliRun result = run({QStringLiteral("permissions"), QStringLiteral("--region"),
                               str(chinese, "RegionId"), QStringLiteral("--image"), str(chinese, "ImageId")});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QJsonArray accounts = chinese.value(u"Accounts").toArray();
    QCOMPARE(lines.size(), 2 + accounts.size());
    QVERIFY(lines.at(0).startsWith(QStringLiteral("RegionId  ")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("----")));
    // Chinese characters take two terminal cells: "Account" starts in the same cell on every row, and that
    // is where the rule under the Kind column starts.
    const qsizetype kindColumn = lines.at(0).indexOf(QStringLiteral("Kind"));
    const QString rule = lines.at(1);
    QCOMPARE(rule.at(kindColumn - 1), QLatin1Char(' '));
    QCOMPARE(rule.at(kindColumn), QLatin1Char('-'));
    const QString name = str(chinese, "ImageName");
    for (int i = 0; i < accounts.size(); ++i) {
        const QString &line = lines.at(2 + i);
        QVERIFY(line.contains(str(accounts.at(i).toObject(), "AliyunId")));
        const qsizetype at = line.indexOf(QStringLiteral("Account"));
        QVERIFY(at > 0);
        // Cells before "Account" = characters + one extra for each wide (CJK) character of the name.
        qsizetype wide = 0;
        for (const QChar c : name)
            wide += c.unicode() >= 0x2E80 ? 1 : 0;
        QCOMPARE(at + wide, kindColumn);
    }
}

void TestCli::regionsJson_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en-US") << QStringLiteral("en-US");
    QTest::newRow("zh-CN") << QStringLiteral("zh-CN");
}

void TestCli::regionsJson() {
    QFETCH(QString, language);
    const CliRun result = run({QStringLiteral("regions"), QStringLiteral("--language"), language,
                               QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QJsonArray expected;
    for (const QJsonValue &value : m_data.value(u"Regions").toArray()) {
        const QJsonObject region = value.toObject();
        const QJsonValue names = region.value(u"LocalName");
        const QString localName =
            names.isObject() ? names.toObject().value(language).toString() : names.toString();
        expected.append(QJsonObject{{QStringLiteral("RegionId"), region.value(u"RegionId")},
                                    {QStringLiteral("LocalName"), localName},
                                    {QStringLiteral("RegionEndpoint"), region.value(u"RegionEndpoint")},
                                    {QStringLiteral("Status"),
                                     region.contains(u"Status") ? region.value(u"Status")
                                                                : QJsonValue(QStringLiteral("available"))}});
    }
    QCOMPARE(QJsonDocument::fromJson(result.out).object(),
             (QJsonObject{{QStringLiteral("Regions"), expected}}));
}

void TestCli::imagesCsv() {
    for (const QString &signature : {QStringLiteral("v3"), QStringLiteral("v1")}) {
        const CliRun result = run({QStringLiteral("images"), QStringLiteral("--signature"), signature,
                                   QStringLiteral("--region"), QStringLiteral("cn-hangzhou"),
                                   QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QList<QStringList> records;
        QString error;
        QVERIFY2(Rfc4180Parser::parse(result.out, &records, &error), qPrintable(error));
        QVERIFY(!records.isEmpty());
        QCOMPARE(records.takeFirst().mid(0, 3),
                 (QStringList{QStringLiteral("RegionId"), QStringLiteral("ImageId"),
                              QStringLiteral("ImageName")}));

        // DescribeImages' default: the region's Available images, in the service's order.
        QList<QStringList> expected;
        for (const QJsonValue &value : m_data.value(u"Images").toArray()) {
            const QJsonObject object = value.toObject();
            if (str(object, "RegionId") == QLatin1String("cn-hangzhou") &&
                str(object, "Status") == QLatin1String("Available")) {
                QString name = str(object, "ImageName");
                if (!name.isEmpty() && QStringLiteral("=+-@\t\r").contains(name.front()))
                    name.prepend(QLatin1Char('\''));
                expected.append({QStringLiteral("cn-hangzhou"), str(object, "ImageId"), name});
            }
        }
        QList<QStringList> actual;
        for (const QStringList &record : std::as_const(records))
            actual.append(record.mid(0, 3));
        QCOMPARE(actual, expected);
    }
}

void TestCli::imagesNameFilter() {
    const CliRun result = run({QStringLiteral("images"), QStringLiteral("--region"),
                               QStringLiteral("cn-hangzhou"), QStringLiteral("--name"),
                               QStringLiteral("PROD"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QStringList actual;
    for (const QJsonValue &value : QJsonDocument::fromJson(result.out).object().value(u"Images").toArray())
        actual.append(str(value.toObject(), "ImageId"));
    QStringList expected;
    for (const QJsonValue &value : m_data.value(u"Images").toArray()) {
        const QJsonObject object = value.toObject();
        if (str(object, "RegionId") == QLatin1String("cn-hangzhou") &&
            str(object, "Status") == QLatin1String("Available") &&
            str(object, "ImageName").contains(QStringLiteral("prod"), Qt::CaseInsensitive))
            expected.append(str(object, "ImageId"));
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(actual, expected);
}

void TestCli::imagesSharedWithMe_data() {
    QTest::addColumn<QString>("format");
    for (const char *format : {"table", "csv", "json"})
        QTest::newRow(format) << QString::fromLatin1(format);
}

void TestCli::imagesSharedWithMe() {
    // Issue 15: the other accounts' images shared with the caller's account, each with its owner.
    QFETCH(QString, format);
    const QString region = QStringLiteral("cn-hangzhou");
    const QString caller = str(m_data, "AccountId");
    QList<QStringList> expected; // ImageId, ImageOwnerId
    for (const QJsonValue &account : m_data.value(u"CloudAccounts").toArray()) {
        for (const QJsonValue &value : account.toObject().value(u"Images").toArray()) {
            const QJsonObject image = value.toObject();
            const QJsonArray grants = image.value(u"Accounts").toArray();
            const bool sharedWithCaller =
                std::any_of(grants.begin(), grants.end(), [&](const QJsonValue &grant) {
                    return str(grant.toObject(), "AliyunId") == caller;
                });
            if (str(image, "RegionId") == region && sharedWithCaller)
                expected.append({str(image, "ImageId"), str(account.toObject(), "AccountId")});
        }
    }
    QVERIFY(!expected.isEmpty());

    const CliRun result = run({QStringLiteral("images"), QStringLiteral("--region"), region,
                               QStringLiteral("--shared-with-me"), QStringLiteral("--format"), format});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QList<QStringList> actual;
    if (format == QLatin1String("json")) {
        for (const QJsonValue &value :
             QJsonDocument::fromJson(result.out).object().value(u"Images").toArray())
            actual.append({str(value.toObject(), "ImageId"), str(value.toObject(), "ImageOwnerId")});
    } else if (format == QLatin1String("csv")) {
        QList<QStringList> records;
        QString error;
        QVERIFY2(Rfc4180Parser::parse(result.out, &records, &error), qPrintable(error));
        const QStringList header = records.takeFirst();
        // The new column comes last: the ones scripts read by position keep their places.
        QCOMPARE(header.constLast(), QStringLiteral("ImageOwnerId"));
        QCOMPARE(header.mid(0, header.size() - 1), isb::ImageRows::header());
        for (const QStringList &record : std::as_const(records))
            actual.append({record.at(1), record.constLast()});
    } else {
        const QList<QByteArray> lines = result.out.split('\n');
        QVERIFY2(lines.constFirst().trimmed().endsWith("ImageOwnerId"), result.out.constData());
        for (const QStringList &row : std::as_const(expected)) {
            const auto line = std::find_if(lines.cbegin(), lines.cend(), [&](const QByteArray &text) {
                return text.contains(row.at(0).toUtf8());
            });
            QVERIFY2(line != lines.cend(), result.out.constData());
            QVERIFY2(line->trimmed().endsWith(row.at(1).toUtf8()), line->constData());
            actual.append(row);
        }
        const auto rows = std::count_if(lines.cbegin(), lines.cend(), [&](const QByteArray &text) {
            return text.startsWith(region.toUtf8());
        });
        QCOMPARE(int(rows), int(expected.size()));
    }
    QCOMPARE(actual, expected);
}

void TestCli::outputFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shares.csv"));
    const QJsonObject most = imageWithMostAccounts();
    const CliRun result =
        run({QStringLiteral("permissions"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--output"), path, QStringLiteral("--region"), str(most, "RegionId"),
             QStringLiteral("--image"), str(most, "ImageId"), QStringLiteral("--all")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), expectedPermissionsCsv(most, 0, 1000));
    // Nothing else left behind (QSaveFile's temporary file is renamed into place).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("shares.csv")});
}

void TestCli::outputFileUntouchedOnFailure() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shares.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("previous export\n");
    }
    const CliRun result =
        run({QStringLiteral("permissions"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--output"), path, QStringLiteral("--region"), QStringLiteral("cn-hangzhou"),
             QStringLiteral("--image"), QStringLiteral("m-doesnotexist000000")});
    QCOMPARE(result.exitCode, 4);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("previous export\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("shares.json")});
}

void TestCli::outputFileUnwritable() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing-folder/shares.csv"));
    const CliRun result = run({QStringLiteral("regions"), QStringLiteral("--output"), path});
    QCOMPARE(result.exitCode, 6);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY2(result.errText().contains(path), result.err.constData());
}

void TestCli::networkFailure() {
    // A port that was just free: nothing listens there, so the connection is refused.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    const CliRun result = run({QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                               QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("regions")},
                              {}, false);
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
}

void TestCli::localizedMessages_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("inOutput"); // standard output, or standard error for a usage error
    QTest::addColumn<QStringList>("notInOutput");

    const QStringList help = {QStringLiteral("--help")};
    const QStringList usageError = {QStringLiteral("permissions"), QStringLiteral("--region"),
                                    QStringLiteral("cn-hangzhou")};
    const Environment english = {{QStringLiteral("LANG"), QStringLiteral("C")},
                                 {QStringLiteral("LC_ALL"), QString()},
                                 {QStringLiteral("LANGUAGE"), QString()}};
    // Option, command and variable names, the column list and exit codes stay as they are in Chinese.
    QTest::newRow("help zh_CN") << help << kChinese << 0
                                << QStringList{QStringLiteral("用法：image-share-cli [options] <command>\n"),
                                               QStringLiteral("显示此帮助并退出。"),
                                               QStringLiteral("  --image <ID>  "),
                                               QStringLiteral("  --region <REGION>  "),
                                               QStringLiteral("  permissions --region REGION --image ID"),
                                               QStringLiteral(
                                                   "RegionId,ImageId,ImageName,Kind,Principal,SharedTime"),
                                               QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"),
                                               QStringLiteral("退出码：\n  0  成功\n"),
                                               QStringLiteral("  6  无法写入输出\n")}
                                << QStringList{QStringLiteral("Usage:"), QStringLiteral("Exit codes:"),
                                               QStringLiteral("Show this help")};
    QTest::newRow("help C") << help << english << 0
                            << QStringList{QStringLiteral("Usage: image-share-cli [options] <command>\n"),
                                           QStringLiteral("Show this help and exit."),
                                           QStringLiteral("  --image <ID>  "),
                                           QStringLiteral("Exit codes:\n  0  success\n")}
                            << QStringList{QStringLiteral("用法"), QStringLiteral("退出码")};
    QTest::newRow("usage error zh_CN")
        << usageError << kChinese << 2
        << QStringList{QStringLiteral("image-share-cli: permissions 需要 --image（参见 --help）\n")}
        << QStringList{QStringLiteral("needs")};
    QTest::newRow("usage error C") << usageError << english << 2
                                   << QStringList{QStringLiteral(
                                          "image-share-cli: permissions needs --image (see --help)\n")}
                                   << QStringList{QStringLiteral("需要")};
    // One command's help: its own options only, translated like the main help.
    QTest::newRow("permissions help zh_CN")
        << QStringList{QStringLiteral("permissions"), QStringLiteral("--help")} << kChinese << 0
        << QStringList{QStringLiteral("用法：image-share-cli permissions --region REGION --image ID"),
                       QStringLiteral("显示此帮助并退出。"), QStringLiteral("  --image <ID>  "),
                       QStringLiteral("  --page-size <N>  ")}
        << QStringList{QStringLiteral("Usage:"), QStringLiteral("--pool"), QStringLiteral("--language"),
                       QStringLiteral("--access-key-id")};
    QTest::newRow("credentials help zh_CN")
        << QStringList{QStringLiteral("credentials"), QStringLiteral("--help")} << kChinese << 0
        << QStringList{QStringLiteral("用法：image-share-cli credentials <subcommand> [options]\n"),
                       QStringLiteral("子命令：\n  set --profile NAME --access-key-id ID")}
        << QStringList{QStringLiteral("Subcommands:")};
    QTest::newRow("credentials usage error zh_CN")
        << QStringList{QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("--profile"),
                       QStringLiteral("prod")}
        << kChinese << 2
        << QStringList{QStringLiteral("image-share-cli: credentials set 需要 --access-key-id ID"),
                       QStringLiteral("（参见 credentials --help）\n")}
        << QStringList{QStringLiteral("needs")};
}

void TestCli::localizedMessages() {
    QFETCH(QStringList, arguments);
    QFETCH(Environment, environment);
    QFETCH(int, exitCode);
    QFETCH(QStringList, inOutput);
    QFETCH(QStringList, notInOutput);
    const CliRun result = run(arguments, environment, false);
    QCOMPARE(result.exitCode, exitCode);
    const QString text = exitCode == 0 ? result.outText() : result.errText();
    QVERIFY2((exitCode == 0 ? result.err : result.out).isEmpty(), result.err.constData());
    if (exitCode != 0)
        QCOMPARE(result.err.count('\n'), 1);
    for (const QString &expected : std::as_const(inOutput))
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    for (const QString &unexpected : std::as_const(notInOutput))
        QVERIFY2(!text.contains(unexpected), qPrintable(unexpected + QStringLiteral(" in:\n") + text));
}

void TestCli::unwritableStandardOutput_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("devFull"); // else a regular file the CLI may not grow

    const QString most = str(imageWithMostAccounts(), "ImageId");
    const QList<QPair<QByteArray, QStringList>> commands = {
        {"regions table", {QStringLiteral("regions")}},
        {"regions csv", {QStringLiteral("regions"), QStringLiteral("--format"), QStringLiteral("csv")}},
        {"regions json", {QStringLiteral("regions"), QStringLiteral("--format"), QStringLiteral("json")}},
        {"images", {QStringLiteral("images"), QStringLiteral("--region"), QStringLiteral("cn-hangzhou")}},
        {"permissions",
         {QStringLiteral("permissions"), QStringLiteral("--region"), QStringLiteral("cn-hangzhou"),
          QStringLiteral("--image"), most}},
        {"audit table", {QStringLiteral("audit"), QStringLiteral("--region"), QStringLiteral("cn-hangzhou")}},
        {"audit json",
         {QStringLiteral("audit"), QStringLiteral("--region"), QStringLiteral("cn-hangzhou"),
          QStringLiteral("--format"), QStringLiteral("json")}},
        {"diff", {QStringLiteral("diff")}}, // the snapshot files are added by the test
        {"help", {QStringLiteral("--help")}},
        {"version", {QStringLiteral("--version")}},
        {"credentials help", {QStringLiteral("credentials"), QStringLiteral("--help")}},
        {"credentials list", {QStringLiteral("credentials"), QStringLiteral("list")}},
    };
    for (const auto &[name, arguments] : commands) {
        QTest::addRow("%s, /dev/full", name.constData()) << arguments << true;
        QTest::addRow("%s, file size limit", name.constData()) << arguments << false;
    }
}

void TestCli::unwritableStandardOutput() {
    QFETCH(QStringList, arguments);
    QFETCH(bool, devFull);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    if (arguments == QStringList{QStringLiteral("diff")}) {
        const QString snapshot = dir.filePath(QStringLiteral("snapshot.json"));
        const CliRun audit =
            run({QStringLiteral("audit"), QStringLiteral("--region"), QStringLiteral("cn-hangzhou"),
                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), snapshot});
        QVERIFY2(audit.exitCode == 0, audit.err.constData());
        arguments << snapshot << snapshot << QStringLiteral("--all");
    }

    std::function<void(QProcess *)> prepare;
    if (devFull) {
        // Some containers have no /dev/full, or a plain file of that name that takes every write.
        struct stat status {};
        if (::stat("/dev/full", &status) != 0 || !S_ISCHR(status.st_mode))
            QSKIP(
                "/dev/full is not the character device here; the file size limit rows cover the same paths");
        prepare = [](QProcess *process) { process->setStandardOutputFile(QStringLiteral("/dev/full")); };
    } else {
        // Every write to a regular file fails with EFBIG once the limit is 0, as on a full disk; ignoring
        // SIGXFSZ (kept across exec) turns the signal into that error.
        const QString path = dir.filePath(QStringLiteral("stdout.txt"));
        prepare = [path](QProcess *process) {
            process->setStandardOutputFile(path);
            process->setChildProcessModifier([] {
                std::signal(SIGXFSZ, SIG_IGN);
                const struct rlimit none { 0, 0 };
                ::setrlimit(RLIMIT_FSIZE, &none);
            });
        };
    }

    const bool needsEndpoint = arguments.constFirst() != QLatin1String("credentials") &&
                               arguments.constFirst() != QLatin1String("diff") &&
                               !arguments.constFirst().startsWith(QLatin1String("--"));
    const CliRun result = run(arguments, {}, needsEndpoint, prepare);
    QCOMPARE(result.exitCode, 6);
    static const QRegularExpression line(
        QStringLiteral("^image-share-cli: cannot write to standard output: \\S.*\\n$"));
    QVERIFY2(line.match(result.errText()).hasMatch(), result.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

void TestCli::sharingChangedWhileRead_data() {
    QTest::addColumn<QStringList>("arguments");
    const QJsonObject most = imageWithMostAccounts(); // 57 accounts: two pages of 50
    const QString region = str(most, "RegionId");
    const QString image = str(most, "ImageId");
    QTest::newRow("permissions --all") << QStringList{
        QStringLiteral("permissions"), QStringLiteral("--region"), region, QStringLiteral("--image"), image,
        QStringLiteral("--all")};
    QTest::newRow("export --image") << QStringList{QStringLiteral("export"), QStringLiteral("--region"),
                                                   region, QStringLiteral("--image"), image};
    QTest::newRow("audit --region") << QStringList{QStringLiteral("audit"), QStringLiteral("--region"),
                                                   region, QStringLiteral("--format"), QStringLiteral("csv")};
}

void TestCli::sharingChangedWhileRead() {
    // Issue 12: every page-1 answer unshares one more account, so no read of the 57-account image is ever
    // consistent. Before, the client merged the shifted pages, lost a grant and exited 0.
    QFETCH(QStringList, arguments);
    QProcess shifting;
    const QString endpoint =
        startSimulator(&shifting, {QStringLiteral("--fault"), QStringLiteral("shift:1")});
    QVERIFY(!endpoint.isEmpty());
    const QTemporaryDir folder;
    const QString output = folder.filePath(QStringLiteral("out.csv"));
    const CliRun result = run(QStringList{QStringLiteral("--endpoint"), endpoint} + arguments +
                                  QStringList{QStringLiteral("--output"), output},
                              {}, false);
    shifting.terminate();
    shifting.waitForFinished(5000);
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("SharingChanged"), result.err.constData());
    QVERIFY2(result.err.contains("changed while it was being read"), result.err.constData());
    if (arguments.constFirst() == QLatin1String("audit")) {
        // A partial audit still writes what it checked completely, but never the changing image's grants.
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(str(imageWithMostAccounts(), "ImageId").toUtf8()));
    } else {
        QVERIFY2(!QFile::exists(output), "a failed read left a file");
    }
}
