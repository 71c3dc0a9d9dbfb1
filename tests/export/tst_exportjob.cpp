// ExportJob against the simulator over loopback HTTP: every scope and format read back and compared with
// what the simulator served, hostile data, atomicity when a request or the disk fails midway, cancel, and
// the file-system errors a user meets (missing folder, read-only medium, full disk, no permission).

#include "ExportTestData.h"
#include "Rfc4180Parser.h"
#include "ServiceText.h"

#include "EcsClient.h"
#include "EcsSimulator.h"
#include "export/ExportJob.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

using namespace isb;
using namespace ExportTestData;

Q_DECLARE_METATYPE(isb::ExportScope::Kind)
Q_DECLARE_METATYPE(isb::ExportFormat)

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

bool runCommand(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(20000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

} // namespace

class TestExportJob final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void suggestedFileName_data();
    void suggestedFileName();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void emptyRegion();
    void regionOfManyImagesKeepsOrder();
    void progressIsReported();
    void vanishedImageIsLeftOut();
    void requestFailureMidwayKeepsTarget_data();
    void requestFailureMidwayKeepsTarget();
    void faultRateWithoutRetriesFails();
    void throttlingNeverFailsARegionExport();
    void cancelLeavesNothing_data();
    void cancelLeavesNothing();
    void writeFailureMidwayKeepsTarget();
    void missingFolder();
    void fileInTheWayOfFolder();
    void targetIsFolder();
    void writeProtectedTarget();
    void permissionDenied();
    void readOnlyFolder();
    void diskFull();

private:
    void useHostileData(int accountsOnBigImage = 120, int extraImages = 0);
    ExportScope scopeFor(ExportScope::Kind kind, const SimImage *image);
    QList<QStringList> expectedFor(ExportScope::Kind kind, const SimImage *image) const;
    QString target(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<ExportJob> makeJob(const ExportScope &scope, ExportFormat format, const QString &path,
                                       bool bom = false);
    void checkFailedAndUntouched(ExportJob *job, const QString &path, const QByteArray &before);

    EcsSimulator m_simulator;
    SimulatorDataset m_dataset;
    std::unique_ptr<EcsClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportJob::initTestCase() {
    QVERIFY(m_simulator.listen(QHostAddress::LocalHost));
}

void TestExportJob::init() {
    m_simulator.clearFaults();
    m_simulator.setLatency(std::chrono::milliseconds(0));
    QString error;
    const auto demo =
        SimulatorDataset::fromFile(QStringLiteral(ISB_SOURCE_DIR "/resources/demo-data.json"), &error);
    QVERIFY2(demo, qPrintable(error));
    m_dataset = *demo;
    m_simulator.loadDataset(m_dataset);
    m_client = std::make_unique<EcsClient>(clientOptions(m_simulator));
    m_client->setCredentials(demoCredentials());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExportJob::useHostileData(int accountsOnBigImage, int extraImages) {
    m_dataset = hostileDataset(accountsOnBigImage, extraImages);
    m_simulator.loadDataset(m_dataset);
}

std::unique_ptr<ExportJob> TestExportJob::makeJob(const ExportScope &scope, ExportFormat format,
                                                  const QString &path, bool bom) {
    ExportOptions options;
    options.format = format;
    options.byteOrderMark = bom;
    return std::make_unique<ExportJob>(m_client.get(), scope, options, path);
}

ExportScope TestExportJob::scopeFor(ExportScope::Kind kind, const SimImage *image) {
    switch (kind) {
    case ExportScope::Kind::Page: {
        // The page a user looks at: the second page of ten.
        SharePermissionQuery query;
        query.regionId = image->regionId;
        query.imageId = image->imageId;
        query.pageNumber = 2;
        query.pageSize = 10;
        std::unique_ptr<SharePermissionCall> call(m_client->describeImageSharePermission(query));
        QSignalSpy finished(call.get(), &EcsCall::finished);
        if (!finished.wait(10000) || !call->succeeded())
            return {};
        return ExportScope::loadedPage(image->regionId, image->imageId, image->imageName, call->result());
    }
    case ExportScope::Kind::Image:
        return ExportScope::image(image->regionId, image->imageId); // the name is looked up, as in the CLI
    case ExportScope::Kind::Region:
        return ExportScope::region(image->regionId);
    }
    return {};
}

QList<QStringList> TestExportJob::expectedFor(ExportScope::Kind kind, const SimImage *image) const {
    switch (kind) {
    case ExportScope::Kind::Page:
        return expectedRows(*image, 10, 10);
    case ExportScope::Kind::Image:
        return expectedRows(*image);
    case ExportScope::Kind::Region: {
        QList<QStringList> rows;
        for (const SimImage *each : imagesInExportOrder(m_dataset, image->regionId))
            rows += expectedRows(*each);
        return rows;
    }
    }
    return {};
}

void TestExportJob::checkFailedAndUntouched(ExportJob *job, const QString &path, const QByteArray &before) {
    QCOMPARE(job->status(), ExportJob::Status::Failed);
    QCOMPARE(readAll(path), before);
    // Nothing but the target (if it existed) is left in the folder: no temporary file of the QSaveFile.
    const QStringList expected = before.isNull() ? QStringList() : QStringList{QFileInfo(path).fileName()};
    QCOMPARE(filesIn(QFileInfo(path).absolutePath()), expected);
}

void TestExportJob::suggestedFileName_data() {
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("image");
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("image csv") << "cn-hangzhou"
                               << "m-bp1abc" << ExportFormat::Csv
                               << "cn-hangzhou_m-bp1abc_share-permissions_2026-11-28.csv";
    QTest::newRow("region json") << "cn-hangzhou" << QString() << ExportFormat::Json
                                 << "cn-hangzhou_all-images_share-permissions_2026-11-28.json";
    QTest::newRow("dots and underscores kept")
        << "ap-southeast-1"
        << "win2019_1809_x64.vhd" << ExportFormat::Csv
        << "ap-southeast-1_win2019_1809_x64.vhd_share-permissions_2026-11-28.csv";
    QTest::newRow("unsafe characters") << "cn/../x"
                                       << "m:a*b?\"<>|\\ 中" << ExportFormat::Csv
                                       << "cn_.._x_m_a_b_________share-permissions_2026-11-28.csv";
    QTest::newRow("leading dot") << ".hidden"
                                 << "..m" << ExportFormat::Json
                                 << "_hidden__.m_share-permissions_2026-11-28.json";
}

void TestExportJob::suggestedFileName() {
    QFETCH(QString, region);
    QFETCH(QString, image);
    QFETCH(ExportFormat, format);
    QFETCH(QString, expected);
    QCOMPARE(ExportJob::suggestedFileName(region, image, format, QDate(2026, 11, 28)), expected);
}

void TestExportJob::csvRoundTrip_data() {
    QTest::addColumn<bool>("hostile");
    QTest::addColumn<ExportScope::Kind>("scope");
    QTest::addColumn<bool>("bom");
    for (const bool hostile : {false, true}) {
        for (const bool bom : {false, true}) {
            const char *data = hostile ? "hostile" : "demo";
            const char *mark = bom ? "BOM" : "no BOM";
            QTest::addRow("%s, page, %s", data, mark) << hostile << ExportScope::Kind::Page << bom;
            QTest::addRow("%s, image, %s", data, mark) << hostile << ExportScope::Kind::Image << bom;
            QTest::addRow("%s, region, %s", data, mark) << hostile << ExportScope::Kind::Region << bom;
        }
    }
}

void TestExportJob::csvRoundTrip() {
    QFETCH(bool, hostile);
    QFETCH(ExportScope::Kind, scope);
    QFETCH(bool, bom);
    if (hostile)
        useHostileData();
    const QString region = hostile ? kHostileRegion : QStringLiteral("cn-hangzhou");
    const SimImage *image = biggestImage(m_dataset, region);
    QVERIFY(image && image->accounts.size() > 50); // several pages of 50

    const QString path = target(QStringLiteral("out.csv"));
    auto job = makeJob(scopeFor(scope, image), ExportFormat::Csv, path, bom);
    QVERIFY(runToEnd(job.get()));
    QCOMPARE(job->status(), ExportJob::Status::Succeeded);

    QByteArray bytes = readAll(path);
    QCOMPARE(bytes.startsWith(kBom), bom);
    if (bom)
        bytes.remove(0, kBom.size());
    QList<QStringList> records;
    QString error;
    QVERIFY2(Rfc4180Parser::parse(bytes, &records, &error), qPrintable(error));
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.takeFirst(), header());
    const QList<QStringList> expected = guarded(expectedFor(scope, image));
    QCOMPARE(records.size(), expected.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        QCOMPARE(records.at(i), expected.at(i));
    QCOMPARE(job->entryCount(), qint64(expected.size()));
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("out.csv")});
}

void TestExportJob::jsonRoundTrip_data() {
    QTest::addColumn<bool>("hostile");
    QTest::addColumn<ExportScope::Kind>("scope");
    for (const bool hostile : {false, true}) {
        const char *data = hostile ? "hostile" : "demo";
        QTest::addRow("%s, page", data) << hostile << ExportScope::Kind::Page;
        QTest::addRow("%s, image", data) << hostile << ExportScope::Kind::Image;
        QTest::addRow("%s, region", data) << hostile << ExportScope::Kind::Region;
    }
}

void TestExportJob::jsonRoundTrip() {
    QFETCH(bool, hostile);
    QFETCH(ExportScope::Kind, scope);
    if (hostile)
        useHostileData();
    const QString region = hostile ? kHostileRegion : QStringLiteral("cn-hangzhou");
    const SimImage *image = biggestImage(m_dataset, region);
    QVERIFY(image);

    const QString path = target(QStringLiteral("out.json"));
    auto job = makeJob(scopeFor(scope, image), ExportFormat::Json, path);
    job->setExportedAt(QDateTime(QDate(2026, 11, 28), QTime(9, 30), Qt::UTC));
    QVERIFY(runToEnd(job.get()));
    QCOMPARE(job->status(), ExportJob::Status::Succeeded);

    const QByteArray bytes = readAll(path);
    QVERIFY(!bytes.startsWith(kBom));
    QVERIFY(bytes.endsWith('\n'));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);

    // Compares one image's document with the dataset; the page scope holds accounts 10-19.
    auto checkImage = [](const QJsonObject &object, const SimImage &expected, int first, int count) {
        QCOMPARE(object.value(u"RegionId").toString(), expected.regionId);
        QCOMPARE(object.value(u"ImageId").toString(), expected.imageId);
        // As the client hands it out (sanitized, issue 12): no `'` in JSON.
        QCOMPARE(object.value(u"ImageName").toString(), sanitizedServiceText(expected.imageName));
        QCOMPARE(object.value(u"TotalCount").toInt(), int(expected.accounts.size()));
        const QJsonArray accounts = object.value(u"Accounts").toArray();
        const int end = count < 0 ? int(expected.accounts.size()) : first + count;
        QCOMPARE(accounts.size(), end - first);
        for (int a = first; a < end; ++a) {
            const QJsonObject account = accounts.at(a - first).toObject();
            QCOMPARE(account.value(u"AliyunId").toString(),
                     sanitizedServiceText(expected.accounts.at(a).aliyunId));
            QCOMPARE(account.contains(u"SharedTime"), !expected.accounts.at(a).sharedTime.isEmpty());
            QCOMPARE(account.value(u"SharedTime").toString(), expected.accounts.at(a).sharedTime);
        }
        QStringList groups;
        for (const QJsonValue &group : object.value(u"ShareGroups").toArray())
            groups.append(group.toObject().value(u"Group").toString());
        QStringList expectedGroups;
        for (const QString &group : expected.shareGroups)
            expectedGroups.append(sanitizedServiceText(group));
        QCOMPARE(groups, expectedGroups);
    };

    const QJsonObject top = document.object();
    switch (scope) {
    case ExportScope::Kind::Page:
        checkImage(top, *image, 10, 10);
        break;
    case ExportScope::Kind::Image:
        checkImage(top, *image, 0, -1);
        break;
    case ExportScope::Kind::Region: {
        QCOMPARE(top.keys().size(), 4);
        QCOMPARE(top.value(u"ExportedAt").toString(), QStringLiteral("2026-11-28T09:30:00Z"));
        QCOMPARE(top.value(u"Endpoint").toString(), m_simulator.url().toString());
        QCOMPARE(top.value(u"RegionId").toString(), region);
        const QJsonArray images = top.value(u"Images").toArray();
        const QList<const SimImage *> expected = imagesInExportOrder(m_dataset, region);
        QCOMPARE(images.size(), expected.size());
        for (qsizetype i = 0; i < images.size(); ++i)
            checkImage(images.at(i).toObject(), *expected.at(i), 0, -1);
        // The API's member order, as promised to scripts.
        QVERIFY(bytes.indexOf("\"ExportedAt\"") < bytes.indexOf("\"Endpoint\""));
        QVERIFY(bytes.indexOf("\"Endpoint\"") < bytes.indexOf("\"RegionId\""));
        QVERIFY(bytes.indexOf("\"RegionId\"") < bytes.indexOf("\"Images\""));
        break;
    }
    }
}

