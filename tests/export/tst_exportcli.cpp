// image-share-cli export against the in-process simulator: the CLI writes the same bytes as ExportJob (the
// window's export) for every scope and format, checks its options before sending anything, and maps
// failures to the documented exit codes, leaving the target file alone.

#include "ExportTestData.h"

#include "EcsClient.h"
#include "EcsSimulator.h"
#include "export/CsvWriter.h"
#include "export/ExportJob.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace isb;
using namespace ExportTestData;

namespace {

/// The one part of an export that depends on the moment it ran.
QByteArray withoutExportTime(QByteArray json) {
    static const QRegularExpression exportedAt(
        QStringLiteral("\"ExportedAt\": \"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\""));
    return QString::fromUtf8(json).replace(exportedAt, QStringLiteral("\"ExportedAt\": \"…\"")).toUtf8();
}

} // namespace

class TestExportCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void sameBytesAsExportJob_data();
    void sameBytesAsExportJob();
    void regionExportWritesTheAuditsRows_data();
    void regionExportWritesTheAuditsRows();
    void regionExportRidesOutThrottling();
    void usageErrors_data();
    void usageErrors();
    void missingFolderIsExit6();
    void requestFailureIsReportedAndTargetKept();
    void permissionDenied();

private:
    EcsSimulator m_simulator;
    SimulatorDataset m_dataset;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportCli::initTestCase() {
    QVERIFY(QFile::exists(QStringLiteral(ISB_BIN_DIR "/image-share-cli")));
    QVERIFY(m_simulator.listen(QHostAddress::LocalHost));
}

