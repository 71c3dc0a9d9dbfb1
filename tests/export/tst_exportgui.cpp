// File > Export in the real window against the in-process simulator, driven as a user would: Ctrl+E, the
// options, the save dialog (Qt's own, not the desktop's), the progress dialog and its Cancel, and failures
// through the window's one error dialog.

#include "BrowserTestHelper.h"
#include "ExportTestData.h"
#include "Rfc4180Parser.h"

#include "ErrorDialog.h"
#include "ExportController.h"
#include "ExportDialog.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace isb;

namespace {

const QString kRegion = QStringLiteral("cn-hangzhou");
const QString kBigImage = QStringLiteral("m-bp1jilhockjxclf237us"); // shared-build-agent, 57 accounts

using ExportTestData::readAll;

} // namespace

class TestExportGui final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void exportActionFollowsRegion();
    void imageCsvWithBomEqualsCli();
    void shownPageJson();
    void regionProgressAndCancel();
    void fileErrorInOneDialog();
    void requestErrorOffersRetry();
    void choicesRemembered();

private:
    void openAndLoad(const QString &imageId = kBigImage);
    ExportController *controller() const;
    /// Ctrl+E, then the options; returns the save dialog.
    QFileDialog *chooseOptions(const char *scopeRadio, const char *formatRadio, bool bom);
    /// Types `path` into the save dialog and presses Enter.
    void saveAs(QFileDialog *dialog, const QString &path);

    BrowserTestHelper m_helper;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportGui::initTestCase() {
    // The platform's native dialog could not be driven from here; Qt's own is the same for the code.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QVERIFY(m_helper.setUp());
}

void TestExportGui::init() {
    QSettings().clear();
    EcsSimulator &simulator = m_helper.simulator();
    simulator.clearFaults();
    simulator.setLatency(std::chrono::milliseconds(0));
    simulator.loadDataset(m_helper.dataset());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExportGui::cleanup() {
    m_helper.closeWindow();
}

void TestExportGui::openAndLoad(const QString &imageId) {
    MainWindow *window = m_helper.openWindow();
    QVERIFY(window);
    window->setCredentials(BrowserTestHelper::demoCredentials());
    QTRY_COMPARE(window->regionId(), kRegion);
    QTRY_VERIFY(!window->isLoading());
    if (!imageId.isEmpty()) {
        QVERIFY(m_helper.clickImage(imageId));
        QTRY_COMPARE(window->shownImageId(), imageId);
        QTRY_VERIFY(!window->isLoading());
    }
    QVERIFY(!m_helper.errorDialog());
}

ExportController *TestExportGui::controller() const {
    return m_helper.window()->findChild<ExportController *>();
}

QFileDialog *TestExportGui::chooseOptions(const char *scopeRadio, const char *formatRadio, bool bom) {
    MainWindow *window = m_helper.window();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return nullptr;
    QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
    ExportDialog *dialog = nullptr;
    [&] {
        QTRY_VERIFY((dialog = window->findChild<ExportDialog *>(QStringLiteral("exportDialog"))) &&
                    dialog->isVisible());
    }();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    auto *scope = dialog->findChild<QRadioButton *>(QLatin1String(scopeRadio));
    auto *format = dialog->findChild<QRadioButton *>(QLatin1String(formatRadio));
    auto *bomCheck = dialog->findChild<QCheckBox *>(QStringLiteral("bomCheck"));
    if (!scope || !format || !bomCheck || !scope->isEnabled())
        return nullptr;
    // On the indicator: a button reacts to clicks on its indicator and text only, not its whole width.
    const auto indicator = [](QWidget *button) { return QPoint(8, button->height() / 2); };
    QTest::mouseClick(scope, Qt::LeftButton, {}, indicator(scope));
    QTest::mouseClick(format, Qt::LeftButton, {}, indicator(format));
    if (bomCheck->isEnabled() && bomCheck->isChecked() != bom)
        QTest::mouseClick(bomCheck, Qt::LeftButton, {}, indicator(bomCheck));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);

    QFileDialog *fileDialog = nullptr;
    [&] {
        QTRY_VERIFY((fileDialog = window->findChild<QFileDialog *>(QStringLiteral("exportFileDialog"))) &&
                    fileDialog->isVisible());
    }();
    return fileDialog;
}

void TestExportGui::saveAs(QFileDialog *dialog, const QString &path) {
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->selectAll();
    QTest::keyClicks(name, path);
    QTest::keyClick(name, Qt::Key_Return);
}

