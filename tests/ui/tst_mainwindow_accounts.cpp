#include "../support/ContextMenuLabel.h"
#include "BrowserTestHelper.h"

#include "AccountsDialog.h"
#include "BrowserSession.h"
#include "ImageTableModel.h"
#include "LabelAccountDialog.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "PagerWidget.h"
#include "SettingsKeys.h"
#include "SharePermissionPane.h"
#include "SharedAccountFilterModel.h"
#include "SharedAccountTableModel.h"
#include "accounts/AccountBook.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace isb;
using namespace Qt::StringLiterals;

/// Issue 13 in the main window: the Shared column, the accounts pane (sort, search, unknown times, page
/// size), labels and trust from the account book, "Label…" on an account, Settings > Accounts…, and who
/// the window talks to as.
class TestMainWindowAccounts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sharedColumnFromIsSelfShared();
    void pageSizeFollowsThePane();
    void paneSortsAndSearches();
    void labelFromTheContextMenu();
    void accountsDialog();
    void identityNextToTheProfile();
    void imagesSharedWithMe();

private:
    void openAndShow(const QString &imageName);
    QTableView *accountsView() const { return m_helper.pane()->accountsView(); }

    BrowserTestHelper m_helper;
    QTemporaryDir m_dir;
};

void TestMainWindowAccounts::initTestCase() {
    QVERIFY(m_helper.setUp());
    QVERIFY(m_dir.isValid());
}

void TestMainWindowAccounts::init() {
    BrowserTestHelper::resetSettings();
    QFile::remove(AccountBook::defaultFilePath()); // the test-mode configuration folder's book
}

void TestMainWindowAccounts::cleanup() {
    m_helper.closeWindow();
    QFile::remove(AccountBook::defaultFilePath());
}

void TestMainWindowAccounts::openAndShow(const QString &imageName) {
    MainWindow *window = m_helper.openWindow();
    QVERIFY(window);
    window->setCredentials(BrowserTestHelper::demoCredentials());
    QTRY_VERIFY_WITH_TIMEOUT(!window->regionId().isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isLoading(), 10000);
    if (imageName.isEmpty())
        return;
    const QString imageId = m_helper.imageIdNamed(imageName);
    QString regionId;
    for (const SimImage &image : m_helper.dataset().images()) {
        if (image.imageId == imageId)
            regionId = image.regionId;
    }
    m_helper.selectRegion(regionId);
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.listedImageIds().contains(imageId), 10000);
    QVERIFY(m_helper.clickImage(imageId));
    QTRY_VERIFY_WITH_TIMEOUT(!window->isLoading() && window->shownImageId() == imageId, 10000);
    QTRY_VERIFY(!m_helper.shownAccountIds().isEmpty());
}

void TestMainWindowAccounts::sharedColumnFromIsSelfShared() {
    openAndShow({});
    const QAbstractItemModel *model = m_helper.imageView()->model();
    QCOMPARE(model->headerData(ImageTableModel::SharedColumn, Qt::Horizontal).toString(), u"Shared"_s);
    QVERIFY(model->rowCount() > 0);
    int shared = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString id = model->index(row, 0).data(ImageTableModel::ImageIdRole).toString();
        bool expected = false;
        for (const SimImage &image : m_helper.dataset().images())
            expected = expected || (image.imageId == id && image.isSelfShared());
        QCOMPARE(model->index(row, ImageTableModel::SharedColumn).data().toString(),
                 expected ? u"Shared"_s : QString());
        shared += expected ? 1 : 0;
    }
    QVERIFY(shared > 0 && shared < model->rowCount()); // the region has both kinds
}