void TestExportJob::emptyRegion() {
    useHostileData();
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Json}) {
        const QString path =
            target(format == ExportFormat::Csv ? QStringLiteral("empty.csv") : QStringLiteral("empty.json"));
        auto job = makeJob(ExportScope::region(kQuietRegion), format, path);
        QVERIFY(runToEnd(job.get()));
        QCOMPARE(job->status(), ExportJob::Status::Succeeded);
        QCOMPARE(job->imageCount(), 0);
        if (format == ExportFormat::Csv) {
            QCOMPARE(readAll(path),
                     QByteArrayLiteral("RegionId,ImageId,ImageName,Kind,Principal,SharedTime,Label\r\n"));
        } else {
            const QJsonObject top = QJsonDocument::fromJson(readAll(path)).object();
            QVERIFY(top.value(u"Images").isArray());
            QVERIFY(top.value(u"Images").toArray().isEmpty());
        }
    }
}

void TestExportJob::regionOfManyImagesKeepsOrder() {
    // More images than fetched at once, answered with latency: answers overtake each other, the file
    // keeps the audit's order (by ImageId; the service lists them otherwise).
    useHostileData(60, 25);
    m_simulator.setLatency(std::chrono::milliseconds(5));
    const QString path = target(QStringLiteral("many.csv"));
    auto job = makeJob(ExportScope::region(kHostileRegion), ExportFormat::Csv, path);
    QVERIFY(runToEnd(job.get()));
    QCOMPARE(job->status(), ExportJob::Status::Succeeded);
    QList<QStringList> records;
    QString error;
    QVERIFY2(Rfc4180Parser::parse(readAll(path), &records, &error), qPrintable(error));
    records.removeFirst();
    QList<QStringList> expected;
    QVERIFY(imagesInExportOrder(m_dataset, kHostileRegion) != imagesOf(m_dataset, kHostileRegion));
    for (const SimImage *image : imagesInExportOrder(m_dataset, kHostileRegion))
        expected += expectedRows(*image);
    QCOMPARE(records, guarded(expected));
    QCOMPARE(job->imageCount(), int(imagesOf(m_dataset, kHostileRegion).size()));
}

