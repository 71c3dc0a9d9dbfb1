#include "AuditWindow.h"
#include "ui_AuditWindow.h"

#include "AuditDiffDialog.h"
#include "ChangeLauncher.h"
#include "FindingRowDelegate.h"
#include "LabelAccountDialog.h"
#include "ScreenPlacement.h"
#include "SettingsKeys.h"
#include "Translator.h"
#include "accounts/AccountBook.h"
#include "audit/AuditExport.h"
#include "audit/AuditFilterModel.h"
#include "audit/AuditRunner.h"
#include "audit/AuditTableModel.h"
#include "audit/OrganisationAudit.h"
#include "changes/AuditChanges.h"
#include "rules/LastFolder.h"
#include "rules/SecretRedaction.h"
#include "rules/TabSeparatedRows.h"
#include "rules/WindowGeometry.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace isb {

namespace {

QString imageKey(const QString &regionId, const QString &imageId) {
    return regionId + QLatin1Char('/') + imageId;
}

QString duration(qint64 ms) {
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return AuditWindow::tr("%n second(s)", nullptr, int(seconds));
    return AuditWindow::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

} // namespace

AuditWindow::AuditWindow(const ClientOptions &options, const Credentials &credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::AuditWindow>())
    , m_options(options)
    , m_credentials(credentials) {
    m_ui->setupUi(this);
    // A window of its own (not a dialog): it is used side by side with the browser.
    setWindowFlag(Qt::Window);

    m_client = new EcsClient(options, this);
    m_client->setCredentials(credentials);
    m_runner = new AuditRunner(this);
    m_organisation = new OrganisationAudit(this);
    m_model = new AuditTableModel(this);
    m_filter = new AuditFilterModel(this);
    m_filter->setSourceModel(m_model);

    setUpView();
    setUpActions();
    restoreSettings();

    connect(m_runner, &AuditRunner::rowsAdded, this, &AuditWindow::onRowsAdded);
    connect(m_runner, &AuditRunner::progressChanged, this, &AuditWindow::onProgress);
    connect(m_runner, &AuditRunner::failureAdded, this, &AuditWindow::onFailureAdded);
    connect(m_runner, &AuditRunner::finished, this, &AuditWindow::onAuditFinished);
    connect(m_organisation, &OrganisationAudit::rowsAdded, this, &AuditWindow::onRowsAdded);
    connect(m_organisation, &OrganisationAudit::progressChanged, this, &AuditWindow::onProgress);
    connect(m_organisation, &OrganisationAudit::failureAdded, this, &AuditWindow::onFailureAdded);
    connect(m_organisation, &OrganisationAudit::finished, this, &AuditWindow::onAuditFinished);
    connect(m_organisation, &OrganisationAudit::accountChanged, this, &AuditWindow::updateAccountProgress);
    connect(m_organisation, &OrganisationAudit::accountsListed, this, [this] {
        // Every account of the directory is own: a grant from one member to another is internal.
        if (m_book)
            m_book->setDirectoryAccountIds(m_organisation->directoryAccountIds());
        updateAccountProgress();
    });

    m_ui->progressLabel->setText(tr("Choose the regions and press Start. Nothing is changed: the audit "
                                    "only reads images and their share permissions."));
    m_ui->progressBar->setVisible(false);
    updateBanner();
    updateCounts();
    updateFailuresBox();
    updateActions();
    QTimer::singleShot(0, this, &AuditWindow::loadRegions);
}

AuditWindow::~AuditWindow() {
    m_regionsCall.cancel();
}

void AuditWindow::setUpView() {
    setUpScope();
    QTableView *view = m_ui->auditView;
    view->setModel(m_filter);
    view->setColumnHidden(AuditTableModel::AccountColumn, true); // shown for an organisation's audit
    view->setItemDelegate(new FindingRowDelegate(AuditTableModel::SharedWithEveryoneRole,
                                                 AuditTableModel::UntrustedRole, view));
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionsMovable(true);
    // One line per row, so a fixed height lets the view skip measuring 100,000 rows. The height is the
    // style's own default row height (the platform's normal one), not a number of ours.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->sortByColumn(AuditTableModel::RegionColumn, Qt::AscendingOrder);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(m_ui->actionCopy);
    view->addAction(m_ui->actionLabelAccount);
    connect(view, &QAbstractItemView::doubleClicked, this, &AuditWindow::openRow);
    m_ui->findingsBanner->setKind(MessageBanner::Kind::Warning);
    m_ui->findingsBanner->hide();
    m_findingsTimer = new QTimer(this);
    m_findingsTimer->setSingleShot(true);
    m_findingsTimer->setInterval(200);
    connect(m_findingsTimer, &QTimer::timeout, this, &AuditWindow::updateFindingsBanner);

    m_ui->everyoneBanner->setKind(MessageBanner::Kind::Warning);
    m_ui->regionFilterCombo->addItem(tr("All regions"), QString());
    m_ui->moreThanSpin->setEnabled(false);
    m_ui->resultsSplitter->setStretchFactor(0, 4);
    m_ui->resultsSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    QHeaderView *failureHeader = m_ui->failureView->header();
    failureHeader->setStretchLastSection(false);
    failureHeader->setSectionResizeMode(3, QHeaderView::Stretch);

    connect(m_ui->regionList, &QListWidget::itemChanged, this, &AuditWindow::updateActions);
    connect(m_ui->checkAllRegionsButton, &QPushButton::clicked, this, [this] { setSelectedRegions({}); });
    connect(m_ui->checkNoRegionsButton, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_ui->regionList->count(); ++row)
            m_ui->regionList->item(row)->setCheckState(Qt::Unchecked);
    });
    connect(m_ui->startButton, &QPushButton::clicked, this, &AuditWindow::startAudit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &AuditWindow::cancelAudit);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &AuditWindow::retryFailed);

    connect(m_ui->regionFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setRegionFilter(m_ui->regionFilterCombo->currentData().toString());
        updateCounts();
    });
    connect(m_ui->textFilterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setTextFilter(text.trimmed());
        updateCounts();
    });
    connect(m_ui->everyoneCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setSharedWithEveryoneOnly(on);
        updateRowsPerImage();
    });
    connect(m_ui->findingsCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setFindingsOnly(on);
        updateCounts();
    });
    const auto applyMoreThan = [this] {
        const bool on = m_ui->moreThanCheck->isChecked();
        m_ui->moreThanSpin->setEnabled(on);
        m_filter->setMoreThanAccountsFilter(on ? m_ui->moreThanSpin->value() : -1);
        updateRowsPerImage();
    };
    connect(m_ui->moreThanCheck, &QCheckBox::toggled, this, applyMoreThan);
    connect(m_ui->moreThanSpin, &QSpinBox::valueChanged, this, applyMoreThan);
    // It repeats what the user typed into the account field: never rich text.
    m_ui->countLabel->setTextFormat(Qt::PlainText);
    connect(m_ui->lookupButton, &QPushButton::clicked, this, &AuditWindow::applyAccountLookup);
    connect(m_ui->accountEdit, &QLineEdit::returnPressed, this, &AuditWindow::applyAccountLookup);
    connect(m_ui->accountEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Clearing the field ends the lookup; typing a new ID waits for Enter or the button.
        if (text.trimmed().isEmpty() && !m_filter->principalFilter().isEmpty()) {
            m_filter->setPrincipalFilter({});
            updateCounts();
        }
    });
    connect(m_ui->clearFiltersButton, &QPushButton::clicked, this, &AuditWindow::clearFilters);
}

