// image-share-cli: the headless front end. Parses the command line and hands over to CliRunner, or to
// CredentialsCommand for `credentials ...`.

#include "CliRunner.h"
#include "CommandLine.h"
#include "CredentialsCommand.h"
#include "CredentialsResolver.h"
#include "ExitCode.h"
#include "ProfileStore.h"
#include "Translator.h"

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
    // Help and error messages follow the locale (LANG=C keeps them English); the output's columns do not.
    // Before anything below: CommandLine translates its option descriptions when it is constructed.
    isb::Translator::install(app);

    QFile standardOutput;
    QFile standardError;
    if (!standardOutput.open(stdout, QIODevice::WriteOnly) ||
        !standardError.open(stderr, QIODevice::WriteOnly))
        return static_cast<int>(isb::cli::ExitCode::Internal);

    // The profiles the window manages, in its settings file; secrets are read from the keychain only
    // when a saved profile is actually used.
    isb::ProfileStore profiles(isb::cli::CredentialsCommand::sharedSettingsFile());

    if (isb::cli::CredentialsCommand::isCredentialsCommand(QCoreApplication::arguments()))
        return isb::cli::runCredentialsCommand(QCoreApplication::arguments(), &profiles, &standardOutput,
                                               &standardError);

    isb::cli::CommandLine commandLine;
    const isb::cli::CommandLine::Result parsed = commandLine.parse(QCoreApplication::arguments());
    switch (parsed.action) {
    case isb::cli::CommandLine::Action::ShowHelp:
        standardOutput.write(commandLine.helpText().toUtf8());
        return isb::cli::CliCommand::flushStandardOutput(&standardOutput, &standardError,
                                                         static_cast<int>(isb::cli::ExitCode::Ok));
    case isb::cli::CommandLine::Action::ShowVersion:
        standardOutput.write((isb::cli::CommandLine::versionText() + QLatin1Char('\n')).toUtf8());
        return isb::cli::CliCommand::flushStandardOutput(&standardOutput, &standardError,
                                                         static_cast<int>(isb::cli::ExitCode::Ok));
    case isb::cli::CommandLine::Action::UsageError:
        standardError.write((QStringLiteral("image-share-cli: ") +
                             QCoreApplication::translate("main", "%1 (see --help)").arg(parsed.error) +
                             QLatin1Char('\n'))
                                .toUtf8());
        return static_cast<int>(isb::cli::ExitCode::Usage);
    case isb::cli::CommandLine::Action::Run:
        break;
    }

    isb::cli::CliRunner runner(parsed.request, &standardOutput, &standardError);
    runner.setCredentialsProvider(isb::cli::profileCredentialsProvider(&profiles, parsed.request.profile));
    QObject::connect(&runner, &isb::cli::CliRunner::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); });
    runner.start();
    // The commands flush standard output when they complete; this catches anything written after that.
    const int exitCode =
        isb::cli::CliCommand::flushStandardOutput(&standardOutput, &standardError, app.exec());
    standardError.flush();
    return exitCode;
}