void TestMainWindowAccounts::pageSizeFollowsThePane() {
    // Issue 13: the accounts table fills its height. On a first start the page holds the rows that fit,
    // and a taller window asks for a larger page; a size the user picks is kept whatever the height.
    QSettings().clear(); // a first start: no page size chosen yet
    openAndShow(u"shared-build-agent"_s);
    MainWindow *window = m_helper.window();
    PagerWidget *pager = m_helper.pane()->pager();
    QVERIFY(pager->isFitToTable());
    const QString imageId = m_helper.imageIdNamed(u"shared-build-agent"_s);
    const int total = int(m_helper.expectedAccountIds(imageId).size());
    QTableView *view = accountsView();
    const auto fits = [view] {
        return qBound(1, view->viewport()->height() / view->verticalHeader()->defaultSectionSize(),
                      PagerWidget::kMaxFitSize);
    };
    const auto pageLabel = [pager] { return pager->findChild<QLabel *>(u"pageLabel"_s)->text(); };
    QTRY_COMPARE(pager->pageSize(), fits());
    const int before = fits();
    QVERIFY(before < 20); // the test window is short: the size is the table's, not a default
    QTRY_COMPARE(window->session()->pageSize(), before);
    QTRY_COMPARE(m_helper.shownAccountIds(), m_helper.expectedAccountIds(imageId, 0, before));
    QCOMPARE(pageLabel(), u"Page 1 of %1"_s.arg((total + before - 1) / before));

    window->resize(window->width(), window->height() + 240);
    // Until the layout settles (on a loaded machine a banner may come and go meanwhile), the rows that fit
    // may still change: compare once the pager follows the final height.
    QTRY_VERIFY(fits() > before && pager->pageSize() == fits());
    const int taller = fits();
    QTRY_COMPARE(window->session()->pageSize(), taller); // the session asked again, with that size
    QTRY_COMPARE(m_helper.shownAccountIds(), m_helper.expectedAccountIds(imageId, 0, taller));
    QCOMPARE(pageLabel(), u"Page 1 of %1"_s.arg((total + taller - 1) / taller));
    QCOMPARE(QSettings().value(QString(SettingsKeys::browserPageSize)).toInt(), 0); // "Fit", not a number

    // Chosen by hand: kept when the window is resized, and remembered as chosen.
    auto *combo = pager->findChild<QComboBox *>(u"pageSizeCombo"_s);
    combo->setCurrentIndex(combo->findData(20));
    QTRY_COMPARE(m_helper.shownAccountIds(), m_helper.expectedAccountIds(imageId, 0, 20));
    window->resize(window->width(), window->height() - 240);
    QTRY_VERIFY(fits() < taller);
    QTest::qWait(300); // longer than RowsThatFit waits for a resize to settle
    QCOMPARE(pager->pageSize(), 20);
    QCOMPARE(window->session()->pageSize(), 20);
    QCOMPARE(QSettings().value(QString(SettingsKeys::browserPageSize)).toInt(), 20);
}

void TestMainWindowAccounts::paneSortsAndSearches() {
    openAndShow(u"shared-build-agent"_s);
    QTableView *view = accountsView();
    QVERIFY(view->isSortingEnabled());
    const QStringList page = m_helper.shownAccountIds();
    // The service's order until a column is chosen; then by that column.
    QCOMPARE(view->model()->index(0, 0).data().toString(), page.first());
    view->horizontalHeader()->setSortIndicator(SharedAccountTableModel::AliyunIdColumn, Qt::DescendingOrder);
    QStringList sorted = page;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QCOMPARE(view->model()->index(0, 0).data().toString(), sorted.first());

    auto *search = m_helper.pane()->findChild<QLineEdit *>(u"accountsFilterEdit"_s);
    QVERIFY(search);
    QVERIFY(search->placeholderText().contains(u"this page"_s)); // it says what it searches
    QTest::keyClicks(search, page.at(3));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), page.at(3));
    search->clear();
    QCOMPARE(view->model()->rowCount(), page.size());
    // Times name their zone, or say they are unknown.
    const QString time = view->model()->index(0, SharedAccountTableModel::SharedTimeColumn).data().toString();
    QVERIFY2(time == u"unknown"_s || time.contains(u" UTC"_s), qPrintable(time));
}

