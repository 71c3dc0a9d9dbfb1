#include "BrowserTestHelper.h"

#include "AuditWindow.h"
#include "FaultPlan.h"
#include "HistoryDialog.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "PlanDialog.h"
#include "SharePermissionPane.h"
#include "ShareWithAccountsDialog.h"
#include "SharedAccountTableModel.h"
#include "accounts/AccountBook.h"
#include "audit/AuditFilterModel.h"
#include "audit/AuditRunner.h"
#include "audit/AuditTableModel.h"
#include "changes/ChangeJournal.h"
#include "changes/ChangeJournalModel.h"
#include "changes/SharingPlanModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace isb;
using namespace Qt::StringLiterals;

namespace {

Credentials writableCredentials() {
    Credentials credentials;
    credentials.accessKeyId = u"LTAI5tDemoWritable0001"_s;
    credentials.accessKeySecret = u"demo-writable-secret-not-real"_s;
    return credentials;
}

QStringList journaledEntries() {
    QString error;
    QStringList actions;
    for (const JournalEntry &entry : ChangeJournal().entries(&error))
        actions << entry.action;
    return actions;
}

} // namespace

/// Issue 14 in the window: every change goes through the plan dialog (default button Cancel, the action
/// named on the confirm button, refusals, aliyun CLI lines, per-image results, Forbidden.RAM), the accounts
/// pane (Revoke… and Delete, Share with Accounts…, Make Private…), the audit window's four actions, Undo
/// Sharing Change and the history; against the simulator over loopback, with changes checked in its data.
class TestSharingChanges : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void revokeWithTheDeleteKey();
    void enterCancelsAndNothingChanges();
    void deleteInTheFilterFieldRevokesNothing();
    void copyAsAliyunCliCommands();
    void shareWithValidatesAsYouType();
    void shareWithRefusesOverFifty();
    void makePrivateFromTheBanner();
    void forbiddenRamNamesThePermission();
    void failureIsRetried();
    void undoAndHistory();
    void auditRevokeSelectedGrants();
    void auditRevokeEverywhere();
    void auditRevokeUntrusted();
    void auditMakePrivate();

private:
    void openAndShow(const QString &imageName, const Credentials &credentials = writableCredentials());
    /// Selects the first `count` accounts of the pane, focused.
    void selectAccounts(int count);
    PlanDialog *waitForPlan(QWidget *parent, PlanDialog::State state = PlanDialog::State::Confirm);
    void confirm(PlanDialog *dialog);
    QStringList simulatorAccounts(const QString &imageId);
    QStringList simulatorGroups(const QString &imageId);
    AuditWindow *auditedWindow();

    BrowserTestHelper m_helper;
    QString m_imageId;
};

void TestSharingChanges::initTestCase() {
    QVERIFY(m_helper.setUp());
}

void TestSharingChanges::init() {
    BrowserTestHelper::resetSettings();
    // Each test starts from the demo data: the simulator keeps changes in memory.
    m_helper.simulator().loadDataset(m_helper.dataset());
    QFile::remove(AccountBook::defaultFilePath());
    QFile::remove(ChangeJournal::defaultPath());
}

void TestSharingChanges::cleanup() {
    m_helper.closeWindow();
    QFile::remove(AccountBook::defaultFilePath());
    QFile::remove(ChangeJournal::defaultPath());
}

QStringList TestSharingChanges::simulatorAccounts(const QString &imageId) {
    QStringList ids;
    for (const SimImage &image : m_helper.simulator().dataset().images()) {
        if (image.imageId == imageId) {
            for (const SimSharedAccount &account : image.accounts)
                ids << account.aliyunId;
        }
    }
    return ids;
}

QStringList TestSharingChanges::simulatorGroups(const QString &imageId) {
    for (const SimImage &image : m_helper.simulator().dataset().images()) {
        if (image.imageId == imageId)
            return image.shareGroups;
    }
    return {};
}

