#include "AuditBench.h"

#include "accounts/AccountBook.h"
#include "audit/AuditFilterModel.h"
#include "audit/AuditRunner.h"
#include "audit/AuditSnapshot.h"
#include "audit/AuditTableModel.h"
#include "export/IsoTime.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace isb::bench {

namespace {

QString grantKey(const QString &region, const QString &image, const QString &kind, const QString &principal,
                 const QString &time) {
    return region % QLatin1Char(' ') % image % QLatin1Char(' ') % kind % QLatin1Char(' ') % principal %
           QLatin1Char(' ') % time;
}

/// The AccessKey and the grants of the simulator's data file (the bench's ground truth).
bool readDataset(const QString &path, const QStringList &regions, Credentials *credentials,
                 QSet<QString> *grants, int *images, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject key = root.value(QLatin1String("AccessKeys")).toArray().at(0).toObject();
    credentials->accessKeyId = key.value(QLatin1String("AccessKeyId")).toString();
    credentials->accessKeySecret = key.value(QLatin1String("AccessKeySecret")).toString();
    credentials->securityToken = key.value(QLatin1String("SecurityToken")).toString();
    if (!credentials->isComplete()) {
        *error = QStringLiteral("no AccessKey in the data file");
        return false;
    }
    *images = 0;
    for (const QJsonValue &value : root.value(QLatin1String("Images")).toArray()) {
        const QJsonObject image = value.toObject();
        const QString region = image.value(QLatin1String("RegionId")).toString();
        if (!regions.isEmpty() && !regions.contains(region))
            continue;
        ++*images;
        const QString id = image.value(QLatin1String("ImageId")).toString();
        for (const QJsonValue &account : image.value(QLatin1String("Accounts")).toArray()) {
            const QJsonObject object = account.toObject();
            grants->insert(grantKey(region, id, QStringLiteral("Account"),
                                    object.value(QLatin1String("AliyunId")).toString(),
                                    object.value(QLatin1String("SharedTime")).toString()));
        }
        for (const QJsonValue &group : image.value(QLatin1String("ShareGroups")).toArray())
            grants->insert(grantKey(region, id, QStringLiteral("Group"), group.toString(), {}));
    }
    return true;
}

double msSince(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

qint64 peakRssKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // readAll(): /proc files report a size of 0, so atEnd() is true before anything is read.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

int runAudit(const AuditRunSettings &settings, QTextStream &out) {
    Credentials credentials;
    QSet<QString> expected;
    int expectedImages = 0;
    QString error;
    if (!readDataset(settings.datasetPath, settings.regions, &credentials, &expected, &expectedImages,
                     &error)) {
        out << "error=" << error << Qt::endl;
        return 2;
    }

    ClientOptions clientOptions;
    clientOptions.endpointOverride = settings.endpoint;
    AuditOptions options;
    options.poolSize = settings.poolSize;
    options.regions = settings.regions;
    AuditRunner runner;
    runner.setClientOptions(clientOptions);
    runner.setCredentials(credentials);
    runner.setOptions(options);

    // What the window does with the rows: a model behind a sorted proxy.
    AuditTableModel model;
    AuditFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(AuditTableModel::RegionColumn);
    double slowestBatchMs = 0;
    int batches = 0;
    if (settings.withModel) {
        QObject::connect(&runner, &AuditRunner::rowsAdded, &model, [&](const QList<AuditRow> &rows) {
            QElapsedTimer timer;
            timer.start();
            model.appendRows(rows);
            slowestBatchMs = std::max(slowestBatchMs, msSince(timer));
            ++batches;
        });
    }

    // The longest the event loop went without running a 5 ms timer: what a window would feel as a freeze.
    QElapsedTimer sinceTick;
    double longestStallMs = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        longestStallMs = std::max(longestStallMs, msSince(sinceTick));
        sinceTick.restart();
    });

