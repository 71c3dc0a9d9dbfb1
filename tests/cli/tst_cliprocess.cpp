// image-share-cli as a process meets signals: Ctrl+C and SIGTERM in the middle of a command, and a crash
// that must not leave a core dump with secrets in it. The simulator runs in this process, so that the test
// knows when a request of the CLI is waiting for its answer.

#include "EcsSimulator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

using namespace isb;

namespace {

const QString kCliPath = QStringLiteral(ISB_BIN_DIR "/image-share-cli");
const QString kBrowserPath = QStringLiteral(ISB_BIN_DIR "/image-share-browser");
const QString kDataPath = QStringLiteral(ISB_SOURCE_DIR "/resources/demo-data.json");
const QString kImageId = QStringLiteral("m-bp14qq0wsxhm04q0uyzh"); // demo data, cn-hangzhou
const QByteArray kPrevious = "the previous audit\n";

/// Core files of any name the kernel's core_pattern may give in `dir` ("core", "core.1234").
QStringList coreFiles(const QString &dir) {
    return QDir(dir).entryList({QStringLiteral("core*")}, QDir::Files);
}

/// In the child, between fork and exec: allow core dumps of any size.
void allowCoreDumps() {
    struct rlimit limit {};
    if (getrlimit(RLIMIT_CORE, &limit) == 0) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_CORE, &limit);
    }
}

} // namespace

class TestCliProcess final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void interrupted_data();
    void interrupted();
    void noCoreDump_data();
    void noCoreDump();

private:
    /// Starts the CLI with `arguments` after the simulator's endpoint; returns once `answered` requests have
    /// been answered and the next one is waiting for an answer that does not come (a stall).
    void startStalled(QProcess *process, const QStringList &arguments, int answered,
                      const QString &workingDirectory = {}, const QString &program = kCliPath);

    EcsSimulator m_simulator;
};

void TestCliProcess::initTestCase() {
    QVERIFY2(QFile::exists(kCliPath), qPrintable(kCliPath));
    QString error;
    QVERIFY2(m_simulator.loadDataset(kDataPath, &error), qPrintable(error));
    QVERIFY(m_simulator.listen());
}

void TestCliProcess::cleanup() {
    m_simulator.clearFaults();
}