void TestSharingChanges::openAndShow(const QString &imageName, const Credentials &credentials) {
    MainWindow *window = m_helper.openWindow();
    QVERIFY(window);
    window->setCredentials(credentials);
    QTRY_VERIFY_WITH_TIMEOUT(!window->regionId().isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!window->isLoading(), 10000);
    // The caller's account, from GetCallerIdentity: the image's owner.
    QTRY_COMPARE(window->accountBook()->callerAccountId(), u"1500000000000001"_s);
    m_imageId = m_helper.imageIdNamed(imageName);
    QVERIFY(!m_imageId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.listedImageIds().contains(m_imageId), 10000);
    QVERIFY(m_helper.clickImage(m_imageId));
    QTRY_VERIFY_WITH_TIMEOUT(!window->isLoading() && window->shownImageId() == m_imageId, 10000);
    QTRY_COMPARE(m_helper.pane()->accountsModel()->rowCount(),
                 std::min(10, int(simulatorAccounts(m_imageId).size())));
}

void TestSharingChanges::selectAccounts(int count) {
    QTableView *view = m_helper.pane()->accountsView();
    view->setFocus();
    view->selectionModel()->select(
        QItemSelection(view->model()->index(0, 0), view->model()->index(count - 1, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->setCurrentIndex(view->model()->index(0, 0), QItemSelectionModel::NoUpdate);
    QTRY_VERIFY(view->hasFocus());
}

PlanDialog *TestSharingChanges::waitForPlan(QWidget *parent, PlanDialog::State state) {
    PlanDialog *dialog = nullptr;
    const bool reached = QTest::qWaitFor(
        [&] {
            dialog = parent->findChild<PlanDialog *>(u"planDialog"_s);
            return dialog && dialog->state() == state;
        },
        10000);
    return reached ? dialog : nullptr;
}

void TestSharingChanges::confirm(PlanDialog *dialog) {
    auto *button = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(int(dialog->state()), int(PlanDialog::State::Done), 10000);
}

void TestSharingChanges::revokeWithTheDeleteKey() {
    openAndShow(u"prod-web-2024-05"_s);
    const QStringList before = simulatorAccounts(m_imageId);
    QCOMPARE(before.size(), 5);
    const QStringList revoked = m_helper.shownAccountIds().mid(0, 2);
    selectAccounts(2);
    QTest::keyClick(m_helper.pane()->accountsView(), Qt::Key_Delete);
    PlanDialog *dialog = waitForPlan(m_helper.window());
    QVERIFY2(dialog, "no plan dialog in the expected state");
    QVERIFY(dialog->isVisible());
    // The plan lists the image with what is taken away and the counts after; nothing is sent yet.
    QAbstractItemModelTester tester(dialog->planModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->planModel()->rowCount(), 1);
    QCOMPARE(dialog->planModel()->index(0, SharingPlanModel::ImageIdColumn).data().toString(), m_imageId);
    QCOMPARE(dialog->planModel()->index(0, SharingPlanModel::ImageNameColumn).data().toString(),
             u"prod-web-2024-05"_s);
    QCOMPARE(dialog->planModel()->index(0, SharingPlanModel::RemovedColumn).data().toString(),
             revoked.join(u", "_s));
    QCOMPARE(dialog->planModel()->index(0, SharingPlanModel::AccountsColumn).data().toString(), u"5 → 3"_s);
    QCOMPARE(simulatorAccounts(m_imageId), before);

    // The button names the action; the default one (Enter) is Cancel, never the change.
    auto *confirmButton = dialog->findChild<QPushButton *>(u"confirmButton"_s);
    auto *cancelButton = dialog->findChild<QPushButton *>(u"cancelButton"_s);
    QCOMPARE(confirmButton->text(), dialog->plan().summary());
    QVERIFY(confirmButton->text().startsWith(u"Revoke 2 account"_s));
    QVERIFY(cancelButton->isDefault());
    QVERIFY(!confirmButton->isDefault());
    QVERIFY(!confirmButton->autoDefault());

    confirm(dialog);
    QVERIFY(dialog->runner()->allVerified());
    QCOMPARE(dialog->planModel()->index(0, SharingPlanModel::ResultColumn).data().toString(), u"Verified"_s);
    QStringList expected = before;
    for (const QString &id : revoked)
        expected.removeAll(id);
    QCOMPARE(simulatorAccounts(m_imageId), expected);
    // Journaled, with the RequestIds and the endpoint, never a secret.
    QString error;
    const QList<JournalEntry> entries = ChangeJournal().entries(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries[0].action, u"revoke"_s);
    QCOMPARE(entries[0].callerAccountId, u"1500000000000001"_s);
    QCOMPARE(entries[0].images.size(), 1);
    QCOMPARE(entries[0].images[0].removed, revoked);
    QVERIFY(entries[0].images[0].verified());
    QVERIFY(!entries[0].images[0].requestIds.isEmpty());
    QFile journal(ChangeJournal::defaultPath());
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QVERIFY(!journal.readAll().contains("demo-writable-secret-not-real"));
    // The pane shows the state read again.
    QTRY_COMPARE_WITH_TIMEOUT(m_helper.shownAccountIds(), expected, 10000);
    dialog->findChild<QPushButton *>(u"cancelButton"_s)->click();
}

void TestSharingChanges::enterCancelsAndNothingChanges() {
    openAndShow(u"prod-web-2024-05"_s);
    const QStringList before = simulatorAccounts(m_imageId);
    selectAccounts(1);
    m_helper.window()->findChild<QAction *>(u"actionRevokeAccounts"_s)->trigger();
    PlanDialog *dialog = waitForPlan(m_helper.window());
    QVERIFY2(dialog, "no plan dialog in the expected state");
    QPointer<PlanDialog> guard(dialog);
    QTest::keyClick(dialog, Qt::Key_Return); // the default button
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(simulatorAccounts(m_imageId), before);
    QVERIFY(journaledEntries().isEmpty());
    QCOMPARE(m_helper.shownAccountIds(), before);
}

void TestSharingChanges::deleteInTheFilterFieldRevokesNothing() {
    openAndShow(u"prod-web-2024-05"_s);
    selectAccounts(1);
    auto *filter = m_helper.window()->findChild<QLineEdit *>(u"filterEdit"_s);
    QVERIFY(filter);
    filter->setFocus();
    QTest::keyClicks(filter, u"prod"_s);
    filter->setCursorPosition(0);
    QTest::keyClick(filter, Qt::Key_Delete);
    QCOMPARE(filter->text(), u"rod"_s); // Delete still edits text there
    QVERIFY(!m_helper.window()->findChild<PlanDialog *>(u"planDialog"_s));
}

void TestSharingChanges::copyAsAliyunCliCommands() {
    openAndShow(u"prod-web-2024-05"_s);
    const QString account = m_helper.shownAccountIds().constFirst();
    selectAccounts(1);
    m_helper.window()->revokeSelectedAccounts();
    PlanDialog *dialog = waitForPlan(m_helper.window());
    QVERIFY2(dialog, "no plan dialog in the expected state");
    QApplication::clipboard()->clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"copyCommandsButton"_s), Qt::LeftButton);
    QCOMPARE(
        QApplication::clipboard()->text(),
        u"aliyun ecs ModifyImageSharePermission --RegionId cn-hangzhou --ImageId %1 --RemoveAccount.1 %2\n"_s
            .arg(m_imageId, account));
    QCOMPARE(QApplication::clipboard()->text().trimmed(), dialog->plan().aliyunCliCommands().join(u'\n'));
    dialog->reject();
}

void TestSharingChanges::shareWithValidatesAsYouType() {
    openAndShow(u"prod-web-2024-05"_s);
    AccountBook *book = m_helper.window()->accountBook();
    const QString partner = u"135530494343"_s; // known to the simulator, not shared with this image
    QVERIFY(!simulatorAccounts(m_imageId).contains(partner));
    QVERIFY(book->set(partner, u"Partner X"_s, AccountBook::Trust::Trusted).ok());
    const QString shared = simulatorAccounts(m_imageId).constFirst();

    m_helper.window()->findChild<QAction *>(u"actionShareWithAccounts"_s)->trigger();
    ShareWithAccountsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_helper.window()->findChild<ShareWithAccountsDialog *>()) != nullptr);
    QPushButton *share = dialog->shareButton();
    QVERIFY(!share->isEnabled());
    QTest::keyClicks(dialog->idsEdit(), u"12ab"_s);
    QCOMPARE(dialog->lines(), QStringList{u"12ab — not an account ID (digits only)"_s});
    QVERIFY(!share->isEnabled());
    QTest::keyClicks(dialog->idsEdit(), u" 1500000000000001, "_s + shared);
    QTest::keyClick(dialog->idsEdit(), Qt::Key_Return); // one per line works too
    QTest::keyClicks(dialog->idsEdit(), partner);
    QCOMPARE(dialog->lines(),
             (QStringList{
                 u"12ab — not an account ID (digits only)"_s,
                 u"1500000000000001 — the image's own account: an image cannot be shared with its owner"_s,
                 shared + u" — already shared"_s, partner + u" — Partner X (Trusted)"_s}));
    QVERIFY(!share->isEnabled()); // refused while a refused ID is there
    dialog->idsEdit()->setPlainText(shared + u" "_s + partner);
    QTRY_VERIFY(share->isEnabled());
    QVERIFY(share->text().startsWith(u"Share with 1 Account"_s));
    QCOMPARE(dialog->accountsToAdd(), QStringList{partner});

    QTest::mouseClick(share, Qt::LeftButton);
    PlanDialog *plan = waitForPlan(m_helper.window());
    QVERIFY2(plan, "no plan dialog in the expected state");
    QCOMPARE(plan->planModel()->index(0, SharingPlanModel::AddedColumn).data().toString(),
             partner + u" (Partner X)"_s);
    confirm(plan);
    QVERIFY(simulatorAccounts(m_imageId).contains(partner));
    QCOMPARE(journaledEntries(), QStringList{u"share"_s});
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.shownAccountIds().contains(partner), 10000);
}