    QEventLoop loop;
    QObject::connect(&runner, &AuditRunner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer wall;
    wall.start();
    sinceTick.start();
    ticker.start(5);
    runner.start();
    loop.exec();
    const double wallMs = msSince(wall);
    ticker.stop();

    QSet<QString> found;
    for (const AuditRow &row : runner.rows())
        found.insert(grantKey(row.regionId, row.imageId, AuditRow::kindName(row.kind), row.principal,
                              formatIsoUtc(row.sharedTime)));
    const qsizetype missing = QSet<QString>(expected).subtract(found).size();
    const qsizetype extra = QSet<QString>(found).subtract(expected).size();
    const bool duplicates = found.size() != runner.rows().size();
    const AuditProgress progress = runner.progress();
    const bool ok = missing == 0 && extra == 0 && !duplicates && runner.failures().isEmpty() &&
                    int(runner.images().size()) == expectedImages;

    if (!settings.snapshotPath.isEmpty() && !runner.snapshot().save(settings.snapshotPath, &error))
        out << "snapshot_error=" << error << Qt::endl;

    out << "pool=" << settings.poolSize << Qt::endl;
    out << "lanes=" << runner.laneCount() << Qt::endl;
    out << "wall_ms=" << qRound(wallMs) << Qt::endl;
    out << "requests=" << progress.requestsSent << Qt::endl;
    out << "throttled=" << progress.throttledAnswers << Qt::endl;
    out << "useful_requests=" << progress.requestsSent - progress.throttledAnswers << Qt::endl;
    out << "peak_in_flight=" << runner.peakInFlight() << Qt::endl;
    out << "images=" << runner.images().size() << Qt::endl;
    out << "expected_images=" << expectedImages << Qt::endl;
    out << "rows=" << runner.rows().size() << Qt::endl;
    out << "expected_grants=" << expected.size() << Qt::endl;
    out << "missing=" << missing << Qt::endl;
    out << "extra=" << extra << Qt::endl;
    out << "failures=" << runner.failures().size() << Qt::endl;
    out << "model_rows=" << model.rowCount() << Qt::endl;
    out << "batches=" << batches << Qt::endl;
    out << "slowest_batch_ms=" << QString::number(slowestBatchMs, 'f', 2) << Qt::endl;
    out << "longest_stall_ms=" << QString::number(longestStallMs, 'f', 1) << Qt::endl;
    out << "peak_rss_kib=" << peakRssKiB() << Qt::endl;
    out << "verify=" << (ok ? "ok" : "FAIL") << Qt::endl;
    return ok ? 0 : 1;
}

int runModel(int rowCount, int bookSize, QTextStream &out) {
    // Rows shaped like a large audit: 20 regions, ~8 grants per image, one image in ten public. With a
    // book, principals come from twice as many accounts as it holds: half the grants go to book accounts
    // (a third each own, trusted and a label only), half to accounts it does not know.
    auto *random = QRandomGenerator::global();
    const auto accountId = [](qint64 n) { return QString::number(1000000000000000LL + n * 7919); };
    QList<AccountBook::Entry> entries;
    for (int n = 0; n < bookSize; ++n) {
        const AccountBook::Trust trust = n % 3 == 0   ? AccountBook::Trust::Own
                                         : n % 3 == 1 ? AccountBook::Trust::Trusted
                                                      : AccountBook::Trust::None;
        entries.append({accountId(n), QStringLiteral("team %1").arg(n), trust});
    }
    AccountBook book(QStringLiteral("/nonexistent/accounts.csv")); // never loaded nor saved
    book.setEntries(entries);
    QList<AuditRow> rows;
    rows.reserve(rowCount);
    int image = 0;
    while (rows.size() < rowCount) {
        AuditRow row;
        row.regionId = QStringLiteral("region-%1").arg(image % 20, 2, 10, QLatin1Char('0'));
        row.imageId = QStringLiteral("m-%1").arg(image, 8, 16, QLatin1Char('0'));
        row.imageName = QStringLiteral("image-%1-%2").arg(random->bounded(1000)).arg(image);
        const int accounts = int(random->bounded(16));
        for (int a = 0; a < accounts && rows.size() < rowCount; ++a) {
            row.principal = bookSize > 0 ? accountId(random->bounded(2 * bookSize))
                                         : QString::number(100000000000LL + random->bounded(900000000000LL));
            row.sharedTime = QDateTime::fromSecsSinceEpoch(1600000000 + random->bounded(100000000), Qt::UTC);
            rows.append(row);
        }
        if (image % 10 == 0 && rows.size() < rowCount) {
            row.kind = AuditRow::Kind::Group;
            row.principal = QStringLiteral("all");
            row.sharedTime = {};
            rows.append(row);
        }
        ++image;
    }
    const QString somePrincipal = rows.at(rows.size() / 2).principal;

    AuditTableModel model;
    if (bookSize > 0)
        model.setAccountBook(&book);
    AuditFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(AuditTableModel::ImageNameColumn);
    QElapsedTimer timer;
    timer.start();
    double slowestBatch = 0;
    for (qsizetype first = 0; first < rows.size(); first += 2000) {
        QElapsedTimer batch;
        batch.start();
        model.appendRows(rows.mid(first, 2000));
        slowestBatch = std::max(slowestBatch, msSince(batch));
    }
    out << "model_rows=" << model.rowCount() << Qt::endl;
    out << "book_accounts=" << book.entries().size() << Qt::endl;
    out << "append_total_ms=" << QString::number(msSince(timer), 'f', 1) << Qt::endl;
    out << "append_slowest_batch_ms=" << QString::number(slowestBatch, 'f', 1) << Qt::endl;

    const char *names[] = {"region",      "image_id", "image_name", "kind",   "principal",
                           "shared_time", "label",    "finding",    "account"};
    static_assert(std::size(names) == AuditTableModel::ColumnCount);
    double slowestSort = 0;
    for (int column = 0; column < AuditTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            timer.restart();
            filter.sort(column, order);
            filter.index(filter.rowCount() / 2, 0).data();
            const double ms = msSince(timer);
            slowestSort = std::max(slowestSort, ms);
            out << "sort_" << names[column] << (order == Qt::AscendingOrder ? "_asc" : "_desc")
                << "_ms=" << QString::number(ms, 'f', 1) << Qt::endl;
        }
    }
    out << "sort_slowest_ms=" << QString::number(slowestSort, 'f', 1) << Qt::endl;