void TestExportJob::progressIsReported() {
    const QString region = QStringLiteral("cn-hangzhou");
    const int imageCount = int(imagesOf(m_dataset, region).size());
    {
        auto job = makeJob(ExportScope::region(region), ExportFormat::Csv, target(QStringLiteral("r.csv")));
        QCOMPARE(job->progressUnit(), ExportJob::ProgressUnit::Images);
        QSignalSpy progress(job.get(), &ExportJob::progress);
        QVERIFY(runToEnd(job.get()));
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.first().at(1).toInt(), 0); // unknown until the list arrived
        QCOMPARE(progress.last().at(0).toInt(), imageCount);
        QCOMPARE(progress.last().at(1).toInt(), imageCount);
    }
    {
        // One image of 57 accounts: the name look-up, then 2 pages of 50.
        const SimImage *image = biggestImage(m_dataset, region);
        auto job = makeJob(ExportScope::image(region, image->imageId), ExportFormat::Csv,
                           target(QStringLiteral("i.csv")));
        QCOMPARE(job->progressUnit(), ExportJob::ProgressUnit::Requests);
        QSignalSpy progress(job.get(), &ExportJob::progress);
        QVERIFY(runToEnd(job.get()));
        QCOMPARE(job->status(), ExportJob::Status::Succeeded);
        const int pages = int((image->accounts.size() + 49) / 50);
        QCOMPARE(progress.last().at(0).toInt(), 1 + pages);
        QCOMPARE(progress.last().at(1).toInt(), 1 + pages);
    }
}

