#include "AuditDiffDialog.h"
#include "AuditWindow.h"
#include "EcsSimulator.h"
#include "LabelAccountDialog.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "ScriptedHttpServer.h"
#include "Translator.h"
#include "accounts/AccountBook.h"
#include "accounts/Findings.h"
#include "audit/AuditFilterModel.h"
#include "audit/AuditRunner.h"
#include "audit/AuditSnapshot.h"
#include "audit/AuditTableModel.h"
#include "audit/OrganisationAudit.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <map>

using namespace isb;
using namespace std::chrono_literals;

namespace {

const QString kDataFile = QStringLiteral(ISB_SOURCE_DIR "/resources/demo-data.json");

/// "region image Kind principal" for every grant.
QSet<QString> grantsOf(const QList<AuditRow> &rows) {
    QSet<QString> grants;
    for (const AuditRow &row : rows)
        grants.insert(row.regionId + QLatin1Char(' ') + row.imageId + QLatin1Char(' ') +
                      AuditRow::kindName(row.kind) + QLatin1Char(' ') + row.principal);
    return grants;
}

/// The grants a dataset holds, in the same form.
QSet<QString>
grantsOf(const SimulatorDataset &dataset, const std::function<bool(const SimImage &)> &imageFilter,
         const std::function<bool(const QString &kind, const QString &principal)> &grantFilter) {
    QSet<QString> grants;
    for (const SimImage &image : dataset.images()) {
        if (!imageFilter(image))
            continue;
        const QString prefix = image.regionId + QLatin1Char(' ') + image.imageId + QLatin1Char(' ');
        for (const SimSharedAccount &account : image.accounts) {
            if (grantFilter(QStringLiteral("Account"), account.aliyunId))
                grants.insert(prefix + QStringLiteral("Account ") + account.aliyunId);
        }
        for (const QString &group : image.shareGroups) {
            if (grantFilter(QStringLiteral("Group"), group))
                grants.insert(prefix + QStringLiteral("Group ") + group);
        }
    }
    return grants;
}

/// "region image" for every image with at least one row.
QSet<QString> imagesOf(const QList<AuditRow> &rows) {
    QSet<QString> images;
    for (const AuditRow &row : rows)
        images.insert(row.regionId + QLatin1Char(' ') + row.imageId);
    return images;
}

QSet<QString> imagesOf(const SimulatorDataset &dataset, const std::function<bool(const SimImage &)> &filter) {
    QSet<QString> images;
    for (const SimImage &image : dataset.images()) {
        if (filter(image))
            images.insert(image.regionId + QLatin1Char(' ') + image.imageId);
    }
    return images;
}

} // namespace

/// The Audit window driven like an operator would, against the in-process simulator on demo-data.json.
class TestAuditWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void auditFindsEveryGrant();
    void oneClickAnswers();
    void copyAndExport();
    void snapshotsOpenAndCompare();
    void cancelKeepsWhatWasFound();
    void failedRegionIsListedAndRetried();
    void openedFromTheMainWindow();
    void imageFiltersCountImages();
    void findingsOnlyAndSummary();
    void labelFromTheContextMenu();
    void doubleClickOpensTheImage();
    void serviceTextIsShownWithoutSecrets();
    void regionNamesFollowTheInterfaceLanguage();
    void organisationScope();

private:
    ClientOptions options() const;
    AuditWindow *openWindow();
    bool runAudit(AuditWindow *window);
    QList<AuditRow> shownRows(AuditWindow *window) const;
    /// The rows File > Export writes (JSON, read back as a snapshot).
    QList<AuditRow> exportedRows(AuditWindow *window);
    /// The grants to accounts of the dataset that `book` does not expect, and the public images.
    FindingsSummary expectedFindings(const AccountBook &book) const;
    template<typename T> T *child(QWidget *parent, const char *name) const {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget %s", name);
        return widget;
    }

    SimulatorDataset m_dataset;
    Credentials m_credentials{
        QStringLiteral("LTAI5tDemoReadOnly0001"), QStringLiteral("demo-secret-not-a-real-key"), {}};
    std::unique_ptr<EcsSimulator> m_simulator;
    std::unique_ptr<AuditWindow> m_window;
    QTemporaryDir m_dir;
};

void TestAuditWindow::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("isb.*.info=false\nisb.*.debug=false"));
    auto dataset = SimulatorDataset::fromFile(kDataFile);
    QVERIFY(dataset);
    m_dataset = *dataset;
    QVERIFY(m_dir.isValid());
}

void TestAuditWindow::init() {
    QSettings().clear(); // no geometry or columns from an earlier case
    m_simulator = std::make_unique<EcsSimulator>();
    m_simulator->loadDataset(m_dataset);
    QVERIFY(m_simulator->listen(QHostAddress::LocalHost, 0));
}

void TestAuditWindow::cleanup() {
    m_window.reset();
    m_simulator.reset();
}

ClientOptions TestAuditWindow::options() const {
    ClientOptions options;
    options.endpointOverride = m_simulator->url();
    options.maxRetries = 0;
    options.timeout = 8s;
    options.retryBaseDelay = 5ms;
    options.retryMaxDelay = 20ms;
    return options;
}

