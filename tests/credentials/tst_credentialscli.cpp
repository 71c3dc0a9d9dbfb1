// `image-share-cli credentials ...` and `--profile` end to end: the real program in a child process,
// the real Secret Service of scripts/with-keyring (checked with secret-tool too), secrets on standard
// input, and the ECS simulator in this process for the commands that call the API.

#include "CredentialsTestSupport.h"
#include "EcsSimulator.h"
#include "KeychainStore.h"
#include "ProfileStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <vector>

#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using namespace isb;
using namespace isb::test;
using namespace Qt::StringLiterals;

namespace {

const QString kCliPath = QStringLiteral(ISB_BIN_DIR "/image-share-cli");
const QString kWithoutKeyring = QStringLiteral(ISB_SOURCE_DIR "/scripts/without-keyring");
const QString kDemoKeyId = QStringLiteral("LTAI5tDemoReadOnly0001");
const QString kDemoSecret = QStringLiteral("demo-secret-not-a-real-key");
const QString kDemoDataPath = QStringLiteral(ISB_SOURCE_DIR "/resources/demo-data.json");
const QString kImageId = QStringLiteral("m-bp14qq0wsxhm04q0uyzh"); // demo data, cn-hangzhou, 3 accounts
// Demo members: "web" trusts the management account; "data" asks for ExternalId isb-demo-external.
const QString kWebRole = QStringLiteral("acs:ram::1500000000000002:role/ResourceDirectoryAccountAccessRole");
const QString kDataRole = QStringLiteral("acs:ram::1500000000000003:role/ResourceDirectoryAccountAccessRole");

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// image-share-cli with a pseudo-terminal as its standard input, output and error, in its own process group
/// of this session (so that a stop signal stops it, as in a shell), with LC_ALL=C.
class TerminalChild final {
public:
    explicit TerminalChild(const QStringList &arguments) {
        if (openpty(&m_master, &m_terminal, nullptr, nullptr, nullptr) != 0)
            return;
        // Everything the child needs is prepared before fork(): after it, only async-signal-safe calls.
        QByteArrayList argumentBytes = {kCliPath.toLocal8Bit()};
        for (const QString &argument : arguments)
            argumentBytes.append(argument.toLocal8Bit());
        QByteArrayList environment;
        for (const QString &entry : QProcessEnvironment::systemEnvironment().toStringList()) {
            if (!entry.startsWith(u"LC_"_s) && !entry.startsWith(u"LANG"_s))
                environment.append(entry.toLocal8Bit());
        }
        environment.append("LC_ALL=C");
        std::vector<char *> argv;
        for (QByteArray &argument : argumentBytes)
            argv.push_back(argument.data());
        argv.push_back(nullptr);
        std::vector<char *> envp;
        for (QByteArray &entry : environment)
            envp.push_back(entry.data());
        envp.push_back(nullptr);

        m_pid = fork();
        if (m_pid == 0) {
            setpgid(0, 0);
            dup2(m_terminal, STDIN_FILENO);
            dup2(m_terminal, STDOUT_FILENO);
            dup2(m_terminal, STDERR_FILENO);
            close(m_master);
            close(m_terminal);
            execve(argv[0], argv.data(), envp.data());
            _exit(127);
        }
    }
    ~TerminalChild() {
        // A failed check must not leave a stopped process behind.
        if (m_pid > 0 && !m_reaped) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, &m_status, 0);
        }
        for (const int fd : {m_master, m_terminal}) {
            if (fd >= 0)
                close(fd);
        }
    }
    TerminalChild(const TerminalChild &) = delete;
    TerminalChild &operator=(const TerminalChild &) = delete;

    pid_t pid() const { return m_pid; }
    bool isRunning() const { return m_pid > 0; }
    bool echoOn() const {
        struct termios mode {};
        return tcgetattr(m_terminal, &mode) == 0 && (mode.c_lflag & ECHO) != 0;
    }
    /// The kernel's word, not waitpid(WUNTRACED): Qt's own SIGCHLD handling may take the stop report first.
    bool isStopped() const {
        QFile stat(u"/proc/%1/stat"_s.arg(m_pid));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray fields = stat.readAll();
        return fields.mid(fields.lastIndexOf(')') + 2, 1) == "T";
    }
    /// Reaps the child once it has exited; stays true (QTRY_VERIFY evaluates its condition once more).
    bool hasExited() {
        readTerminal();
        m_reaped = m_reaped || waitpid(m_pid, &m_status, WNOHANG) == m_pid;
        return m_reaped;
    }
    int exitCode() const { return m_reaped && WIFEXITED(m_status) ? WEXITSTATUS(m_status) : -1; }
    bool type(const QByteArray &text) const {
        return write(m_master, text.constData(), std::size_t(text.size())) == ssize_t(text.size());
    }
    /// Whether the terminal has shown `text` so far.
    bool shows(const QByteArray &text) {
        readTerminal();
        return m_shown.contains(text);
    }
    QByteArray shown() {
        readTerminal();
        return m_shown;
    }