void TestExportJob::vanishedImageIsLeftOut() {
    useHostileData();
    const QList<const SimImage *> images = imagesOf(m_dataset, kHostileRegion);
    const QString gone = images.last()->imageId;
    auto job =
        makeJob(ExportScope::region(kHostileRegion), ExportFormat::Csv, target(QStringLiteral("v.csv")));
    // The image is deleted right after the list was read.
    connect(job.get(), &ExportJob::progress, this, [&](int, int total) {
        if (total == 0)
            return;
        QJsonObject top = QJsonDocument::fromJson(hostileDatasetJson()).object();
        QJsonArray kept;
        for (const QJsonValue &value : top.value(u"Images").toArray()) {
            if (value.toObject().value(u"ImageId").toString() != gone)
                kept.append(value);
        }
        top.insert(QStringLiteral("Images"), kept);
        m_simulator.loadDataset(*SimulatorDataset::fromJson(QJsonDocument(top).toJson()));
    });
    QVERIFY(runToEnd(job.get()));
    QCOMPARE(job->status(), ExportJob::Status::Succeeded);
    QCOMPARE(job->imageCount(), int(images.size()) - 1);
    QVERIFY(!readAll(target(QStringLiteral("v.csv"))).contains(gone.toUtf8()));
}

void TestExportJob::requestFailureMidwayKeepsTarget_data() {
    QTest::addColumn<ExportScope::Kind>("scope");
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<bool>("existing");
    QTest::newRow("region csv over a file") << ExportScope::Kind::Region << ExportFormat::Csv << true;
    QTest::newRow("region json over a file") << ExportScope::Kind::Region << ExportFormat::Json << true;
    QTest::newRow("region csv, new file") << ExportScope::Kind::Region << ExportFormat::Csv << false;
    QTest::newRow("image csv over a file") << ExportScope::Kind::Image << ExportFormat::Csv << true;
    QTest::newRow("image json, new file") << ExportScope::Kind::Image << ExportFormat::Json << false;
}

