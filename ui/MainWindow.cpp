#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "AccountsDialog.h"
#include "AuditWindow.h"
#include "BrowserSession.h"
#include "ChangeLauncher.h"
#include "ColumnFitter.h"
#include "CredentialsDialog.h"
#include "ElidedLabel.h"
#include "ErrorDialog.h"
#include "ExportController.h"
#include "ImageFilterModel.h"
#include "ImageTableModel.h"
#include "LabelAccountDialog.h"
#include "MessageBanner.h"
#include "PagerWidget.h"
#include "PlanDialog.h"
#include "ProfileSourceLabels.h"
#include "ProfileStore.h"
#include "RegionListModel.h"
#include "RowsThatFit.h"
#include "ScreenPlacement.h"
#include "SettingsKeys.h"
#include "SharePermissionPane.h"
#include "ShareWithAccountsDialog.h"
#include "SharedAccountTableModel.h"
#include "ThemeIcons.h"
#include "Translator.h"
#include "accounts/AccountBook.h"
#include "changes/ChangeJournal.h"
#include "changes/SharingChangeRunner.h"
#include "rules/SecretRedaction.h"
#include "rules/TabSeparatedRows.h"
#include "rules/WindowGeometry.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QTranslator>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcBrowser, "isb.browser")

namespace isb {

namespace {

QString rowsAsTabSeparatedText(const QAbstractItemView *view) {
    const QAbstractItemModel *model = view->model();
    const QItemSelectionModel *selection = view->selectionModel();
    if (!model || !selection)
        return {};
    QModelIndexList rows = selection->selectedRows();
    if (rows.isEmpty() && selection->currentIndex().isValid())
        rows << selection->currentIndex();
    QList<int> columns;
    if (const auto *table = qobject_cast<const QTableView *>(view)) {
        columns = TabSeparatedRows::visibleColumns(*table->horizontalHeader());
    } else {
        for (int column = 0; column < model->columnCount(); ++column)
            columns << column;
    }
    return TabSeparatedRows::text(*model, rows, columns);
}

QStringList selectedValues(const QAbstractItemView *view, int role) {
    QStringList values;
    const QItemSelectionModel *selection = view->selectionModel();
    if (!selection)
        return values;
    QModelIndexList rows = selection->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    if (rows.isEmpty() && selection->currentIndex().isValid())
        rows << selection->currentIndex();
    for (const QModelIndex &index : std::as_const(rows))
        values << index.data(role).toString();
    values.removeAll(QString());
    return values;
}

} // namespace

MainWindow::MainWindow(const ClientOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(new BrowserSession(options, this))
    , m_imageFilter(new ImageFilterModel(this)) {
    m_ui->setupUi(this);
    // Start-up (issue 11): no window icon of its own; main() sets the application's after the first paint.
    m_ui->imageNoteBanner->setKind(MessageBanner::Kind::Information);
    m_ui->imageNoteBanner->setDismissible(true);
    m_ui->imageNoteBanner->hide();

    m_session->setAcceptLanguage(Translator::acceptLanguage());
    m_book = new AccountBook(this);
    const AccountBook::Report bookReport = m_book->load();
    m_ui->sharePane->setAccountBook(m_book);
    m_identityLabel = new ElidedLabel(this);
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    m_identityLabel->setTextFormat(Qt::PlainText);
    // One line: the spare height of a tall window belongs to the tables, not to this label.
    m_identityLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_ui->centralLayout->insertWidget(1, m_identityLabel);
    connect(m_book, &AccountBook::changed, this, &MainWindow::updateIdentity);
    setUpStatusBar();
    setUpViews();
    connectSession();
    setUpActions();
    setUpLanguageMenu();
    // The application's settings (shared with image-share-cli) and the process environment.
    setProfileStore(new ProfileStore(this));
    restoreSettings();
    updateImageCount();
    updateBusyState();
    updateIdentity();
    // A book with bad rows still loads the rest; say which rows were skipped, not silently nothing.
    if (!bookReport.ok())
        setIdleStatus(tr("The account book was not read: %1").arg(bookReport.error));
    else if (!bookReport.issues.isEmpty())
        setIdleStatus(
            tr("The account book skipped %n row(s): line %1: %2", nullptr, int(bookReport.issues.size()))
                .arg(bookReport.issues.constFirst().line)
                .arg(bookReport.issues.constFirst().message));
    else
        setIdleStatus(tr("Ready."));
}

QString MainWindow::identityText() const {
    QStringList parts;
    const QString account = m_book->callerAccountId();
    if (!account.isEmpty()) {
        // Enough of the ID to tell accounts apart at a glance; the whole ID is in the tooltip.
        const QString shortId =
            account.size() > 8 ? account.left(4) + QStringLiteral("…") + account.right(4) : account;
        parts << tr("Account %1 (own)").arg(shortId);
    }
    const QString profile = m_session->profileName();
    if (!profile.isEmpty())
        parts << tr("via profile %1").arg(profile);
    const QUrl endpointOverride = client()->options().endpointOverride;
    const QString host =
        endpointOverride.isValid() ? endpointOverride.authority() : client()->endpointFor(regionId()).host();
    if (!host.isEmpty())
        parts << tr("endpoint %1").arg(host);
    QString text = parts.join(QStringLiteral(", "));
    if (endpointOverride.isValid())
        text += QLatin1Char(' ') + tr("(--endpoint: this is not Alibaba Cloud's own endpoint)");
    return text;
}

void MainWindow::updateIdentity() {
    const QString text = identityText();
    m_identityLabel->setText(text);
    m_identityLabel->setVisible(!text.isEmpty());
    QString tip = text;
    if (!m_book->callerAccountId().isEmpty())
        tip = tr("Account ID %1").arg(m_book->callerAccountId()) + QLatin1Char('\n') + text;
    m_identityLabel->setToolTip(tip);
}

void MainWindow::labelCurrentAccount() {
    const QModelIndex current = m_ui->sharePane->accountsView()->currentIndex();
    const QString accountId = current.data(SharedAccountTableModel::AliyunIdRole).toString();
    LabelAccountDialog::edit(m_book, accountId, this);
}

void MainWindow::showAccountsDialog() {
    AccountsDialog dialog(m_book, this);
    dialog.setObjectName(QStringLiteral("accountsDialog"));
    dialog.exec();
}

// The session, a child, cancels its calls when it goes: nothing is delivered into a half-destroyed window.
MainWindow::~MainWindow() = default;

void MainWindow::setUpStatusBar() {
    m_statusLabel = new ElidedLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("busyIndicator"));
    m_progressBar->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    m_progressBar->setTextVisible(false);
    m_progressBar->setAccessibleName(tr("Loading"));

    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setDefaultAction(m_ui->actionCancel);
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_cancelButton->setAutoRaise(true);

    m_requestIdLabel = new QLabel(this);
    m_requestIdLabel->setObjectName(QStringLiteral("requestIdLabel"));
    m_requestIdLabel->setTextFormat(Qt::PlainText);
    m_requestIdLabel->setProperty(selectableAfterFirstPaintProperty, true); // ThemeIcons.h
    m_requestIdLabel->setToolTip(tr("The RequestId of the last answer; Alibaba Cloud support asks for it."));
    m_requestIdLabel->setText(tr("Request ID: none yet"));

    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_requestIdLabel);
}