void AuditWindow::setUpActions() {
    m_changes = new ChangeLauncher(this, m_book, [this] {
        PlanDialog::Context context;
        context.options = m_options;
        context.credentials = m_credentials;
        context.profileName = m_profileName;
        context.callerAccountId = callerAccountId();
        return context;
    });
    connect(m_changes, &ChangeLauncher::applied, this, &AuditWindow::onSharingApplied);
    m_ui->actionOpenSnapshot->setShortcut(QKeySequence::Open);
    m_ui->actionSaveSnapshot->setShortcut(QKeySequence::Save);
    m_ui->actionClose->setShortcut(QKeySequence::Close);
    m_ui->actionCopy->setShortcut(QKeySequence::Copy);
    m_ui->actionFind->setShortcut(QKeySequence::Find);

    connect(m_ui->actionOpenSnapshot, &QAction::triggered, this, &AuditWindow::chooseAndOpenSnapshot);
    connect(m_ui->actionSaveSnapshot, &QAction::triggered, this, &AuditWindow::chooseAndSaveSnapshot);
    connect(m_ui->actionCompare, &QAction::triggered, this, &AuditWindow::showCompareDialog);
    connect(m_ui->actionExportCsv, &QAction::triggered, this, [this] { chooseAndExport(false); });
    connect(m_ui->actionExportJson, &QAction::triggered, this, [this] { chooseAndExport(true); });
    connect(m_ui->actionClose, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionCopy, &QAction::triggered, this, &AuditWindow::copySelection);
    connect(m_ui->actionLabelAccount, &QAction::triggered, this, [this] {
        const QModelIndex current = m_ui->auditView->currentIndex();
        if (!current.isValid() || !m_book || m_filter->showsImages())
            return;
        const AuditRow &row = m_model->rowAt(m_filter->mapToSource(current).row());
        if (row.kind == AuditRow::Kind::Account)
            LabelAccountDialog::edit(m_book, row.principal, this);
    });
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->textFilterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->textFilterEdit->selectAll();
    });
    connect(m_ui->actionStart, &QAction::triggered, this, &AuditWindow::startAudit);
    connect(m_ui->actionCancel, &QAction::triggered, this, &AuditWindow::cancelAudit);
    connect(m_ui->actionRetryFailed, &QAction::triggered, this, &AuditWindow::retryFailed);
    connect(m_ui->actionRevokeSelectedGrants, &QAction::triggered, this, &AuditWindow::revokeSelectedGrants);
    connect(m_ui->actionRevokeAccountEverywhere, &QAction::triggered, this,
            &AuditWindow::revokeAccountEverywhere);
    connect(m_ui->actionRevokeUntrustedGrants, &QAction::triggered, this,
            &AuditWindow::revokeUntrustedGrants);
    connect(m_ui->actionMakeSelectedPrivate, &QAction::triggered, this,
            &AuditWindow::makeSelectedImagesPrivate);
    for (QAction *action : {m_ui->actionRevokeSelectedGrants, m_ui->actionRevokeAccountEverywhere,
                            m_ui->actionMakeSelectedPrivate})
        m_ui->auditView->addAction(action);
    connect(m_ui->auditView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditWindow::updateSharingActions);
    connect(m_ui->auditView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AuditWindow::updateSharingActions);
}

void AuditWindow::restoreSettings() {
    const QSettings settings;
    if (!restoreGeometry(settings.value(SettingsKeys::auditWindowGeometry).toByteArray())) {
        const QScreen *screen = QGuiApplication::primaryScreen();
        setGeometry(
            WindowGeometry::initial(screen ? screen->availableGeometry() : QRect(), QSize(1200, 760)));
    }
    fitIntoScreen(this); // a geometry saved on a larger or disconnected monitor still opens on screen
    m_regionsPanelPlaced =
        m_ui->mainSplitter->restoreState(settings.value(SettingsKeys::auditWindowMainSplitter).toByteArray());
    fitRegionsPanel();
    connect(m_ui->mainSplitter, &QSplitter::splitterMoved, this, [this] { m_regionsPanelPlaced = true; });
    m_ui->resultsSplitter->restoreState(
        settings.value(SettingsKeys::auditWindowResultsSplitter).toByteArray());
    m_columnsFromSettings = m_ui->auditView->horizontalHeader()->restoreState(
        settings.value(SettingsKeys::auditWindowHeader).toByteArray());
}