void TestExportGui::exportActionFollowsRegion() {
    MainWindow *window = m_helper.openWindow();
    QVERIFY(window);
    auto *action = window->findChild<QAction *>(QStringLiteral("actionExport"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(!action->isEnabled()); // nothing loaded yet
    window->setCredentials(BrowserTestHelper::demoCredentials());
    QTRY_VERIFY(action->isEnabled()); // a region is enough
    QTRY_VERIFY(!window->isLoading());

    // Without a selected image only the region can be exported.
    QTest::keyClick(window, Qt::Key_E, Qt::ControlModifier);
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<ExportDialog *>(QStringLiteral("exportDialog"))));
    if (window->shownImageId().isEmpty()) {
        QVERIFY(!dialog->findChild<QRadioButton *>(QStringLiteral("pageRadio"))->isEnabled());
        QVERIFY(!dialog->findChild<QRadioButton *>(QStringLiteral("imageRadio"))->isEnabled());
        QCOMPARE(dialog->scope(), ExportScope::Kind::Region);
    }
    dialog->reject();
    QTRY_VERIFY(!controller()->isBusy());
}

void TestExportGui::imageCsvWithBomEqualsCli() {
    openAndLoad();
    QFileDialog *fileDialog = chooseOptions("imageRadio", "csvRadio", true);
    QVERIFY(fileDialog);
    // The proposed name: region, image, date.
    const QString proposed =
        ExportJob::suggestedFileName(kRegion, kBigImage, ExportFormat::Csv, QDate::currentDate());
    QCOMPARE(QFileInfo(fileDialog->selectedFiles().value(0)).fileName(), proposed);

    const QString path = m_dir->filePath(proposed);
    QSignalSpy exported(controller(), &ExportController::exported);
    saveAs(fileDialog, path);
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.first().at(0).toString(), path);

    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QList<QStringList> records;
    QString error;
    QVERIFY2(Rfc4180Parser::parse(bytes.mid(3), &records, &error), qPrintable(error));
    QCOMPARE(records.takeFirst(), ExportTestData::header());
    const SimImage *image = m_helper.dataset().findImage(kBigImage);
    QCOMPARE(records, ExportTestData::guarded(ExportTestData::expectedRows(*image)));
    QVERIFY(!m_helper.errorDialog());

    // The CLI writes the same bytes for the same choice.
    const QString cliPath = m_dir->filePath(QStringLiteral("cli.csv"));
    const ExportTestData::CliRun run = ExportTestData::runCli(
        m_helper.simulator().url(),
        {QStringLiteral("export"), QStringLiteral("--region"), kRegion, QStringLiteral("--image"), kBigImage,
         QStringLiteral("--bom"), QStringLiteral("--output"), cliPath});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(readAll(cliPath), bytes);
}

void TestExportGui::shownPageJson() {
    openAndLoad();
    QFileDialog *fileDialog = chooseOptions("pageRadio", "jsonRadio", false);
    QVERIFY(fileDialog);
    QVERIFY(fileDialog->selectedFiles().value(0).endsWith(QLatin1String(".json")));
    const QString path = m_dir->filePath(QStringLiteral("page.json"));
    QSignalSpy exported(controller(), &ExportController::exported);
    m_helper.simulator().resetCounters();
    saveAs(fileDialog, path);
    QVERIFY(exported.wait(20000));
    QCOMPARE(m_helper.simulator().requestCount(), 0); // the page shown is written as it is

    const QJsonObject document = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(document.value(u"ImageId").toString(), kBigImage);
    QCOMPARE(document.value(u"ImageName").toString(), QStringLiteral("shared-build-agent"));
    QCOMPARE(document.value(u"TotalCount").toInt(), 57);
    const QStringList shown = m_helper.shownAccountIds();
    QStringList exportedIds;
    for (const QJsonValue &account : document.value(u"Accounts").toArray())
        exportedIds << account.toObject().value(u"AliyunId").toString();
    QCOMPARE(exportedIds, shown);
}

void TestExportGui::regionProgressAndCancel() {
    openAndLoad();
    m_helper.simulator().setLatency(std::chrono::milliseconds(300));
    QFileDialog *fileDialog = chooseOptions("regionRadio", "csvRadio", false);
    QVERIFY(fileDialog);
    QCOMPARE(QFileInfo(fileDialog->selectedFiles().value(0)).fileName(),
             ExportJob::suggestedFileName(kRegion, QString(), ExportFormat::Csv, QDate::currentDate()));
    const QString path = m_dir->filePath(QStringLiteral("region.csv"));
    saveAs(fileDialog, path);

    QProgressDialog *progress = nullptr;
    QTRY_VERIFY((progress = m_helper.window()->findChild<QProgressDialog *>(
                     QStringLiteral("exportProgressDialog"))) &&
                progress->isVisible());
    QTRY_VERIFY(progress->maximum() > 0); // the images are listed: "n of 12 images"
    QVERIFY2(progress->labelText().contains(QStringLiteral(" of 12 ")), qPrintable(progress->labelText()));
    ExportJob *job = controller()->job();
    QVERIFY(job);
    QSignalSpy finished(job, &ExportJob::finished);
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.count() || finished.wait(10000));
    QTRY_VERIFY(!controller()->isBusy());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(ExportTestData::filesIn(m_dir->path()), QStringList());
    QVERIFY(!m_helper.errorDialog()); // cancelling is not a failure
}