private:
    void readTerminal() {
        struct pollfd ready {
            m_master, POLLIN, 0
        };
        while (poll(&ready, 1, 0) == 1 && (ready.revents & POLLIN)) {
            char buffer[512];
            const ssize_t got = read(m_master, buffer, sizeof buffer);
            if (got <= 0)
                break;
            m_shown.append(buffer, got);
        }
    }

    int m_master = -1;
    int m_terminal = -1;
    pid_t m_pid = -1;
    int m_status = 0;
    bool m_reaped = false;
    QByteArray m_shown;
};

} // namespace

class TestCredentialsCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void setListDelete();
    void setWithSecurityToken();
    void setRefusesBadInput_data();
    void setRefusesBadInput();
    void defaultSubcommand();
    void roleProfiles();
    void roleProfileErrors_data();
    void roleProfileErrors();
    void profileOnPermissions();
    void environmentBeatsTheDefaultProfile();
    void noKeychain();
    void secretLinesOnlyAreRead_data();
    void secretLinesOnlyAreRead();
    void echoBackAfterStop();
    void interruptedWhileTyping_data();
    void interruptedWhileTyping();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {},
               const QMap<QString, QString> &environment = {}, const QString &wrapper = {});
    QString settingsFile() const;
    static QString secretToolSearch();

    TestHome m_home;
    EcsSimulator m_simulator;
};

void TestCredentialsCli::initTestCase() {
    QVERIFY(m_home.isValid());
    QString why;
    if (!keychainAvailable(&why))
        QFAIL(qPrintable(why));
    QVERIFY2(QFileInfo::exists(kCliPath), qPrintable(kCliPath));
    QString error;
    QVERIFY2(m_simulator.loadDataset(kDemoDataPath, &error), qPrintable(error));
    QVERIFY(m_simulator.listen());
}

QString TestCredentialsCli::settingsFile() const {
    // Where the CLI (and the window) keep profiles: XDG_CONFIG_HOME, which TestHome points into itself.
    return qEnvironmentVariable("XDG_CONFIG_HOME") + u"/ImageShareBrowser/image-share-browser.conf"_s;
}

void TestCredentialsCli::init() {
    QFile::remove(settingsFile());
}

void TestCredentialsCli::cleanup() {
    ProfileStore store(settingsFile());
    store.setEnvironment(QProcessEnvironment());
    for (const CredentialProfile &profile : store.profiles())
        removeProfile(store, profile.name);
}

CliRun TestCredentialsCli::run(const QStringList &arguments, const QByteArray &input,
                               const QMap<QString, QString> &environment, const QString &wrapper) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(u"ALIBABA_CLOUD_"_s))
            env.remove(name);
    }
    // Every diagnostic on: logs must not carry a secret either.
    env.insert(u"QT_LOGGING_RULES"_s, u"isb.*.debug=true"_s);
    // The messages asserted below are the English ones, whatever this machine's language.
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.remove(u"LANGUAGE"_s);
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());

    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    if (wrapper.isEmpty())
        process.start(kCliPath, arguments);
    else
        process.start(wrapper, QStringList{kCliPath} + arguments);
    CliRun result;
    if (!process.waitForStarted())
        return result;
    process.write(input);
    process.closeWriteChannel();
    // The simulator answers from this thread's event loop, so wait by spinning it, not by blocking.
    if (!finished.wait(kKeychainTimeoutMs * 2)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestCredentialsCli::secretToolSearch() {
    QProcess process;
    process.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, KeychainStore::serviceName()});
    if (!process.waitForFinished(kKeychainTimeoutMs))
        return {};
    // Only the attribute lines: the "secret = ..." lines are not for a test log.
    QStringList lines;
    for (const QString &line :
         QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()).split(u'\n')) {
        if (!line.startsWith(u"secret"_s))
            lines.append(line);
    }
    return lines.join(u'\n');
}