void TestMainWindowAccounts::labelFromTheContextMenu() {
    openAndShow(u"shared-build-agent"_s);
    MessageBanner *untrusted = m_helper.pane()->untrustedBanner();
    const int shown = int(m_helper.shownAccountIds().size());
    QTRY_VERIFY(untrusted->isVisible());
    QCOMPARE(untrusted->title(), u"Shared with %1 account(s) you have not marked as trusted"_s.arg(shown));

    QTableView *view = accountsView();
    const QModelIndex first = view->model()->index(0, 0);
    const QString account = first.data(SharedAccountTableModel::AliyunIdRole).toString();
    QVERIFY(first.data(SharedAccountTableModel::UntrustedRole).toBool());

    // The menu's Label… opened the dialog on this row's account.
    const QRect cell = view->visualRect(first);
    QCOMPARE(test::labelFromContextMenu(
                 this, [&] { emit view->customContextMenuRequested(cell.center()); }, u"build farm"_s,
                 AccountBook::Trust::Own),
             account);

    // The row shows the label and the trust, the banner counts one fewer, and the file holds it.
    const QModelIndex row = view->model()->index(0, 0);
    QCOMPARE(row.siblingAtColumn(SharedAccountTableModel::LabelColumn).data().toString(), u"build farm"_s);
    QCOMPARE(row.siblingAtColumn(SharedAccountTableModel::TrustColumn).data().toString(), u"Own"_s);
    QVERIFY(!row.data(SharedAccountTableModel::UntrustedRole).toBool());
    QCOMPARE(untrusted->title(),
             u"Shared with %1 account(s) you have not marked as trusted"_s.arg(shown - 1));
    AccountBook saved;
    QVERIFY(saved.load().clean());
    QCOMPARE(saved.labelOf(account), u"build farm"_s);
}

void TestMainWindowAccounts::accountsDialog() {
    openAndShow({});
    const QString import = m_dir.filePath(u"import.csv"_s);
    {
        QFile file(import);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("AccountId,Label,Trust\r\n111111111111,partner,trusted\r\nnot-an-id,x,\r\n"
                   "222222222222,qa,nonsense\r\n");
    }
    const QString exported = m_dir.filePath(u"export.csv"_s);
    bool handled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AccountsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"accountIdEdit"_s), u"333333333333"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"labelEdit"_s), u"ours"_s);
        auto *trust = dialog->findChild<QComboBox *>(u"trustCombo"_s);
        trust->setCurrentIndex(trust->findData(int(AccountBook::Trust::Own)));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
        auto *table = dialog->findChild<QTableView *>(u"accountsView"_s);
        QCOMPARE(table->model()->rowCount(), 1);

        // Import: the good row is merged, the bad ones are listed with their line numbers.
        dialog->importFile(import);
        QCOMPARE(table->model()->rowCount(), 2);
        const QString report = dialog->findChild<QPlainTextEdit *>(u"issuesView"_s)->toPlainText();
        QVERIFY2(report.contains(u"Line 3:"_s) && report.contains(u"Line 4:"_s), qPrintable(report));

        // An invalid ID typed by hand is refused with the reason, and nothing is added.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"accountIdEdit"_s), u"12ab"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(
            dialog->findChild<QPlainTextEdit *>(u"issuesView"_s)->toPlainText().startsWith(u"Not added"_s));

        // Delete the imported row.
        table->selectRow(1);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"deleteButton"_s), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 1);

        dialog->exportFile(exported);
        dialog->reject();
        handled = true;
    });
    m_helper.window()->findChild<QAction *>(u"actionAccounts"_s)->trigger();
    QVERIFY(handled);

    AccountBook *book = m_helper.window()->accountBook();
    QCOMPARE(book->entries().size(), 1);
    QCOMPARE(book->trustOf(u"333333333333"_s), AccountBook::Trust::Own);
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("AccountId,Label,Trust\r\n333333333333,ours,own\r\n"));
    AccountBook saved; // every change went to the file at once
    QVERIFY(saved.load().clean());
    QCOMPARE(saved.entries(), book->entries());
}