AuditWindow *TestAuditWindow::openWindow() {
    m_window = std::make_unique<AuditWindow>(options(), m_credentials);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    QSignalSpy loaded(m_window.get(), &AuditWindow::regionsLoaded);
    if (m_window->offeredRegions().isEmpty() && !loaded.wait(10000))
        return nullptr;
    return m_window->offeredRegions().size() == m_dataset.regions().size() ? m_window.get() : nullptr;
}

bool TestAuditWindow::runAudit(AuditWindow *window) {
    QSignalSpy finished(window->runner(), &AuditRunner::finished);
    QTest::mouseClick(child<QPushButton>(window, "startButton"), Qt::LeftButton);
    return finished.wait(20000);
}

void TestAuditWindow::organisationScope() {
    // The demo organisation: management 0001 (the caller), members 0002 (role), 0003 (role asking for an
    // ExternalId) and 0004 (no role).
    QString error;
    QVERIFY2(m_simulator->loadDataset(QStringLiteral(ISB_SOURCE_DIR "/resources/demo-data.json"), &error),
             qPrintable(error));
    m_window = std::make_unique<AuditWindow>(options(), m_credentials);
    AuditWindow *window = m_window.get();
    AccountBook book;
    window->setAccountBook(&book);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *scope = child<QComboBox>(window, "scopeCombo");
    QVERIFY(scope);
    QCOMPARE(scope->count(), 2);
    QCOMPARE(scope->itemText(0), QStringLiteral("This account"));
    QCOMPARE(scope->itemText(1), QStringLiteral("Every account of my Resource Directory"));
    auto *roleName = child<QLineEdit>(window, "roleNameEdit");
    auto *externalId = child<QLineEdit>(window, "externalIdEdit");
    QVERIFY(!roleName->isVisible()); // only for the directory
    QVERIFY(!window->isOrganisationScope());
    scope->setCurrentIndex(1);
    QVERIFY(window->isOrganisationScope());
    QVERIFY(roleName->isVisible());
    QVERIFY(externalId->isVisible());
    QVERIFY(child<QTableView>(window, "auditView")->isColumnHidden(AuditTableModel::AccountColumn));

    QSignalSpy finished(window->organisationAudit(), &OrganisationAudit::finished);
    QTRY_VERIFY(child<QPushButton>(window, "startButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(window, "startButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(!window->runner()->isRunning());
    QVERIFY(!child<QTableView>(window, "auditView")->isColumnHidden(AuditTableModel::AccountColumn));
    QSet<QString> owners;
    for (const AuditRow &row : shownRows(window))
        owners.insert(row.accountId);
    QCOMPARE(owners, (QSet<QString>{QStringLiteral("1500000000000001"), QStringLiteral("1500000000000002")}));
    const QModelIndex first = window->filterModel()->index(0, AuditTableModel::AccountColumn);
    QVERIFY(first.data().toString().contains(QStringLiteral(" (")));
    // Each account's progress, and a failure row for each member that could not be reached.
    const QString progress = window->accountProgressText();
    QVERIFY2(
        progress.contains(QStringLiteral("1500000000000003 data (member): cannot be reached (NoPermission)")),
        qPrintable(progress));
    QVERIFY2(progress.contains(QStringLiteral("1500000000000004 sandbox (member): cannot be reached "
                                              "(EntityNotExist.Role)")),
             qPrintable(progress));
    auto *failures = child<QTreeWidget>(window, "failureView");
    QCOMPARE(failures->topLevelItemCount(), 2);
    QVERIFY(failures->topLevelItem(0)->text(0).startsWith(QStringLiteral("150000000000000")));
    // Member-to-member grants are internal once the directory is known.
    QCOMPARE(book.trustOf(QStringLiteral("1500000000000003")), AccountBook::Trust::Own);

    // With the ExternalId, Retry Failed reaches 0003; 0004 stays a failure row.
    QTest::keyClicks(externalId, QStringLiteral("isb-demo-external"));
    QTRY_VERIFY(child<QPushButton>(window, "retryButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(window, "retryButton"), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QTRY_COMPARE(failures->topLevelItemCount(), 1);
    QVERIFY(failures->topLevelItem(0)->text(0).startsWith(QStringLiteral("1500000000000004")));
    owners.clear();
    for (const AuditRow &row : shownRows(window))
        owners.insert(row.accountId);
    QVERIFY(owners.contains(QStringLiteral("1500000000000003")));
    window->setAccountBook(nullptr);
}

QList<AuditRow> TestAuditWindow::shownRows(AuditWindow *window) const {
    QList<AuditRow> rows;
    const AuditFilterModel *filter = window->filterModel();
    for (int row = 0; row < filter->rowCount(); ++row)
        rows << window->auditModel()->rowAt(filter->mapToSource(filter->index(row, 0)).row());
    return rows;
}

QList<AuditRow> TestAuditWindow::exportedRows(AuditWindow *window) {
    const QString path = m_dir.filePath(QStringLiteral("shown.json"));
    if (window->exportJson(path).isError())
        return {};
    const auto exported = AuditSnapshot::load(path);
    return exported ? exported->rows() : QList<AuditRow>();
}

FindingsSummary TestAuditWindow::expectedFindings(const AccountBook &book) const {
    FindingsSummary summary;
    QSet<QString> accounts;
    for (const SimImage &image : m_dataset.images()) {
        if (image.shareGroups.contains(QStringLiteral("all")))
            ++summary.imagesPublic;
        for (const SimSharedAccount &account : image.accounts) {
            if (!book.isExpected(account.aliyunId)) {
                ++summary.untrustedGrants;
                accounts.insert(account.aliyunId);
            }
        }
    }
    summary.untrustedAccounts = int(accounts.size());
    return summary;
}

void TestAuditWindow::auditFindsEveryGrant() {
    AuditWindow *window = openWindow();
    QVERIFY(window);
    QVERIFY(window->selectedRegions().isEmpty()); // every region checked: all of them
    QVERIFY(!child<QPushButton>(window, "cancelButton")->isEnabled());
    QVERIFY(runAudit(window));

    const auto all = [](const auto &...) { return true; };
    QCOMPARE(grantsOf(window->auditModel()->rows()), grantsOf(m_dataset, all, all));
    QCOMPARE(window->auditModel()->rowCount(), grantsOf(m_dataset, all, all).size());
    QVERIFY(child<QPushButton>(window, "startButton")->isEnabled());
    QVERIFY(!child<QWidget>(window, "failuresBox")->isVisible()); // nothing failed: no empty pane
    QVERIFY(child<QLabel>(window, "progressLabel")->text().contains(QStringLiteral("finished")));

    // Images shared with everyone: counted in the banner.
    int everyone = 0;
    for (const SimImage &image : m_dataset.images())
        everyone += image.shareGroups.contains(QStringLiteral("all")) ? 1 : 0;
    QVERIFY(everyone > 0);
    QCOMPARE(window->sharedWithEveryoneCount(), everyone);
    auto *banner = child<QWidget>(window, "everyoneBanner");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->findChildren<QLabel *>().size() > 0);
}

void TestAuditWindow::oneClickAnswers() {
    AuditWindow *window = openWindow();
    QVERIFY(window);
    QVERIFY(runAudit(window));

    // Shared with everyone: every row of the images shared with group "all", highlighted as such.
    QTest::mouseClick(child<QCheckBox>(window, "everyoneCheck"), Qt::LeftButton);
    const auto sharedWithAll = [](const SimImage &image) {
        return image.shareGroups.contains(QStringLiteral("all"));
    };
    const auto anyGrant = [](const QString &, const QString &) { return true; };
    // The filter counts images (one row each); the export carries every grant of them.
    QCOMPARE(imagesOf(shownRows(window)), imagesOf(m_dataset, sharedWithAll));
    QCOMPARE(grantsOf(exportedRows(window)), grantsOf(m_dataset, sharedWithAll, anyGrant));
    const QModelIndex groupRow = [&] {
        for (int row = 0; row < window->filterModel()->rowCount(); ++row) {
            const QModelIndex index = window->filterModel()->index(row, 0);
            if (index.data(AuditTableModel::SharedWithEveryoneRole).toBool())
                return index;
        }
        return QModelIndex();
    }();
    QVERIFY(groupRow.isValid());
    QTest::mouseClick(child<QCheckBox>(window, "everyoneCheck"), Qt::LeftButton);

    // Which images can account X launch: the account that appears most often in the dataset.
    std::map<QString, int> occurrences;
    for (const SimImage &image : m_dataset.images()) {
        for (const SimSharedAccount &account : image.accounts)
            ++occurrences[account.aliyunId];
    }
    const QString account =
        std::max_element(occurrences.cbegin(), occurrences.cend(), [](const auto &a, const auto &b) {
            return a.second < b.second;
        })->first;
    auto *accountEdit = child<QLineEdit>(window, "accountEdit");
    QTest::keyClicks(accountEdit, account);
    QTest::mouseClick(child<QPushButton>(window, "lookupButton"), Qt::LeftButton);
    const auto canLaunch = [&account](const QString &kind, const QString &principal) {
        return (kind == QLatin1String("Account") && principal == account) ||
               (kind == QLatin1String("Group") && principal == QLatin1String("all"));
    };
    const auto everyImage = [](const SimImage &) { return true; };
    QCOMPARE(grantsOf(shownRows(window)), grantsOf(m_dataset, everyImage, canLaunch));
    QVERIFY(child<QLabel>(window, "countLabel")->text().contains(account));

    // Text that is no account ID is refused with a message, and no lookup stays on (issue 12).
    for (const QString &notAnAccount : {QStringLiteral("nobody"), QStringLiteral("6258 6514 0555")}) {
        accountEdit->setText(notAnAccount);
        QTest::keyClick(accountEdit, Qt::Key_Return);
        QVERIFY(window->filterModel()->principalFilter().isEmpty());
        QCOMPARE(window->filterModel()->rowCount(), window->auditModel()->rowCount());
        const QString message = child<QLabel>(window, "countLabel")->text();
        QVERIFY2(message.contains(notAnAccount) && message.contains(QStringLiteral("not an account ID")),
                 qPrintable(message));
    }
    accountEdit->setText(account);
    QTest::mouseClick(child<QPushButton>(window, "lookupButton"), Qt::LeftButton);
    QCOMPARE(window->filterModel()->principalFilter(), account);
    accountEdit->clear(); // clearing the field ends the lookup
    QCOMPARE(window->filterModel()->rowCount(), window->auditModel()->rowCount());

    // Shared with more than N accounts: shared-build-agent (57 accounts) alone is above 50.
    QTest::mouseClick(child<QCheckBox>(window, "moreThanCheck"), Qt::LeftButton);
    child<QSpinBox>(window, "moreThanSpin")->setValue(50);
    const auto wide = [](const SimImage &image) { return image.accounts.size() > 50; };
    QCOMPARE(imagesOf(shownRows(window)), imagesOf(m_dataset, wide));
    QCOMPARE(grantsOf(exportedRows(window)), grantsOf(m_dataset, wide, anyGrant));
    QVERIFY(!shownRows(window).isEmpty());

    // Region and text filters combine with it; "Show all" clears everything.
    QTest::mouseClick(child<QPushButton>(window, "clearFiltersButton"), Qt::LeftButton);
    QCOMPARE(window->filterModel()->rowCount(), window->auditModel()->rowCount());
    auto *regionCombo = child<QComboBox>(window, "regionFilterCombo");
    regionCombo->setCurrentIndex(regionCombo->findData(QStringLiteral("cn-beijing")));
    const auto beijing = [](const SimImage &image) { return image.regionId == QLatin1String("cn-beijing"); };
    QCOMPARE(grantsOf(shownRows(window)), grantsOf(m_dataset, beijing, anyGrant));
    QTest::keyClicks(child<QLineEdit>(window, "textFilterEdit"), QStringLiteral("fluentbit"));
    for (const AuditRow &row : shownRows(window))
        QVERIFY(row.regionId == QLatin1String("cn-beijing") &&
                row.imageName.contains(QStringLiteral("fluentbit")));
    QVERIFY(!shownRows(window).isEmpty());
}

void TestAuditWindow::copyAndExport() {
    AuditWindow *window = openWindow();
    QVERIFY(window);
    QVERIFY(runAudit(window));
    auto *regionFilter = child<QComboBox>(window, "regionFilterCombo");
    regionFilter->setCurrentIndex(regionFilter->findData(QStringLiteral("cn-beijing")));
    const QList<AuditRow> shown = shownRows(window);

    // Ctrl+C on the table: the selected rows as tab-separated text.
    auto *view = child<QTableView>(window, "auditView");
    view->setFocus();
    view->selectRow(0);
    QTest::keySequence(view, QKeySequence::Copy);
    // The export's fields, then Label and Finding (no book: only a public grant is a finding).
    const QString finding = shown.first().isSharedWithEveryone() ? QStringLiteral("public") : QString();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             (shown.first().toFields() << QString() << finding).join(QLatin1Char('\t')) + QLatin1Char('\n'));

    // CSV of the shown rows through the shared writer: the standard header, one record per row.
    const QString csvPath = m_dir.filePath(QStringLiteral("everyone.csv"));
    QVERIFY(!window->exportCsv(csvPath).isError());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.first(), QByteArray("RegionId,ImageId,ImageName,Kind,Principal,SharedTime,Label\r"));
    QCOMPARE(lines.size() - 2, shown.size()); // header, rows, and the empty piece after the last CRLF

    // JSON: the snapshot format restricted to the shown rows, readable as a snapshot.
    const QString jsonPath = m_dir.filePath(QStringLiteral("everyone.json"));
    QVERIFY(!window->exportJson(jsonPath).isError());
    const auto exported = AuditSnapshot::load(jsonPath);
    QVERIFY(exported);
    QCOMPARE(grantsOf(exported->rows()), grantsOf(shown));
}

void TestAuditWindow::snapshotsOpenAndCompare() {
    AuditWindow *window = openWindow();
    QVERIFY(window);
    QVERIFY(runAudit(window));
    const QString before = m_dir.filePath(QStringLiteral("before.json"));
    QVERIFY(window->saveSnapshot(before));
    const QSet<QString> grantsBefore = grantsOf(window->auditModel()->rows());

    // Change the account's grants between the audits: one account removed from the first shared image,
    // one added to an image that was shared with nobody.
    QFile file(kDataFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray images = root.value(QStringLiteral("Images")).toArray();
    QString removedImage, removedAccount, addedImage, addedRegion, removedRegion;
    for (qsizetype i = 0; i < images.size(); ++i) {
        QJsonObject image = images.at(i).toObject();
        QJsonArray accounts = image.value(QStringLiteral("Accounts")).toArray();
        if (removedImage.isEmpty() && accounts.size() > 1) {
            removedImage = image.value(QStringLiteral("ImageId")).toString();
            removedRegion = image.value(QStringLiteral("RegionId")).toString();
            removedAccount = accounts.first().toObject().value(QStringLiteral("AliyunId")).toString();
            accounts.removeFirst();
        } else if (addedImage.isEmpty() && accounts.isEmpty() &&
                   image.value(QStringLiteral("ShareGroups")).toArray().isEmpty()) {
            addedImage = image.value(QStringLiteral("ImageId")).toString();
            addedRegion = image.value(QStringLiteral("RegionId")).toString();
            accounts.append(
                QJsonObject{{QStringLiteral("AliyunId"), QStringLiteral("999988887777")},
                            {QStringLiteral("SharedTime"), QStringLiteral("2024-07-01T00:00:00Z")}});
        }
        image.insert(QStringLiteral("Accounts"), accounts);
        images[i] = image;
    }
    QVERIFY(!removedImage.isEmpty() && !addedImage.isEmpty());
    root.insert(QStringLiteral("Images"), images);
    auto changed = SimulatorDataset::fromJson(QJsonDocument(root).toJson());
    QVERIFY(changed);
    m_simulator->loadDataset(*changed);

    QVERIFY(runAudit(window));
    const QString after = m_dir.filePath(QStringLiteral("after.json"));
    QVERIFY(window->saveSnapshot(after));
    QVERIFY(grantsOf(window->auditModel()->rows()) != grantsBefore);

    // Opening the first snapshot shows it again, without a request.
    const int requests = m_simulator->requestCount();
    QVERIFY(window->openSnapshot(before));
    QCOMPARE(grantsOf(window->auditModel()->rows()), grantsBefore);
    QCOMPARE(m_simulator->requestCount(), requests);
    QVERIFY(window->windowTitle().contains(QStringLiteral("before.json")));

    // Compare the two files.
    AuditDiffDialog *dialog = window->showCompareDialog();
    QVERIFY(dialog);
    dialog->setBeforePath(before);
    dialog->setAfterPath(after);
    QTest::mouseClick(child<QPushButton>(dialog, "compareButton"), Qt::LeftButton);
    QCOMPARE(dialog->diff().grantsAdded(), 1);
    QCOMPARE(dialog->diff().grantsRemoved(), 1);
    auto *tree = child<QTreeWidget>(dialog, "diffTree");
    QCOMPARE(tree->topLevelItemCount(), 2);
    QStringList lines;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *image = tree->topLevelItem(i);
        for (int j = 0; j < image->childCount(); ++j) {
            const QTreeWidgetItem *grant = image->child(j);
            lines << QStringList{grant->text(0), grant->text(2), grant->text(4), grant->text(5)}.join(
                QLatin1Char(' '));
        }
    }
    lines.sort();
    QCOMPARE(lines,
             QStringList({QStringLiteral("+ added ") + addedImage + QStringLiteral(" Account 999988887777"),
                          QStringLiteral("− removed ") + removedImage + QStringLiteral(" Account ") +
                              removedAccount}));
    const QString text = dialog->diffText();
    QVERIFY(text.contains(QStringLiteral("+ ") + addedRegion + QLatin1Char(' ') + addedImage +
                          QStringLiteral(" Account 999988887777\n")));
    QVERIFY(text.contains(QStringLiteral("- ") + removedRegion + QLatin1Char(' ') + removedImage +
                          QStringLiteral(" Account ") + removedAccount + QLatin1Char('\n')));
    QVERIFY(
        child<QLabel>(dialog, "summaryLabel")->text().contains(QStringLiteral("1 grants added, 1 removed")));

    // Current audit against a file: the opened snapshot ("before") against itself has no difference.
    dialog->setCurrentSnapshot(window->currentSnapshot());
    dialog->setBeforePath(before);
    child<QCheckBox>(dialog, "afterCurrentCheck")->setChecked(true);
    QVERIFY(dialog->compare());
    QVERIFY(dialog->diff().isEmpty());
    QCOMPARE(tree->topLevelItemCount(), 0);
}

void TestAuditWindow::cancelKeepsWhatWasFound() {
    m_simulator->setLatency(40ms);
    AuditWindow *window = openWindow();
    QVERIFY(window);
    QSignalSpy finished(window->runner(), &AuditRunner::finished);
    QTest::mouseClick(child<QPushButton>(window, "startButton"), Qt::LeftButton);
    auto *cancel = child<QPushButton>(window, "cancelButton");
    QVERIFY(cancel->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(window->auditModel()->rowCount() >= 10, 20000);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(window->runner()->state(), AuditRunner::State::Cancelled);

    const auto all = [](const auto &...) { return true; };
    const QSet<QString> found = grantsOf(window->auditModel()->rows());
    QVERIFY(!found.isEmpty());
    QVERIFY(found.size() < grantsOf(m_dataset, all, all).size());
    QVERIFY(QSet<QString>(found).subtract(grantsOf(m_dataset, all, all)).isEmpty());
    QVERIFY(child<QLabel>(window, "progressLabel")->text().contains(QStringLiteral("cancelled")));
    QVERIFY(!cancel->isEnabled());
    QVERIFY(child<QPushButton>(window, "startButton")->isEnabled());
    // What was found can be saved; unchecked images are recorded as unknown.
    const auto snapshot = window->currentSnapshot();
    QVERIFY(snapshot && !snapshot->failures().isEmpty());
}

void TestAuditWindow::failedRegionIsListedAndRetried() {
    AuditWindow *window = openWindow();
    QVERIFY(window);
    window->setSelectedRegions({QStringLiteral("cn-beijing")});
    QCOMPARE(window->selectedRegions(), QStringList({QStringLiteral("cn-beijing")}));
    // With the endpoint override there is no DescribeRegions: the region's image list is the first request.
    m_simulator->failNext(FaultKind::Internal, 1);
    QVERIFY(runAudit(window));

    auto *failures = child<QTreeWidget>(window, "failureView");
    QVERIFY(child<QWidget>(window, "failuresBox")->isVisible());
    QCOMPARE(failures->topLevelItemCount(), 1);
    const QTreeWidgetItem *item = failures->topLevelItem(0);
    QCOMPARE(item->text(0), QStringLiteral("cn-beijing"));
    QCOMPARE(item->text(1), QStringLiteral("(image list)"));
    QCOMPARE(item->text(2), QStringLiteral("InternalError"));
    QVERIFY(!item->text(3).isEmpty());
    QVERIFY(!item->text(4).isEmpty()); // RequestId
    QCOMPARE(window->auditModel()->rowCount(), 0);

    auto *retry = child<QPushButton>(window, "retryButton");
    QVERIFY(retry->isEnabled());
    QVERIFY(child<QWidget>(window, "failuresBox")->height() > 0); // the pane opened with room to read it
    QSignalSpy finished(window->runner(), &AuditRunner::finished);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY2(finished.count() > 0 || finished.wait(20000),
             qPrintable(window->runner()->failures().value(0).error.toOneLine()));
    QCOMPARE(failures->topLevelItemCount(), 0);
    QVERIFY(!child<QWidget>(window, "failuresBox")->isVisible());
    QVERIFY(!retry->isEnabled());
    const auto beijing = [](const SimImage &image) { return image.regionId == QLatin1String("cn-beijing"); };
    const auto anyGrant = [](const QString &, const QString &) { return true; };
    QCOMPARE(grantsOf(window->auditModel()->rows()), grantsOf(m_dataset, beijing, anyGrant));
}

void TestAuditWindow::openedFromTheMainWindow() {
    MainWindow main(options());
    main.setCredentials(m_credentials);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    auto *action = main.findChild<QAction *>(QStringLiteral("actionAuditAllRegions"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    action->trigger();
    auto *audit = main.findChild<AuditWindow *>();
    QVERIFY(audit);
    QVERIFY(audit->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(audit->offeredRegions().size(), m_dataset.regions().size(), 10000);
    action->trigger(); // a second request raises the same window
    QCOMPARE(main.findChildren<AuditWindow *>().size(), 1);
    QVERIFY(runAudit(audit));
    QCOMPARE(audit->auditModel()->rowCount(), 147);
}

void TestAuditWindow::imageFiltersCountImages() {
    AuditWindow *window = openWindow();
    QVERIFY(window);
    QVERIFY(runAudit(window));
    QTest::mouseClick(child<QCheckBox>(window, "moreThanCheck"), Qt::LeftButton);
    child<QSpinBox>(window, "moreThanSpin")->setValue(10);
    int wide = 0;
    int maxAccounts = 0;
    for (const SimImage &image : m_dataset.images()) {
        wide += image.accounts.size() > 10 ? 1 : 0;
        maxAccounts = std::max(maxAccounts, int(image.accounts.size()));
    }
    QVERIFY(wide > 0);
    // One row per image with its count, not one per grant.
    QCOMPARE(window->filterModel()->rowCount(), wide);
    QVERIFY2(
        child<QLabel>(window, "countLabel")->text().contains(QStringLiteral("Showing %1 image").arg(wide)),
        qPrintable(child<QLabel>(window, "countLabel")->text()));
    auto *view = child<QTableView>(window, "auditView");
    QCOMPARE(view->model()->headerData(AuditTableModel::PrincipalColumn, Qt::Horizontal).toString(),
             QStringLiteral("Shared with"));
    view->sortByColumn(AuditTableModel::PrincipalColumn, Qt::DescendingOrder);
    QCOMPARE(view->model()->index(0, AuditTableModel::PrincipalColumn).data().toString(),
             QStringLiteral("%1 account(s)").arg(maxAccounts));
    QCOMPARE(view->model()->index(0, AuditTableModel::KindColumn).data().toString(), QStringLiteral("Image"));

    // The account lookup asks about grants again.
    QTest::keyClicks(child<QLineEdit>(window, "accountEdit"),
                     m_dataset.images().first().accounts.isEmpty()
                         ? QStringLiteral("1")
                         : m_dataset.images().first().accounts.first().aliyunId);
    QTest::mouseClick(child<QPushButton>(window, "lookupButton"), Qt::LeftButton);
    QVERIFY(!window->filterModel()->showsImages());
    QTest::mouseClick(child<QPushButton>(window, "clearFiltersButton"), Qt::LeftButton);
    QCOMPARE(window->filterModel()->rowCount(), window->auditModel()->rowCount());
}

void TestAuditWindow::findingsOnlyAndSummary() {
    AccountBook book(m_dir.filePath(QStringLiteral("findings-book.csv")));
    // Trust every other account of the dataset, and mark one as our own.
    QStringList accounts;
    for (const SimImage &image : m_dataset.images()) {
        for (const SimSharedAccount &account : image.accounts) {
            if (!accounts.contains(account.aliyunId))
                accounts << account.aliyunId;
        }
    }
    QVERIFY(accounts.size() > 3);
    for (qsizetype i = 0; i < accounts.size(); i += 2)
        QVERIFY(book.set(accounts.at(i), QStringLiteral("partner %1").arg(i),
                         i == 0 ? AccountBook::Trust::Own : AccountBook::Trust::Trusted)
                    .ok());
    const FindingsSummary expected = expectedFindings(book);
    QVERIFY(expected.untrustedGrants > 0 && expected.imagesPublic > 0);

    AuditWindow *window = openWindow();
    QVERIFY(window);
    window->setAccountBook(&book);
    QVERIFY(runAudit(window));
    auto *banner = child<MessageBanner>(window, "findingsBanner");
    QTRY_VERIFY(banner->isVisible());
    QTRY_COMPARE(banner->findChild<QLabel *>(QStringLiteral("titleLabel"))->text(), expected.text());

    QTest::mouseClick(child<QCheckBox>(window, "findingsCheck"), Qt::LeftButton);
    int publicGrants = 0;
    for (const AuditRow &row : shownRows(window)) {
        if (row.kind == AuditRow::Kind::Account)
            QVERIFY2(!book.isExpected(row.principal), qPrintable(row.principal));
        else
            QCOMPARE(row.principal, QStringLiteral("all"));
        publicGrants += row.kind == AuditRow::Kind::Group ? 1 : 0;
    }
    QCOMPARE(publicGrants, expected.imagesPublic);
    QCOMPARE(shownRows(window).size(), expected.untrustedGrants + expected.imagesPublic);
    // The label of a trusted account is shown in its column.
    QTest::mouseClick(child<QCheckBox>(window, "findingsCheck"), Qt::LeftButton);
    const int row = window->auditModel()->rows().indexOf(
        *std::find_if(window->auditModel()->rows().cbegin(), window->auditModel()->rows().cend(),
                      [&](const AuditRow &r) { return r.principal == accounts.at(2); }));
    QCOMPARE(window->auditModel()->index(row, AuditTableModel::LabelColumn).data().toString(),
             QStringLiteral("partner 2"));
}

void TestAuditWindow::labelFromTheContextMenu() {
    AccountBook book(m_dir.filePath(QStringLiteral("label-book.csv")));
    AuditWindow *window = openWindow();
    QVERIFY(window);
    window->setAccountBook(&book);
    QVERIFY(runAudit(window));
    auto *view = child<QTableView>(window, "auditView");
    auto *label = child<QAction>(window, "actionLabelAccount");
    QVERIFY(view->actions().contains(label)); // on the table's context menu
    // The first account row, as the view shows it.
    int viewRow = -1;
    for (int row = 0; row < view->model()->rowCount() && viewRow < 0; ++row) {
        if (view->model()->index(row, AuditTableModel::KindColumn).data().toString() ==
            QLatin1String("Account"))
            viewRow = row;
    }
    QVERIFY(viewRow >= 0);
    view->setCurrentIndex(view->model()->index(viewRow, 0));
    const QString account = view->model()->index(viewRow, AuditTableModel::PrincipalColumn).data().toString();
    QVERIFY(view->model()->index(viewRow, 0).data(AuditTableModel::UntrustedRole).toBool());

    bool handled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<LabelAccountDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("accountIdLabel"))->text(), account);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit")),
                         QStringLiteral("QA partner"));
        auto *trust = dialog->findChild<QComboBox *>(QStringLiteral("trustCombo"));
        trust->setCurrentIndex(trust->findData(int(AccountBook::Trust::Trusted)));
        dialog->accept();
        handled = true;
    });
    label->trigger();
    QVERIFY(handled);
    QCOMPARE(book.labelOf(account), QStringLiteral("QA partner"));
    QCOMPARE(book.trustOf(account), AccountBook::Trust::Trusted);
    // Saved to the book's file, and shown in the table at once.
    AccountBook reread(book.filePath());
    QVERIFY(reread.load().clean());
    QCOMPARE(reread.labelOf(account), QStringLiteral("QA partner"));
    const QModelIndex source = window->filterModel()->mapToSource(view->currentIndex());
    QCOMPARE(window->auditModel()->index(source.row(), AuditTableModel::LabelColumn).data().toString(),
             QStringLiteral("QA partner"));
    QVERIFY(!window->auditModel()->index(source.row(), 0).data(AuditTableModel::UntrustedRole).toBool());
}