void TestExportJob::requestFailureMidwayKeepsTarget() {
    QFETCH(ExportScope::Kind, scope);
    QFETCH(ExportFormat, format);
    QFETCH(bool, existing);
    // Enough images after the first one in the file (by ImageId) that requests are still to be sent when it
    // is written.
    useHostileData(200, 40);
    const QString path = target(QStringLiteral("target.out"));
    const QByteArray before = existing ? kOldContent : QByteArray();
    if (existing)
        QVERIFY(writeFile(path, before));

    const SimImage *image = biggestImage(m_dataset, kHostileRegion);
    const ExportScope exportScope =
        scope == ExportScope::Kind::Region
            ? ExportScope::region(kHostileRegion)
            : ExportScope::image(kHostileRegion, image->imageId, image->imageName);
    auto job = makeJob(exportScope, format, path);
    // After the first pages have arrived (and, for a region, the first images were written to the
    // temporary file), the service fails every request, retries included. Qt's QSaveFile uses an
    // unnamed O_TMPFILE where Linux offers it, so the temporary file may not even show in the folder.
    bool faultArmed = false;
    connect(job.get(), &ExportJob::progress, this, [&](int done, int) {
        if (done < 1 || faultArmed)
            return;
        faultArmed = true;
        m_simulator.failNext(FaultKind::Unavailable, 1000);
    });
    QVERIFY(runToEnd(job.get()));
    QVERIFY(faultArmed);
    if (scope == ExportScope::Kind::Region)
        QVERIFY2(job->entryCount() > 0, "the export was meant to fail midway, with rows already written");
    QCOMPARE(job->error().kind, ExportError::Kind::Request);
    QCOMPARE(job->error().request.code, QStringLiteral("ServiceUnavailable"));
    checkFailedAndUntouched(job.get(), path, existing ? before : QByteArray());
}