void TestCredentialsCli::setListDelete() {
    const QString secret = canary("cliset");
    const CliRun set = run({u"credentials"_s, u"set"_s, u"--profile"_s, u"work"_s, u"--access-key-id"_s,
                            u"LTAI5tTestKey0001"_s, u"--region"_s, u"cn-hangzhou"_s},
                           secret.toUtf8() + '\n');
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QVERIFY(set.out.contains(u"Saved profile work"_s));
    QVERIFY(set.out.contains(u"*************0001"_s));
    QVERIFY(!set.out.contains(u"LTAI5tTestKey0001"_s));
    QVERIFY(!set.out.contains(secret) && !set.err.contains(secret));
    QVERIFY2(secretToolSearch().contains(u"attribute.user = profile:work"_s), qPrintable(secretToolSearch()));

    const CliRun list = run({u"credentials"_s, u"list"_s});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QStringList lines = list.out.split(u'\n');
    QVERIFY(lines.value(0).startsWith(u"PROFILE"_s));
    const QString row = lines.value(2);
    QVERIFY2(row.startsWith(u"work"_s) && row.contains(u"keychain"_s) && row.contains(u"*0001"_s) &&
                 row.contains(u"cn-hangzhou"_s) && row.contains(u"yes"_s),
             qPrintable(list.out));
    QVERIFY(list.out.contains(u"commands use work (the default profile)"_s));
    QVERIFY(!list.out.contains(secret) && !list.err.contains(secret));

    // Visible to the window's ProfileStore too: the same settings and keychain.
    ProfileStore store(settingsFile());
    store.setEnvironment(QProcessEnvironment());
    QCOMPARE(loadCredentials(store, u"work"_s).first.accessKeySecret, secret);

    const CliRun removed = run({u"credentials"_s, u"delete"_s, u"--profile"_s, u"work"_s});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QVERIFY(!secretToolSearch().contains(u"profile:work"_s));
    QVERIFY(run({u"credentials"_s, u"list"_s}).out.startsWith(u"No profiles."_s));

    const CliRun again = run({u"credentials"_s, u"delete"_s, u"--profile"_s, u"work"_s});
    QCOMPARE(again.exitCode, 3);
    QVERIFY(again.err.contains(u"no profile \"work\""_s));
    QCOMPARE(m_home.filesContaining(secret), QStringList());
}

void TestCredentialsCli::setWithSecurityToken() {
    const QString secret = canary("stssecret");
    const QString token = canary("ststoken");
    const CliRun set = run({u"credentials"_s, u"set"_s, u"--profile"_s, u"temp"_s, u"--access-key-id"_s,
                            u"STS.Temp0001"_s, u"--with-security-token"_s},
                           (secret + u"\r\n"_s + token + u"\n"_s).toUtf8());
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const auto [stored, error] = readSecret(KeychainStore(), u"temp"_s);
    QVERIFY(!error.isError());
    QCOMPARE(stored.accessKeySecret, secret); // the CR of a Windows-edited file is not part of it
    QCOMPARE(stored.securityToken, token);
    for (const QString &value : {secret, token}) {
        QVERIFY(!set.out.contains(value) && !set.err.contains(value));
        QCOMPARE(m_home.filesContaining(value), QStringList());
    }
}