void TestExportCli::init() {
    m_simulator.clearFaults();
    m_dataset = hostileDataset(120, 6);
    m_simulator.loadDataset(m_dataset);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExportCli::sameBytesAsExportJob_data() {
    QTest::addColumn<bool>("region");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("bom");
    QTest::newRow("image csv") << false << "csv" << false;
    QTest::newRow("image csv bom") << false << "csv" << true;
    QTest::newRow("image json") << false << "json" << false;
    QTest::newRow("region csv") << true << "csv" << false;
    QTest::newRow("region csv bom") << true << "csv" << true;
    QTest::newRow("region json") << true << "json" << false;
}

void TestExportCli::sameBytesAsExportJob() {
    QFETCH(bool, region);
    QFETCH(QString, format);
    QFETCH(bool, bom);
    const SimImage *image = biggestImage(m_dataset, kHostileRegion);

    EcsClient client(clientOptions(m_simulator));
    client.setCredentials(demoCredentials());
    ExportOptions options;
    options.format = format == QLatin1String("json") ? ExportFormat::Json : ExportFormat::Csv;
    options.byteOrderMark = bom;
    const ExportScope scope = region ? ExportScope::region(kHostileRegion)
                                     : ExportScope::image(kHostileRegion, image->imageId, image->imageName);
    const QString jobPath = m_dir->filePath(QStringLiteral("job.out"));
    ExportJob job(&client, scope, options, jobPath);
    QVERIFY(runToEnd(&job));
    QCOMPARE(job.status(), ExportJob::Status::Succeeded);

    const QString cliPath = m_dir->filePath(QStringLiteral("cli.out"));
    QStringList arguments{QStringLiteral("export"),
                          QStringLiteral("--region"),
                          kHostileRegion,
                          QStringLiteral("--output"),
                          cliPath,
                          QStringLiteral("--format"),
                          format};
    arguments << (region ? QStringList{QStringLiteral("--all-images")}
                         : QStringList{QStringLiteral("--image"), image->imageId});
    if (bom)
        arguments << QStringLiteral("--bom");
    const CliRun run = runCli(m_simulator.url(), arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.isEmpty());

    const QByteArray fromJob = readAll(jobPath);
    const QByteArray fromCli = readAll(cliPath);
    QVERIFY(fromJob.size() > 200);
    if (region && options.format == ExportFormat::Json) {
        QVERIFY(fromCli.contains("\"ExportedAt\""));
        QCOMPARE(withoutExportTime(fromCli), withoutExportTime(fromJob));
    } else {
        QCOMPARE(fromCli, fromJob);
    }
}

void TestExportCli::regionExportWritesTheAuditsRows_data() {
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("csv") << QStringList();
    QTest::newRow("csv with BOM") << QStringList{QStringLiteral("--bom")};
}

void TestExportCli::regionExportWritesTheAuditsRows() {
    // One engine, one order: `export --all-images` and `audit --format csv` of a region are the same file
    // (hostile names, a 120-account image over several pages, images the service lists out of ID order).
    QFETCH(QStringList, extra);
    m_simulator.setLatency(std::chrono::milliseconds(2)); // answers overtake each other
    const auto restore = qScopeGuard([this] { m_simulator.setLatency(std::chrono::milliseconds(0)); });
    const QString exported = m_dir->filePath(QStringLiteral("a.csv"));
    const QString audited = m_dir->filePath(QStringLiteral("b.csv"));
    const CliRun exportRun = runCli(
        m_simulator.url(), QStringList{QStringLiteral("export"), QStringLiteral("--region"), kHostileRegion,
                                       QStringLiteral("--all-images"), QStringLiteral("--output"), exported} +
                               extra);
    QVERIFY2(exportRun.exitCode == 0, exportRun.err.constData());
    const bool bom = !extra.isEmpty();
    QStringList auditArguments{
        QStringLiteral("audit"), QStringLiteral("--region"), kHostileRegion, QStringLiteral("--format"),
        QStringLiteral("csv"),   QStringLiteral("--output"), audited};
    const CliRun auditRun = runCli(m_simulator.url(), auditArguments);
    QVERIFY2(auditRun.exitCode == 0, auditRun.err.constData());

    QByteArray fromExport = readAll(exported);
    const QByteArray fromAudit = readAll(audited);
    QCOMPARE(fromExport.startsWith("\xEF\xBB\xBF"), bom);
    if (bom)
        fromExport.remove(0, 3); // `audit` has no --bom; the rows are what must agree
    QVERIFY(fromAudit.count('\n') > 100);
    QCOMPARE(fromExport, fromAudit);

    // And they are every grant of the region, as the dataset holds them, in the documented order.
    QBuffer expected;
    QVERIFY(expected.open(QIODevice::WriteOnly));
    CsvWriter writer(&expected);
    writer.writeRow(header());
    for (const SimImage *image : imagesInExportOrder(m_dataset, kHostileRegion)) {
        for (const QStringList &row : expectedRows(*image))
            writer.writeRow(row);
    }
    QVERIFY(writer.flush());
    QCOMPARE(fromAudit, expected.data());
}

void TestExportCli::regionExportRidesOutThrottling() {
    // The service throttles a third of the requests: the region export slows down and asks again, as the
    // audit does, instead of failing once the client's retries are spent.
    m_simulator.setSeed(11);
    m_simulator.setFault(FaultKind::Throttling, 0.35);
    const QString path = m_dir->filePath(QStringLiteral("throttled.csv"));
    const CliRun run =
        runCli(m_simulator.url(), {QStringLiteral("export"), QStringLiteral("--region"), kHostileRegion,
                                   QStringLiteral("--all-images"), QStringLiteral("--output"), path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(m_simulator.throttledCount() > 0);
    m_simulator.clearFaults();

    EcsClient client(clientOptions(m_simulator));
    client.setCredentials(demoCredentials());
    const QString unthrottled = m_dir->filePath(QStringLiteral("unthrottled.csv"));
    ExportJob job(&client, ExportScope::region(kHostileRegion), {}, unthrottled);
    QVERIFY(runToEnd(&job));
    QCOMPARE(job.status(), ExportJob::Status::Succeeded);
    QCOMPARE(readAll(path), readAll(unthrottled)); // every row
}

void TestExportCli::usageErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    auto words = [](const char *text) { return QString::fromLatin1(text).split(QLatin1Char(' ')); };
    QTest::newRow("no output") << words("export --region cn-hangzhou --all-images")
                               << "export needs --output FILE";
    QTest::newRow("no scope") << words("export --region cn-hangzhou --output x.csv")
                              << "either --image ID or --all-images";
    QTest::newRow("both scopes") << words(
                                        "export --region cn-hangzhou --output x.csv --image m-1 --all-images")
                                 << "either --image ID or --all-images";
    QTest::newRow("table") << words("export --region cn-hangzhou --output x.csv --all-images --format table")
                           << "csv or json";
    QTest::newRow("bom with json")
        << words("export --region cn-hangzhou --output x.csv --all-images --format json --bom")
        << "--bom applies to --format csv only";
    QTest::newRow("page option") << words("export --region cn-hangzhou --output x.csv --all-images --page 2")
                                 << "--page does not apply to export";
    QTest::newRow("all-images elsewhere")
        << words("permissions --region cn-hangzhou --image m-1 --all-images")
        << "--all-images does not apply to permissions";
    QTest::newRow("no region") << words("export --output x.csv --all-images") << "export needs --region";
    QTest::newRow("bad image id") << words("export --region cn-hangzhou --output x.csv --image m/../x")
                                  << "invalid image id";
}

void TestExportCli::usageErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    m_simulator.resetCounters();
    const QString cwd = QDir::currentPath();
    QDir::setCurrent(m_dir->path());
    const CliRun run = runCli(m_simulator.url(), arguments);
    QDir::setCurrent(cwd);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QCOMPARE(m_simulator.requestCount(), 0);
    QCOMPARE(filesIn(m_dir->path()), QStringList());
}

void TestExportCli::missingFolderIsExit6() {
    m_simulator.resetCounters();
    const CliRun run =
        runCli(m_simulator.url(), {QStringLiteral("export"), QStringLiteral("--region"), kHostileRegion,
                                   QStringLiteral("--all-images"), QStringLiteral("--output"),
                                   m_dir->filePath(QStringLiteral("missing/out.csv"))});
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.startsWith("image-share-cli: cannot write "), run.err.constData());
    QVERIFY2(run.err.contains("does not exist"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QCOMPARE(m_simulator.requestCount(), 0);
}

void TestExportCli::requestFailureIsReportedAndTargetKept() {
    const QString path = m_dir->filePath(QStringLiteral("kept.json"));
    QVERIFY(writeFile(path, kOldContent));
    // Every request fails, retries included (tst_exportjob fails an export midway; the CLI reports it alike).
    m_simulator.failNext(FaultKind::Unavailable, 1000);
    const CliRun run =
        runCli(m_simulator.url(), {QStringLiteral("export"), QStringLiteral("--region"), kHostileRegion,
                                   QStringLiteral("--all-images"), QStringLiteral("--format"),
                                   QStringLiteral("json"), QStringLiteral("--output"), path});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("Code=ServiceUnavailable"), run.err.constData());
    QVERIFY2(run.err.contains("RequestId="), run.err.constData());
    QCOMPARE(readAll(path), kOldContent);
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("kept.json")});
}

