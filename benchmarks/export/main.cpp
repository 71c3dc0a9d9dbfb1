// export-bench: how long exporting 100,000 share entries takes and how much memory it adds.
//
//   export-bench [--rows N]
//
// 1. write path: ExportJob on a page of N accounts already in memory (the "page shown" scope), to CSV and
//    to JSON: the cost of the writers, the file and the atomic replace, without any network.
// 2. end to end: ExportJob over a region of N/50 images with 50 accounts each, served by the in-process
//    simulator over loopback HTTP, to CSV: what a user waits for (plus the simulator's own cost).
// Targets for 1: under 1 s and under 50 MB extra. Figures only; nothing is asserted.

#include "EcsClient.h"
#include "EcsSimulator.h"
#include "export/ExportJob.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

using namespace isb;

namespace {

/// A field of /proc/self/status in KiB: VmRSS (now) or VmHWM (the peak).
long statusKiB(const char *field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

/// Resets the peak to the current size (Linux 4.0+), so that the peak after the export is the export's own,
/// not left over from building its input. False where the kernel does not allow it.
bool resetPeakRss() {
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

Credentials demoCredentials() {
    Credentials credentials;
    credentials.accessKeyId = QStringLiteral("LTAI5tDemoReadOnly0001");
    credentials.accessKeySecret = QStringLiteral("demo-secret-not-a-real-key");
    return credentials;
}

struct Result {
    qint64 ms = 0;
    long extraKiB = 0;
    qint64 bytes = 0;
    qint64 entries = 0;
    bool ok = false;
};

Result run(EcsClient *client, const ExportScope &scope, const ExportOptions &options, const QString &path) {
    Result result;
    // The peak is a high-water mark: reset it to the current size, so that the delta is what the export
    // added on top of its input. Without the reset the figure is a lower bound.
    if (!resetPeakRss())
        QTextStream(stderr) << "note: /proc/self/clear_refs not writable; peak figures are lower bounds\n";
    const long before = statusKiB("VmRSS:");
    QElapsedTimer timer;
    timer.start();
    ExportJob job(client, scope, options, path);
    QEventLoop loop;
    QObject::connect(&job, &ExportJob::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    result.ms = timer.elapsed();
    result.extraKiB = qMax(0L, statusKiB("VmHWM:") - before);
    result.ok = job.status() == ExportJob::Status::Succeeded;
    result.entries = job.entryCount();
    result.bytes = QFileInfo(path).size();
    if (!result.ok)
        QTextStream(stderr) << "export failed: " << job.error().toOneLine() << '\n';
    return result;
}

void print(const char *what, const Result &result) {
    QTextStream(stdout) << QStringLiteral("%1  %2 entries  %3 MB file  %4 ms  +%5 MB peak RSS%6\n")
                               .arg(QLatin1String(what), -28)
                               .arg(result.entries)
                               .arg(double(result.bytes) / 1e6, 0, 'f', 1)
                               .arg(result.ms, 6)
                               .arg(double(result.extraKiB) / 1024.0, 0, 'f', 1)
                               .arg(result.ok ? QString() : QStringLiteral("  FAILED"));
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    int rows = 100000;
    const QStringList arguments = app.arguments();
    const qsizetype rowsAt = arguments.indexOf(QStringLiteral("--rows"));
    if (rowsAt > 0 && rowsAt + 1 < arguments.size())
        rows = qMax(50, arguments.at(rowsAt + 1).toInt());

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QDateTime sharedTime = QDateTime(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC);

    {
        // 1. The write path.
        SharePermissionPage page;
        page.regionId = QStringLiteral("cn-hangzhou");
        page.imageId = QStringLiteral("m-bench");
        page.totalCount = rows;
        page.accounts.reserve(rows);
        for (int i = 0; i < rows; ++i)
            page.accounts.append(
                {QStringLiteral("1%1").arg(i, 11, 10, QLatin1Char('0')), i % 7 ? sharedTime : QDateTime()});
        page.shareGroups = {QStringLiteral("all")};
        const ExportScope scope = ExportScope::loadedPage(page.regionId, page.imageId,
                                                          QStringLiteral("=bench image, \"quoted\""), page);
        EcsClient client;
        ExportOptions csv;
        csv.byteOrderMark = true;
        print("write path, CSV", run(&client, scope, csv, dir.filePath(QStringLiteral("page.csv"))));
        ExportOptions json;
        json.format = ExportFormat::Json;
        print("write path, JSON", run(&client, scope, json, dir.filePath(QStringLiteral("page.json"))));
    }

    {
        // 2. End to end through the simulator.
        const int images = qMax(1, rows / 50);
        QJsonArray imageArray;
        for (int i = 0; i < images; ++i) {
            QJsonArray accounts;
            for (int a = 0; a < 50; ++a)
                accounts.append(QJsonObject{
                    {QStringLiteral("AliyunId"),
                     QStringLiteral("2%1%2").arg(i, 6, 10, QLatin1Char('0')).arg(a, 5, 10, QLatin1Char('0'))},
                    {QStringLiteral("SharedTime"), QStringLiteral("2024-03-01T08:00:00Z")}});
            imageArray.append(QJsonObject{
                {QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                {QStringLiteral("ImageId"), QStringLiteral("m-bench%1").arg(i, 6, 10, QLatin1Char('0'))},
                {QStringLiteral("ImageName"), QStringLiteral("bench-%1").arg(i)},
                {QStringLiteral("Status"), QStringLiteral("Available")},
                {QStringLiteral("OSName"), QStringLiteral("Linux")},
                {QStringLiteral("CreationTime"), QStringLiteral("2024-01-31T08:00:00Z")},
                {QStringLiteral("Size"), 40},
                {QStringLiteral("Accounts"), accounts}});
        }
        const QJsonObject top{
            {QStringLiteral("AccessKeys"),
             QJsonArray{QJsonObject{{QStringLiteral("AccessKeyId"), demoCredentials().accessKeyId},
                                    {QStringLiteral("AccessKeySecret"), demoCredentials().accessKeySecret}}}},
            {QStringLiteral("Regions"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("RegionId"), QStringLiteral("cn-hangzhou")},
                 {QStringLiteral("LocalName"), QStringLiteral("Hangzhou")},
                 {QStringLiteral("RegionEndpoint"), QStringLiteral("ecs.cn-hangzhou.aliyuncs.com")}}}},
            {QStringLiteral("Images"), imageArray}};
        const auto dataset = SimulatorDataset::fromJson(QJsonDocument(top).toJson());
        if (!dataset)
            return 1;
        EcsSimulator simulator;
        simulator.loadDataset(*dataset);
        if (!simulator.listen())
            return 1;
        ClientOptions options;
        options.endpointOverride = simulator.url();
        EcsClient client(options);
        client.setCredentials(demoCredentials());
        const Result result = run(&client, ExportScope::region(QStringLiteral("cn-hangzhou")),
                                  ExportOptions{}, dir.filePath(QStringLiteral("region.csv")));
        print("end to end, region CSV", result);
        QTextStream(stdout) << QStringLiteral(
                                   "  (%1 images, %2 requests over loopback; the simulator runs in "
                                   "this process and its memory counts too)\n")
                                   .arg(images)
                                   .arg(simulator.requestCount());
    }
    return 0;
}