void TestSharingChanges::shareWithRefusesOverFifty() {
    // 57 accounts, ten a page in the pane: the dialog counts them all.
    openAndShow(u"shared-build-agent"_s);
    m_helper.window()->shareWithAccounts();
    ShareWithAccountsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_helper.window()->findChild<ShareWithAccountsDialog *>()) != nullptr);
    QTest::keyClicks(dialog->idsEdit(), u"999999999999"_s);
    auto *refusal = dialog->findChild<QLabel *>(u"refusalLabel"_s);
    QTRY_VERIFY(refusal->isVisible());
    QVERIFY2(refusal->text().contains(u"58 accounts; at most 50"_s), qPrintable(refusal->text()));
    QVERIFY(!dialog->shareButton()->isEnabled());
    dialog->reject();
}

void TestSharingChanges::makePrivateFromTheBanner() {
    MainWindow *window = m_helper.openWindow();
    QVERIFY(window);
    window->setCredentials(writableCredentials());
    m_imageId = m_helper.imageIdNamed(u"partner-sdk-sandbox"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.listedImageIds().contains(m_imageId), 10000);
    QVERIFY(m_helper.clickImage(m_imageId));
    MessageBanner *banner = m_helper.pane()->everyoneBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    auto *button = banner->findChild<QToolButton *>(u"bannerActionButton"_s);
    QVERIFY(button && button->isVisible());
    QTRY_VERIFY(button->isEnabled());
    const QStringList accounts = simulatorAccounts(m_imageId);
    QTest::mouseClick(button, Qt::LeftButton);
    PlanDialog *dialog = waitForPlan(window);
    QVERIFY2(dialog, "no plan dialog in the expected state");
    QVERIFY(dialog->planModel()
                ->index(0, SharingPlanModel::RemovedColumn)
                .data()
                .toString()
                .startsWith(u"all"_s));
    confirm(dialog);
    QVERIFY(simulatorGroups(m_imageId).isEmpty());
    QCOMPARE(simulatorAccounts(m_imageId), accounts); // only the group went
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    QString error;
    QVERIFY(ChangeJournal().entries(&error).constFirst().images.constFirst().allRemoved);
}