void MainWindow::setUpViews() {
    RegionListModel *regions = m_session->regions();
    m_ui->regionCombo->setModel(regions);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, [this, regions](int index) {
        if (!m_syncingView)
            m_session->selectRegion(regions->regionIdAt(index));
    });
    // A new list moves the combo's index; the session then says which region it activates.
    connect(regions, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_syncingView = true; });
    connect(regions, &QAbstractItemModel::modelReset, this, [this] { m_syncingView = false; });

    m_session->images()->setAccountBook(m_book);
    m_imageFilter->setSourceModel(m_session->images());
    QTableView *images = m_ui->imageView;
    images->setModel(m_imageFilter);
    QHeaderView *header = images->horizontalHeader();
    header->setHighlightSections(false);
    // Each column as wide as its content, Name takes the rest; in a narrow window OS gives up room first,
    // and ID, Name and Status stay in view (ColumnFitter).
    m_imageColumns = new ColumnFitter(
        images, ImageTableModel::NameColumn,
        {ImageTableModel::IdColumn, ImageTableModel::NameColumn, ImageTableModel::StatusColumn});
    m_imageColumns->setLimits(ImageTableModel::NameColumn, 12, 0);
    // Long OS strings are cut, with a tooltip; 16 letters ("CentOS 7.9 64 bi…") leave Name its room
    // beside the Shared column in a full-HD window.
    m_imageColumns->setLimits(ImageTableModel::OsColumn, 8, 16);
    // Short values under long headers: always whole, header and cells; beside a very long name, Name
    // elides instead.
    m_imageColumns->setLimits(ImageTableModel::SizeColumn, 4, 0);
    m_imageColumns->setLimits(ImageTableModel::SharedColumn, 4, 0);
    images->sortByColumn(ImageTableModel::CreatedColumn, Qt::DescendingOrder);

    connect(images->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentImageChanged(current); });
    connect(m_ui->imageOwnerCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool others = index == 1;
        QSettings().setValue(QString(SettingsKeys::browserImageOwner),
                             others ? QStringLiteral("others") : QStringLiteral("self"));
        showImageOwner(others);
    });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_imageFilter->setFilterText(text);
        updateImageCount();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_imageFilter, signal, this, &MainWindow::updateImageCount);
    }
    connect(m_imageFilter, &QAbstractItemModel::modelReset, this, &MainWindow::updateImageCount);

    connect(images, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &position) { showContextMenu(m_ui->imageView, position); });
    QTableView *accounts = m_ui->sharePane->accountsView();
    connect(accounts, &QWidget::customContextMenuRequested, this,
            [this, accounts](const QPoint &position) { showContextMenu(accounts, position); });

    PagerWidget *pager = m_ui->sharePane->pager();
    connect(pager, &PagerWidget::pageRequested, m_session, &BrowserSession::requestPage);
    connect(pager, &PagerWidget::pageSizeChanged, this, [this, pager](int pageSize) {
        // "Fit" is remembered as such (0), not as the rows this window happened to show.
        QSettings().setValue(QString(SettingsKeys::browserPageSize), pager->isFitToTable() ? 0 : pageSize);
        m_session->setPageSize(pageSize);
    });
    // With "Fit", the page follows the accounts table's height.
    auto *rowsThatFit = new RowsThatFit(accounts, this);
    connect(rowsThatFit, &RowsThatFit::rowsChanged, pager, &PagerWidget::setFitSize);
    connect(pager, &PagerWidget::allPagesChanged, this, [this](bool allPages) {
        QSettings().setValue(QString(SettingsKeys::browserAllPages), allPages);
        m_session->setAllPages(allPages);
    });
}