void TestCredentialsCli::setRefusesBadInput_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mentions");
    const QStringList set{u"credentials"_s, u"set"_s, u"--profile"_s, u"p"_s};
    const QStringList withId = set + QStringList{u"--access-key-id"_s, u"LTAIx"_s};
    QTest::newRow("no secret") << withId << QByteArray() << 3 << u"no AccessKey Secret"_s;
    QTest::newRow("empty line") << withId << QByteArray("\n") << 3 << u"no AccessKey Secret"_s;
    QTest::newRow("no token") << withId + QStringList{u"--with-security-token"_s} << QByteArray("s\n") << 3
                              << u"no token"_s;
    QTest::newRow("space in secret") << withId << QByteArray("a b\n") << 3 << u"whitespace"_s;
    QTest::newRow("no key id") << set << QByteArray("s\n") << 2 << u"--access-key-id"_s;
    QTest::newRow("bad name") << QStringList{u"credentials"_s,     u"set"_s, u"--profile"_s, u"a b"_s,
                                             u"--access-key-id"_s, u"x"_s}
                              << QByteArray("s\n") << 2 << u"invalid profile name"_s;
    QTest::newRow("Environment") << QStringList{u"credentials"_s,     u"set"_s,
                                                u"--profile"_s,       u"Environment"_s,
                                                u"--access-key-id"_s, u"x"_s}
                                 << QByteArray("s\n") << 2 << u"reserved"_s;
    QTest::newRow("bad region") << withId + QStringList{u"--region"_s, u"CN_Hangzhou"_s} << QByteArray("s\n")
                                << 2 << u"invalid region"_s;
    QTest::newRow("no subcommand") << QStringList{u"credentials"_s} << QByteArray() << 2 << u"subcommand"_s;
    QTest::newRow("unknown subcommand") << QStringList{u"credentials"_s, u"show"_s} << QByteArray() << 2
                                        << u"unknown credentials subcommand"_s;
    // Role profiles: each bad value named by its option, before anything is saved (exit 2).
    const QStringList role =
        set +
        QStringList{u"--role-arn"_s, u"acs:ram::1500000000000003:role/ResourceDirectoryAccountAccessRole"_s};
    const QStringList roleWithSource = role + QStringList{u"--source-profile"_s, u"src"_s};
    QTest::newRow("role: user ARN") << QStringList{u"credentials"_s,      u"set"_s,
                                                   u"--profile"_s,        u"p"_s,
                                                   u"--role-arn"_s,       u"acs:ram::150:user/alice"_s,
                                                   u"--source-profile"_s, u"src"_s}
                                    << QByteArray() << 2 << u"--role-arn: The role ARN must look like"_s;
    QTest::newRow("role: no source") << role << QByteArray() << 2 << u"needs --source-profile"_s;
    QTest::newRow("role: own source")
        << role + QStringList{u"--source-profile"_s, u"p"_s} << QByteArray() << 2 << u"its own source"_s;
    QTest::newRow("role: bad source name")
        << role + QStringList{u"--source-profile"_s, u"a b"_s} << QByteArray() << 2 << u"not a valid name"_s;
    QTest::newRow("role: session name 1 char") << roleWithSource + QStringList{u"--session-name"_s, u"x"_s}
                                               << QByteArray() << 2 << u"--session-name: The session name"_s;
    QTest::newRow("role: session name with a space")
        << roleWithSource + QStringList{u"--session-name"_s, u"my session"_s} << QByteArray() << 2
        << u"--session-name"_s;
    QTest::newRow("role: ExternalId 1 char") << roleWithSource + QStringList{u"--external-id"_s, u"x"_s}
                                             << QByteArray() << 2 << u"--external-id: The ExternalId"_s;
    QTest::newRow("role: duration 899") << roleWithSource + QStringList{u"--duration"_s, u"899"_s}
                                        << QByteArray() << 2 << u"--duration: The duration is 900 to 43200"_s;
    QTest::newRow("role: duration 43201")
        << roleWithSource + QStringList{u"--duration"_s, u"43201"_s} << QByteArray() << 2 << u"--duration"_s;
    QTest::newRow("role: duration not a number")
        << roleWithSource + QStringList{u"--duration"_s, u"1h"_s} << QByteArray() << 2 << u"--duration"_s;
    QTest::newRow("role and access key") << roleWithSource + QStringList{u"--access-key-id"_s, u"LTAIx"_s}
                                         << QByteArray("s\n") << 2 << u"no AccessKey of its own"_s;
    QTest::newRow("source without role") << withId + QStringList{u"--source-profile"_s, u"src"_s}
                                         << QByteArray("s\n") << 2 << u"--source-profile needs --role-arn"_s;
    QTest::newRow("role option on list")
        << QStringList{u"credentials"_s, u"list"_s, u"--role-arn"_s, u"acs:ram::1:role/R"_s} << QByteArray()
        << 2 << u"--role-arn applies to credentials set only"_s;
    QTest::newRow("delete without profile")
        << QStringList{u"credentials"_s, u"delete"_s} << QByteArray() << 2 << u"--profile"_s;
}