void TestSharingChanges::forbiddenRamNamesThePermission() {
    // The demo's read-only key (ReadOnly in the demo data): every change gets 403 Forbidden.RAM.
    openAndShow(u"prod-web-2024-05"_s, BrowserTestHelper::demoCredentials());
    const QStringList before = simulatorAccounts(m_imageId);
    selectAccounts(2);
    QTest::keyClick(m_helper.pane()->accountsView(), Qt::Key_Delete);
    PlanDialog *dialog = waitForPlan(m_helper.window());
    QVERIFY2(dialog, "no plan dialog in the expected state");
    confirm(dialog);
    auto *banner = dialog->findChild<MessageBanner *>(u"problemBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->title(), u"This key is not allowed to change sharing"_s);
    QVERIFY(banner->text().contains(u"ecs:ModifyImageSharePermission"_s));
    QCOMPARE(dialog->findChild<QLabel *>(u"statusLabel"_s)->text(), u"Nothing was changed."_s);
    const QString result = dialog->planModel()->index(0, SharingPlanModel::ResultColumn).data().toString();
    QVERIFY2(result.startsWith(u"Failed: "_s) && result.contains(u"Forbidden.RAM"_s), qPrintable(result));
    QCOMPARE(simulatorAccounts(m_imageId), before);
    QCOMPARE(m_helper.shownAccountIds(), before); // nothing shown as changed
    QVERIFY(dialog->findChild<QPushButton *>(u"retryButton"_s)->isEnabled());
}

void TestSharingChanges::failureIsRetried() {
    openAndShow(u"prod-web-2024-05"_s);
    const QString revoked = m_helper.shownAccountIds().constFirst();
    selectAccounts(1);
    m_helper.window()->revokeSelectedAccounts();
    PlanDialog *dialog = waitForPlan(m_helper.window());
    QVERIFY2(dialog, "no plan dialog in the expected state");
    // The change call and the client's one retry of it both fail; the read after it works.
    m_helper.simulator().failNext(FaultKind::Internal, 2);
    confirm(dialog);
    QCOMPARE(dialog->planModel()->index(0, 0).data(SharingPlanModel::StatusRole).toInt(),
             int(ImageChangeOutcome::Status::Failed));
    QVERIFY(dialog->planModel()
                ->index(0, SharingPlanModel::ResultColumn)
                .data()
                .toString()
                .contains(u"InternalError"_s));
    QVERIFY(simulatorAccounts(m_imageId).contains(revoked));
    auto *retry = dialog->findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(retry->isVisible() && retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(int(dialog->state()), int(PlanDialog::State::Done), 10000);
    QVERIFY(dialog->runner()->allVerified());
    QVERIFY(!retry->isEnabled());
    QVERIFY(!simulatorAccounts(m_imageId).contains(revoked));
    // Two confirmations' worth of sending, two entries: the failure, then the retried image.
    QString error;
    const QList<JournalEntry> entries = ChangeJournal().entries(&error);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].images.constFirst().outcome, u"InternalError"_s);
    QVERIFY(entries[1].verified());
    QCOMPARE(entries[1].images.constFirst().removed, QStringList{revoked});
}