void TestAuditWindow::doubleClickOpensTheImage() {
    MainWindow main(options());
    main.setCredentials(m_credentials);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    QTRY_VERIFY_WITH_TIMEOUT(!main.regionId().isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!main.isLoading(), 10000);
    AuditWindow *audit = main.showAuditWindow();
    QVERIFY(QTest::qWaitForWindowExposed(audit));
    QTRY_COMPARE_WITH_TIMEOUT(audit->offeredRegions().size(), m_dataset.regions().size(), 10000);
    QVERIFY(runAudit(audit));
    // A row of an image in another region than the one the main window shows.
    auto *view = child<QTableView>(audit, "auditView");
    int viewRow = -1;
    for (int row = 0; row < view->model()->rowCount() && viewRow < 0; ++row) {
        if (view->model()->index(row, AuditTableModel::RegionColumn).data().toString() != main.regionId())
            viewRow = row;
    }
    QVERIFY(viewRow >= 0);
    const QString region = view->model()->index(viewRow, AuditTableModel::RegionColumn).data().toString();
    const QString image = view->model()->index(viewRow, AuditTableModel::ImageIdColumn).data().toString();
    QSignalSpy requested(audit, &AuditWindow::openImageRequested);
    view->scrollTo(view->model()->index(viewRow, 0));
    const QRect cell = view->visualRect(view->model()->index(viewRow, AuditTableModel::ImageIdColumn));
    // As a mouse does it: the first click selects, the second makes it a double-click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), region);
    QTRY_COMPARE_WITH_TIMEOUT(main.regionId(), region, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(main.shownImageId(), image, 10000);
}

void TestAuditWindow::serviceTextIsShownWithoutSecrets() {
    // A service (or a proxy in front of it) that echoes the secret in its error text, for every request.
    test::ScriptedHttpServer server;
    const QByteArray body = R"({"RequestId":"REQ-demo-secret-not-a-real-key","Code":"InvalidParameter",)"
                            R"("Message":"AccessKeySecret demo-secret-not-a-real-key is not allowed here"})";
    server.setResponses({test::ScriptedHttpServer::response(400, body)});
    ClientOptions scripted = options();
    scripted.endpointOverride = server.url();
    m_window = std::make_unique<AuditWindow>(scripted, m_credentials);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy loaded(m_window.get(), &AuditWindow::regionsLoaded);
    QVERIFY(loaded.wait(10000));
    const QString secret = m_credentials.accessKeySecret;

    // The region list could not be read: the note says why, without the secret.
    const QString regionStatus = child<QLabel>(m_window.get(), "regionStatusLabel")->text();
    QVERIFY2(regionStatus.contains(QStringLiteral("InvalidParameter")), qPrintable(regionStatus));
    QVERIFY2(!regionStatus.contains(secret), qPrintable(regionStatus));

    // The audit fails on DescribeRegions: the failure pane shows the service's text, redacted.
    QVERIFY(runAudit(m_window.get()));
    auto *failures = child<QTreeWidget>(m_window.get(), "failureView");
    QCOMPARE(failures->topLevelItemCount(), 1);
    const QTreeWidgetItem *item = failures->topLevelItem(0);
    QCOMPARE(item->text(2), QStringLiteral("InvalidParameter"));
    QCOMPARE(item->text(3), QStringLiteral("AccessKeySecret <redacted> is not allowed here"));
    QCOMPARE(item->text(4), QStringLiteral("REQ-<redacted>"));
    for (int column = 0; column < failures->columnCount(); ++column) {
        QVERIFY2(!item->text(column).contains(secret), qPrintable(item->text(column)));
        QVERIFY2(!item->toolTip(column).contains(secret), qPrintable(item->toolTip(column)));
    }
    // Nor in a snapshot saved from it.
    const QString path = m_dir.filePath(QStringLiteral("failed.json"));
    QVERIFY(m_window->saveSnapshot(path));
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!saved.readAll().contains(secret.toUtf8()));
}

void TestAuditWindow::regionNamesFollowTheInterfaceLanguage() {
    // The system speaks Chinese, the interface English (no catalog installed: Translator's "en"), as when
    // the user chose English in the main window: region names come in English, as in the main window.
    QCOMPARE(Translator::currentLanguage(), QStringLiteral("en"));
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(previous); });
    AuditWindow *window = openWindow();
    QVERIFY(window);
    auto *regions = child<QListWidget>(window, "regionList");
    QStringList texts;
    for (int row = 0; row < regions->count(); ++row)
        texts << regions->item(row)->text();
    QVERIFY2(texts.contains(QStringLiteral("cn-hangzhou (China (Hangzhou))")), qPrintable(texts.join(u'|')));
    QVERIFY2(!texts.join(u'|').contains(QStringLiteral("杭州")), qPrintable(texts.join(u'|')));
}

QTEST_MAIN(TestAuditWindow)
#include "tst_auditwindow.moc"