void MainWindow::connectSession() {
    BrowserSession *session = m_session;
    connect(session, &BrowserSession::regionChanged, this, &MainWindow::onRegionChanged);
    // The account of the credentials is "own" without being in the book; the identity line names it.
    connect(session, &BrowserSession::callerAccountChanged, m_book, &AccountBook::setCallerAccountId);
    connect(session, &BrowserSession::imagesChanged, this, &MainWindow::onImagesChanged);
    connect(session, &BrowserSession::imageSelected, this, &MainWindow::selectImageRow);
    connect(session, &BrowserSession::permissionsChanged, this, &MainWindow::showSharePermissions);
    connect(session, &BrowserSession::activityChanged, this, [this] {
        updateBusyState();
        updateShareLoading();
    });
    connect(session, &BrowserSession::busyChanged, this, &MainWindow::updateImageCount);
    connect(session, &BrowserSession::statusChanged, this, &MainWindow::setIdleStatus);
    connect(session, &BrowserSession::requestIdSeen, this, [this](const QString &requestId) {
        m_requestIdLabel->setText(tr("Request ID: %1").arg(requestId));
    });
    connect(session, &BrowserSession::failed, this,
            [this](const QString &failure, const EcsError &error, bool retryAvailable) {
                showError(failure, error,
                          retryAvailable ? m_session->retryAction() : std::function<void()>());
            });
    connect(session, &BrowserSession::imageVanished, this, &MainWindow::onImageVanished);
    connect(session, &BrowserSession::loadCancelled, this, [this](bool sharePermission) {
        if (sharePermission && !m_session->hasShownPage())
            m_ui->sharePane->showStatus(tr("Loading cancelled. Press F5 to load again."));
    });
}

void MainWindow::setUpActions() {
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionCopy->setShortcut(QKeySequence::Copy);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->refreshButton->setDefaultAction(m_ui->actionRefresh);

    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionCancel, &QAction::triggered, this, &MainWindow::cancelLoading);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionCopy, &QAction::triggered, this, &MainWindow::copySelection);
    connect(m_ui->actionCopyImageId, &QAction::triggered, this, &MainWindow::copyImageId);
    connect(m_ui->actionCopyAccountId, &QAction::triggered, this, &MainWindow::copyAccountId);
    connect(m_ui->actionLabelAccount, &QAction::triggered, this, &MainWindow::labelCurrentAccount);
    connect(m_ui->actionAccounts, &QAction::triggered, this, &MainWindow::showAccountsDialog);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportSharePermissions);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->actionCopyRows, &QAction::triggered, this, [this] {
        if (m_contextView)
            QGuiApplication::clipboard()->setText(rowsAsTabSeparatedText(m_contextView));
    });
    setUpProfiles();
    setUpAuditAction();
    setUpSharingActions();

    const PagerWidget *pager = m_ui->sharePane->pager();
    m_ui->menuPage->addAction(pager->firstPageAction());
    m_ui->menuPage->addAction(pager->previousPageAction());
    m_ui->menuPage->addAction(pager->nextPageAction());
    m_ui->menuPage->addAction(pager->lastPageAction());
}

void MainWindow::applyThemeIcons() {
    // Refresh and the pager had their bundled icons until now (ThemeIcons.h says why).
    isb::applyThemeIcons(this);
    // Not on screen before this: a menu item. The filters' clear buttons come with the pass too.
    m_ui->actionCancel->setIcon(
        QIcon::fromTheme(QStringLiteral("process-stop"), style()->standardIcon(QStyle::SP_BrowserStop)));
}

