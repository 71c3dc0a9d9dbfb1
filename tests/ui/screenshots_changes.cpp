// Screenshots of issue 14's dialogs, for the README and the closing note: run by scripts/screenshots-changes
// under Xvfb (one 900x600 screen, no window manager), not by ctest. It drives the real window against the
// in-process simulator on resources/demo-data.json and saves the whole screen (the window with the dialog
// over it): the plan of a revoke, the same plan applied with the read-only demo key (Forbidden.RAM), and
// Share with Accounts… with IDs typed in.
//
//   isb-screenshots-changes OUT_DIR [--lang LANGUAGE]     files get "-LANGUAGE" unless it is English
#include "BrowserTestHelper.h"
#include "MainWindow.h"
#include "PlanDialog.h"
#include "SharePermissionPane.h"
#include "ShareWithAccountsDialog.h"
#include "Translator.h"
#include "accounts/AccountBook.h"
#include "changes/ChangeJournal.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTableView>
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

Credentials writable() {
    Credentials credentials;
    credentials.accessKeyId = QStringLiteral("LTAI5tDemoWritable0001");
    credentials.accessKeySecret = QStringLiteral("demo-writable-secret-not-real");
    return credentials;
}

bool saveScreen(const QString &path) {
    QTest::qWait(400); // painted
    return QGuiApplication::primaryScreen()->grabWindow(0).save(path);
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString out = args.value(1, QStringLiteral("resources/screenshots"));
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    const QString language = langAt > 0 ? args.value(langAt + 1) : QStringLiteral("en");
    BrowserTestHelper helper;
    if (!helper.setUp())
        return 1;
    Translator::install(app, language);
    const QString suffix = language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
    const QString imageId =
        QStringLiteral("m-bp1x2y0ugav8n5o4jtp3"); // partner-sdk-sandbox: 6 accounts, "all"
    QSettings().clear();
    QSettings().setValue(QStringLiteral("Browser/region"), QStringLiteral("cn-hangzhou"));
    QSettings().setValue(QStringLiteral("Browser/image"), imageId);
    QFile::remove(ChangeJournal::defaultPath());
    {
        AccountBook book;
        book.set(QStringLiteral("790668812354"), QStringLiteral("Partner QA"), AccountBook::Trust::Trusted);
        book.set(QStringLiteral("981402359484"), QStringLiteral("Former contractor"),
                 AccountBook::Trust::None);
        book.set(QStringLiteral("135530494343"), QStringLiteral("Partner staging"),
                 AccountBook::Trust::Trusted);
        if (!book.save().ok())
            return 2;
    }
    const QSize screen = QGuiApplication::primaryScreen()->size();
    const QString size = QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height());

    const auto open = [&](const Credentials &credentials) -> MainWindow * {
        helper.simulator().loadDataset(helper.dataset());
        MainWindow *window = helper.openWindow();
        window->setGeometry(QRect(QPoint(0, 0), screen));
        window->setCredentials(credentials);
        if (!waitFor([&] { return window->shownImageId() == imageId && !window->isLoading(); }))
            return nullptr;
        QTableView *view = helper.pane()->accountsView();
        view->setFocus();
        view->selectionModel()->select(QItemSelection(view->model()->index(1, 0), view->model()->index(3, 0)),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return window;
    };
    const auto plan = [&](MainWindow *window, PlanDialog::State state) -> PlanDialog * {
        PlanDialog *dialog = nullptr;
        waitFor([&] {
            dialog = window->findChild<PlanDialog *>(QStringLiteral("planDialog"));
            return dialog && dialog->state() == state;
        });
        return dialog && dialog->state() == state ? dialog : nullptr;
    };

    // 1. The plan of a revoke, before anything is sent.
    MainWindow *window = open(writable());
    if (!window)
        return 3;
    window->revokeSelectedAccounts();
    PlanDialog *dialog = plan(window, PlanDialog::State::Confirm);
    if (!dialog ||
        !saveScreen(QDir(out).filePath(QStringLiteral("plan-dialog-revoke-%1%2.png").arg(size, suffix))))
        return 4;
    dialog->reject();

    // 2. The same plan with the read-only demo key: Forbidden.RAM, nothing changed.
    window = open(BrowserTestHelper::demoCredentials());
    if (!window)
        return 5;
    window->revokeSelectedAccounts();
    dialog = plan(window, PlanDialog::State::Confirm);
    if (!dialog)
        return 6;
    dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"))->click();
    dialog = plan(window, PlanDialog::State::Done);
    if (!dialog ||
        !saveScreen(QDir(out).filePath(QStringLiteral("plan-dialog-forbidden-%1%2.png").arg(size, suffix))))
        return 7;
    dialog->reject();

    // 3. Share with Accounts…, IDs pasted: one labeled, one already shared, one mistyped.
    window = open(writable());
    if (!window)
        return 8;
    window->shareWithAccounts();
    ShareWithAccountsDialog *share = nullptr;
    if (!waitFor([&] { return (share = window->findChild<ShareWithAccountsDialog *>()) != nullptr; }))
        return 9;
    share->idsEdit()->setPlainText(QStringLiteral("135530494343\n790668812354\n41278294240x\n204429654058"));
    if (!saveScreen(QDir(out).filePath(QStringLiteral("share-with-accounts-%1%2.png").arg(size, suffix))))
        return 10;
    share->reject();
    helper.closeWindow();
    QFile::remove(AccountBook::defaultFilePath());
    QFile::remove(ChangeJournal::defaultPath());
    return 0;
}