void AuditWindow::fitRegionsPanel() {
    if (m_regionsPanelPlaced)
        return;
    // As wide as the longest region name, but never more than a sixth of the window: the results are
    // what the window is for. The buttons under the list set the least width.
    const QListWidget *list = m_ui->regionList;
    const int content = list->sizeHintForColumn(0) + 2 * list->frameWidth() +
                        list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, list);
    const int least = m_ui->regionsPanel->minimumSizeHint().width();
    const int panel = std::max(least, std::min(content, width() / 6));
    m_ui->mainSplitter->setSizes({panel, std::max(0, width() - panel)});
}

void AuditWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(SettingsKeys::auditWindowGeometry, saveGeometry());
    settings.setValue(SettingsKeys::auditWindowMainSplitter, m_ui->mainSplitter->saveState());
    settings.setValue(SettingsKeys::auditWindowResultsSplitter, m_ui->resultsSplitter->saveState());
    settings.setValue(SettingsKeys::auditWindowHeader, m_ui->auditView->horizontalHeader()->saveState());
}

void AuditWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    // Closing stops the requests; nothing of a running audit is worth keeping without its window.
    cancelAudit();
    QMainWindow::closeEvent(event);
}

// ---- regions ----

void AuditWindow::loadRegions() {
    if (m_regionsCall.isActive())
        return;
    m_ui->regionStatusLabel->setText(tr("Listing the regions…"));
    // The interface's language, as in the main window; QLocale() is the system's unless one was chosen.
    RegionsCall *call = m_client->describeRegions(Translator::acceptLanguage());
    m_regionsCall.start(call);
    connect(call, &EcsCall::finished, this, [this, call] { onRegionsFinished(call); });
}