void TestMainWindowAccounts::imagesSharedWithMe() {
    // Issue 15: "Shared with me" lists others' images with their owner and its label; the share pane says
    // why it shows nothing instead of failing; the choice is remembered.
    const QString owner = u"1500000000000002"_s;
    {
        AccountBook book;
        QVERIFY(book.set(owner, u"web team"_s, AccountBook::Trust::Own).ok());
        QVERIFY(book.save().ok());
    }
    openAndShow({});
    MainWindow *window = m_helper.window();
    auto *ownerCombo = window->findChild<QComboBox *>(u"imageOwnerCombo"_s);
    QVERIFY(ownerCombo);
    QTableView *images = m_helper.imageView();
    QVERIFY(images->isColumnHidden(ImageTableModel::OwnerColumn));
    const QStringList ownImages = m_helper.listedImageIds();

    ownerCombo->setCurrentIndex(1);
    QCOMPARE(window->session()->imageOwner(), BrowserSession::ImageOwner::Others);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isLoading(), 10000);
    QVERIFY(!images->isColumnHidden(ImageTableModel::OwnerColumn));
    const QString shared = m_helper.imageIdNamed(u"member-web-base"_s);
    QTRY_COMPARE(m_helper.listedImageIds().contains(shared), true);
    for (const QString &id : ownImages)
        QVERIFY(!m_helper.listedImageIds().contains(id));
    const QAbstractItemModel *model = images->model();
    QCOMPARE(model->headerData(ImageTableModel::OwnerColumn, Qt::Horizontal).toString(), u"Owner"_s);
    const int row = int(m_helper.listedImageIds().indexOf(shared));
    QCOMPARE(model->index(row, ImageTableModel::OwnerColumn).data().toString(),
             u"%1 (web team)"_s.arg(owner));

    QVERIFY(m_helper.clickImage(shared));
    QCOMPARE(window->shownImageId(), shared);
    QVERIFY(!window->isLoading()); // no DescribeImageSharePermission: it answers the owner only
    auto *status = m_helper.pane()->findChild<QLabel *>(u"shareStatusLabel"_s);
    QVERIFY(status);
    QVERIFY2(status->text().contains(owner) && status->text().contains(u"Only its owner"_s),
             qPrintable(status->text()));
    QTRY_VERIFY(m_helper.shownAccountIds().isEmpty());
    QCOMPARE(m_helper.errorDialogCount(), 0);

    // Remembered for the next start.
    m_helper.closeWindow();
    openAndShow({});
    ownerCombo = m_helper.window()->findChild<QComboBox *>(u"imageOwnerCombo"_s);
    QCOMPARE(ownerCombo->currentIndex(), 1);
    QTRY_VERIFY(m_helper.listedImageIds().contains(shared));
    ownerCombo->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_helper.window()->isLoading(), 10000);
    QVERIFY(m_helper.imageView()->isColumnHidden(ImageTableModel::OwnerColumn));
    QCOMPARE(m_helper.listedImageIds().contains(shared), false);
}

void TestMainWindowAccounts::identityNextToTheProfile() {
    openAndShow({});
    auto *identity = m_helper.window()->findChild<QLabel *>(u"identityLabel"_s);
    QVERIFY(identity);
    // The simulator answers GetCallerIdentity with its data file's AccountId.
    const QString account = m_helper.dataset().accountId();
    QVERIFY(!account.isEmpty());
    QTRY_COMPARE(m_helper.window()->accountBook()->callerAccountId(), account);
    const QString text = identity->text();
    QVERIFY2(text.startsWith(u"Account %1…%2 (own)"_s.arg(account.left(4), account.right(4))),
             qPrintable(text));
    QVERIFY2(text.contains(u"endpoint 127.0.0.1:"_s), qPrintable(text));
    QVERIFY2(text.contains(u"not Alibaba Cloud's own endpoint"_s), qPrintable(text));
    // The caller's account is own without being in the book.
    QCOMPARE(m_helper.window()->accountBook()->trustOf(account), AccountBook::Trust::Own);
}

QTEST_MAIN(TestMainWindowAccounts)
#include "tst_mainwindow_accounts.moc"
