#include "BrowserTestHelper.h"
#include "ErrorDialog.h"
#include "ImageTableModel.h"
#include "MessageBanner.h"
#include "PagerWidget.h"
#include "SharePermissionPane.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace isb;
using namespace Qt::StringLiterals;

/// The real window against the simulator: what an operator does, and what must happen.
class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loadsRegionsAndImages();
    void pickRegionAndImage();
    void pagingAndPageSize();
    void groupAllWarning();
    void sortsBySize();
    void vanishedImageIsDropped();
    void errorDialogForUnknownKey404();
    void errorDialogOpensCredentials();
    void throttlingThenRetry();
    void oneDialogForSimultaneousFailures();
    void clockSkewExplained();
    void cancelSlowLoad();
    void pagerDescribesShownRows();
    void keyboardAndCopy();
    void settingsRemembered();
    void aboutShowsVersions();
    void commandLine();

private:
    void openAndLoad();
    QLabel *label(const QString &name) const { return m_helper.window()->findChild<QLabel *>(name); }
    PagerWidget *pager() const { return m_helper.pane()->pager(); }
    MessageBanner *banner(const QString &name) const {
        return m_helper.window()->findChild<MessageBanner *>(name);
    }

    BrowserTestHelper m_helper;
};

void TestMainWindow::initTestCase() {
    QVERIFY(m_helper.setUp());
}

void TestMainWindow::init() {
    BrowserTestHelper::resetSettings();
    EcsSimulator &simulator = m_helper.simulator();
    simulator.clearFaults();
    simulator.setLatency(std::chrono::milliseconds(0));
    simulator.setClockForTests({});
    simulator.loadDataset(m_helper.dataset());
}

void TestMainWindow::cleanup() {
    m_helper.closeWindow();
}

void TestMainWindow::openAndLoad() {
    MainWindow *window = m_helper.openWindow();
    QVERIFY(window);
    window->setCredentials(BrowserTestHelper::demoCredentials());
    QTRY_COMPARE(m_helper.regionCombo()->count(), m_helper.dataset().regions().size());
    QTRY_VERIFY(!window->isLoading());
    QVERIFY(!m_helper.errorDialog());
}

void TestMainWindow::loadsRegionsAndImages() {
    openAndLoad();
    QCOMPARE(m_helper.window()->regionId(), u"cn-hangzhou"_s);
    QCOMPARE(m_helper.regionCombo()->currentText(), u"China (Hangzhou) (cn-hangzhou)"_s);

    QStringList listed = m_helper.listedImageIds();
    QStringList expected = m_helper.expectedImageIds(u"cn-hangzhou"_s);
    listed.sort();
    expected.sort();
    QCOMPARE(listed, expected); // every status, not only Available

    QVERIFY(label(u"requestIdLabel"_s)->text().startsWith(u"Request ID: "_s));
    QVERIFY(!label(u"requestIdLabel"_s)->text().contains(u"none"_s));
    QVERIFY(!m_helper.window()->findChild<QProgressBar *>(u"busyIndicator"_s)->isVisible());
    QCOMPARE(label(u"imageCountLabel"_s)->text(), u"%1 image(s)"_s.arg(expected.size()));
}

void TestMainWindow::pickRegionAndImage() {
    openAndLoad();
    m_helper.selectRegion(u"cn-shanghai"_s);
    QStringList expected = m_helper.expectedImageIds(u"cn-shanghai"_s);
    expected.sort();
    QTRY_COMPARE(
        [this] {
            QStringList ids = m_helper.listedImageIds();
            ids.sort();
            return ids;
        }(),
        expected);

    // The first image of the region that is shared with someone.
    QString imageId;
    for (const QString &id : std::as_const(expected)) {
        if (!m_helper.expectedAccountIds(id).isEmpty()) {
            imageId = id;
            break;
        }
    }
    QVERIFY(!imageId.isEmpty());
    QVERIFY(m_helper.clickImage(imageId));
    QTRY_COMPARE(m_helper.shownAccountIds(), m_helper.expectedAccountIds(imageId, 0, 10));
    QCOMPARE(m_helper.shownGroups(), m_helper.expectedGroups(imageId));
    QCOMPARE(m_helper.window()->shownImageId(), imageId);
    QVERIFY(label(u"titleLabel"_s)->text().contains(imageId));
    QVERIFY(label(u"statusLabel"_s)->text().contains(imageId));
}

