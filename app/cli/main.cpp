// image-share-cli: the headless front end. Parses the command line (CommandLine), then runs the command it
// names (CliRunner) in the event loop.

#include "CliCredentialsProvider.h"
#include "CliRunner.h"
#include "CommandLine.h"
#include "CredentialsCommand.h"
#include "ExitCode.h"
#include "ProfileStore.h"
#include "SignalWatcher.h"
#include "Translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>

#include <sys/prctl.h>

int main(int argc, char *argv[]) {
    // Secrets pass through this process's memory: no core dump of it, and no ptrace by the user's other
    // processes.
    prctl(PR_SET_DUMPABLE, 0);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("image-share-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ISB_VERSION));
    // Standard error carries exactly one line per failure, which scripts parse; library diagnostics stay
    // off unless asked for with QT_LOGGING_RULES (that variable overrides these rules).
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
    // Help and error messages follow the locale (LANG=C keeps them English); the output's columns do not.
    // Before anything below: CommandLine translates its option descriptions when it is constructed.
    isb::Translator::install(app);

    QFile standardOutput;
    QFile standardError;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly) ||
        !standardError.open(stderr, QIODevice::WriteOnly))
        return static_cast<int>(isb::cli::ExitCode::Internal);

    isb::cli::CommandLine commandLine;
    const isb::cli::CommandLine::Result parsed = commandLine.parse(QCoreApplication::arguments());
    switch (parsed.action) {
    case isb::cli::CommandLine::Action::ShowHelp:
    case isb::cli::CommandLine::Action::ShowVersion:
        standardOutput.write(parsed.text.toUtf8());
        return isb::cli::CliCommand::flushStandardOutput(&standardOutput, &standardError,
                                                         static_cast<int>(isb::cli::ExitCode::Ok));
    case isb::cli::CommandLine::Action::UsageError:
        standardError.write((QStringLiteral("image-share-cli: ") +
                             isb::cli::CommandLine::usageErrorLine(parsed) + QLatin1Char('\n'))
                                .toUtf8());
        return static_cast<int>(isb::cli::ExitCode::Usage);
    case isb::cli::CommandLine::Action::Run:
        break;
    }

    // The profiles the window manages, in its settings file; secrets are read from the keychain only
    // when a saved profile is actually used.
    isb::ProfileStore profiles(isb::cli::CredentialsCommand::sharedSettingsFile());
    isb::cli::CliRunner runner(*parsed.command, parsed.request, &standardOutput, &standardError);
    runner.setCredentialsProvider(isb::cli::profileCredentialsProvider(&profiles, parsed.request.profile));
    runner.setProfileStore(&profiles);
    QObject::connect(&runner, &isb::cli::CliRunner::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    // Ctrl+C or SIGTERM: leave the event loop at once with 128 + the signal's number (130, 143). Destroying
    // the runner on the way out aborts the requests in flight and discards an uncommitted --output file
    // (QSaveFile), so nothing partial is ever written.
    isb::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &isb::SignalWatcher::terminationRequested, &app,
                     [](int signalNumber) { QCoreApplication::exit(128 + signalNumber); });
    runner.start();
    // The commands flush standard output when they complete; this catches anything written after that.
    const int exitCode =
        isb::cli::CliCommand::flushStandardOutput(&standardOutput, &standardError, app.exec());
    standardError.flush();
    return exitCode;
}