void TestExportJob::faultRateWithoutRetriesFails() {
    useHostileData(200, 40);
    m_client->setOptions(clientOptions(m_simulator, 0));
    m_simulator.setSeed(7);
    m_simulator.setFault(FaultKind::Internal, 0.2);
    const QString path = target(QStringLiteral("rate.csv"));
    QVERIFY(writeFile(path, kOldContent));
    auto job = makeJob(ExportScope::region(kHostileRegion), ExportFormat::Csv, path);
    QVERIFY(runToEnd(job.get()));
    QCOMPARE(job->error().kind, ExportError::Kind::Request);
    QCOMPARE(job->error().request.httpStatus, 500);
    checkFailedAndUntouched(job.get(), path, kOldContent);
}

void TestExportJob::throttlingNeverFailsARegionExport() {
    // A third of the answers are throttling, more than the client's one retry can absorb: on the audit's
    // engine the export narrows its pool and asks again (the old pool of 4 failed on the first request
    // throttled twice).
    useHostileData(120, 30);
    m_simulator.resetCounters();
    m_simulator.setSeed(5);
    m_simulator.setFault(FaultKind::Throttling, 0.35);
    const QString path = target(QStringLiteral("throttled.csv"));
    auto job = makeJob(ExportScope::region(kHostileRegion), ExportFormat::Csv, path);
    QVERIFY(runToEnd(job.get()));
    QVERIFY2(job->status() == ExportJob::Status::Succeeded, qPrintable(job->error().toOneLine()));
    QVERIFY(m_simulator.throttledCount() > 0);
    QVERIFY(job->throttledAnswers() > 0);
    QList<QStringList> records;
    QString error;
    QVERIFY2(Rfc4180Parser::parse(readAll(path), &records, &error), qPrintable(error));
    records.removeFirst();
    QList<QStringList> expected;
    for (const SimImage *image : imagesInExportOrder(m_dataset, kHostileRegion))
        expected += expectedRows(*image);
    QCOMPARE(records, guarded(expected)); // every row
}

void TestExportJob::cancelLeavesNothing_data() {
    QTest::addColumn<bool>("existing");
    QTest::addColumn<int>("cancelAt"); // progress done when cancelling; -1: before the job ran
    QTest::newRow("new file, midway") << false << 1;
    QTest::newRow("existing file, midway") << true << 2;
    QTest::newRow("existing file, at once") << true << -1;
}

void TestExportJob::cancelLeavesNothing() {
    QFETCH(bool, existing);
    QFETCH(int, cancelAt);
    useHostileData(120, 12);
    m_simulator.setLatency(std::chrono::milliseconds(20));
    const QString path = target(QStringLiteral("cancelled.csv"));
    if (existing)
        QVERIFY(writeFile(path, kOldContent));
    auto job = makeJob(ExportScope::region(kHostileRegion), ExportFormat::Csv, path);
    QSignalSpy finished(job.get(), &ExportJob::finished);
    connect(job.get(), &ExportJob::progress, this, [&](int done, int) {
        if (cancelAt >= 0 && done >= cancelAt)
            job->cancel();
    });
    job->start();
    if (cancelAt < 0)
        job->cancel();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->status(), ExportJob::Status::Cancelled);
    QCOMPARE(job->error().kind, ExportError::Kind::Cancelled);
    QCOMPARE(readAll(path), existing ? kOldContent : QByteArray());
    QCOMPARE(filesIn(m_dir->path()), existing ? QStringList{QStringLiteral("cancelled.csv")} : QStringList());
    // Nothing arrives after a cancel.
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
}