void TestSharingChanges::undoAndHistory() {
    openAndShow(u"prod-web-2024-05"_s);
    const QStringList before = simulatorAccounts(m_imageId);
    const QString revoked = m_helper.shownAccountIds().constFirst();
    selectAccounts(1);
    m_helper.window()->revokeSelectedAccounts();
    PlanDialog *dialog = waitForPlan(m_helper.window());
    QVERIFY2(dialog, "no plan dialog in the expected state");
    confirm(dialog);
    dialog->accept();
    QTRY_VERIFY(!m_helper.window()->findChild<PlanDialog *>(u"planDialog"_s));
    QVERIFY(!simulatorAccounts(m_imageId).contains(revoked));

    // Edit > Undo Sharing Change: the inverse of the latest entry, through the same plan and confirmation.
    m_helper.window()->findChild<QAction *>(u"actionUndoSharingChange"_s)->trigger();
    dialog = waitForPlan(m_helper.window());
    QVERIFY2(dialog, "no plan dialog in the expected state");
    QCOMPARE(dialog->planModel()->index(0, SharingPlanModel::AddedColumn).data().toString(), revoked);
    QVERIFY(
        dialog->findChild<QPushButton *>(u"confirmButton"_s)->text().startsWith(u"Share with 1 account"_s));
    confirm(dialog);
    QCOMPARE(simulatorAccounts(m_imageId).size(), before.size());
    QVERIFY(simulatorAccounts(m_imageId).contains(revoked));
    dialog->accept();
    QTRY_VERIFY(!m_helper.window()->findChild<PlanDialog *>(u"planDialog"_s));
    QCOMPARE(journaledEntries(), (QStringList{u"revoke"_s, u"undo"_s}));

    m_helper.window()->findChild<QAction *>(u"actionSharingHistory"_s)->trigger();
    HistoryDialog *history = nullptr;
    QTRY_VERIFY((history = m_helper.window()->findChild<HistoryDialog *>()) != nullptr);
    QAbstractItemModelTester tester(history->journalModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(history->journalModel()->rowCount(), 2);
    QCOMPARE(history->journalModel()->index(0, ChangeJournalModel::ActionColumn).data().toString(),
             u"revoke"_s);
    QCOMPARE(history->journalModel()->index(1, ChangeJournalModel::ActionColumn).data().toString(),
             u"undo"_s);
    QCOMPARE(history->journalModel()->index(1, ChangeJournalModel::OutcomeColumn).data().toString(),
             u"verified"_s);
    QCOMPARE(history->journalModel()->index(1, ChangeJournalModel::AccountColumn).data().toString(),
             u"1500000000000001"_s);
    // Undoing the revoke again from the history: the account is back already, so nothing is sent.
    history->selectEntry(0);
    QTest::mouseClick(history->findChild<QPushButton *>(u"undoButton"_s), Qt::LeftButton);
    dialog = waitForPlan(m_helper.window(), PlanDialog::State::NothingToDo);
    QVERIFY2(dialog, "no plan dialog in the expected state");
    QVERIFY(!dialog->findChild<QPushButton *>(u"confirmButton"_s)->isEnabled());
}

AuditWindow *TestSharingChanges::auditedWindow() {
    MainWindow *window = m_helper.openWindow();
    if (!window)
        return nullptr;
    window->setCredentials(writableCredentials());
    if (!QTest::qWaitFor([window] { return !window->accountBook()->callerAccountId().isEmpty(); }, 10000))
        return nullptr;
    AuditWindow *audit = window->showAuditWindow();
    QSignalSpy finished(audit->runner(), &AuditRunner::finished);
    audit->setSelectedRegions({u"cn-hangzhou"_s});
    audit->startAudit();
    if (!finished.wait(20000))
        return nullptr;
    return audit;
}

void TestSharingChanges::auditRevokeSelectedGrants() {
    AuditWindow *audit = auditedWindow();
    QVERIFY(audit);
    // The first account row of two different images.
    auto *view = audit->findChild<QTableView *>(u"auditView"_s);
    QItemSelection selection;
    QList<AuditRow> chosen;
    for (int row = 0; row < view->model()->rowCount() && chosen.size() < 2; ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        const AuditRow &audited = audit->auditModel()->rowAt(audit->filterModel()->mapToSource(index).row());
        if (audited.kind != AuditRow::Kind::Account ||
            (!chosen.isEmpty() && chosen.constFirst().imageId == audited.imageId))
            continue;
        chosen.append(audited);
        selection.select(index, index);
    }
    QCOMPARE(chosen.size(), 2);
    view->selectionModel()->select(selection,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QAction *action = audit->findChild<QAction *>(u"actionRevokeSelectedGrants"_s);
    QVERIFY(action->isEnabled());
    action->trigger();
    PlanDialog *dialog = waitForPlan(audit);
    QVERIFY2(dialog, "no plan dialog in the expected state");
    QCOMPARE(dialog->planModel()->rowCount(), 2);
    QVERIFY(dialog->findChild<QPushButton *>(u"confirmButton"_s)->text().startsWith(u"Revoke 2 account"_s));
    confirm(dialog);
    for (const AuditRow &gone : std::as_const(chosen)) {
        QVERIFY(!simulatorAccounts(gone.imageId).contains(gone.principal));
        for (const AuditRow &row : audit->auditModel()->rows())
            QVERIFY(row.imageId != gone.imageId || row.principal != gone.principal);
    }
}

void TestSharingChanges::auditRevokeEverywhere() {
    AuditWindow *audit = auditedWindow();
    QVERIFY(audit);
    // An account granted on more than one image of the region.
    QHash<QString, int> images;
    for (const AuditRow &row : audit->auditModel()->rows()) {
        if (row.kind == AuditRow::Kind::Account)
            ++images[row.principal];
    }
    QString account;
    for (auto it = images.cbegin(); it != images.cend() && account.isEmpty(); ++it) {
        if (it.value() > 1)
            account = it.key();
    }
    QVERIFY(!account.isEmpty());
    auto *view = audit->findChild<QTableView *>(u"auditView"_s);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, AuditTableModel::PrincipalColumn);
        if (index.data().toString() == account) {
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
            break;
        }
    }
    QAction *action = audit->findChild<QAction *>(u"actionRevokeAccountEverywhere"_s);
    QVERIFY(action->isEnabled());
    action->trigger();
    PlanDialog *dialog = waitForPlan(audit);
    QVERIFY2(dialog, "no plan dialog in the expected state");
    QCOMPARE(dialog->planModel()->rowCount(), images.value(account)); // the plan lists every image
    confirm(dialog);
    QVERIFY(dialog->runner()->allVerified());
    for (const AuditRow &row : audit->auditModel()->rows())
        QVERIFY(row.principal != account);
    for (const SimImage &image : m_helper.simulator().dataset().images()) {
        for (const SimSharedAccount &shared : image.accounts)
            QVERIFY(image.regionId != u"cn-hangzhou"_s || shared.aliyunId != account);
    }
}