void AuditWindow::onRegionsFinished(RegionsCall *call) {
    if (!m_regionsCall.finish(call))
        return;
    if (!call->succeeded()) {
        // Not fatal: Start still audits every region, and the audit lists the failure with its details.
        m_ui->regionStatusLabel->setText(
            tr("Could not list the regions (%1). Start audits every region.")
                .arg(SecretRedaction::redacted(call->error(), m_credentials).toOneLine()));
        Q_EMIT regionsLoaded();
        updateActions();
        return;
    }
    const QSignalBlocker blocker(m_ui->regionList);
    m_ui->regionList->clear();
    for (const Region &region : call->result()) {
        auto *item = new QListWidgetItem(m_ui->regionList);
        item->setText(region.localName.isEmpty() ? region.regionId
                                                 : tr("%1 (%2)").arg(region.regionId, region.localName));
        item->setData(Qt::UserRole, region.regionId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_ui->regionStatusLabel->setText(
        tr("%n region(s); all are audited unless you uncheck some.", nullptr, m_ui->regionList->count()));
    fitRegionsPanel();
    Q_EMIT regionsLoaded();
    updateActions();
}

QStringList AuditWindow::offeredRegions() const {
    QStringList regions;
    for (int row = 0; row < m_ui->regionList->count(); ++row)
        regions << m_ui->regionList->item(row)->data(Qt::UserRole).toString();
    return regions;
}

QStringList AuditWindow::selectedRegions() const {
    QStringList checked;
    for (int row = 0; row < m_ui->regionList->count(); ++row) {
        const QListWidgetItem *item = m_ui->regionList->item(row);
        if (item->checkState() == Qt::Checked)
            checked << item->data(Qt::UserRole).toString();
    }
    // Every region checked means "all": a region opened after the list was read is audited too.
    return checked.size() == m_ui->regionList->count() ? QStringList() : checked;
}

void AuditWindow::setSelectedRegions(const QStringList &regionIds) {
    for (int row = 0; row < m_ui->regionList->count(); ++row) {
        QListWidgetItem *item = m_ui->regionList->item(row);
        const bool on = regionIds.isEmpty() || regionIds.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    updateActions();
}

// ---- running ----

void AuditWindow::startAudit() {
    if (isAuditing())
        return;
    if (!m_credentials.isComplete()) {
        QMessageBox::information(this, tr("No Credentials"),
                                 tr("Choose credentials in the main window (File > Credentials…), then open "
                                    "the audit again."));
        return;
    }
    const QStringList regions = selectedRegions();
    if (regions.isEmpty() && m_ui->regionList->count() > 0 &&
        m_ui->regionList->item(0)->checkState() != Qt::Checked)
        return; // none checked
    clearResults();
    AuditOptions options;
    options.regions = regions;
    m_organisationRun = isOrganisationScope();
    m_ui->auditView->setColumnHidden(AuditTableModel::AccountColumn, !m_organisationRun);
    if (m_organisationRun) {
        // Whose image it is comes first, as in the CLI's CSV.
        QHeaderView *header = m_ui->auditView->horizontalHeader();
        header->moveSection(header->visualIndex(AuditTableModel::AccountColumn), 0);
    }
    m_ui->progressBar->setVisible(true);
    m_ui->progressBar->setRange(0, 0); // busy until the first image list gives a total
    if (m_organisationRun) {
        m_organisation->setClientOptions(m_options);
        m_organisation->setCredentials(m_credentials);
        m_organisation->setOptions(options);
        m_organisation->setOrganisationOptions(organisationOptions());
        m_ui->progressLabel->setText(tr("Listing the accounts of the Resource Directory…"));
        m_organisation->start();
    } else {
        m_runner->setClientOptions(m_options);
        m_runner->setCredentials(m_credentials);
        m_runner->setOptions(options);
        m_ui->progressLabel->setText(tr("Listing the images…"));
        m_runner->start();
    }
    updateAccountProgress();
    updateActions();
}

void AuditWindow::cancelAudit() {
    if (m_runner->isRunning())
        m_runner->cancel();
    if (m_organisation->isRunning())
        m_organisation->cancel();
}

bool AuditWindow::isAuditing() const {
    return m_runner->isRunning() || m_organisation->isRunning();
}

void AuditWindow::retryFailed() {
    if (isAuditing() || m_openedSnapshot)
        return;
    m_ui->failureView->clear();
    if (m_organisationRun)
        m_organisation->setOrganisationOptions(organisationOptions()); // a corrected role or ExternalId
    const int queued = m_organisationRun ? m_organisation->retryFailed() : m_runner->retryFailed();
    if (queued > 0) {
        m_ui->progressBar->setVisible(true);
        m_ui->progressLabel->setText(tr("Retrying the failed lookups…"));
    }
    updateFailuresBox();
    updateActions();
}

void AuditWindow::clearResults() {
    m_openedSnapshot.reset();
    m_openedPath.clear();
    setWindowFilePath({});
    setWindowTitle(tr("Share Audit"));
    m_model->clear();
    m_firstBatchFitted = false;
    m_everyoneImages.clear();
    m_rowRegions.clear();
    const QSignalBlocker blocker(m_ui->regionFilterCombo);
    while (m_ui->regionFilterCombo->count() > 1)
        m_ui->regionFilterCombo->removeItem(1);
    m_ui->regionFilterCombo->setCurrentIndex(0);
    m_filter->setRegionFilter({});
    m_ui->failureView->clear();
    updateBanner();
    updateCounts();
    updateFailuresBox();
}

void AuditWindow::onRowsAdded(const QList<AuditRow> &rows) {
    if (m_openedSnapshot)
        return; // a snapshot is shown; the audit's rows stay in the runner
    m_model->appendRows(rows);
    noteRegions(rows);
    if (!m_firstBatchFitted && m_model->rowCount() > 0) {
        // On the first batch, then once more at the end: columns must not jump under the reader's eyes.
        m_firstBatchFitted = true;
        fitColumns();
    }
    updateBanner();
    updateCounts();
}

void AuditWindow::noteRegions(const QList<AuditRow> &rows) {
    bool added = false;
    for (const AuditRow &row : rows) {
        if (row.isSharedWithEveryone())
            m_everyoneImages.insert(imageKey(row.regionId, row.imageId));
        if (!m_rowRegions.contains(row.regionId)) {
            m_rowRegions.insert(row.regionId);
            added = true;
        }
    }
    if (!added)
        return;
    QStringList regions(m_rowRegions.cbegin(), m_rowRegions.cend());
    regions.sort();
    const QString current = m_ui->regionFilterCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->regionFilterCombo);
    while (m_ui->regionFilterCombo->count() > 1)
        m_ui->regionFilterCombo->removeItem(1);
    for (const QString &region : std::as_const(regions))
        m_ui->regionFilterCombo->addItem(region, region);
    m_ui->regionFilterCombo->setCurrentIndex(std::max(0, m_ui->regionFilterCombo->findData(current)));
}

void AuditWindow::onProgress(const AuditProgress &progress) {
    if (!isAuditing())
        return;
    updateAccountProgress();
    const int settled = progress.imagesDone + progress.imagesFailed;
    if (progress.imagesTotal > 0) {
        m_ui->progressBar->setRange(0, progress.imagesTotal);
        m_ui->progressBar->setValue(std::min(settled, progress.imagesTotal));
    }
    QString text = progress.totalIsFinal()
                       ? tr("%1 of %2 images checked").arg(settled).arg(progress.imagesTotal)
                       : tr("%1 of %2 images checked so far (%3 of %4 regions listed)")
                             .arg(settled)
                             .arg(progress.imagesTotal)
                             .arg(progress.regionsListed)
                             .arg(progress.regionsTotal);
    text += tr(", %n grant(s) found", nullptr, progress.rowsFound);
    if (progress.etaMs > 0)
        text += tr(", about %1 left").arg(duration(progress.etaMs));
    if (progress.throttledAnswers > 0)
        text += tr(" (the service asked to slow down %n time(s))", nullptr, progress.throttledAnswers);
    m_ui->progressLabel->setText(text);
}

void AuditWindow::onFailureAdded(const AuditFailure &failure) {
    addFailureItem(failure);
    updateFailuresBox();
}

void AuditWindow::addFailureItem(const AuditFailure &failure) {
    auto *item = new QTreeWidgetItem(m_ui->failureView);
    item->setText(0, failure.regionId.isEmpty() ? tr("(all)") : failure.regionId);
    if (!failure.accountId.isEmpty()) {
        // An organisation's failure names its account: a member that could not be reached at all, or
        // one of its lookups.
        //: %1 is an account ID, %2 a region or "(all)".
        item->setText(0, tr("%1: %2").arg(failure.accountId, item->text(0)));
    }
    item->setText(1, !failure.imageId.isEmpty()   ? failure.imageId
                     : failure.regionId.isEmpty() ? tr("(region list)")
                                                  : tr("(image list)"));
    if (!failure.accountId.isEmpty() && failure.regionId.isEmpty())
        item->setText(1, tr("(the account)")); // its role could not be assumed: nothing of it was read
    // The service's text, like anything shown, without the secrets (a proxy or a future message may echo
    // them). The audit's failures are redacted when found; a snapshot from elsewhere may not be.
    const EcsError error = SecretRedaction::redacted(failure.error, m_credentials);
    item->setText(2, error.shortCode());
    item->setText(3, error.message);
    item->setText(4, error.requestId);
    item->setToolTip(3, error.toOneLine());
}

void AuditWindow::onAuditFinished() {
    updateAccountProgress();
    const AuditProgress progress = m_organisationRun ? m_organisation->progress() : m_runner->progress();
    const int failures =
        int(m_organisationRun ? m_organisation->failures().size() : m_runner->failures().size());
    const bool cancelled = m_runner->state() == AuditRunner::State::Cancelled;
    QString text =
        cancelled ? tr("Audit cancelled after %1; what was found is kept. ").arg(duration(progress.elapsedMs))
                  : tr("Audit finished in %1. ").arg(duration(progress.elapsedMs));
    if (m_organisationRun) {
        const auto &accounts = m_organisation->accounts();
        const int reached =
            int(std::count_if(accounts.cbegin(), accounts.cend(), [](const OrganisationAccount &a) {
                return a.state == OrganisationAccount::State::Done;
            }));
        //: %1 images, %n accounts audited, %2 accounts of the directory, %3 grants.
        text += tr("%1 images in %n of %2 account(s), %3 grants", nullptr, reached)
                    .arg(progress.imagesDone)
                    .arg(accounts.size())
                    .arg(progress.rowsFound);
    } else {
        text += tr("%1 images in %n region(s), %2 grants", nullptr, progress.regionsTotal)
                    .arg(progress.imagesDone)
                    .arg(progress.rowsFound);
    }
    if (failures > 0)
        text += tr("; %n lookup(s) failed (see below)", nullptr, failures);
    text = tr("%1.", "ends the summary sentence").arg(text); // Chinese ends it with "。"
    m_ui->progressLabel->setText(text);
    m_ui->progressBar->setVisible(false);
    fitColumns();
    updateFailuresBox();
    updateActions();
}

// ---- filters and display ----

void AuditWindow::applyAccountLookup() {
    const QString account = m_ui->accountEdit->text().trimmed();
    if (!m_filter->setPrincipalFilter(account)) {
        // No lookup rather than the previous one: its rows under this text would answer the wrong question.
        m_filter->setPrincipalFilter({});
        updateCounts();
        m_ui->countLabel->setText(tr("\"%1\" is not an account ID: an account ID is digits only, such as "
                                     "123456789012, without spaces.")
                                      .arg(account));
        return;
    }
    updateCounts();
}

void AuditWindow::setAccountBook(AccountBook *book) {
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_book = book;
    m_model->setAccountBook(book);
    m_changes->setAccountBook(book);
    if (book)
        connect(book, &AccountBook::changed, this, [this] {
            updateFindingsBanner();
            updateCounts();
        });
    updateFindingsBanner();
    updateCounts();
}

void AuditWindow::updateRowsPerImage() {
    // These two filters are about images ("shared with more than 10 accounts"): they count images, one row
    // each with its number of accounts, instead of listing every grant of those images.
    m_filter->setOneRowPerImage(m_ui->everyoneCheck->isChecked() || m_ui->moreThanCheck->isChecked());
    updateCounts();
}

void AuditWindow::openRow(const QModelIndex &index) {
    if (!index.isValid())
        return;
    const AuditRow &row = m_model->rowAt(m_filter->mapToSource(index).row());
    Q_EMIT openImageRequested(row.regionId, row.imageId);
}

void AuditWindow::updateFindingsBanner() {
    const FindingsSummary summary = m_model->findingsSummary();
    m_ui->findingsBanner->setVisible(!summary.isEmpty());
    if (summary.isEmpty())
        return;
    m_ui->findingsBanner->setMessage(
        summary.text(),
        m_book
            ? tr("Tick \"Findings only\" to list them. Right-click an account and choose Label… to mark it "
                 "as your own or trusted.")
            : tr("Tick \"Findings only\" to list them."));
}

void AuditWindow::clearFilters() {
    m_ui->accountEdit->clear();
    m_ui->findingsCheck->setChecked(false);
    m_filter->setPrincipalFilter({});
    m_ui->textFilterEdit->clear();
    m_ui->everyoneCheck->setChecked(false);
    m_ui->moreThanCheck->setChecked(false);
    m_ui->regionFilterCombo->setCurrentIndex(0);
    updateCounts();
}

void AuditWindow::fitColumns() {
    // Widths the user chose (restored from the settings) win over fitting them to the content.
    if (m_columnsFromSettings || m_model->rowCount() == 0)
        return;
    QTableView *view = m_ui->auditView;
    view->resizeColumnsToContents();
    // Room for the bold "shared with everyone" rows, and a cap so that one long image name cannot push
    // the principal off the screen (the full name is in the tooltip). How much wider bold is depends on
    // the font: about 10% in DejaVu Sans, nearly 20% in Noto Sans CJK (a Chinese desktop).
    QFont boldFont = view->font();
    boldFont.setBold(true);
    const QFontMetrics boldMetrics(boldFont);
    const QString sample = QStringLiteral("m-bp1g7004ksh0oeuc81ij");
    const int regularWidth = std::max(1, view->fontMetrics().horizontalAdvance(sample));
    const double boldRatio = std::max(1.1, double(boldMetrics.horizontalAdvance(sample)) / regularWidth);
    const int cap = boldMetrics.horizontalAdvance(QLatin1Char('x')) * 28;
    const auto widenForBoldAndCap = [&](int column) {
        view->setColumnWidth(column, std::min(cap, int(view->columnWidth(column) * boldRatio) + 8));
    };
    for (int column = 0; column < AuditTableModel::SharedTimeColumn; ++column)
        widenForBoldAndCap(column);
    // An organisation's Account column ("ID · DisplayName") has the same cap: a long DisplayName must not
    // push the label and the finding out of the window.
    if (!view->isColumnHidden(AuditTableModel::AccountColumn))
        widenForBoldAndCap(AuditTableModel::AccountColumn);
}

void AuditWindow::updateBanner() {
    // Counting findings reads every row: once per burst of batches, not once per batch.
    if (!m_findingsTimer->isActive())
        m_findingsTimer->start();
    const int count = sharedWithEveryoneCount();
    m_ui->everyoneBanner->setVisible(count > 0);
    if (count == 0)
        return;
    m_ui->everyoneBanner->setMessage(
        tr("%n image(s) shared with every Alibaba Cloud account", nullptr, count),
        tr("Any account can launch them. Their rows are marked in red; tick \"Shared with everyone\" to "
           "list only them."));
}

void AuditWindow::updateCounts() {
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    QString text;
    if (total == 0)
        text = tr("No grants to show yet.");
    else if (m_filter->showsImages())
        text = tr("Showing %n image(s) of %1.", nullptr, shown).arg(m_model->imageCount());
    else if (shown == total)
        text = tr("%n grant(s) on %1 images.", nullptr, total).arg(m_model->imageCount());
    else
        text = tr("Showing %1 of %n grant(s).", nullptr, total).arg(shown);
    const QString account = m_filter->principalFilter();
    if (!account.isEmpty()) {
        QSet<QString> images;
        for (int row = 0; row < shown; ++row) {
            const QModelIndex index = m_filter->mapToSource(m_filter->index(row, 0));
            const AuditRow &audit = m_model->rowAt(index.row());
            images.insert(imageKey(audit.regionId, audit.imageId));
        }
        text += QLatin1Char(' ') + tr("Account %1 can launch %n image(s) (shared with it, or with everyone).",
                                      nullptr, int(images.size()))
                                       .arg(account);
    }
    m_ui->countLabel->setText(text);
    updateActions();
}

void AuditWindow::updateFailuresBox() {
    const int count = m_ui->failureView->topLevelItemCount();
    // An empty pane would only take room from the table.
    m_ui->failuresBox->setVisible(count > 0);
    QList<int> sizes = m_ui->resultsSplitter->sizes();
    if (count > 0 && sizes.value(1) == 0) {
        // A splitter gives a pane shown after the layout was made no height at all: make room for it.
        const int total = sizes.value(0);
        const int pane = std::min(total / 3, std::max(m_ui->failuresBox->sizeHint().height(), 150));
        m_ui->resultsSplitter->setSizes({total - pane, pane});
    }
    m_ui->failuresBox->setTitle(tr("Failed lookups (%1)").arg(count));
    m_ui->failuresNote->setText(
        m_openedSnapshot
            ? tr("From the snapshot: the grants of these items were unknown when it was taken.")
            : tr("The grants of these items are unknown, not empty. Retrying asks only for them."));
    for (int column = 0; column < 3; ++column)
        m_ui->failureView->resizeColumnToContents(column);
}

void AuditWindow::updateActions() {
    updateSharingActions();
    const bool running = isAuditing();
    bool anyChecked = m_ui->regionList->count() == 0;
    for (int row = 0; row < m_ui->regionList->count() && !anyChecked; ++row)
        anyChecked = m_ui->regionList->item(row)->checkState() == Qt::Checked;
    m_ui->startButton->setEnabled(!running && anyChecked);
    m_ui->actionStart->setEnabled(!running && anyChecked);
    m_ui->cancelButton->setEnabled(running);
    m_ui->actionCancel->setEnabled(running);
    const bool canRetry =
        !running && !m_openedSnapshot &&
        !(m_organisationRun ? m_organisation->failures().isEmpty() : m_runner->failures().isEmpty());
    m_scopeCombo->setEnabled(!running);
    m_roleNameEdit->setEnabled(!running);
    m_externalIdEdit->setEnabled(!running);
    m_ui->retryButton->setEnabled(canRetry);
    m_ui->actionRetryFailed->setEnabled(canRetry);
    m_ui->regionList->setEnabled(!running);
    m_ui->checkAllRegionsButton->setEnabled(!running);
    m_ui->checkNoRegionsButton->setEnabled(!running);
    const bool haveResult = !running && currentSnapshot().has_value();
    m_ui->actionSaveSnapshot->setEnabled(haveResult);
    m_ui->actionExportCsv->setEnabled(haveResult);
    m_ui->actionExportJson->setEnabled(haveResult);
    m_ui->actionOpenSnapshot->setEnabled(!running);
}

std::optional<AuditSnapshot> AuditWindow::currentSnapshot() const {
    if (m_openedSnapshot)
        return m_openedSnapshot;
    if (m_organisationRun)
        return m_organisation->snapshot();
    if (m_runner->state() == AuditRunner::State::Idle)
        return std::nullopt;
    return m_runner->snapshot();
}

QList<AuditRow> AuditWindow::shownRows() const {
    QList<AuditRow> rows;
    if (m_filter->showsImages()) {
        // A row stands for an image: what is exported or copied is every grant of the images shown.
        QHash<QString, QList<int>> grants;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_filter->acceptsGrant(row)) {
                const AuditRow &audit = m_model->rowAt(row);
                grants[imageKey(audit.regionId, audit.imageId)].append(row);
            }
        }
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const AuditRow &shown = m_model->rowAt(m_filter->mapToSource(m_filter->index(row, 0)).row());
            for (int source : grants.value(imageKey(shown.regionId, shown.imageId)))
                rows.append(m_model->rowAt(source));
        }
        return rows;
    }
    rows.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        rows.append(m_model->rowAt(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    return rows;
}

void AuditWindow::copySelection() {
    if (auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget())) {
        edit->copy();
        return;
    }
    const QModelIndexList rows = m_ui->auditView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    // Cells in the export's formats (ISO times), in the column order the user arranged.
    QGuiApplication::clipboard()->setText(TabSeparatedRows::text(
        *m_filter, rows, TabSeparatedRows::visibleColumns(*m_ui->auditView->horizontalHeader()),
        AuditTableModel::FieldRole, TabSeparatedRows::LastLine::Terminated));
}