void TestCredentialsCli::setRefusesBadInput() {
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, mentions);
    const CliRun result = run(arguments, input);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFile::exists(settingsFile()) || !QFileInfo(settingsFile()).size());
}

void TestCredentialsCli::roleProfiles() {
    const CliRun source =
        run({u"credentials"_s, u"set"_s, u"--profile"_s, u"mgmt"_s, u"--access-key-id"_s, kDemoKeyId},
            kDemoSecret.toUtf8() + '\n');
    QVERIFY2(source.exitCode == 0, qPrintable(source.err));
    const CliRun set =
        run({u"credentials"_s, u"set"_s, u"--profile"_s, u"data"_s, u"--role-arn"_s, kDataRole,
             u"--source-profile"_s, u"mgmt"_s, u"--external-id"_s, u"isb-demo-external"_s, u"--duration"_s,
             u"1800"_s, u"--session-name"_s, u"isb-test"_s, u"--region"_s, u"cn-shanghai"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QVERIFY2(set.out.startsWith(u"Saved role profile data: it assumes "_s + kDataRole +
                                u" with the keys of mgmt."_s),
             qPrintable(set.out));
    // From the environment; saved before the variables exist (they are read when it is used).
    const CliRun fromEnvironment = run({u"credentials"_s, u"set"_s, u"--profile"_s, u"web"_s, u"--role-arn"_s,
                                        kWebRole, u"--source-profile"_s, u"env"_s});
    QVERIFY2(fromEnvironment.exitCode == 0, qPrintable(fromEnvironment.err));
    QVERIFY(fromEnvironment.out.contains(u"with the keys of Environment"_s));

    const CliRun list = run({u"credentials"_s, u"list"_s});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QStringList lines = list.out.split(u'\n');
    QVERIFY2(lines.value(0).endsWith(u"ROLE"_s), qPrintable(list.out));
    const auto row = [&lines](const QString &name) {
        for (const QString &line : lines) {
            if (line.startsWith(name + u' '))
                return line;
        }
        return QString();
    };
    QVERIFY2(row(u"data"_s).contains(u"role from mgmt"_s) &&
                 row(u"data"_s).contains(kDataRole + u" (ExternalId)"_s) &&
                 row(u"data"_s).contains(u"cn-shanghai"_s),
             qPrintable(list.out));
    QVERIFY(!list.out.contains(u"isb-demo-external"_s));
    QVERIFY2(row(u"web"_s).contains(u"role from Environment"_s), qPrintable(list.out));

    // The role's images, with temporary keys that never reach a file.
    const QStringList images{u"--endpoint"_s,  m_simulator.url().toString(),
                             u"images"_s,      u"--region"_s,
                             u"cn-shanghai"_s, u"--format"_s,
                             u"csv"_s};
    const CliRun data = run(QStringList{u"--profile"_s, u"data"_s} + images);
    QVERIFY2(data.exitCode == 0, qPrintable(data.err));
    QVERIFY2(data.out.contains(u"member-data-etl"_s), qPrintable(data.out));
    QVERIFY(!data.out.contains(u"member-web-private"_s));
    const CliRun web = run(QStringList{u"--profile"_s, u"web"_s} + images, {},
                           {{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, kDemoKeyId},
                            {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, kDemoSecret}});
    QVERIFY2(web.exitCode == 0, qPrintable(web.err));
    QVERIFY2(web.out.contains(u"member-web-private"_s), qPrintable(web.out));
    const CliRun noEnvironment = run(QStringList{u"--profile"_s, u"web"_s} + images);
    QCOMPARE(noEnvironment.exitCode, 3);
    QVERIFY2(noEnvironment.err.contains(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s), qPrintable(noEnvironment.err));
    for (const QString &temporary : {u"STS."_s, u"CAIS"_s})
        QCOMPARE(m_home.filesContaining(temporary), QStringList());

    const CliRun removed = run({u"credentials"_s, u"delete"_s, u"--profile"_s, u"data"_s});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    QVERIFY(!run({u"credentials"_s, u"list"_s}).out.contains(u"data "_s));
}

void TestCredentialsCli::roleProfileErrors_data() {
    QTest::addColumn<QStringList>("role");
    QTest::addColumn<QString>("mentions");
    const QString noRole = u"acs:ram::1500000000000004:role/ResourceDirectoryAccountAccessRole"_s;
    QTest::newRow("EntityNotExist.Role") << QStringList{u"--role-arn"_s, noRole}
                                         << u"Code=EntityNotExist.Role Message=\"AssumeRole of "_s + noRole;
    QTest::newRow("ExternalId missing") << QStringList{u"--role-arn"_s, kDataRole}
                                        << u"Code=NoPermission Message=\"AssumeRole of "_s + kDataRole;
    QTest::newRow("ExternalId wrong")
        << QStringList{u"--role-arn"_s, kDataRole, u"--external-id"_s, u"guess"_s}
        << u"(HTTP 403): Code=NoPermission"_s;
    QTest::newRow("above MaxSessionDuration")
        << QStringList{u"--role-arn"_s, kWebRole, u"--duration"_s, u"7200"_s}
        << u"Code=InvalidParameter.DurationSeconds"_s;
}

void TestCredentialsCli::roleProfileErrors() {
    QFETCH(QStringList, role);
    QFETCH(QString, mentions);
    const CliRun source =
        run({u"credentials"_s, u"set"_s, u"--profile"_s, u"mgmt"_s, u"--access-key-id"_s, kDemoKeyId},
            kDemoSecret.toUtf8() + '\n');
    QVERIFY2(source.exitCode == 0, qPrintable(source.err));
    const CliRun set = run(QStringList{u"credentials"_s, u"set"_s, u"--profile"_s, u"member"_s,
                                       u"--source-profile"_s, u"mgmt"_s} +
                           role);
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const CliRun regions =
        run({u"--endpoint"_s, m_simulator.url().toString(), u"--profile"_s, u"member"_s, u"regions"_s});
    QCOMPARE(regions.exitCode, 4);
    QVERIFY(regions.out.isEmpty());
    // One line for the user (the others are the debug log this test turns on).
    QCOMPARE(regions.err.count(u"image-share-cli: "_s), 1);
    QVERIFY2(regions.err.contains(mentions), qPrintable(regions.err));
}

void TestCredentialsCli::defaultSubcommand() {
    for (const QString &name : {u"one"_s, u"two"_s}) {
        const CliRun set =
            run({u"credentials"_s, u"set"_s, u"--profile"_s, name, u"--access-key-id"_s, kDemoKeyId},
                kDemoSecret.toUtf8());
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    }
    const CliRun makeDefault = run({u"credentials"_s, u"default"_s, u"--profile"_s, u"two"_s});
    QVERIFY2(makeDefault.exitCode == 0, qPrintable(makeDefault.err));
    const CliRun list = run({u"credentials"_s, u"list"_s});
    QVERIFY(list.out.contains(u"commands use two"_s));
    const CliRun unknown = run({u"credentials"_s, u"default"_s, u"--profile"_s, u"three"_s});
    QCOMPARE(unknown.exitCode, 3);
}

void TestCredentialsCli::profileOnPermissions() {
    const CliRun set =
        run({u"credentials"_s, u"set"_s, u"--profile"_s, u"demo"_s, u"--access-key-id"_s, kDemoKeyId},
            kDemoSecret.toUtf8() + '\n');
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const QStringList permissions{u"--endpoint"_s,  m_simulator.url().toString(),
                                  u"permissions"_s, u"--region"_s,
                                  u"cn-hangzhou"_s, u"--image"_s,
                                  kImageId,         u"--format"_s,
                                  u"csv"_s};

    const CliRun explicitProfile = run(QStringList{u"--profile"_s, u"demo"_s} + permissions);
    QVERIFY2(explicitProfile.exitCode == 0, qPrintable(explicitProfile.err));
    QVERIFY(explicitProfile.out.startsWith(u"RegionId,ImageId,ImageName,Kind,Principal,SharedTime,Label"_s));
    QCOMPARE(explicitProfile.out.count(u",Account,"_s), 3);
    QVERIFY(!explicitProfile.err.contains(kDemoSecret));

    // Without --profile and without the environment: the default profile ("demo", the first saved).
    const CliRun byDefault = run(permissions);
    QVERIFY2(byDefault.exitCode == 0, qPrintable(byDefault.err));
    QCOMPARE(byDefault.out, explicitProfile.out);

    const CliRun unknown = run(QStringList{u"--profile"_s, u"nope"_s} + permissions);
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY2(unknown.err.contains(u"no profile \"nope\""_s), qPrintable(unknown.err));
    QVERIFY(unknown.out.isEmpty());
}

void TestCredentialsCli::environmentBeatsTheDefaultProfile() {
    const CliRun set =
        run({u"credentials"_s, u"set"_s, u"--profile"_s, u"demo"_s, u"--access-key-id"_s, kDemoKeyId},
            kDemoSecret.toUtf8() + '\n');
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const QStringList regions{u"--endpoint"_s, m_simulator.url().toString(), u"regions"_s};
    const QMap<QString, QString> wrongEnvironment{{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, kDemoKeyId},
                                                  {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"wrong-secret"_s}};

    const CliRun fromEnvironment = run(regions, {}, wrongEnvironment);
    QCOMPARE(fromEnvironment.exitCode, 3);
    QVERIFY(fromEnvironment.err.contains(u"SignatureDoesNotMatch"_s));
    QVERIFY(!fromEnvironment.err.contains(u"wrong-secret"_s));

    // --profile beats the environment, and ALIBABA_CLOUD_PROFILE picks a profile when no keys are set.
    QCOMPARE(run(QStringList{u"--profile"_s, u"demo"_s} + regions, {}, wrongEnvironment).exitCode, 0);
    QCOMPARE(run(regions, {}, {{u"ALIBABA_CLOUD_PROFILE"_s, u"demo"_s}}).exitCode, 0);
    QCOMPARE(run(regions, {}, {{u"ALIBABA_CLOUD_PROFILE"_s, u"nope"_s}}).exitCode, 3);
}

void TestCredentialsCli::noKeychain() {
    const QString secret = canary("clinokeychain");
    const CliRun set =
        run({u"credentials"_s, u"set"_s, u"--profile"_s, u"work"_s, u"--access-key-id"_s, u"LTAIx"_s},
            secret.toUtf8() + '\n', {}, kWithoutKeyring);
    QCOMPARE(set.exitCode, 3);
    for (const QString &hint :
         {u"no keychain available"_s, u"gnome-keyring"_s, u"Secret Service"_s, u"nothing was changed"_s})
        QVERIFY2(set.err.contains(hint), qPrintable(set.err));
    QVERIFY(!set.err.contains(secret) && !set.out.contains(secret));
}

void TestCredentialsCli::secretLinesOnlyAreRead_data() {
    QTest::addColumn<bool>("withToken");
    QTest::newRow("secret") << false;
    QTest::newRow("secret and token") << true;
}

void TestCredentialsCli::secretLinesOnlyAreRead() {
    // `credentials set` reads its line (or two) with read(2), byte by byte: the rest of standard input is
    // still there for the next program of the script. A stdio buffer would have swallowed it, and kept a
    // copy of the secret.
    QFETCH(bool, withToken);
    QTemporaryDir dir;
    const QString wrapper = dir.filePath(u"then-cat"_s);
    {
        QFile script(wrapper);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n\"$@\"\nstatus=$?\necho rest:\ncat\nexit $status\n");
        QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));
    }
    const QString secret = canary("unbuffered");
    QStringList arguments{u"credentials"_s,      u"set"_s, u"--profile"_s, u"piped"_s, u"--access-key-id"_s,
                          u"LTAI5tPipedKey001"_s};
    QByteArray input = secret.toUtf8() + '\n';
    if (withToken) {
        arguments.append(u"--with-security-token"_s);
        input += "token-line\n";
    }
    input += "next-program-line\n";
    const CliRun set = run(arguments, input, {}, wrapper);
    QCOMPARE(set.exitCode, 0);
    QVERIFY2(set.out.endsWith(u"rest:\nnext-program-line\n"_s), qPrintable(set.out));
    QVERIFY(!set.out.contains(secret) && !set.err.contains(secret));
    ProfileStore store(settingsFile());
    store.setEnvironment(QProcessEnvironment());
    const Credentials stored = loadCredentials(store, u"piped"_s).first;
    QCOMPARE(stored.accessKeySecret, secret);
    QCOMPARE(stored.securityToken, withToken ? u"token-line"_s : QString());
}

