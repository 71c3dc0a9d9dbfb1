// Screenshots of the organisation audit (issue 15), for the README and for looking at the result: run by
// scripts/screenshots-organisation, not by ctest. The audit window runs against the in-process simulator
// on resources/demo-data.json (management 1500000000000001, members 0002, 0003 whose role asks for an
// ExternalId, 0004 without a role) and saves what it paints (QWidget::grab()): without the ExternalId
// (two failure rows), and with it (one).
#include "AuditWindow.h"
#include "EcsSimulator.h"
#include "Translator.h"
#include "accounts/AccountBook.h"
#include "audit/OrganisationAudit.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace isb;

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // isb-screenshots-organisation [OUT_DIR] [--lang LANGUAGE]: files get "-LANGUAGE" unless it is English.
    const QStringList args = app.arguments();
    const QString out = args.size() > 1 && !args.at(1).startsWith(QLatin1String("--"))
                            ? args.at(1)
                            : QStringLiteral("resources/screenshots");
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    const QString language = langAt > 0 ? args.value(langAt + 1) : QStringLiteral("en");
    Translator::install(app, language);
    const QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
    EcsSimulator simulator;
    QString error;
    if (!simulator.loadDataset(QStringLiteral(ISB_SOURCE_DIR "/resources/demo-data.json"), &error) ||
        !simulator.listen()) {
        qWarning("simulator: %s", qPrintable(error));
        return 1;
    }
    ClientOptions options;
    options.endpointOverride = simulator.url();
    const Credentials key{
        QStringLiteral("LTAI5tDemoReadOnly0001"), QStringLiteral("demo-secret-not-a-real-key"), {}};
    AccountBook book;
    AuditWindow window(options, key);
    window.setAccountBook(&book);
    window.resize(1600, 900);
    window.show();
    window.setOrganisationScope(true);
    const auto audit = [&](const QString &file) {
        QSignalSpy finished(window.organisationAudit(), &OrganisationAudit::finished);
        window.startAudit();
        if (!finished.wait(30000))
            return false;
        QTest::qWait(700); // the findings banner is counted once per burst of rows
        return window.grab().save(QDir(out).filePath(file));
    };
    if (!audit(QStringLiteral("audit-organisation") + suffix + QStringLiteral(".png")))
        return 1;
    window.setOrganisationScope(true, {}, QStringLiteral("isb-demo-external"));
    return audit(QStringLiteral("audit-organisation-external-id") + suffix + QStringLiteral(".png")) ? 0 : 1;
}