// ---- snapshots and export ----

bool AuditWindow::openSnapshot(const QString &path) {
    if (isAuditing())
        return false;
    QString error;
    std::optional<AuditSnapshot> snapshot = AuditSnapshot::load(path, &error);
    if (!snapshot) {
        QMessageBox::warning(
            this, tr("Cannot Open Snapshot"),
            tr("%1 is not a readable audit snapshot:\n%2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    clearResults();
    m_openedSnapshot = snapshot;
    m_openedPath = path;
    setWindowFilePath(path);
    setWindowTitle(tr("Share Audit — %1").arg(QFileInfo(path).fileName()));
    const QList<AuditRow> rows = snapshot->rows();
    m_ui->auditView->setColumnHidden(AuditTableModel::AccountColumn, !snapshot->isOrganisation());
    m_model->setRows(rows);
    noteRegions(rows);
    for (const AuditFailure &failure : snapshot->failures())
        addFailureItem(failure);
    m_ui->progressBar->setVisible(false);
    m_ui->progressLabel->setText(
        tr("Snapshot of %1: %2 images in %n region(s).", nullptr, int(snapshot->regions().size()))
            .arg(QLocale().toString(snapshot->exportedAt().toLocalTime(), QLocale::ShortFormat))
            .arg(snapshot->images().size()));
    fitColumns();
    updateBanner();
    updateCounts();
    updateFailuresBox();
    updateActions();
    return true;
}

bool AuditWindow::saveSnapshot(const QString &path) {
    const std::optional<AuditSnapshot> snapshot = currentSnapshot();
    if (!snapshot)
        return false;
    QString error;
    if (!snapshot->save(path, &error)) {
        QMessageBox::warning(this, tr("Cannot Save Snapshot"),
                             tr("The snapshot could not be saved to %1:\n%2").arg(path, error));
        return false;
    }
    statusBar()->showMessage(tr("Snapshot saved to %1.").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

ExportError AuditWindow::exportCsv(const QString &path) {
    const bool withAccount = m_openedSnapshot ? m_openedSnapshot->isOrganisation() : showsOrganisation();
    return AuditExport::saveCsv(path, shownRows(), false, m_book, withAccount);
}

ExportError AuditWindow::exportJson(const QString &path) {
    const std::optional<AuditSnapshot> snapshot = currentSnapshot();
    if (!snapshot)
        return ExportError::fromFile(path, 0, tr("There is no audit to export."));
    // The snapshot format, so that an exported view can be opened and compared like a snapshot.
    return AuditExport::saveJson(path, AuditExport::restrictedTo(*snapshot, shownRows()));
}

void AuditWindow::chooseAndOpenSnapshot() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Audit Snapshot"),
                                                      LastFolder::folder(SettingsKeys::auditWindowFolder),
                                                      tr("Audit snapshots (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    LastFolder::remember(SettingsKeys::auditWindowFolder, path);
    openSnapshot(path);
}

void AuditWindow::chooseAndSaveSnapshot() {
    const QString name =
        QStringLiteral("share-audit_%1.json")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd_HHmm")));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Audit Snapshot"),
                                     QDir(LastFolder::folder(SettingsKeys::auditWindowFolder)).filePath(name),
                                     tr("Audit snapshots (*.json)"));
    if (path.isEmpty())
        return;
    LastFolder::remember(SettingsKeys::auditWindowFolder, path);
    saveSnapshot(path);
}

void AuditWindow::chooseAndExport(bool json) {
    const QString name = QStringLiteral("share-audit_%1.%2")
                             .arg(QDate::currentDate().toString(Qt::ISODate),
                                  json ? QStringLiteral("json") : QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, json ? tr("Export Shown Rows as JSON") : tr("Export Shown Rows as CSV"),
        QDir(LastFolder::folder(SettingsKeys::auditWindowFolder)).filePath(name),
        json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    LastFolder::remember(SettingsKeys::auditWindowFolder, path);
    const ExportError error = json ? exportJson(path) : exportCsv(path);
    if (error.isError())
        reportExportError(error);
    else
        statusBar()->showMessage(tr("Exported %n row(s) to %1.", nullptr, m_filter->rowCount())
                                     .arg(QDir::toNativeSeparators(path)),
                                 5000);
}

void AuditWindow::reportExportError(const ExportError &error) {
    QMessageBox::warning(
        this, tr("Export Failed"),
        tr("Nothing was written to %1: %2.").arg(QDir::toNativeSeparators(error.path), error.reason()));
}

AuditDiffDialog *AuditWindow::showCompareDialog() {
    if (!m_diffDialog) {
        m_diffDialog = new AuditDiffDialog(this);
        m_diffDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_diffDialog->setAccountBook(m_book);
    }
    m_diffDialog->setCurrentSnapshot(isAuditing() ? std::nullopt : currentSnapshot());
    if (!m_openedPath.isEmpty())
        m_diffDialog->setBeforePath(m_openedPath);
    m_diffDialog->show();
    m_diffDialog->raise();
    m_diffDialog->activateWindow();
    return m_diffDialog;
}

// ---- sharing changes ----

QList<AuditRow> AuditWindow::selectedAuditRows() const {
    QModelIndexList indexes = m_ui->auditView->selectionModel()->selectedRows();
    if (indexes.isEmpty() && m_ui->auditView->currentIndex().isValid())
        indexes << m_ui->auditView->currentIndex();
    std::sort(indexes.begin(), indexes.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<AuditRow> rows;
    for (const QModelIndex &index : std::as_const(indexes))
        rows.append(m_model->rowAt(m_filter->mapToSource(index).row()));
    return AuditChanges::ownedBy(rows, callerAccountId());
}

QString AuditWindow::callerAccountId() const {
    return m_book ? m_book->callerAccountId() : QString();
}

void AuditWindow::updateSharingActions() {
    const bool idle = !isAuditing() && m_model->rowCount() > 0;
    const QList<AuditRow> selected = idle ? selectedAuditRows() : QList<AuditRow>();
    const bool accountRow = selected.size() == 1 && selected.constFirst().kind == AuditRow::Kind::Account;
    // A row of the image filters stands for an image, not for one grant.
    m_ui->actionRevokeSelectedGrants->setEnabled(!selected.isEmpty() && !m_filter->showsImages());
    m_ui->actionRevokeAccountEverywhere->setEnabled(accountRow && !m_filter->showsImages());
    m_ui->actionRevokeUntrustedGrants->setEnabled(idle && m_book);
    m_ui->actionMakeSelectedPrivate->setEnabled(!selected.isEmpty());
}

void AuditWindow::openPlanDialog(const QString &action, const QList<SharingRequest> &requests) {
    m_changes->openPlan(action, requests);
}

void AuditWindow::revokeSelectedGrants() {
    openPlanDialog(QStringLiteral("revoke"), AuditChanges::revokeGrants(selectedAuditRows()));
}

void AuditWindow::revokeAccountEverywhere() {
    const QList<AuditRow> selected = selectedAuditRows();
    if (selected.size() != 1 || selected.constFirst().kind != AuditRow::Kind::Account)
        return;
    openPlanDialog(QStringLiteral("revoke"),
                   AuditChanges::revokeEverywhere(selected.constFirst().principal,
                                                  AuditChanges::ownedBy(m_model->rows(), callerAccountId())));
}

void AuditWindow::revokeUntrustedGrants() {
    if (!m_book)
        return;
    const QList<SharingRequest> requests =
        AuditChanges::revokeUntrusted(AuditChanges::ownedBy(m_model->rows(), callerAccountId()), *m_book);
    if (requests.isEmpty()) {
        statusBar()->showMessage(tr("No grant to an untrusted account in this audit."));
        return;
    }
    openPlanDialog(QStringLiteral("revoke"), requests);
}

void AuditWindow::makeSelectedImagesPrivate() {
    openPlanDialog(QStringLiteral("share"), AuditChanges::makePrivate(selectedAuditRows()));
}

void AuditWindow::onSharingApplied(const QList<ImageChangeOutcome> &outcomes) {
    // The images changed are shown as read again after the change, not as planned.
    const QList<AuditRow> rows = AuditChanges::withStateRead(m_model->rows(), outcomes);
    m_model->setRows(rows);
    m_everyoneImages.clear();
    noteRegions(rows);
    updateBanner();
    updateCounts();
    updateSharingActions();
    Q_EMIT sharingApplied(outcomes);
}

// ---- scope: this account or the whole Resource Directory ----

void AuditWindow::setUpScope() {
    // Built here rather than in the .ui: the fields belong together and appear only for the directory.
    m_scopeCombo = new QComboBox(m_ui->regionsPanel);
    m_scopeCombo->setObjectName(QStringLiteral("scopeCombo"));
    m_scopeCombo->addItem(tr("This account"));
    m_scopeCombo->addItem(tr("Every account of my Resource Directory"));
    // The region list stays narrow: the long entry is elided in the closed combo box, shown whole in its
    // list.
    m_scopeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scopeCombo->setMinimumContentsLength(12);
    m_scopeCombo->setToolTip(tr("Every account: the program lists the Resource Directory (the credentials "
                                "must be the management account's) and reaches each member through its RAM "
                                "role."));
    m_roleNameEdit = new QLineEdit(m_ui->regionsPanel);
    m_roleNameEdit->setObjectName(QStringLiteral("roleNameEdit"));
    m_roleNameEdit->setPlaceholderText(QStringLiteral("ResourceDirectoryAccountAccessRole"));
    m_roleNameEdit->setToolTip(tr("The RAM role assumed in each member account."));
    m_roleNameEdit->setMinimumWidth(0);
    m_externalIdEdit = new QLineEdit(m_ui->regionsPanel);
    m_externalIdEdit->setObjectName(QStringLiteral("externalIdEdit"));
    m_externalIdEdit->setPlaceholderText(tr("ExternalId (if the roles ask for one)"));
    m_accountsLabel = new QLabel(m_ui->regionsPanel);
    m_accountsLabel->setObjectName(QStringLiteral("accountsLabel"));
    m_accountsLabel->setWordWrap(true);
    m_accountsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = m_ui->regionsLayout;
    layout->insertWidget(0, m_scopeCombo);
    layout->insertWidget(1, m_roleNameEdit);
    layout->insertWidget(2, m_externalIdEdit);
    layout->insertWidget(3, m_accountsLabel);
    const auto showFields = [this] {
        const bool organisation = isOrganisationScope();
        m_roleNameEdit->setVisible(organisation);
        m_externalIdEdit->setVisible(organisation);
        m_accountsLabel->setVisible(organisation && !m_accountsLabel->text().isEmpty());
    };
    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, showFields);
    showFields();
}

OrganisationOptions AuditWindow::organisationOptions() const {
    OrganisationOptions organisation;
    if (!m_roleNameEdit->text().trimmed().isEmpty())
        organisation.roleName = m_roleNameEdit->text().trimmed();
    organisation.externalId = m_externalIdEdit->text().trimmed();
    return organisation;
}

bool AuditWindow::isOrganisationScope() const {
    return m_scopeCombo->currentIndex() == 1;
}

void AuditWindow::setOrganisationScope(bool organisation, const QString &roleName,
                                       const QString &externalId) {
    m_scopeCombo->setCurrentIndex(organisation ? 1 : 0);
    m_roleNameEdit->setText(roleName);
    m_externalIdEdit->setText(externalId);
}

QString AuditWindow::accountProgressText() const {
    QStringList lines;
    for (const OrganisationAccount &account : m_organisation->accounts()) {
        QString state;
        switch (account.state) {
        case OrganisationAccount::State::Waiting:
            state = tr("waiting");
            break;
        case OrganisationAccount::State::AssumingRole:
            state = tr("assuming its role…");
            break;
        case OrganisationAccount::State::Auditing:
        case OrganisationAccount::State::Done:
            state = tr("%1 of %2 images").arg(account.progress.imagesDone).arg(account.progress.imagesTotal);
            if (account.progress.imagesFailed > 0)
                state += QStringLiteral(", ") + tr("%n failed", nullptr, account.progress.imagesFailed);
            break;
        case OrganisationAccount::State::Unreachable:
            //: %1 is the service's short error code, such as NoPermission.
            state = tr("cannot be reached (%1)").arg(account.error.shortCode());
            break;
        }
        //: One account's progress: %1 its ID, %2 its DisplayName, %3 where it stands.
        lines.append(tr("%1 %2: %3").arg(account.accountId, account.displayName, state));
    }
    return lines.join(QLatin1Char('\n'));
}

void AuditWindow::updateAccountProgress() {
    const QString text = m_organisationRun && !m_openedSnapshot ? accountProgressText() : QString();
    m_accountsLabel->setText(text);
    m_accountsLabel->setVisible(isOrganisationScope() && !text.isEmpty());
}

} // namespace isb
