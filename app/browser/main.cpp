#include "DeferredIconStyle.h"
#include "EcsClient.h"
#include "FirstPaint.h"
#include "MainWindow.h"
#include "SettingsKeys.h"
#include "StartupWarmUp.h"
#include "Translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

#include <sys/prctl.h>

using namespace isb;

int main(int argc, char *argv[]) {
    // Secrets pass through this memory: no core dump of it, no ptrace by the user's other processes.
    prctl(PR_SET_DUMPABLE, 0);
    // Start-up (issue 11): fontconfig's configuration loads, and Qt Widgets' code is mapped, on a second
    // core while Qt connects to the display.
    StartupWarmUp warmUp;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(SettingsKeys::organizationName);
    QApplication::setApplicationName(SettingsKeys::applicationName);
    // Before any tr(): the window, Qt's own dialogs and DescribeRegions' AcceptLanguage share one language.
    Translator::install(app, Translator::savedLanguage());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.imagesharebrowser.ImageShareBrowser"));
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Image Share Browser"));
    QApplication::setApplicationVersion(QStringLiteral(ISB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "See who can launch your Alibaba Cloud ECS custom images."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption endpointOption(
        QStringLiteral("endpoint"),
        QCoreApplication::translate("main",
                                    "Send every request to <url> (https, or http on loopback, e.g. the "
                                    "simulator) instead of the regions' endpoints."),
        QStringLiteral("url"));
    const QCommandLineOption signatureOption(
        QStringLiteral("signature"),
        QCoreApplication::translate("main", "Signature version: v3 (default) or v1."),
        QStringLiteral("v3|v1"), QStringLiteral("v3"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("main",
                                    "Use the credentials profile <name> (a saved one, or Environment) "
                                    "instead of the environment or the default profile."),
        QStringLiteral("name"));
    parser.addOption(endpointOption);
    parser.addOption(profileOption);
    parser.addOption(signatureOption);
    warmUp.finish(); // before anything may end the process (--help, --version) or lay out text
    parser.process(app);

    ClientOptions options;
    if (parser.isSet(endpointOption)) {
        const QUrl url(parser.value(endpointOption), QUrl::StrictMode);
        const QString violation = EcsClient::transportPolicyViolation(url);
        if (!violation.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(violation));
            return 2;
        }
        options.endpointOverride = url;
    }
    const QString signature = parser.value(signatureOption).toLower();
    if (signature == QLatin1String("v1")) {
        options.signatureVersion = SignatureVersion::V1;
    } else if (signature != QLatin1String("v3")) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "--signature must be v3 or v1, not \"%1\".")
                           .arg(parser.value(signatureOption))));
        return 2;
    }

    QApplication::setStyle(new DeferredIconStyle); // before any widget: one icon waits for its first paint
    MainWindow window(options);
    // Credentials are resolved as in image-share-cli (README, "Credentials"); with none, the Credentials
    // dialog opens.
    window.setInitialProfile(parser.value(profileOption));
    installStartupProbe(&window); // first, so that what follows the first paint is not counted
    window.show();
    // What can wait, waits for the window to be on screen (scripts/bench-startup): the icon (an SVG,
    // rendered in several sizes for the window manager), the icon theme's icons (reading the theme's index
    // is a fifth of the start-up) and start(), whose keychain look-up talks D-Bus.
    callAfterFirstPaint(&window, [&window] {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/image-share-browser.svg")));
        window.applyThemeIcons();
        window.start();
    });
    return app.exec();
}