void TestExportJob::writeFailureMidwayKeepsTarget() {
    // A file size limit (ulimit -f) makes write() fail with EFBIG partway through, without privileges:
    // the same path through the code as a disk filling up.
    useHostileData(3000, 0); // about 200 KB of CSV
    const QString path = target(QStringLiteral("limited.csv"));
    QVERIFY(writeFile(path, kOldContent));

    rlimit previous{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &previous), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN); // else the process is killed
    rlimit limited = previous;
    limited.rlim_cur = 64 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const auto restore = qScopeGuard([&] {
        setrlimit(RLIMIT_FSIZE, &previous);
        std::signal(SIGXFSZ, previousHandler);
    });

    auto job = makeJob(ExportScope::region(kHostileRegion), ExportFormat::Csv, path);
    QVERIFY(runToEnd(job.get()));
    QCOMPARE(job->error().kind, ExportError::Kind::File);
    QCOMPARE(job->error().file, ExportError::FileProblem::TooLarge);
    QVERIFY2(job->error().toOneLine().contains(QStringLiteral("larger than")),
             qPrintable(job->error().toOneLine()));
    checkFailedAndUntouched(job.get(), path, kOldContent);
}

void TestExportJob::missingFolder() {
    const QString path = target(QStringLiteral("no/such/folder/out.csv"));
    m_simulator.resetCounters();
    auto job = makeJob(ExportScope::region(QStringLiteral("cn-hangzhou")), ExportFormat::Csv, path);
    QVERIFY(runToEnd(job.get()));
    QCOMPARE(job->status(), ExportJob::Status::Failed);
    QCOMPARE(job->error().file, ExportError::FileProblem::NoSuchFolder);
    QVERIFY2(job->error().toOneLine().contains(QStringLiteral("does not exist")),
             qPrintable(job->error().toOneLine()));
    QCOMPARE(m_simulator.requestCount(), 0); // the target is checked before any request
    QCOMPARE(filesIn(m_dir->path()), QStringList());
}

void TestExportJob::fileInTheWayOfFolder() {
    QVERIFY(writeFile(target(QStringLiteral("plain-file")), "x"));
    m_simulator.resetCounters();
    auto job = makeJob(ExportScope::region(QStringLiteral("cn-hangzhou")), ExportFormat::Json,
                       target(QStringLiteral("plain-file/out.json")));
    QVERIFY(runToEnd(job.get()));
    QCOMPARE(job->error().file, ExportError::FileProblem::NotAFolder);
    QCOMPARE(m_simulator.requestCount(), 0); // the target is checked before any request
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("plain-file")});
}

void TestExportJob::targetIsFolder() {
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.csv")));
    auto job = makeJob(ExportScope::region(QStringLiteral("cn-hangzhou")), ExportFormat::Csv,
                       target(QStringLiteral("folder.csv")));
    QVERIFY(runToEnd(job.get()));
    QCOMPARE(job->error().file, ExportError::FileProblem::IsAFolder);
    QVERIFY(QFileInfo(target(QStringLiteral("folder.csv"))).isDir());
}

void TestExportJob::writeProtectedTarget() {
    if (geteuid() == 0)
        QSKIP("root may replace a write-protected file; checked for normal users only");
    const QString path = target(QStringLiteral("protected.csv"));
    QVERIFY(writeFile(path, kOldContent));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    auto job = makeJob(ExportScope::region(QStringLiteral("cn-hangzhou")), ExportFormat::Csv, path);
    QVERIFY(runToEnd(job.get()));
    QCOMPARE(job->error().file, ExportError::FileProblem::PermissionDenied);
    QCOMPARE(readAll(path), kOldContent);
}