void MainWindow::restoreSettings() {
    const QSettings settings;
    if (!restoreGeometry(settings.value(QString(SettingsKeys::mainWindowGeometry)).toByteArray())) {
        // First start: 1280x800 where it fits, else nearly all of the screen.
        const QScreen *screen = QGuiApplication::primaryScreen();
        setGeometry(
            WindowGeometry::initial(screen ? screen->availableGeometry() : QRect(), QSize(1280, 800)));
    }
    // A geometry saved on a larger or disconnected monitor still opens on screen.
    fitIntoScreen(this);
    // Width the window gains goes two to one to the image list, whose columns (with Shared) need it more
    // than the share pane; a window first laid out narrow does not keep the pane's minimum share forever.
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    if (!m_ui->mainSplitter->restoreState(
            settings.value(QString(SettingsKeys::mainWindowMainSplitter)).toByteArray())) {
        const int total = width();
        m_ui->mainSplitter->setSizes({total * 63 / 100, total * 37 / 100});
    }
    m_ui->sharePane->splitter()->restoreState(
        settings.value(QString(SettingsKeys::mainWindowShareSplitter)).toByteArray());
    // The user's column order, hidden columns and sorting; the resize modes are ColumnFitter's again.
    if (m_ui->imageView->horizontalHeader()->restoreState(
            settings.value(QString(SettingsKeys::mainWindowImageHeader)).toByteArray()))
        m_imageColumns->adoptRestoredState();

    PagerWidget *pager = m_ui->sharePane->pager();
    pager->setPageSize(
        settings.value(QString(SettingsKeys::browserPageSize), SettingsKeys::browserPageSizeDefault).toInt());
    m_session->setPageSize(pager->pageSize()); // a stored value that is not offered is snapped
    pager->setAllPages(settings.value(QString(SettingsKeys::browserAllPages), false).toBool());
    m_session->setAllPages(pager->allPages());
    const bool others =
        settings.value(QString(SettingsKeys::browserImageOwner)).toString() == QLatin1String("others");
    {
        const QSignalBlocker blocker(m_ui->imageOwnerCombo);
        m_ui->imageOwnerCombo->setCurrentIndex(others ? 1 : 0);
    }
    showImageOwner(others);
    m_session->setRememberedRegion(settings.value(QString(SettingsKeys::browserRegion)).toString());
    m_session->setWantedImage(settings.value(QString(SettingsKeys::browserImage)).toString());
}

void MainWindow::saveWindowSettings() const {
    QSettings settings;
    settings.setValue(QString(SettingsKeys::mainWindowGeometry), saveGeometry());
    settings.setValue(QString(SettingsKeys::mainWindowMainSplitter), m_ui->mainSplitter->saveState());
    settings.setValue(QString(SettingsKeys::mainWindowShareSplitter),
                      m_ui->sharePane->splitter()->saveState());
    settings.setValue(QString(SettingsKeys::mainWindowImageHeader),
                      m_ui->imageView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveWindowSettings();
    m_session->cancel();
    QMainWindow::closeEvent(event);
}

// ---- Credentials ----

void MainWindow::setProfileStore(ProfileStore *store) {
    if (m_profiles == store)
        return;
    if (m_profiles) {
        disconnect(m_profiles, nullptr, this, nullptr);
        if (m_profiles->parent() == this)
            delete m_profiles;
    }
    m_profiles = store;
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::populateProfiles);
    populateProfiles();
}

void MainWindow::setUpProfiles() {
    m_ui->credentialsButton->setDefaultAction(m_ui->actionCredentials);
    connect(m_ui->actionCredentials, &QAction::triggered, this, &MainWindow::showCredentialsDialog);
    // activated, not currentIndexChanged: only the user's choice reloads, not a refill of the list.
    connect(m_ui->profileCombo, &QComboBox::activated, this, [this](int index) {
        const QString name = m_ui->profileCombo->itemData(index).toString();
        if (!name.isEmpty() && name != activeProfileName())
            switchProfile(name);
    });
}

void MainWindow::populateProfiles() {
    QComboBox *combo = m_ui->profileCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    const QString defaultName = m_profiles->defaultProfileName();
    for (const CredentialProfile &profile : m_profiles->profiles()) {
        QString text = profile.name;
        if (profile.source == CredentialProfile::Source::Session)
            text = tr("%1 (this session)").arg(profile.name);
        else if (profile.source == CredentialProfile::Source::Keychain && profile.name == defaultName)
            text = tr("%1 (default)").arg(profile.name);
        const QString where = ProfileSourceLabels::description(profile.source);
        combo->addItem(text, profile.name);
        combo->setItemData(combo->count() - 1, where, Qt::ToolTipRole);
    }
    combo->setPlaceholderText(combo->count() == 0 ? tr("No credentials") : tr("Choose a profile"));
    combo->setCurrentIndex(combo->findData(activeProfileName()));
}

void MainWindow::start() {
    resolveCredentials(m_initialProfile, true);
}

void MainWindow::switchProfile(const QString &name) {
    resolveCredentials(name, true);
}

void MainWindow::resolveCredentials(const QString &explicitProfile, bool dialogOnFailure) {
    const int resolution = ++m_resolution;
    // The keychain may ask the user to unlock it first; the status says what is being waited for.
    setIdleStatus(tr("Reading credentials…"));
    CredentialResolver(m_profiles)
        .resolve(explicitProfile, this,
                 [this, resolution, dialogOnFailure](const CredentialResolver::Resolved &resolved,
                                                     const CredentialError &error) {
                     if (resolution != m_resolution)
                         return; // a later choice won
                     if (error.isError())
                         onCredentialsFailed(error, dialogOnFailure);
                     else
                         applyCredentials(resolved);
                 });
}

void MainWindow::applyCredentials(const CredentialResolver::Resolved &resolved) {
    qCInfo(lcBrowser) << "using profile" << resolved.profile.name << "-"
                      << CredentialResolver::reasonText(resolved.reason);
    m_session->useProfile(resolved.profile.name, resolved.credentials, resolved.profile.regionId);
    populateProfiles();
    updateIdentity();
    m_ui->profileCombo->setToolTip(
        tr("Profile \"%1\": %2").arg(resolved.profile.name, CredentialResolver::reasonText(resolved.reason)));
}

