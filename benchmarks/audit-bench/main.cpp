// audit-bench: the share audit's benchmark driver (see scripts/bench-audit).
//   audit-bench audit --endpoint URL --data DATASET.json [--pool N] [--regions a,b] [--snapshot FILE]
//   [--no-model]
//   audit-bench model [--rows N] [--book N]
#include "AuditBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("audit-bench"));
    // Throttling is expected in some runs; one log line per answer would distort the timing.
    QLoggingCategory::setFilterRules(QStringLiteral("isb.*.debug=false\nisb.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Benchmarks the share audit (mode \"audit\") and its table "
                       "model (mode \"model\"); prints key=value figures."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("audit or model"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), QStringLiteral("Simulator URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("The simulator's data file."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption pool(QStringLiteral("pool"), QStringLiteral("Requests in flight at most."),
                                  QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption regions(QStringLiteral("regions"), QStringLiteral("Comma-separated regions."),
                                     QStringLiteral("LIST"));
    const QCommandLineOption snapshot(QStringLiteral("snapshot"), QStringLiteral("Save the snapshot here."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption noModel(QStringLiteral("no-model"),
                                     QStringLiteral("Do not feed a table model."));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Rows for the model benchmark."),
                                  QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption book(QStringLiteral("book"),
                                  QStringLiteral("Accounts in the account book of the model benchmark."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({endpoint, data, pool, regions, snapshot, noModel, rows, book});
    parser.process(app);

    QTextStream out(stdout);
    const QString mode = parser.positionalArguments().value(0);
    if (mode == QLatin1String("model"))
        return isb::bench::runModel(parser.value(rows).toInt(), parser.value(book).toInt(), out);
    if (mode != QLatin1String("audit") || !parser.isSet(endpoint) || !parser.isSet(data))
        parser.showHelp(2);

    isb::bench::AuditRunSettings settings;
    settings.endpoint = QUrl(parser.value(endpoint));
    settings.datasetPath = parser.value(data);
    settings.poolSize = parser.value(pool).toInt();
    settings.regions = parser.value(regions).split(QLatin1Char(','), Qt::SkipEmptyParts);
    settings.snapshotPath = parser.value(snapshot);
    settings.withModel = !parser.isSet(noModel);
    return isb::bench::runAudit(settings, out);
}