void TestMainWindow::pagingAndPageSize() {
    openAndLoad();
    const QString imageId = m_helper.imageIdNamed(u"shared-build-agent"_s);
    const QStringList all = m_helper.expectedAccountIds(imageId);
    QCOMPARE(all.size(), 57);

    QVERIFY(m_helper.clickImage(imageId));
    QTRY_COMPARE(m_helper.shownAccountIds(), all.mid(0, 10));
    QCOMPARE(pager()->findChild<QLabel *>(u"pageLabel"_s)->text(), u"Page 1 of 6"_s);

    QTest::mouseClick(pager()->findChild<QToolButton *>(u"nextButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_helper.shownAccountIds(), all.mid(10, 10));
    QCOMPARE(pager()->findChild<QLabel *>(u"pageLabel"_s)->text(), u"Page 2 of 6"_s);

    pager()->lastPageAction()->trigger();
    QTRY_COMPARE(m_helper.shownAccountIds(), all.mid(50));
    QVERIFY(!pager()->nextPageAction()->isEnabled());

    auto *sizeCombo = pager()->findChild<QComboBox *>(u"pageSizeCombo"_s);
    sizeCombo->setCurrentIndex(sizeCombo->findData(20));
    QTRY_COMPARE(m_helper.shownAccountIds(), all.mid(0, 20));
    QCOMPARE(pager()->findChild<QLabel *>(u"pageLabel"_s)->text(), u"Page 1 of 3"_s);

    pager()->findChild<QCheckBox *>(u"allPagesCheck"_s)->click();
    QTRY_COMPARE(m_helper.shownAccountIds(), all);
    QVERIFY(!m_helper.window()->isLoading());
}

void TestMainWindow::groupAllWarning() {
    openAndLoad();
    MessageBanner *everyone = banner(u"everyoneBanner"_s);
    QVERIFY(everyone);
    QVERIFY(!everyone->isVisible());

    const QString publicImage = m_helper.imageIdNamed(u"public-demo-toolbox"_s);
    QVERIFY(m_helper.clickImage(publicImage));
    QTRY_COMPARE(m_helper.shownGroups(), QStringList{u"all"_s});
    QVERIFY(everyone->isVisible());
    QCOMPARE(everyone->kind(), MessageBanner::Kind::Warning);
    QVERIFY(everyone->title().contains(u"every Alibaba Cloud account"_s));
    QVERIFY(label(u"statusLabel"_s)->text().contains(u"every Alibaba Cloud account"_s));

    // Groups come with every page: the warning stays while paging through accounts.
    const QString partnerImage = m_helper.imageIdNamed(u"partner-sdk-sandbox"_s);
    QVERIFY(m_helper.clickImage(partnerImage));
    QTRY_COMPARE(m_helper.shownAccountIds(), m_helper.expectedAccountIds(partnerImage, 0, 10));
    QVERIFY(everyone->isVisible());

    QVERIFY(m_helper.clickImage(m_helper.imageIdNamed(u"shared-build-agent"_s)));
    QTRY_VERIFY(!m_helper.window()->isLoading());
    QVERIFY(m_helper.shownGroups().isEmpty());
    QVERIFY(!everyone->isVisible());
}

void TestMainWindow::sortsBySize() {
    openAndLoad();
    QTableView *view = m_helper.imageView();
    view->horizontalHeader()->setSortIndicator(ImageTableModel::SizeColumn, Qt::AscendingOrder);
    const QAbstractItemModel *model = view->model();
    QVERIFY(model->rowCount() > 3);
    for (int row = 1; row < model->rowCount(); ++row) {
        const qint64 before =
            model->index(row - 1, ImageTableModel::SizeColumn).data(ImageTableModel::SortRole).toLongLong();
        const qint64 after =
            model->index(row, ImageTableModel::SizeColumn).data(ImageTableModel::SortRole).toLongLong();
        QVERIFY2(before <= after, qPrintable(u"row %1: %2 > %3"_s.arg(row).arg(before).arg(after)));
    }
}

void TestMainWindow::vanishedImageIsDropped() {
    openAndLoad();
    const QString gone = m_helper.imageIdNamed(u"prod-db-proxy"_s);
    QVERIFY(m_helper.listedImageIds().contains(gone));

    // The image is deleted behind the window's back.
    QFile file(QStringLiteral(ISB_SOURCE_DIR "/resources/demo-data.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray images = root.value(u"Images"_s).toArray();
    for (qsizetype i = 0; i < images.size(); ++i) {
        if (images.at(i).toObject().value(u"ImageId"_s).toString() == gone) {
            images.removeAt(i);
            break;
        }
    }
    root.insert(u"Images"_s, images);
    const auto smaller = SimulatorDataset::fromJson(QJsonDocument(root).toJson());
    QVERIFY(smaller);
    m_helper.simulator().loadDataset(*smaller);

    QVERIFY(m_helper.clickImage(gone));
    QTRY_VERIFY(!m_helper.listedImageIds().contains(gone));
    QTRY_VERIFY(!m_helper.window()->isLoading());
    MessageBanner *note = banner(u"imageNoteBanner"_s);
    QVERIFY(note->isVisible());
    QVERIFY(note->title().contains(gone));
    QVERIFY(!m_helper.errorDialog());
    QVERIFY(m_helper.window()->shownImageId().isEmpty());
    QCOMPARE(label(u"titleLabel"_s)->text(), u"No image selected"_s);
}

void TestMainWindow::errorDialogForUnknownKey404() {
    MainWindow *window = m_helper.openWindow();
    QVERIFY(window);
    Credentials wrong;
    wrong.accessKeyId = u"LTAI5tNoSuchKey0000"_s;
    wrong.accessKeySecret = u"s3cr3t-that-must-never-show"_s;
    window->setCredentials(wrong);
    QTRY_VERIFY(m_helper.errorDialog());
    ErrorDialog *dialog = m_helper.errorDialog();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(u"codeValue"_s)->text(), u"InvalidAccessKeyId.NotFound"_s);
    QCOMPARE(dialog->findChild<QLabel *>(u"httpStatusValue"_s)->text(), u"404"_s);
    QVERIFY(!dialog->findChild<QLabel *>(u"requestIdValue"_s)->text().isEmpty());
    const QString advice = dialog->findChild<QLabel *>(u"adviceLabel"_s)->text();
    QVERIFY2(advice.contains(u"File > Credentials… (Ctrl+K)"_s), qPrintable(advice));
    QVERIFY2(advice.contains(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s), qPrintable(advice));
    QVERIFY(!dialog->findChild<QPushButton *>(u"retryButton"_s)->isVisible());
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        QVERIFY(!label->text().contains(wrong.accessKeySecret));
    QVERIFY(!dialog->detailsText().contains(wrong.accessKeySecret));
    QCOMPARE(m_helper.errorDialogCount(), 1);

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_helper.errorDialog());
}

void TestMainWindow::errorDialogOpensCredentials() {
    MainWindow *window = m_helper.openWindow();
    QVERIFY(window);
    Credentials wrong = BrowserTestHelper::demoCredentials();
    wrong.accessKeySecret = u"not-the-demo-secret"_s;
    window->setCredentials(wrong);
    QTRY_VERIFY(m_helper.errorDialog() && m_helper.errorDialog()->isVisible());
    QCOMPARE(m_helper.errorDialog()->findChild<QLabel *>(u"codeValue"_s)->text(), u"SignatureDoesNotMatch"_s);
    auto *open = m_helper.errorDialog()->findChild<QPushButton *>(u"openCredentialsButton"_s);
    QVERIFY(open && open->isVisible());

    QTest::mouseClick(open, Qt::LeftButton);
    // The error dialog makes way for the credentials dialog: one dialog on screen, never both.
    QTRY_VERIFY(!m_helper.errorDialog());
    auto *credentials = window->findChild<QDialog *>(u"credentialsDialog"_s);
    QVERIFY(credentials);
    QTRY_VERIFY(credentials->isVisible());
    QCOMPARE(m_helper.errorDialogCount(), 0);
    credentials->reject();
}

void TestMainWindow::throttlingThenRetry() {
    openAndLoad();
    const QString imageId = m_helper.imageIdNamed(u"shared-build-agent"_s);
    // The client retries once by itself (options()); both attempts are throttled.
    m_helper.simulator().failNext(FaultKind::Throttling, 2);
    QVERIFY(m_helper.clickImage(imageId));
    QTRY_VERIFY(m_helper.errorDialog() && m_helper.errorDialog()->isVisible());
    ErrorDialog *dialog = m_helper.errorDialog();
    QVERIFY(dialog->findChild<QLabel *>(u"codeValue"_s)->text().startsWith(u"Throttling"_s));
    QVERIFY(dialog->findChild<QLabel *>(u"adviceLabel"_s)->text().contains(u"throttling"_s));
    auto *retry = dialog->findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(retry->isVisible());
    QVERIFY(m_helper.shownAccountIds().isEmpty());

    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(m_helper.shownAccountIds(), m_helper.expectedAccountIds(imageId, 0, 10));
    QTRY_VERIFY(!m_helper.errorDialog());
}

void TestMainWindow::oneDialogForSimultaneousFailures() {
    openAndLoad();
    QVERIFY(m_helper.clickImage(m_helper.imageIdNamed(u"shared-build-agent"_s)));
    QTRY_VERIFY(!m_helper.window()->isLoading());

    // Refresh reloads the list and the share permissions at once; both fail.
    m_helper.simulator().setFault(FaultKind::Unavailable, 1.0);
    m_helper.window()->findChild<QAction *>(u"actionRefresh"_s)->trigger();
    QTRY_VERIFY(m_helper.errorDialog());
    QTRY_VERIFY(!m_helper.window()->isLoading());
    QCOMPARE(m_helper.errorDialogCount(), 1);
    QVERIFY(m_helper.errorDialog()->isRetryOffered());

    m_helper.simulator().clearFaults();
    QTest::mouseClick(m_helper.errorDialog()->findChild<QPushButton *>(u"retryButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_helper.errorDialog());
    QTRY_VERIFY(!m_helper.window()->isLoading());
}

void TestMainWindow::clockSkewExplained() {
    m_helper.simulator().setClockForTests([] { return QDateTime::currentDateTimeUtc().addSecs(3600); });
    MainWindow *window = m_helper.openWindow();
    QVERIFY(window);
    window->setCredentials(BrowserTestHelper::demoCredentials());
    QTRY_VERIFY(m_helper.errorDialog());
    ErrorDialog *dialog = m_helper.errorDialog();
    QCOMPARE(dialog->findChild<QLabel *>(u"codeValue"_s)->text(), u"InvalidTimeStamp.Expired"_s);
    QVERIFY(dialog->findChild<QLabel *>(u"adviceLabel"_s)->text().contains(u"clock"_s));
    QVERIFY(!dialog->isRetryOffered());
}

void TestMainWindow::cancelSlowLoad() {
    openAndLoad();
    const QString imageId = m_helper.imageIdNamed(u"shared-build-agent"_s);
    m_helper.simulator().setLatency(std::chrono::milliseconds(4000));
    QVERIFY(m_helper.clickImage(imageId));
    auto *busy = m_helper.window()->findChild<QProgressBar *>(u"busyIndicator"_s);
    QTRY_VERIFY(busy->isVisible());
    QVERIFY(label(u"statusLabel"_s)->text().contains(imageId));
    QVERIFY(m_helper.window()->findChild<QAction *>(u"actionCancel"_s)->isEnabled());
    QTRY_COMPARE(m_helper.simulator().inFlight(), 1);

    QTest::keyClick(m_helper.imageView(), Qt::Key_Escape);
    QVERIFY(!m_helper.window()->isLoading());
    QVERIFY(!busy->isVisible());
    QVERIFY(label(u"statusLabel"_s)->text().contains(u"cancelled"_s));
    // The request was really abandoned, not merely ignored.
    QTRY_COMPARE(m_helper.simulator().inFlight(), 0);
    QVERIFY(m_helper.shownAccountIds().isEmpty());

    m_helper.simulator().setLatency(std::chrono::milliseconds(0));
    QTest::keyClick(m_helper.imageView(), Qt::Key_F5);
    QTRY_COMPARE(m_helper.shownAccountIds(), m_helper.expectedAccountIds(imageId, 0, 10));
}

void TestMainWindow::pagerDescribesShownRows() {
    openAndLoad();
    MainWindow *window = m_helper.window();
    window->activateWindow();
    QTRY_VERIFY(window->isActiveWindow());
    const QString imageId = m_helper.imageIdNamed(u"shared-build-agent"_s);
    const QStringList all = m_helper.expectedAccountIds(imageId);
    auto *pageLabel = pager()->findChild<QLabel *>(u"pageLabel"_s);
    QTableView *accounts = m_helper.pane()->accountsView();
    // Ctrl+C on the accounts table: the first cell of each line is the account.
    const auto copiedAccounts = [&] {
        accounts->setFocus();
        accounts->selectAll();
        QTest::keyClick(accounts, Qt::Key_C, Qt::ControlModifier);
        QStringList ids;
        for (const QString &line : QGuiApplication::clipboard()->text().split(u'\n'))
            ids << line.section(u'\t', 0, 0);
        return ids;
    };

    QVERIFY(m_helper.clickImage(imageId));
    QTRY_COMPARE(m_helper.shownAccountIds(), all.mid(0, 10));
    pager()->nextPageAction()->trigger();
    QTRY_COMPARE(m_helper.shownAccountIds(), all.mid(10, 10));
    QTRY_VERIFY(!window->isLoading());

    // Page 3 is slow: while it loads, page 2 is on screen, and the pager, the pane and Ctrl+C say so.
    m_helper.simulator().setLatency(std::chrono::milliseconds(4000));
    pager()->nextPageAction()->trigger();
    QTRY_COMPARE(m_helper.simulator().inFlight(), 1);
    QVERIFY2(pageLabel->text().startsWith(u"Page 2 of 6"_s), qPrintable(pageLabel->text()));
    QVERIFY(pageLabel->text().contains(u"3"_s)); // the page asked for is noted beside it
    QCOMPARE(m_helper.shownAccountIds(), all.mid(10, 10));
    QVERIFY(label(u"shareStatusLabel"_s)->text().contains(u"11–20"_s));
    QCOMPARE(copiedAccounts(), all.mid(10, 10));

    // Esc: page 2 stays, and everything describes page 2 (not "Page 3 of 6" over page 2's rows).
    QTest::keyClick(accounts, Qt::Key_Escape);
    QVERIFY(!window->isLoading());
    QCOMPARE(pageLabel->text(), u"Page 2 of 6"_s);
    QCOMPARE(pager()->currentPage(), 2);
    QVERIFY2(label(u"statusLabel"_s)->text().contains(u"page 2 of 6"_s),
             qPrintable(label(u"statusLabel"_s)->text()));
    QVERIFY(label(u"shareStatusLabel"_s)->text().contains(u"11–20"_s));
    QCOMPARE(copiedAccounts(), all.mid(10, 10));
    QTRY_COMPARE(m_helper.simulator().inFlight(), 0);

    // Next goes from the page shown: page 3, not 4.
    m_helper.simulator().setLatency(std::chrono::milliseconds(0));
    pager()->nextPageAction()->trigger();
    QTRY_COMPARE(m_helper.shownAccountIds(), all.mid(20, 10));
    QCOMPARE(pageLabel->text(), u"Page 3 of 6"_s);
    QTRY_VERIFY(!window->isLoading());

    // Back to page 1: fetched before, on screen at once, pager included. That no request is sent, until
    // Refresh, is the session's rule (tst_browsersession: fetchedPagesAreShownAgainWithoutRequest,
    // refreshFetchesAgain).
    pager()->firstPageAction()->trigger();
    QCOMPARE(m_helper.shownAccountIds(), all.mid(0, 10));
    QCOMPARE(pageLabel->text(), u"Page 1 of 6"_s);
    QVERIFY(!window->isLoading());
}

void TestMainWindow::keyboardAndCopy() {
    openAndLoad();
    MainWindow *window = m_helper.window();
    window->activateWindow();
    QTRY_VERIFY(window->isActiveWindow());

    // Mnemonics and shortcuts reach every part.
    QTest::keyClick(window, Qt::Key_R, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), m_helper.regionCombo());
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    auto *filter = window->findChild<QLineEdit *>(u"filterEdit"_s);
    QCOMPARE(QApplication::focusWidget(), filter);
    QTest::keyClicks(filter, u"prod-"_s);
    const QStringList filtered = m_helper.listedImageIds();
    QVERIFY(!filtered.isEmpty());
    QVERIFY(filtered.size() < m_helper.expectedImageIds(u"cn-hangzhou"_s).size());
    QVERIFY(label(u"imageCountLabel"_s)->text().contains(u"match the filter"_s));
    filter->clear();
    QCOMPARE(m_helper.listedImageIds().size(), m_helper.expectedImageIds(u"cn-hangzhou"_s).size());

    QTest::keyClick(window, Qt::Key_I, Qt::AltModifier);
    QTableView *view = m_helper.imageView();
    QCOMPARE(QApplication::focusWidget(), view);
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    QTRY_VERIFY(!window->shownImageId().isEmpty());

    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
    QCOMPARE(lines.size(), 2);
    for (int row = 0; row < 2; ++row) {
        const QStringList cells = lines.at(row).split(u'\t');
        // Every column shown: all but Owner, which "My images" hides.
        QVERIFY(view->isColumnHidden(ImageTableModel::OwnerColumn));
        QCOMPARE(cells.size(), int(ImageTableModel::ColumnCount) - 1);
        QCOMPARE(cells.at(0), view->model()->index(row, ImageTableModel::IdColumn).data().toString());
        QCOMPARE(cells.at(1), view->model()->index(row, ImageTableModel::NameColumn).data().toString());
    }

    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             view->model()->index(0, 0).data(ImageTableModel::ImageIdRole).toString() + u'\n' +
                 view->model()->index(1, 0).data(ImageTableModel::ImageIdRole).toString());

    const QString imageId = m_helper.imageIdNamed(u"shared-build-agent"_s);
    QVERIFY(m_helper.clickImage(imageId));
    QTRY_COMPARE(m_helper.shownAccountIds(), m_helper.expectedAccountIds(imageId, 0, 10));
    QTest::keyClick(window, Qt::Key_A, Qt::AltModifier);
    QTableView *accounts = m_helper.pane()->accountsView();
    QCOMPARE(QApplication::focusWidget(), accounts);
    QTest::keyClick(accounts, Qt::Key_Down);
    QTest::keyClick(accounts, Qt::Key_Up);
    window->findChild<QAction *>(u"actionCopyAccountId"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), m_helper.expectedAccountIds(imageId, 0, 1).value(0));

    // Next page from the keyboard.
    QTest::keyClick(window, Qt::Key_PageDown, Qt::AltModifier);
    QTRY_COMPARE(m_helper.shownAccountIds(), m_helper.expectedAccountIds(imageId, 10, 10));
}

void TestMainWindow::settingsRemembered() {
    openAndLoad();
    m_helper.selectRegion(u"ap-southeast-1"_s);
    QTRY_COMPARE(m_helper.listedImageIds().size(), m_helper.expectedImageIds(u"ap-southeast-1"_s).size());
    const QString imageId = m_helper.expectedImageIds(u"ap-southeast-1"_s).constLast();
    QVERIFY(m_helper.clickImage(imageId));
    auto *sizeCombo = pager()->findChild<QComboBox *>(u"pageSizeCombo"_s);
    sizeCombo->setCurrentIndex(sizeCombo->findData(50));
    QTRY_VERIFY(!m_helper.window()->isLoading());
    m_helper.closeWindow();

    openAndLoad();
    QCOMPARE(m_helper.window()->regionId(), u"ap-southeast-1"_s);
    QTRY_COMPARE(m_helper.window()->shownImageId(), imageId);
    QCOMPARE(pager()->pageSize(), 50);
    QTRY_VERIFY(!m_helper.window()->isLoading());
    const QModelIndex current = m_helper.imageView()->currentIndex();
    QCOMPARE(current.data(ImageTableModel::ImageIdRole).toString(), imageId);

    // Nothing secret is ever written to the settings.
    const QSettings settings;
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        QVERIFY(!value.toString().contains(BrowserTestHelper::demoCredentials().accessKeySecret));
        QVERIFY(!value.toByteArray().contains("demo-secret"));
    }
}

void TestMainWindow::aboutShowsVersions() {
    MainWindow *window = m_helper.openWindow();
    QVERIFY(window);
    window->findChild<QAction *>(u"actionAbout"_s)->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(u"aboutBox"_s)) && box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral(ISB_VERSION)));
    QVERIFY(box->text().contains(QString::fromLatin1(qVersion())));
    box->close();
    QTRY_VERIFY(!window->findChild<QMessageBox *>(u"aboutBox"_s));
}

void TestMainWindow::commandLine() {
    const QString program = QStringLiteral(ISB_BIN_DIR "/image-share-browser");
    QProcess process;
    process.start(program, {u"--version"_s});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral(ISB_VERSION)));

    process.start(program, {u"--help"_s});
    QVERIFY(process.waitForFinished(20000));
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &option : {u"--endpoint"_s, u"--signature"_s, u"--help"_s, u"--version"_s})
        QVERIFY2(help.contains(option), qPrintable(option));

    // Signed requests are never sent in plain text to another machine.
    process.start(program, {u"--endpoint"_s, u"http://ecs.example.com"_s});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    process.start(program, {u"--signature"_s, u"v2"_s});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