void TestSharingChanges::auditRevokeUntrusted() {
    AuditWindow *audit = auditedWindow();
    QVERIFY(audit);
    // Every account of the region trusted but two: those are the findings to revoke.
    AccountBook *book = m_helper.window()->accountBook();
    QStringList accounts;
    for (const AuditRow &row : audit->auditModel()->rows()) {
        if (row.kind == AuditRow::Kind::Account && !accounts.contains(row.principal))
            accounts << row.principal;
    }
    QVERIFY(accounts.size() > 3);
    const QStringList untrusted = accounts.mid(0, 2);
    QList<AccountBook::Entry> entries;
    for (const QString &id : accounts.mid(2))
        entries.append({id, u"partner"_s, AccountBook::Trust::Trusted});
    book->setEntries(entries);
    audit->findChild<QAction *>(u"actionRevokeUntrustedGrants"_s)->trigger();
    PlanDialog *dialog = waitForPlan(audit);
    QVERIFY2(dialog, "no plan dialog in the expected state");
    confirm(dialog);
    for (const ImageChangeOutcome &outcome : dialog->runner()->outcomes())
        QVERIFY2(outcome.status == ImageChangeOutcome::Status::Verified,
                 qPrintable(outcome.change.imageId + u": "_s + SharingPlanModel::resultText(outcome)));
    for (int row = 0; row < audit->auditModel()->rowCount(); ++row) {
        const QModelIndex index = audit->auditModel()->index(row, 0);
        QVERIFY(!index.data(AuditTableModel::UntrustedRole).toBool());
        QVERIFY(!untrusted.contains(audit->auditModel()->rowAt(row).principal));
    }
    QCOMPARE(journaledEntries(), QStringList{u"revoke"_s});
}