void TestExportJob::permissionDenied() {
    // Root ignores permission bits, so this runs for normal users only; tst_exportcli checks the same as
    // an unprivileged user through setpriv when the tests run as root.
    if (geteuid() == 0)
        QSKIP("running as root: permissions are not enforced (see tst_exportcli::permissionDenied)");
    const QString folder = target(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto unlock = qScopeGuard([&] {
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    auto job = makeJob(ExportScope::region(QStringLiteral("cn-hangzhou")), ExportFormat::Csv,
                       folder + QStringLiteral("/out.csv"));
    QVERIFY(runToEnd(job.get()));
    QCOMPARE(job->error().file, ExportError::FileProblem::PermissionDenied);
    QVERIFY2(job->error().toOneLine().contains(QStringLiteral("permission")),
             qPrintable(job->error().toOneLine()));
    QCOMPARE(filesIn(folder), QStringList());
}

void TestExportJob::readOnlyFolder() {
    // A read-only file system: a tmpfs mounted read-only needs root (CAP_SYS_ADMIN); without it, a
    // read-only mount the system already has (/sys or /proc/sys in containers) serves, else skip.
    QString folder;
    QTemporaryDir mountPoint;
    bool mounted = false;
    if (geteuid() == 0 &&
        runCommand(QStringLiteral("mount"),
                   {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                    QStringLiteral("ro,size=64k"), QStringLiteral("tmpfs"), mountPoint.path()})) {
        mounted = true;
        folder = mountPoint.path();
    }
    const auto unmount = qScopeGuard([&] {
        if (mounted)
            runCommand(QStringLiteral("umount"), {mountPoint.path()});
    });
    if (!mounted) {
        QFile mounts(QStringLiteral("/proc/self/mounts"));
        if (mounts.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : mounts.readAll().split('\n')) {
                const QList<QByteArray> fields = line.split(' ');
                if (fields.size() > 3 && fields.at(3).split(',').contains("ro") &&
                    QFileInfo(QString::fromLocal8Bit(fields.at(1))).isDir()) {
                    folder = QString::fromLocal8Bit(fields.at(1));
                    break;
                }
            }
        }
    }
    if (folder.isEmpty())
        QSKIP("no read-only file system: not root (cannot mount one) and none mounted");

    auto job = makeJob(ExportScope::region(QStringLiteral("cn-hangzhou")), ExportFormat::Csv,
                       folder + QStringLiteral("/isb-export-test.csv"));
    QVERIFY(runToEnd(job.get()));
    QCOMPARE(job->error().file, ExportError::FileProblem::ReadOnly);
    QVERIFY2(job->error().toOneLine().contains(QStringLiteral("read-only")),
             qPrintable(job->error().toOneLine()));
    QVERIFY(!QFile::exists(folder + QStringLiteral("/isb-export-test.csv")));
}

void TestExportJob::diskFull() {
    // A real ENOSPC needs a small file system: a 64 KiB tmpfs, mountable by root only. /dev/full cannot
    // stand in: QSaveFile writes a temporary file in the target's folder (/dev) and renames it.
    if (geteuid() != 0)
        QSKIP("not root: cannot mount a small tmpfs to fill (writeFailureMidwayKeepsTarget covers the path)");
    QTemporaryDir mountPoint;
    if (!runCommand(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=64k"), QStringLiteral("tmpfs"), mountPoint.path()}))
        QSKIP("mount -t tmpfs failed (no CAP_SYS_ADMIN in this container)");
    const auto unmount = qScopeGuard([&] { runCommand(QStringLiteral("umount"), {mountPoint.path()}); });

    const QString path = mountPoint.filePath(QStringLiteral("share.csv"));
    QVERIFY(writeFile(path, kOldContent));
    // Fill the disk but for 8 KiB, so the export starts well and fails partway.
    {
        QFile filler(mountPoint.filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
        filler.close();
        QVERIFY(QFile::resize(filler.fileName(), QFileInfo(filler.fileName()).size() - 8192));
    }
    useHostileData(3000, 0);
    auto job = makeJob(ExportScope::region(kHostileRegion), ExportFormat::Csv, path);
    QVERIFY(runToEnd(job.get()));
    QCOMPARE(job->status(), ExportJob::Status::Failed);
    QCOMPARE(job->error().file, ExportError::FileProblem::DiskFull);
    QVERIFY2(job->error().toOneLine().contains(QStringLiteral("not enough free space")),
             qPrintable(job->error().toOneLine()));
    QCOMPARE(readAll(path), kOldContent);
    QCOMPARE(filesIn(mountPoint.path()),
             (QStringList{QStringLiteral("filler"), QStringLiteral("share.csv")}));
}

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
