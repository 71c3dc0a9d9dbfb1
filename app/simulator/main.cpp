// ecs-simulator: the ECS service stand-in on loopback, for demos and for testing the tools by hand.
#include "EcsSimulator.h"
#include "SignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

constexpr int kUsageError = 2;

int fail(const QString &message, int code = kUsageError) {
    std::fprintf(stderr, "ecs-simulator: %s\n", qPrintable(message));
    return code;
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port) {
    QString host = QStringLiteral("127.0.0.1");
    QString portText = text;
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon >= 0) {
        host = text.left(colon);
        portText = text.mid(colon + 1);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
    }
    bool ok = false;
    const uint number = portText.toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    *port = quint16(number);
    *address = host == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    return !address->isNull();
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ecs-simulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ISB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A stand-in for the Alibaba Cloud ECS API (2014-05-26) on loopback: verifies V3 and V1 signatures "
        "and "
        "answers DescribeRegions, DescribeImages and DescribeImageSharePermission from a JSON data file."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("The data file (JSON)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          QStringLiteral("Address and port; port 0 picks a free one."),
                                          QStringLiteral("ADDRESS:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Delay every answer by N milliseconds."),
                                           QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption concurrencyOption(
        QStringLiteral("max-concurrent"),
        QStringLiteral("Answer 400 Throttling.User when N answers are already in flight (0 = no cap)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral(
            "Inject a fault: KIND:RATE (probability 0..1) or KIND:#N (the next N requests). KIND is ") %
            isb::FaultPlan::names().join(QStringLiteral(", ")) % u'.',
        QStringLiteral("KIND:RATE"));
    const QCommandLineOption stsScaleOption(
        QStringLiteral("sts-lifetime-scale"),
        QStringLiteral("AssumeRole's temporary keys live DurationSeconds times this factor (default 1)."),
        QStringLiteral("FACTOR"), QStringLiteral("1"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed for fault rates, for reproducible runs."),
                                        QStringLiteral("N"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Log one line per request to stderr."));
    const QCommandLineOption allowRemoteOption(
        QStringLiteral("allow-remote"),
        QStringLiteral(
            "Allow --listen on an address other than loopback (the data file's keys are public)."));
    parser.addOptions({dataOption, listenOption, latencyOption, concurrencyOption, faultOption,
                       stsScaleOption, seedOption, verboseOption, allowRemoteOption});
    parser.process(app);

    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument: ") % parser.positionalArguments().first());
    if (!parser.isSet(dataOption))
        return fail(QStringLiteral("--data FILE is required (see --help)"));

    isb::EcsSimulator simulator;
    QString error;
    if (!simulator.loadDataset(parser.value(dataOption), &error))
        return fail(error);

    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(parser.value(listenOption), &address, &port))
        return fail(QStringLiteral("--listen expects ADDRESS:PORT, e.g. 127.0.0.1:8080"));
    if (!address.isLoopback() && !parser.isSet(allowRemoteOption))
        return fail(QStringLiteral("refusing to listen on ") % address.toString() %
                    QStringLiteral(": it is not a loopback address, and anyone who can reach it can use the "
                                   "data file's keys; add --allow-remote to do it anyway"));
    simulator.setAllowRemote(parser.isSet(allowRemoteOption));
    bool ok = false;
    const int latency = parser.value(latencyOption).toInt(&ok);
    if (!ok || latency < 0)
        return fail(QStringLiteral("--latency-ms expects a non-negative integer"));
    simulator.setLatency(std::chrono::milliseconds(latency));
    const int maxConcurrent = parser.value(concurrencyOption).toInt(&ok);
    if (!ok || maxConcurrent < 0)
        return fail(QStringLiteral("--max-concurrent expects a non-negative integer"));
    simulator.setMaxConcurrent(maxConcurrent);
    const double stsScale = parser.value(stsScaleOption).toDouble(&ok);
    if (!ok || stsScale <= 0)
        return fail(QStringLiteral("--sts-lifetime-scale must be a positive number"), 2);
    simulator.setStsLifetimeScale(stsScale);
    if (parser.isSet(seedOption)) {
        const uint seed = parser.value(seedOption).toUInt(&ok);
        if (!ok)
            return fail(QStringLiteral("--seed expects a non-negative integer"));
        simulator.setSeed(seed);
    }
    for (const QString &spec : parser.values(faultOption)) {
        if (!simulator.faultPlan().applySpec(spec, &error))
            return fail(error);
    }
    if (parser.isSet(verboseOption)) {
        QObject::connect(&simulator, &isb::EcsSimulator::requestHandled, &app,
                         [](const QString &summary) { std::fprintf(stderr, "%s\n", qPrintable(summary)); });
    }

    isb::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &isb::SignalWatcher::terminationRequested, &app,
                     &QCoreApplication::quit);

    if (!simulator.listen(address, port))
        return fail(QStringLiteral("cannot listen on ") % parser.value(listenOption), 1);
    // Scripts read the port from this first line, so it must go out at once.
    std::printf("listening on %s\n", qPrintable(simulator.url().adjusted(QUrl::RemovePath).toString()));
    std::fflush(stdout);

    const int status = app.exec();
    std::fprintf(stderr, "requests: %d, throttled: %d, peak concurrency: %d\n", simulator.requestCount(),
                 simulator.throttledCount(), simulator.peakConcurrency());
    return status;
}