void MainWindow::onCredentialsFailed(const CredentialError &error, bool dialogOnFailure) {
    populateProfiles(); // back to the profile still in use, if any
    if (error.kind == CredentialError::Kind::NoCredentials)
        setIdleStatus(tr("No credentials. Add some with File > Credentials… (Ctrl+K)."));
    else
        setIdleStatus(error.message);
    if (dialogOnFailure) {
        showCredentialsDialog();
        if (m_credentialsDialog)
            m_credentialsDialog->showCredentialError(error);
    }
}

void MainWindow::showCredentialsDialog() {
    if (m_credentialsDialog) {
        m_credentialsDialog->raise();
        m_credentialsDialog->activateWindow();
        return;
    }
    auto *dialog = new CredentialsDialog(m_profiles, client()->options(), this);
    dialog->setObjectName(QStringLiteral("credentialsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CredentialsDialog::profileStored, this, &MainWindow::onProfileStored);
    connect(dialog, &QDialog::finished, this, &MainWindow::onCredentialsDialogClosed);
    if (!activeProfileName().isEmpty())
        dialog->selectProfile(activeProfileName());
    m_credentialsDialog = dialog;
    dialog->open();
}

void MainWindow::onProfileStored(const QString &name) {
    // The first credentials the user enters are used at once; a new secret for the profile in use too.
    if (activeProfileName().isEmpty() || name == activeProfileName())
        resolveCredentials(name, false);
}

void MainWindow::onCredentialsDialogClosed() {
    // The profile in use was deleted, or none was in use: decide again, quietly this time (the user
    // just closed the dialog and should not get it back at once).
    const QString active = activeProfileName();
    if (active.isEmpty() ? client()->credentials().accessKeyId.isEmpty() : !m_profiles->contains(active))
        resolveCredentials({}, false);
}

void MainWindow::setCredentials(const Credentials &credentials) {
    m_session->setCredentials(credentials);
}

EcsClient *MainWindow::client() const {
    return m_session->client();
}

QString MainWindow::activeProfileName() const {
    return m_session->profileName();
}

QString MainWindow::regionId() const {
    return m_session->regionId();
}

QString MainWindow::shownImageId() const {
    return m_session->selectedImageId();
}

bool MainWindow::isLoading() const {
    return m_session->isBusy();
}

// ---- Regions and images ----

void MainWindow::onRegionChanged(const QString &regionId) {
    updateIdentity(); // the endpoint is the region's
    const int row = m_session->regions()->rowOf(regionId);
    if (m_ui->regionCombo->currentIndex() != row) {
        const QSignalBlocker blocker(m_ui->regionCombo);
        m_ui->regionCombo->setCurrentIndex(row);
    }
    if (regionId != std::exchange(m_shownRegionId, regionId))
        m_ui->imageNoteBanner->hide(); // its note was about an image of the region left behind
    QSettings().setValue(QString(SettingsKeys::browserRegion), regionId);
    setWindowTitle(m_ui->regionCombo->currentText());
    updateExportAction();
}

void MainWindow::onImagesChanged() {
    updateImageCount();
}

void MainWindow::showImageOwner(bool others) {
    // The Owner column only says something about others' images (for your own it is always you).
    m_ui->imageView->setColumnHidden(ImageTableModel::OwnerColumn, !others);
    m_session->setImageOwner(others ? BrowserSession::ImageOwner::Others : BrowserSession::ImageOwner::Self);
}

void MainWindow::selectImageRow(const QString &imageId) {
    if (!imageId.isEmpty())
        QSettings().setValue(QString(SettingsKeys::browserImage), imageId);
    updateExportAction();
    QItemSelectionModel *selection = m_ui->imageView->selectionModel();
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && current.data(ImageTableModel::ImageIdRole).toString() == imageId)
        return;
    m_syncingView = true;
    const ImageTableModel *images = m_session->images();
    const int sourceRow = imageId.isEmpty() ? -1 : images->rowOf(imageId);
    // Hidden by the filter: the pane shows it all the same, as it was asked for.
    const QModelIndex index =
        sourceRow < 0 ? QModelIndex()
                      : m_imageFilter->mapFromSource(images->index(sourceRow, ImageTableModel::IdColumn));
    if (index.isValid()) {
        selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_ui->imageView->scrollTo(index);
    } else {
        selection->clear();
    }
    m_syncingView = false;
}

void MainWindow::onCurrentImageChanged(const QModelIndex &current) {
    if (m_syncingView)
        return;
    m_session->selectImage(current.isValid() ? current.data(ImageTableModel::ImageIdRole).toString()
                                             : QString());
}

// ---- Share permissions ----

void MainWindow::showSharePermissions() {
    SharePermissionPane *pane = m_ui->sharePane;
    const QString imageId = m_session->selectedImageId();
    if (imageId.isEmpty()) {
        pane->showNoImage();
        return;
    }
    if (pane->imageId() != imageId)
        pane->clearForImage(m_session->selectedImage());
    if (!m_session->canReadPermissions()) {
        // Asking would only get "InvalidImageId.NotFound": the service answers an image's owner only.
        pane->showStatus(tr("This image belongs to account %1. Only its owner can see whom it is shared "
                            "with.")
                             .arg(m_session->selectedImage().imageOwnerId));
        return;
    }
    if (m_session->hasShownPage())
        pane->showPage(m_session->shownPage(), m_session->shownAllPages());
    updateShareLoading();
}

void MainWindow::updateShareLoading() {
    if (m_session->selectedImageId().isEmpty())
        return;
    SharePermissionPane *pane = m_ui->sharePane;
    const bool loading = m_session->isLoading(BrowserSession::Load::SharePermission);
    if (loading && !m_session->hasShownPage())
        pane->showLoading();
    // The pager describes the rows shown; the page asked for is only a note beside it.
    PagerWidget *pager = pane->pager();
    pager->setRequestedPage(loading && !m_session->allPages() ? m_session->requestedPage()
                                                              : pager->shownPage());
}

void MainWindow::onImageVanished(const QString &imageId) {
    QSettings settings;
    if (settings.value(QString(SettingsKeys::browserImage)).toString() == imageId)
        settings.remove(QString(SettingsKeys::browserImage));
    const QString title = tr("Image %1 no longer exists").arg(imageId);
    m_ui->imageNoteBanner->setMessage(
        title, tr("It was deleted or moved after the list was loaded, so it was removed from the list."));
    m_ui->imageNoteBanner->show();
}

// ---- Commands ----

void MainWindow::refresh() {
    m_ui->imageNoteBanner->hide();
    m_session->refresh();
}

void MainWindow::cancelLoading() {
    m_session->cancel();
}

QAbstractItemView *MainWindow::focusedView() const {
    for (QWidget *widget = QApplication::focusWidget(); widget; widget = widget->parentWidget()) {
        if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            return view;
        if (widget == this)
            break;
    }
    return nullptr;
}

void MainWindow::copySelection() {
    if (QWidget *focus = QApplication::focusWidget()) {
        if (auto *edit = qobject_cast<QLineEdit *>(focus)) {
            edit->copy();
            return;
        }
    }
    const QAbstractItemView *view = focusedView();
    if (!view)
        view = m_ui->imageView;
    const QString text = rowsAsTabSeparatedText(view);
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void MainWindow::copyImageId() {
    QStringList ids = selectedValues(m_ui->imageView, ImageTableModel::ImageIdRole);
    if (ids.isEmpty() && !shownImageId().isEmpty())
        ids << shownImageId();
    if (!ids.isEmpty())
        QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

void MainWindow::copyAccountId() {
    const QStringList ids =
        selectedValues(m_ui->sharePane->accountsView(), SharedAccountTableModel::AliyunIdRole);
    if (!ids.isEmpty())
        QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

void MainWindow::showContextMenu(QAbstractItemView *view, const QPoint &position) {
    const QModelIndex index = view->indexAt(position);
    if (!index.isValid())
        return;
    // Right-clicking outside the selection acts on the clicked row, as in file managers.
    if (!view->selectionModel()->isRowSelected(index.row(), index.parent()))
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);

    QMenu menu(this);
    if (view == m_ui->imageView) {
        menu.addAction(m_ui->actionCopyImageId);
    } else {
        menu.addAction(m_ui->actionCopyAccountId);
        menu.addAction(m_ui->actionLabelAccount);
        menu.addSeparator();
        menu.addAction(m_ui->actionRevokeAccounts);
        menu.addAction(m_ui->actionShareWithAccounts);
        menu.addSeparator();
    }
    menu.addAction(m_ui->actionCopyRows);
    m_contextView = view;
    menu.exec(view->viewport()->mapToGlobal(position));
    m_contextView = nullptr;
}

void MainWindow::showAbout() {
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Image Share Browser"));
    box->setIconPixmap(windowIcon().pixmap(QSize(64, 64), devicePixelRatioF()));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>Image Share Browser %1</h3>"
                    "<p>See who can launch your Alibaba Cloud ECS custom images.</p>"
                    "<p>Qt %2 (built with Qt %3)</p>")
                     .arg(QStringLiteral(ISB_VERSION), QString::fromLatin1(qVersion()),
                          QStringLiteral(QT_VERSION_STR)));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

// ---- Export ----

void MainWindow::updateExportAction() {
    // A region is enough: its images can be exported before any of them is selected.
    m_ui->actionExport->setEnabled(!regionId().isEmpty());
}

void MainWindow::exportSharePermissions() {
    if (regionId().isEmpty())
        return;
    if (!m_export) {
        m_export = new ExportController(client(), this, this);
        m_export->setAccountBook(m_book);
        connect(m_export, &ExportController::exported, this, [this](const QString &path, qint64 entries) {
            setIdleStatus(tr("Exported %n share entry(s) to %1.", nullptr, int(entries))
                              .arg(QDir::toNativeSeparators(path)));
        });
        connect(m_export, &ExportController::failed, this,
                [this](const QString &failure, const ExportError &error) {
                    setIdleStatus(failure);
                    std::function<void()> retry;
                    if (error.kind == ExportError::Kind::Request)
                        retry = [this] { m_export->retry(); };
                    showError(failure, ExportController::errorDetails(error), std::move(retry),
                              ExportController::adviceFor(error));
                });
    }
    ExportController::Context context;
    context.regionId = regionId();
    context.imageId = shownImageId();
    // The name as listed; a null name (the image is not in the list) makes the export look it up.
    const ImageTableModel *images = m_session->images();
    const int row = context.imageId.isEmpty() ? -1 : images->rowOf(context.imageId);
    if (row >= 0)
        context.imageName = images->imageAt(row).imageName;
    context.hasPage = m_session->hasShownPage() && !context.imageId.isEmpty();
    if (context.hasPage)
        context.page = m_session->shownPage();
    m_export->start(context);
}

// ---- Language ----

namespace {

// Shown in the language itself, whatever the interface speaks, so that anyone finds their own.
QString languageLabel(const QString &language) {
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QLocale(language).nativeLanguageName();
}

// Translated twice in chooseLanguage(): in the interface's language and in the chosen one.
const char *const kLanguageRestartNote = QT_TRANSLATE_NOOP(
    "isb::MainWindow", "The new language takes effect when you restart Image Share Browser.");

} // namespace

void MainWindow::setUpLanguageMenu() {
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    const QString saved = Translator::savedLanguage();
    const auto addLanguage = [this, group, &saved](const QString &language, const QString &label) {
        QAction *action = m_ui->menuLanguage->addAction(label);
        action->setObjectName(QStringLiteral("actionLanguage_") +
                              (language.isEmpty() ? QStringLiteral("system") : language));
        action->setCheckable(true);
        action->setChecked(language == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { chooseLanguage(language); });
    };
    addLanguage({}, tr("&System Language"));
    m_ui->menuLanguage->addSeparator();
    const QStringList languages = Translator::availableLanguages();
    for (const QString &language : languages)
        addLanguage(language, languageLabel(language));
    if (!group->checkedAction()) // nothing saved, or a language without a catalog: the system's is in effect
        group->actions().constFirst()->setChecked(true);
}

void MainWindow::chooseLanguage(const QString &language) {
    QSettings settings;
    if (language.isEmpty())
        settings.remove(Translator::settingsKey());
    else
        settings.setValue(Translator::settingsKey(), language);

    // The catalogs are installed once, before any window exists (see app/browser/main.cpp): switching
    // live would mean retranslating every widget and model. The note is also given in the chosen
    // language, for someone who picked the language they read.
    QString text = tr(kLanguageRestartNote);
    QTranslator chosen;
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (chosen.load(locale, QStringLiteral("image-share-browser"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")) &&
        QLocale(chosen.language()).language() != QLocale(Translator::currentLanguage()).language()) {
        QString other = chosen.translate("isb::MainWindow", kLanguageRestartNote);
        if (other.isEmpty()) // English catalogs hold only plural forms: the source text is the English
            other = QString::fromUtf8(kLanguageRestartNote);
        text += QLatin1Char('\n') + other;
    }
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("languageChangedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// ---- Feedback ----

void MainWindow::showError(const QString &failure, const EcsError &error, std::function<void()> retry,
                           const QString &advice) {
    const EcsError clean = SecretRedaction::redacted(error, client()->credentials());
    qCWarning(lcBrowser).noquote() << failure << clean.toOneLine();
    if (m_errorDialog) {
        // One dialog at a time: a failure while another is on screen is reported in the status bar.
        setIdleStatus(failure + QLatin1Char(' ') + clean.message);
        return;
    }
    auto *dialog = new ErrorDialog(this);
    dialog->setObjectName(QStringLiteral("errorDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setError(failure, clean);
    if (!advice.isEmpty())
        dialog->setAdvice(advice);
    if (retry)
        connect(dialog, &ErrorDialog::retryRequested, this, std::move(retry));
    connect(dialog, &ErrorDialog::credentialsRequested, this, &MainWindow::showCredentialsDialog);
    m_errorDialog = dialog;
    dialog->open();
}

void MainWindow::setIdleStatus(const QString &text) {
    m_idleStatus = text;
    updateBusyState();
}

void MainWindow::updateBusyState() {
    const bool busy = m_session->isBusy();
    m_statusLabel->setText(busy ? m_session->activity() : m_idleStatus);
    m_statusLabel->setToolTip(m_statusLabel->text());
    // Both take room only while they mean something: a narrow window keeps its status text readable.
    m_progressBar->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (m_session->progressTotal() > 0) {
        m_progressBar->setRange(0, m_session->progressTotal());
        m_progressBar->setValue(m_session->progressDone());
    } else {
        m_progressBar->setRange(0, 0); // busy, amount unknown
    }
    m_ui->actionCancel->setEnabled(busy);
}

void MainWindow::updateImageCount() {
    const int total = m_session->images()->rowCount();
    const int shown = m_imageFilter->rowCount();
    QString text = shown == total ? tr("%n image(s)", nullptr, total)
                                  : tr("%1 of %n image(s) match the filter", nullptr, total).arg(shown);
    if (m_session->isLoading(BrowserSession::Load::Images))
        text = tr("%1, loading more…").arg(text);
    else if (!m_session->imagesComplete() && total > 0)
        text = tr("%1 (list incomplete; press F5 to load it again)").arg(text);
    m_ui->imageCountLabel->setText(text);
}

void MainWindow::setUpAuditAction() {
    connect(m_ui->actionAuditAllRegions, &QAction::triggered, this, &MainWindow::showAuditWindow);
}

AuditWindow *MainWindow::showAuditWindow() {
    if (!m_auditWindow) {
        // The credentials in use now; the audit window keeps them even if the profile is switched later.
        m_auditWindow = new AuditWindow(client()->options(), client()->credentials(), this);
        m_auditWindow->setAttribute(Qt::WA_DeleteOnClose);
        m_auditWindow->setAccountBook(m_book);
        m_auditWindow->setProfileName(activeProfileName());
        connect(m_auditWindow, &AuditWindow::sharingApplied, this, &MainWindow::onSharingApplied);
        connect(m_auditWindow, &AuditWindow::openImageRequested, this,
                [this](const QString &regionId, const QString &imageId) {
                    m_session->openImage(regionId, imageId);
                    raise();
                    activateWindow();
                });
    }
    m_auditWindow->show();
    m_auditWindow->raise();
    m_auditWindow->activateWindow();
    return m_auditWindow;
}

// ---- Sharing changes ----

void MainWindow::setUpSharingActions() {
    m_changes = new ChangeLauncher(this, m_book, [this] {
        PlanDialog::Context context;
        context.options = client()->options();
        context.credentials = client()->credentials();
        context.profileName = activeProfileName();
        context.callerAccountId = m_book->callerAccountId();
        return context;
    });
    connect(m_changes, &ChangeLauncher::applied, this, &MainWindow::onSharingApplied);
    // Delete acts on the accounts table only: in the filter field it still deletes text.
    m_ui->sharePane->accountsView()->addAction(m_ui->actionRevokeAccounts);
    m_ui->sharePane->setMakePrivateAction(m_ui->actionMakePrivate);
    connect(m_ui->actionRevokeAccounts, &QAction::triggered, this, &MainWindow::revokeSelectedAccounts);
    connect(m_ui->actionShareWithAccounts, &QAction::triggered, this, &MainWindow::shareWithAccounts);
    connect(m_ui->actionMakePrivate, &QAction::triggered, this, &MainWindow::makeShownImagePrivate);
    connect(m_ui->actionUndoSharingChange, &QAction::triggered, this, &MainWindow::undoLatestSharingChange);
    connect(m_ui->actionSharingHistory, &QAction::triggered, this, &MainWindow::showSharingHistory);
    connect(m_ui->sharePane->accountsView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateSharingActions);
    connect(m_session, &BrowserSession::permissionsChanged, this, &MainWindow::updateSharingActions);
    connect(m_session, &BrowserSession::imageSelected, this, &MainWindow::updateSharingActions);
    updateSharingActions();
}

void MainWindow::updateSharingActions() {
    const bool image = !shownImageId().isEmpty() && !regionId().isEmpty();
    const QStringList selected =
        selectedValues(m_ui->sharePane->accountsView(), SharedAccountTableModel::AliyunIdRole);
    m_ui->actionRevokeAccounts->setEnabled(image && !selected.isEmpty());
    m_ui->actionShareWithAccounts->setEnabled(image);
    m_ui->actionMakePrivate->setEnabled(image && m_session->hasShownPage() &&
                                        m_session->shownPage().isSharedWithEveryone());
}

PlanDialog *MainWindow::openPlanDialog(const QString &action, const QList<SharingRequest> &requests) {
    return m_changes->openPlan(action, requests);
}

void MainWindow::revokeSelectedAccounts() {
    const QStringList accounts =
        selectedValues(m_ui->sharePane->accountsView(), SharedAccountTableModel::AliyunIdRole);
    if (accounts.isEmpty() || shownImageId().isEmpty())
        return;
    openPlanDialog(QStringLiteral("revoke"), {{regionId(), shownImageId(), {}, accounts, false}});
}

void MainWindow::shareWithAccounts() {
    if (shownImageId().isEmpty())
        return;
    Image image = m_session->selectedImage();
    image.regionId = regionId();
    image.imageId = shownImageId();
    const bool complete =
        m_session->hasShownPage() && (m_session->shownAllPages() || m_session->shownPage().pageCount() <= 1);
    auto *dialog = new ShareWithAccountsDialog(client(), image, m_session->shownPage(), complete,
                                               m_book->callerAccountId(), m_book, this);
    dialog->setObjectName(QStringLiteral("shareWithAccountsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, image] {
        openPlanDialog(QStringLiteral("share"),
                       {{image.regionId, image.imageId, dialog->accountsToAdd(), {}, false}});
    });
    dialog->open();
}

void MainWindow::makeShownImagePrivate() {
    if (shownImageId().isEmpty())
        return;
    openPlanDialog(QStringLiteral("share"), {{regionId(), shownImageId(), {}, {}, true}});
}

void MainWindow::undoLatestSharingChange() {
    m_changes->undoLatest();
}

void MainWindow::showSharingHistory() {
    m_changes->showHistory();
}

void MainWindow::onSharingApplied(const QList<ImageChangeOutcome> &outcomes) {
    const bool shownTouched =
        std::any_of(outcomes.cbegin(), outcomes.cend(), [this](const ImageChangeOutcome &outcome) {
            return outcome.change.regionId == regionId() && outcome.change.imageId == shownImageId();
        });
    // The pane shows what the service says now, read again, not what was planned.
    if (shownTouched)
        m_session->reloadSharePermission();
}

} // namespace isb