void TestExportCli::permissionDenied() {
    // Root ignores permission bits: the CLI runs as the unprivileged user `nobody` through setpriv.
    // A normal user gets the same check in process (tst_exportjob::permissionDenied).
    if (geteuid() != 0)
        QSKIP("not root: tst_exportjob::permissionDenied covers this in process");
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        QSKIP("setpriv (util-linux) is not installed");
    const QString folder = m_dir->filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                     QFileDevice::ExeOther));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                              QFileDevice::ReadOther |
                                              QFileDevice::ExeOther)); // 0505: nobody may not write
    const CliRun run = runCli(m_simulator.url(),
                              {QStringLiteral("export"), QStringLiteral("--region"), kHostileRegion,
                               QStringLiteral("--all-images"), QStringLiteral("--output"),
                               folder + QStringLiteral("/out.csv")},
                              {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                               QStringLiteral("--clear-groups"), QStringLiteral("--")});
    if (run.exitCode == -1 || run.err.contains("setpriv"))
        QSKIP(qPrintable(QStringLiteral("setpriv could not switch user: ") + QString::fromUtf8(run.err)));
    QCOMPARE(run.exitCode, 6);
    QVERIFY2(run.err.contains("you do not have permission to create files in the folder"),
             run.err.constData());
    QCOMPARE(filesIn(folder), QStringList());
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