void TestSharingChanges::auditMakePrivate() {
    AuditWindow *audit = auditedWindow();
    QVERIFY(audit);
    const int publicBefore = audit->sharedWithEveryoneCount();
    QVERIFY(publicBefore >= 2);
    const QString imageId = m_helper.imageIdNamed(u"public-demo-toolbox"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.listedImageIds().contains(imageId), 10000);
    QVERIFY(m_helper.clickImage(imageId));
    QTRY_VERIFY_WITH_TIMEOUT(m_helper.pane()->everyoneBanner()->isVisible(), 10000);
    auto *view = audit->findChild<QTableView *>(u"auditView"_s);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, AuditTableModel::ImageIdColumn);
        if (index.data().toString() == imageId) {
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
            break;
        }
    }
    audit->makeSelectedImagesPrivate();
    PlanDialog *dialog = waitForPlan(audit);
    QVERIFY2(dialog, "no plan dialog in the expected state");
    QCOMPARE(dialog->planModel()->rowCount(), 1);
    confirm(dialog);
    // The main window showing the image reads it again too.
    QTRY_VERIFY_WITH_TIMEOUT(!m_helper.pane()->everyoneBanner()->isVisible(), 10000);
    QVERIFY(simulatorGroups(imageId).isEmpty());
    QCOMPARE(audit->sharedWithEveryoneCount(), publicBefore - 1);
    for (const AuditRow &row : audit->auditModel()->rows())
        QVERIFY(row.imageId != imageId); // shared with nobody now: no grant left to list
}

QTEST_MAIN(TestSharingChanges)
#include "tst_sharingchanges.moc"