void TestCliProcess::startStalled(QProcess *process, const QStringList &arguments, int answered,
                                  const QString &workingDirectory, const QString &program) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"),
                       QStringLiteral("LTAI5tDemoReadOnly0001"));
    environment.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                       QStringLiteral("demo-secret-not-a-real-key"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process->setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty()) {
        process->setWorkingDirectory(workingDirectory);
        // Nothing of the user's settings is read or written.
        for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            environment.insert(QString::fromLatin1(variable), workingDirectory);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process->setProcessEnvironment(environment);
    }

    // The first `answered` requests are answered; every later one waits for ever (a stall is "handled" when
    // it arrives), so the command cannot end by itself while the test sends its signal.
    int handled = 0;
    const auto stallFromNowOn = [this] { m_simulator.setFault(FaultKind::Stall, 1.0); };
    if (answered == 0)
        stallFromNowOn();
    const QMetaObject::Connection connection =
        connect(&m_simulator, &EcsSimulator::requestHandled, this, [&handled, answered, stallFromNowOn] {
            if (++handled == answered)
                stallFromNowOn();
        });
    process->start(program,
                   QStringList{QStringLiteral("--endpoint"), m_simulator.url().toString()} + arguments);
    QVERIFY2(process->waitForStarted(), qPrintable(process->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(handled > answered || process->state() == QProcess::NotRunning, 20000);
    disconnect(connection);
    QVERIFY2(process->state() == QProcess::Running, process->readAllStandardError().constData());
}

void TestCliProcess::interrupted_data() {
    QTest::addColumn<QStringList>("arguments"); // FILE stands for the --output file
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("fileExists"); // an earlier result is in FILE
    QTest::addColumn<int>("answered");    // requests answered before the signal

    const QStringList audit = {QStringLiteral("audit"),       QStringLiteral("--region"),
                               QStringLiteral("cn-hangzhou"), QStringLiteral("--format"),
                               QStringLiteral("json"),        QStringLiteral("--output"),
                               QStringLiteral("FILE")};
    const QStringList permissions = {QStringLiteral("permissions"), QStringLiteral("--all"),
                                     QStringLiteral("--region"),    QStringLiteral("cn-hangzhou"),
                                     QStringLiteral("--image"),     kImageId,
                                     QStringLiteral("--output"),    QStringLiteral("FILE")};
    const QStringList exportImage = {QStringLiteral("export"),      QStringLiteral("--region"),
                                     QStringLiteral("cn-hangzhou"), QStringLiteral("--all-images"),
                                     QStringLiteral("--output"),    QStringLiteral("FILE")};
    // The audit lists the region's images, then reads their share lists; permissions --all reads the pages,
    // then the image's name.
    QTest::newRow("audit, Ctrl+C") << audit << SIGINT << 130 << false << 1;
    QTest::newRow("audit, SIGTERM, earlier file") << audit << SIGTERM << 143 << true << 2;
    QTest::newRow("permissions --all, Ctrl+C, earlier file") << permissions << SIGINT << 130 << true << 1;
    QTest::newRow("permissions --all, SIGTERM") << permissions << SIGTERM << 143 << false << 1;
    QTest::newRow("permissions --all, first page") << permissions << SIGINT << 130 << true << 0;
    QTest::newRow("export, Ctrl+C, earlier file") << exportImage << SIGINT << 130 << true << 1;
    QTest::newRow("images, SIGTERM") << QStringList{QStringLiteral("images"), QStringLiteral("--region"),
                                                    QStringLiteral("cn-hangzhou"), QStringLiteral("--output"),
                                                    QStringLiteral("FILE")}
                                     << SIGTERM << 143 << true << 0;
}

void TestCliProcess::interrupted() {
    QFETCH(QStringList, arguments);
    QFETCH(int, signalNumber);
    QFETCH(int, exitCode);
    QFETCH(bool, fileExists);
    QFETCH(int, answered);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("result.out"));
    arguments.replaceInStrings(QStringLiteral("FILE"), path);
    if (fileExists) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kPrevious);
    }

    QProcess process;
    startStalled(&process, arguments, answered);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
    QVERIFY(finished.wait(10000));
    const qint64 elapsed = timer.elapsed();

    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // exited, not killed by the signal
    QCOMPARE(process.exitCode(), exitCode);
    QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    // No partial file, no temporary file left behind, an earlier result untouched.
    const QStringList expectedFiles = fileExists ? QStringList{QStringLiteral("result.out")} : QStringList{};
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), expectedFiles);
    if (fileExists) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), kPrevious);
    }
}

void TestCliProcess::noCoreDump_data() {
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("image-share-cli") << kCliPath << QStringList{QStringLiteral("regions")};
    // The window asks for the regions as soon as it has credentials (here from the environment).
    QTest::newRow("image-share-browser") << kBrowserPath << QStringList{};
}

void TestCliProcess::noCoreDump() {
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QVERIFY2(QFile::exists(program), qPrintable(program));
    QTemporaryDir dir;
    // The control: a shell that aborts itself with the same limits dumps core here, or this system writes
    // no core files into the working directory (core_pattern) and the test cannot tell anything.
    QProcess control;
    control.setWorkingDirectory(dir.path());
    control.setChildProcessModifier(allowCoreDumps);
    control.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("kill -ABRT $$")});
    QVERIFY(control.waitForFinished(10000));
    QCOMPARE(control.exitStatus(), QProcess::CrashExit);
    if (coreFiles(dir.path()).isEmpty())
        QSKIP(
            "this system writes no core file into the working directory (see /proc/sys/kernel/core_pattern)");
    for (const QString &core : coreFiles(dir.path()))
        QVERIFY(QFile::remove(dir.filePath(core)));

    // The program, aborted while it waits for an answer (after main() began, holding its credentials).
    QProcess process;
    process.setChildProcessModifier(allowCoreDumps);
    startStalled(&process, arguments, 0, dir.path(), program);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy finished(&process, &QProcess::finished);
    QCOMPARE(::kill(pid_t(process.processId()), SIGABRT), 0);
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    QCOMPARE(coreFiles(dir.path()), QStringList()); // prctl(PR_SET_DUMPABLE, 0)
}

QTEST_GUILESS_MAIN(TestCliProcess)
#include "tst_cliprocess.moc"
