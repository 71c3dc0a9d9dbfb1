// Screenshots of the main window and the audit window with labels and findings (issue 13), for the README
// and for looking at the result: run by scripts/screenshots-accounts, not by ctest. It drives the real
// windows against the in-process simulator on resources/demo-data.json, with an account book that labels
// some of partner-sdk-sandbox's accounts, and saves what the windows paint (QWidget::grab()).
#include "AuditWindow.h"
#include "BrowserTestHelper.h"
#include "MainWindow.h"
#include "Translator.h"
#include "accounts/AccountBook.h"
#include "audit/AuditRunner.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace isb;

namespace {

bool waitFor(const std::function<bool()> &done, int ms = 15000) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QTest::qWait(50);
    return done();
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    // isb-screenshots-accounts [OUT_DIR] [--lang LANGUAGE]: files get "-LANGUAGE" unless it is English.
    const QStringList args = app.arguments();
    const QString out = args.size() > 1 && !args.at(1).startsWith(QLatin1String("--"))
                            ? args.at(1)
                            : QStringLiteral("resources/screenshots");
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    const QString language = langAt > 0 ? args.value(langAt + 1) : QStringLiteral("en");
    BrowserTestHelper helper;
    if (!helper.setUp())
        return 1;
    Translator::install(app, language);
    const QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
    QSettings().clear();
    QSettings().setValue(QStringLiteral("Browser/region"), QStringLiteral("cn-hangzhou"));
    QSettings().setValue(QStringLiteral("Browser/image"), QStringLiteral("m-bp1x2y0ugav8n5o4jtp3"));
    {
        AccountBook book;
        book.set(QStringLiteral("790668812354"), QStringLiteral("Partner QA"), AccountBook::Trust::Trusted);
        book.set(QStringLiteral("924683968921"), QStringLiteral("Partner production"),
                 AccountBook::Trust::Trusted);
        book.set(QStringLiteral("783566711918"), QStringLiteral("Build farm"), AccountBook::Trust::Own);
        book.set(QStringLiteral("981402359484"), QStringLiteral("Former contractor"),
                 AccountBook::Trust::None);
        if (!book.save().ok())
            return 2;
    }

    MainWindow *window = helper.openWindow();
    window->resize(1600, 900);
    window->setCredentials(BrowserTestHelper::demoCredentials());
    if (!waitFor([&] {
            return window->shownImageId() == QLatin1String("m-bp1x2y0ugav8n5o4jtp3") && !window->isLoading();
        }))
        return 3;
    QTest::qWait(500);
    window->grab().save(
        QDir(out).filePath(QStringLiteral("main-window-accounts") + suffix + QStringLiteral(".png")));

    AuditWindow *audit = window->showAuditWindow();
    audit->resize(1600, 900);
    if (!waitFor([&] { return !audit->offeredRegions().isEmpty(); }))
        return 4;
    QSignalSpy finished(audit->runner(), &AuditRunner::finished);
    audit->startAudit();
    if (!finished.wait(30000))
        return 5;
    audit->findChild<QCheckBox *>(QStringLiteral("findingsCheck"))->setChecked(true);
    QTest::qWait(700); // the findings banner is counted once per burst
    audit->grab().save(
        QDir(out).filePath(QStringLiteral("audit-window-findings") + suffix + QStringLiteral(".png")));
    QFile::remove(AccountBook::defaultFilePath());
    return 0;
}