    // Filters with the view sorted by name, as a user would have it.
    filter.sort(AuditTableModel::ImageNameColumn);
    double slowestFilter = 0;
    const auto timeFilter = [&](const char *name, const std::function<void()> &apply) {
        timer.restart();
        apply();
        // What a view asks at once; a proxy that rebuilds its mapping lazily does the work here.
        const int shown = filter.rowCount();
        filter.index(shown / 2, 0).data();
        const double ms = msSince(timer);
        slowestFilter = std::max(slowestFilter, ms);
        out << "filter_" << name << "_ms=" << QString::number(ms, 'f', 1) << " (" << shown << " rows)"
            << Qt::endl;
    };
    timeFilter("text", [&] { filter.setTextFilter(QStringLiteral("image-42")); });
    timeFilter("text_cleared", [&] { filter.setTextFilter({}); });
    timeFilter("region", [&] { filter.setRegionFilter(QStringLiteral("region-07")); });
    timeFilter("region_cleared", [&] { filter.setRegionFilter({}); });
    timeFilter("principal", [&] { filter.setPrincipalFilter(somePrincipal); });
    timeFilter("principal_cleared", [&] { filter.setPrincipalFilter({}); });
    timeFilter("everyone_only", [&] { filter.setSharedWithEveryoneOnly(true); });
    timeFilter("everyone_cleared", [&] { filter.setSharedWithEveryoneOnly(false); });
    timeFilter("more_than_10", [&] { filter.setMoreThanAccountsFilter(10); });
    timeFilter("more_than_cleared", [&] { filter.setMoreThanAccountsFilter(-1); });
    timeFilter("findings_only", [&] { filter.setFindingsOnly(true); });
    timeFilter("findings_text", [&] { filter.setTextFilter(QStringLiteral("image-42")); });
    timeFilter("findings_text_cleared", [&] { filter.setTextFilter({}); });
    timeFilter("findings_cleared", [&] { filter.setFindingsOnly(false); });
    timeFilter("images_more_than_10", [&] {
        filter.setOneRowPerImage(true);
        filter.setMoreThanAccountsFilter(10);
    });
    timeFilter("images_cleared", [&] {
        filter.setMoreThanAccountsFilter(-1);
        filter.setOneRowPerImage(false);
    });
    if (bookSize > 0) {
        // Labelling one account (the window's "Label…") re-judges every row.
        timeFilter("findings_after_label", [&] {
            filter.setFindingsOnly(true);
            book.set(somePrincipal, QStringLiteral("now trusted"), AccountBook::Trust::Trusted);
        });
        filter.setFindingsOnly(false);
    }
    out << "filter_slowest_ms=" << QString::number(slowestFilter, 'f', 1) << Qt::endl;

    // For comparison: Qt's generic proxy sorting the same rows through QVariant.
    QSortFilterProxyModel generic;
    generic.setSourceModel(&model);
    generic.setSortRole(AuditTableModel::SortRole);
    timer.restart();
    generic.sort(AuditTableModel::ImageNameColumn);
    out << "generic_proxy_sort_image_name_ms=" << QString::number(msSince(timer), 'f', 1) << Qt::endl;
    out << "peak_rss_kib=" << peakRssKiB() << Qt::endl;
    return 0;
}

} // namespace isb::bench
