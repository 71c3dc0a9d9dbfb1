// image-share-cli: the headless front end. Parses the command line and hands over to CliRunner.

#include "CliRunner.h"
#include "CommandLine.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("image-share-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ISB_VERSION));
    // Standard error carries exactly one line per failure, which scripts parse; library diagnostics stay
    // off unless asked for with QT_LOGGING_RULES (that variable overrides these rules).
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));

    QFile standardOutput;
    QFile standardError;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly) ||
        !standardError.open(stderr, QIODevice::WriteOnly))
        return static_cast<int>(isb::cli::ExitCode::Internal);

    isb::cli::CommandLine commandLine;
    const isb::cli::CommandLine::Result parsed = commandLine.parse(QCoreApplication::arguments());
    switch (parsed.action) {
    case isb::cli::CommandLine::Action::ShowHelp:
        standardOutput.write(commandLine.helpText().toUtf8());
        return static_cast<int>(isb::cli::ExitCode::Ok);
    case isb::cli::CommandLine::Action::ShowVersion:
        standardOutput.write((isb::cli::CommandLine::versionText() + QLatin1Char('\n')).toUtf8());
        return static_cast<int>(isb::cli::ExitCode::Ok);
    case isb::cli::CommandLine::Action::UsageError:
        standardError.write(
            (QStringLiteral("image-share-cli: ") + parsed.error + QStringLiteral(" (see --help)\n"))
                .toUtf8());
        return static_cast<int>(isb::cli::ExitCode::Usage);
    case isb::cli::CommandLine::Action::Run:
        break;
    }

    isb::cli::CliRunner runner(parsed.request, &standardOutput, &standardError);
    QObject::connect(&runner, &isb::cli::CliRunner::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    runner.start();
    const int exitCode = app.exec();
    if (!standardOutput.flush() && exitCode == static_cast<int>(isb::cli::ExitCode::Ok))
        return static_cast<int>(isb::cli::ExitCode::Output);
    standardError.flush();
    return exitCode;
}