void TestExportGui::fileErrorInOneDialog() {
    openAndLoad();
    QFileDialog *fileDialog = chooseOptions("regionRadio", "csvRadio", false);
    QVERIFY(fileDialog);
    QSignalSpy failed(controller(), &ExportController::failed);
    saveAs(fileDialog, m_dir->filePath(QStringLiteral("gone/region.csv")));
    QVERIFY(failed.wait(10000));
    ErrorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_helper.errorDialog()));
    QCOMPARE(m_helper.errorDialogCount(), 1);
    QCOMPARE(dialog->error().code, QStringLiteral("NoSuchFolder"));
    QVERIFY(!dialog->isRetryOffered());
    const QString advice = dialog->findChild<QLabel *>(QStringLiteral("adviceLabel"))->text();
    QVERIFY2(advice.contains(QStringLiteral("does not exist")), qPrintable(advice));
    QVERIFY2(advice.contains(QStringLiteral("Nothing was changed")), qPrintable(advice));
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("region.csv")));
}

void TestExportGui::requestErrorOffersRetry() {
    openAndLoad();
    const QString path = m_dir->filePath(QStringLiteral("retry.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old\r\n");
    old.close();

    QFileDialog *fileDialog = chooseOptions("imageRadio", "csvRadio", false);
    QVERIFY(fileDialog);
    QSignalSpy failed(controller(), &ExportController::failed);
    m_helper.simulator().failNext(FaultKind::Unavailable, 100);
    // The file exists: Qt's save dialog asks before replacing it (in a nested event loop); answer yes.
    auto *answer = new QTimer(this);
    answer->setInterval(20);
    connect(answer, &QTimer::timeout, this, [answer] {
        if (auto *confirm = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            answer->stop();
            answer->deleteLater();
            confirm->button(QMessageBox::Yes)->click();
        }
    });
    answer->start();
    saveAs(fileDialog, path);
    QVERIFY(failed.count() || failed.wait(20000));
    ErrorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_helper.errorDialog()));
    QCOMPARE(m_helper.errorDialogCount(), 1);
    QCOMPARE(dialog->error().code, QStringLiteral("ServiceUnavailable"));
    QVERIFY(dialog->isRetryOffered());
    QCOMPARE(readAll(path), QByteArrayLiteral("old\r\n")); // untouched by the failed export

    m_helper.simulator().clearFaults();
    QSignalSpy exported(controller(), &ExportController::exported);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("retryButton")), Qt::LeftButton);
    QVERIFY(exported.wait(20000));
    QVERIFY(readAll(path).startsWith("RegionId,ImageId,ImageName,Kind,Principal,SharedTime,Label\r\n"));
    QTRY_COMPARE(m_helper.errorDialogCount(), 0);
}

void TestExportGui::choicesRemembered() {
    openAndLoad();
    QSettings().setValue(ExportController::lastFolderKey(), m_dir->path());
    QFileDialog *fileDialog = chooseOptions("imageRadio", "csvRadio", true);
    QVERIFY(fileDialog);
    QCOMPARE(QFileInfo(fileDialog->selectedFiles().value(0)).absolutePath(),
             QFileInfo(m_dir->path()).absoluteFilePath());
    const QString folder = m_dir->filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(folder));
    QSignalSpy exported(controller(), &ExportController::exported);
    saveAs(fileDialog, folder + QStringLiteral("/x.csv"));
    QVERIFY(exported.wait(20000));

    QCOMPARE(QSettings().value(ExportDialog::byteOrderMarkKey()).toBool(), true);
    QCOMPARE(QSettings().value(ExportController::lastFolderKey()).toString(),
             QFileInfo(folder).absoluteFilePath());

    // Next time: the BOM box is still ticked, CSV chosen, and the save dialog opens in the last folder.
    QTRY_VERIFY(!controller()->isBusy());
    m_helper.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_helper.window()));
    QTest::keyClick(m_helper.window(), Qt::Key_E, Qt::ControlModifier);
    ExportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_helper.window()->findChild<ExportDialog *>(QStringLiteral("exportDialog"))));
    QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("bomCheck"))->isChecked());
    QCOMPARE(dialog->format(), ExportFormat::Csv);
    QCOMPARE(dialog->scope(), ExportScope::Kind::Image);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
    QTRY_VERIFY(
        (fileDialog = m_helper.window()->findChild<QFileDialog *>(QStringLiteral("exportFileDialog"))) &&
        fileDialog->isVisible());
    QCOMPARE(QFileInfo(fileDialog->selectedFiles().value(0)).absolutePath(),
             QFileInfo(folder).absoluteFilePath());
    fileDialog->reject();
    QTRY_VERIFY(!controller()->isBusy());
}

QTEST_MAIN(TestExportGui)
#include "tst_exportgui.moc"