void TestCredentialsCli::echoBackAfterStop() {
    // `credentials set` on a real terminal (a pseudo-terminal here): echo is off while the secret is typed,
    // back on while the program is stopped (Ctrl+Z gives the shell a normal terminal), and off again after
    // `fg`.
    TerminalChild child(
        {u"credentials"_s, u"set"_s, u"--profile"_s, u"tty"_s, u"--access-key-id"_s, u"LTAI5tTtyKey00001"_s});
    QVERIFY(child.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(child.shows("AccessKey Secret for profile tty"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!child.echoOn(), 5000);

    QCOMPARE(kill(child.pid(), SIGTSTP), 0);
    QTRY_VERIFY_WITH_TIMEOUT(child.isStopped(), 5000);
    QVERIFY(child.echoOn()); // the shell's terminal, while stopped

    QCOMPARE(kill(child.pid(), SIGCONT), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!child.isStopped(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!child.echoOn(), 5000); // typing goes on hidden

    const QString secret = canary("tty");
    QVERIFY(child.type(secret.toUtf8() + '\n'));
    QTRY_VERIFY_WITH_TIMEOUT(child.hasExited(), kKeychainTimeoutMs * 2);
    QVERIFY2(child.exitCode() == 0, child.shown().constData());
    QVERIFY(child.echoOn()); // put back at the end
    QVERIFY2(child.shows("Saved profile tty"), child.shown().constData());
    QVERIFY2(!child.shows(secret.toUtf8()), child.shown().constData()); // never echoed

    ProfileStore store(settingsFile());
    store.setEnvironment(QProcessEnvironment());
    QCOMPARE(loadCredentials(store, u"tty"_s).first.accessKeySecret, secret);
}

void TestCredentialsCli::interruptedWhileTyping_data() {
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("Ctrl+C") << SIGINT << 130;
    QTest::newRow("SIGTERM") << SIGTERM << 143;
}

void TestCredentialsCli::interruptedWhileTyping() {
    // The event loop does not run while the secret is read, so the signal is handled there: the terminal
    // gets its echo back and the process ends as every command does on that signal; nothing is saved.
    QFETCH(int, signalNumber);
    QFETCH(int, exitCode);
    TerminalChild child({u"credentials"_s, u"set"_s, u"--profile"_s, u"typing"_s, u"--access-key-id"_s,
                         u"LTAI5tTtyKey00002"_s});
    QVERIFY(child.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(child.shows("AccessKey Secret for profile typing"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!child.echoOn(), 5000);
    QVERIFY(child.type("half-typed"));
    QCOMPARE(kill(child.pid(), signalNumber), 0);
    QTRY_VERIFY_WITH_TIMEOUT(child.hasExited(), 5000);
    QCOMPARE(child.exitCode(), exitCode);
    QVERIFY(child.echoOn());
    ProfileStore store(settingsFile());
    QVERIFY(store.profiles().isEmpty());
}

QTEST_GUILESS_MAIN(TestCredentialsCli)
#include "tst_credentialscli.moc"
