#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "AuditWindow.h"
#include "ColumnFitter.h"
#include "CredentialsDialog.h"
#include "ElidedLabel.h"
#include "ErrorDialog.h"
#include "ExportController.h"
#include "ImageFilterModel.h"
#include "ImageTableModel.h"
#include "MessageBanner.h"
#include "PagerWidget.h"
#include "ProfileStore.h"
#include "RegionListModel.h"
#include "ScreenPlacement.h"
#include "SharePermissionPane.h"
#include "SharedAccountTableModel.h"
#include "Translator.h"

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

Q_LOGGING_CATEGORY(lcBrowser, "isb.browser")

namespace isb {

namespace {

// DescribeImages allows up to 100; 50 keeps each answer quick, so progress shows early on big accounts.
constexpr int kImagePageSize = 50;

namespace Key {
const QString geometry = QStringLiteral("MainWindow/geometry");
const QString mainSplitter = QStringLiteral("MainWindow/mainSplitter");
const QString shareSplitter = QStringLiteral("MainWindow/shareSplitter");
const QString imageHeader = QStringLiteral("MainWindow/imageHeader");
const QString region = QStringLiteral("Browser/region");
const QString image = QStringLiteral("Browser/image");
const QString pageSize = QStringLiteral("Browser/pageSize");
const QString allPages = QStringLiteral("Browser/allPages");
} // namespace Key

QString rowsAsTabSeparatedText(const QAbstractItemView *view) {
    const QAbstractItemModel *model = view->model();
    const QItemSelectionModel *selection = view->selectionModel();
    if (!model || !selection)
        return {};
    QModelIndexList rows = selection->selectedRows();
    if (rows.isEmpty() && selection->currentIndex().isValid())
        rows << selection->currentIndex().siblingAtColumn(0);
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });

    // Columns in the order the user sees them, hidden ones left out.
    QList<int> columns;
    if (const auto *table = qobject_cast<const QTableView *>(view)) {
        const QHeaderView *header = table->horizontalHeader();
        for (int visual = 0; visual < header->count(); ++visual) {
            const int logical = header->logicalIndex(visual);
            if (!header->isSectionHidden(logical))
                columns << logical;
        }
    } else {
        for (int column = 0; column < model->columnCount(); ++column)
            columns << column;
    }

    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int column : std::as_const(columns)) {
            QString text = model->index(row.row(), column, row.parent()).data(Qt::DisplayRole).toString();
            // A tab or newline inside a cell would shift the columns of a spreadsheet paste.
            text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells << text;
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
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
    , m_client(new EcsClient(options, this))
    , m_regions(new RegionListModel(this))
    , m_images(new ImageTableModel(this))
    , m_imageFilter(new ImageFilterModel(this)) {
    m_ui->setupUi(this);
    // Start-up (issue 11): no window icon of its own; main() sets the application's after the first paint.
    m_ui->imageNoteBanner->setKind(MessageBanner::Kind::Information);
    m_ui->imageNoteBanner->setDismissible(true);
    m_ui->imageNoteBanner->hide();

    setUpStatusBar();
    setUpViews();
    setUpActions();
    setUpLanguageMenu();
    // The application's settings (shared with image-share-cli) and the process environment.
    setProfileStore(new ProfileStore(this));
    restoreSettings();
    updateImageCount();
    updateBusyState();
    setIdleStatus(tr("Ready."));
}

MainWindow::~MainWindow() {
    // Before the client goes: nothing may deliver into a half-destroyed window.
    m_shareCall.cancel();
    m_imagesCall.cancel();
    m_regionsCall.cancel();
}

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
    m_requestIdLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_requestIdLabel->setToolTip(tr("The RequestId of the last answer; Alibaba Cloud support asks for it."));
    m_requestIdLabel->setText(tr("Request ID: none yet"));

    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_requestIdLabel);
}

void MainWindow::setUpViews() {
    m_ui->regionCombo->setModel(m_regions);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &MainWindow::onRegionIndexChanged);

    m_imageFilter->setSourceModel(m_images);
    QTableView *images = m_ui->imageView;
    images->setModel(m_imageFilter);
    QHeaderView *header = images->horizontalHeader();
    header->setHighlightSections(false);
    // Issue 11 (column widths): each column as wide as its content, Name takes the rest; in a narrow
    // window OS gives up room first, and ID, Name and Status stay in view (ColumnFitter).
    m_imageColumns = new ColumnFitter(
        images, ImageTableModel::NameColumn,
        {ImageTableModel::IdColumn, ImageTableModel::NameColumn, ImageTableModel::StatusColumn});
    m_imageColumns->setLimits(ImageTableModel::NameColumn, 12, 0);
    m_imageColumns->setLimits(ImageTableModel::OsColumn, 8, 22); // long OS strings are cut, with a tooltip
    images->sortByColumn(ImageTableModel::CreatedColumn, Qt::DescendingOrder);

    connect(images->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentImageChanged(current); });
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
    const auto showSharePage = [this](int page) {
        m_sharePage = page;
        if (!m_shownImageId.isEmpty())
            loadSharePermission();
    };
    connect(pager, &PagerWidget::pageRequested, this, showSharePage);
    // Another page size or "all pages" starts again from the first page.
    connect(pager, &PagerWidget::pageSizeChanged, this, [this, showSharePage](int pageSize) {
        m_sharePageSize = pageSize;
        QSettings().setValue(Key::pageSize, pageSize);
        showSharePage(1);
    });
    connect(pager, &PagerWidget::allPagesChanged, this, [this, showSharePage](bool allPages) {
        m_shareAllPages = allPages;
        QSettings().setValue(Key::allPages, allPages);
        showSharePage(1);
    });
}

void MainWindow::setUpActions() {
    m_ui->actionRefresh->setIcon(
        QIcon::fromTheme(QStringLiteral("view-refresh"), style()->standardIcon(QStyle::SP_BrowserReload)));
    m_ui->actionCancel->setIcon(
        QIcon::fromTheme(QStringLiteral("process-stop"), style()->standardIcon(QStyle::SP_BrowserStop)));
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
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportSharePermissions);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    setUpProfiles();
    setUpAuditAction();

    const PagerWidget *pager = m_ui->sharePane->pager();
    m_ui->menuPage->addAction(pager->firstPageAction());
    m_ui->menuPage->addAction(pager->previousPageAction());
    m_ui->menuPage->addAction(pager->nextPageAction());
    m_ui->menuPage->addAction(pager->lastPageAction());
}

void MainWindow::restoreSettings() {
    const QSettings settings;
    if (!restoreGeometry(settings.value(Key::geometry).toByteArray())) {
        // First start: 1280x800 where it fits, else nearly all of the screen.
        QSize size(1280, 800);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.95);
        resize(size);
    }
    // Issue 11 (placement): a geometry saved on a larger or disconnected monitor still opens on screen.
    fitIntoScreen(this);
    if (!m_ui->mainSplitter->restoreState(settings.value(Key::mainSplitter).toByteArray())) {
        const int total = width();
        m_ui->mainSplitter->setSizes({total * 63 / 100, total * 37 / 100});
    }
    m_ui->sharePane->splitter()->restoreState(settings.value(Key::shareSplitter).toByteArray());
    // The user's column order, hidden columns and sorting; the modes are ColumnFitter's again (issue 11).
    if (m_ui->imageView->horizontalHeader()->restoreState(settings.value(Key::imageHeader).toByteArray()))
        m_imageColumns->adoptRestoredState();

    m_sharePageSize = settings.value(Key::pageSize, 10).toInt();
    m_ui->sharePane->pager()->setPageSize(m_sharePageSize);
    m_sharePageSize = m_ui->sharePane->pager()->pageSize(); // a stored value that is not offered is snapped
    m_shareAllPages = settings.value(Key::allPages, false).toBool();
    m_ui->sharePane->pager()->setAllPages(m_shareAllPages);
    m_pendingImageId = settings.value(Key::image).toString();
}

void MainWindow::saveWindowSettings() const {
    QSettings settings;
    settings.setValue(Key::geometry, saveGeometry());
    settings.setValue(Key::mainSplitter, m_ui->mainSplitter->saveState());
    settings.setValue(Key::shareSplitter, m_ui->sharePane->splitter()->saveState());
    settings.setValue(Key::imageHeader, m_ui->imageView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveWindowSettings();
    m_shareCall.cancel();
    m_imagesCall.cancel();
    m_regionsCall.cancel();
    QMainWindow::closeEvent(event);
}

QString MainWindow::acceptLanguageFor(const QLocale &locale) {
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en-US");
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
        if (!name.isEmpty() && name != m_activeProfile)
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
        QString where;
        switch (profile.source) {
        case CredentialProfile::Source::Environment:
            where = tr("From the ALIBABA_CLOUD_* environment variables");
            break;
        case CredentialProfile::Source::Session:
            text = tr("%1 (this session)").arg(profile.name);
            where = tr("Kept in memory for this session only");
            break;
        case CredentialProfile::Source::Keychain:
            if (profile.name == defaultName)
                text = tr("%1 (default)").arg(profile.name);
            where = tr("Secret in the system keychain");
            break;
        }
        combo->addItem(text, profile.name);
        combo->setItemData(combo->count() - 1, where, Qt::ToolTipRole);
    }
    combo->setPlaceholderText(combo->count() == 0 ? tr("No credentials") : tr("Choose a profile"));
    combo->setCurrentIndex(combo->findData(m_activeProfile));
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
    const bool switching = !m_activeProfile.isEmpty() && m_activeProfile != resolved.profile.name;
    m_activeProfile = resolved.profile.name;
    m_preferredRegionId = resolved.profile.regionId;
    if (switching) {
        // Another account: nothing of the previous one may stay on screen while the new one loads.
        m_images->clear();
        showImage({});
        m_pendingImageId.clear();
    }
    if (!m_preferredRegionId.isEmpty())
        m_regionId.clear(); // the profile's default region, once the regions are in
    populateProfiles();
    m_ui->profileCombo->setToolTip(
        tr("Profile \"%1\": %2").arg(resolved.profile.name, CredentialResolver::reasonText(resolved.reason)));
    qCInfo(lcBrowser) << "using profile" << resolved.profile.name << "-"
                      << CredentialResolver::reasonText(resolved.reason);
    setCredentials(resolved.credentials);
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
    auto *dialog = new CredentialsDialog(m_profiles, m_client->options(), this);
    dialog->setObjectName(QStringLiteral("credentialsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CredentialsDialog::profileStored, this, &MainWindow::onProfileStored);
    connect(dialog, &QDialog::finished, this, &MainWindow::onCredentialsDialogClosed);
    if (!m_activeProfile.isEmpty())
        dialog->selectProfile(m_activeProfile);
    m_credentialsDialog = dialog;
    dialog->open();
}

void MainWindow::onProfileStored(const QString &name) {
    // The first credentials the user enters are used at once; a new secret for the profile in use too.
    if (m_activeProfile.isEmpty() || name == m_activeProfile)
        resolveCredentials(name, false);
}

void MainWindow::onCredentialsDialogClosed() {
    // The profile in use was deleted, or none was in use: decide again, quietly this time (the user
    // just closed the dialog and should not get it back at once).
    if (m_activeProfile.isEmpty() ? m_client->credentials().accessKeyId.isEmpty()
                                  : !m_profiles->contains(m_activeProfile)) {
        m_activeProfile.clear();
        resolveCredentials({}, false);
    }
}

void MainWindow::setCredentials(const Credentials &credentials) {
    m_client->setCredentials(credentials);
    loadRegions();
}

bool MainWindow::isLoading() const {
    return m_regionsCall.isActive() || m_imagesCall.isActive() || m_shareCall.isActive();
}

// ---- Regions ----

void MainWindow::loadRegions() {
    m_imagesCall.cancel();
    m_shareCall.cancel();
    RegionsCall *call = m_client->describeRegions(Translator::acceptLanguage());
    m_regionsCall.start(call, tr("Loading regions…"));
    connect(call, &EcsCall::finished, this, [this, call] { onRegionsFinished(call); });
    updateBusyState();
}

void MainWindow::onRegionsFinished(RegionsCall *call) {
    if (!m_regionsCall.finish(call))
        return;
    noteRequestId(call);
    updateBusyState();
    if (call->error().isError()) {
        setIdleStatus(tr("Could not load the regions."));
        showError(tr("Could not load the list of regions."), call->error(), [this] { loadRegions(); });
        return;
    }

    // The region shown, else the profile's default region (ALIBABA_CLOUD_REGION_ID for the environment
    // profile), else the one remembered from last time.
    QString wanted = m_regionId;
    if (wanted.isEmpty())
        wanted = m_preferredRegionId;
    if (wanted.isEmpty())
        wanted = QSettings().value(Key::region).toString();
    int row = -1;
    {
        // Filled and positioned quietly; the region is then activated exactly once below.
        const QSignalBlocker blocker(m_ui->regionCombo);
        m_regions->setRegions(call->result());
        row = m_regions->rowOf(wanted);
        if (row < 0)
            row = m_regions->rowOf(QStringLiteral("cn-hangzhou"));
        if (row < 0 && m_regions->rowCount() > 0)
            row = 0;
        m_ui->regionCombo->setCurrentIndex(row);
    }
    if (row < 0) {
        setIdleStatus(tr("This account sees no regions."));
        return;
    }
    activateRegion(m_regions->regionIdAt(row));
}

void MainWindow::onRegionIndexChanged(int index) {
    const QString regionId = m_regions->regionIdAt(index);
    if (regionId.isEmpty() || regionId == m_regionId)
        return;
    m_pendingImageId.clear(); // the remembered image belongs to the region left behind
    activateRegion(regionId);
}

void MainWindow::activateRegion(const QString &regionId) {
    m_imagesCall.cancel();
    m_shareCall.cancel();
    if (regionId != m_regionId)
        m_ui->imageNoteBanner->hide();
    else if (m_pendingImageId.isEmpty())
        m_pendingImageId = m_shownImageId; // the same region again: keep looking at the same image
    m_regionId = regionId;
    updateExportAction();
    QSettings().setValue(Key::region, regionId);
    setWindowTitle(m_ui->regionCombo->currentText());

    // A model reset clears the view's selection without a signal; the pane is cleared here instead.
    m_images->clear();
    showImage({});
    loadImages();
}

// ---- Images ----

void MainWindow::loadImages() {
    m_imagesComplete = false;
    fetchImagePage(1);
}

void MainWindow::fetchImagePage(int pageNumber) {
    ImageQuery query;
    query.regionId = m_regionId;
    query.pageNumber = pageNumber;
    query.pageSize = kImagePageSize;
    // DescribeImages lists only Available images unless asked; the browser shows every custom image.
    query.statuses = Image::allStatuses();
    ImagesCall *call = m_client->describeImages(query);

    const int knownPages =
        pageNumber == 1 ? 0 : std::max(pageNumber, (m_images->rowCount() + kImagePageSize) / kImagePageSize);
    const QString description =
        pageNumber == 1 ? tr("Loading the images of %1…").arg(m_regionId)
                        : tr("Loading the images of %1: page %2…").arg(m_regionId).arg(pageNumber);
    m_imagesCall.start(call, description);
    m_imagesCall.setProgress(pageNumber - 1, knownPages);
    connect(call, &EcsCall::finished, this,
            [this, call, pageNumber] { onImagePageFinished(call, pageNumber); });
    showRetries(m_imagesCall, call, description);
    updateBusyState();
}

void MainWindow::onImagePageFinished(ImagesCall *call, int pageNumber) {
    if (!m_imagesCall.finish(call))
        return;
    noteRequestId(call);
    if (call->error().isError()) {
        updateBusyState();
        updateImageCount();
        setIdleStatus(tr("Could not load the images of %1.").arg(m_regionId));
        showError(tr("Could not load the images of %1.").arg(m_regionId), call->error(),
                  [this, region = m_regionId, pageNumber] {
                      if (region == m_regionId)
                          fetchImagePage(pageNumber);
                  });
        return;
    }

    const ImagePage &page = call->result();
    if (pageNumber == 1) {
        // The reset drops the view's selection without a signal: the shown image is selected again as
        // soon as it is listed, unless the user picks another one first.
        if (m_pendingImageId.isEmpty())
            m_pendingImageId = m_shownImageId;
        m_images->setImages(page.images);
    } else {
        m_images->appendImages(page.images);
    }
    selectPendingImage();

    const int pageCount = std::max(1, (page.totalCount + kImagePageSize - 1) / kImagePageSize);
    // A short page ends the list even if TotalCount promised more: images may vanish while we read.
    if (pageNumber < pageCount && page.images.size() >= kImagePageSize) {
        fetchImagePage(pageNumber + 1);
        m_imagesCall.setProgress(pageNumber, pageCount);
        m_imagesCall.setDescription(tr("Loading the images of %1: page %2 of %3…")
                                        .arg(m_regionId)
                                        .arg(pageNumber + 1)
                                        .arg(pageCount));
        updateBusyState();
        updateImageCount();
        return;
    }
    m_imagesComplete = true;
    m_pendingImageId.clear(); // not listed: deleted since it was remembered
    setIdleStatus(tr("%n custom image(s) in %1.", nullptr, m_images->rowCount()).arg(m_regionId));
    updateBusyState();
    updateImageCount();
}

void MainWindow::selectPendingImage() {
    if (m_pendingImageId.isEmpty())
        return;
    const int sourceRow = m_images->rowOf(m_pendingImageId);
    if (sourceRow < 0)
        return;
    const QString imageId = m_pendingImageId;
    m_pendingImageId.clear();
    const QModelIndex index =
        m_imageFilter->mapFromSource(m_images->index(sourceRow, ImageTableModel::IdColumn));
    if (index.isValid()) {
        m_selectingImage = true;
        m_ui->imageView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                      QItemSelectionModel::Rows);
        m_ui->imageView->scrollTo(index);
        m_selectingImage = false;
    }
    if (m_shownImageId != imageId)
        showImage(imageId); // hidden by the filter: shown all the same, as it was asked for
}

void MainWindow::onCurrentImageChanged(const QModelIndex &current) {
    if (!m_selectingImage)
        m_pendingImageId.clear(); // the user's choice wins over a remembered one
    const QString imageId =
        current.isValid() ? current.data(ImageTableModel::ImageIdRole).toString() : QString();
    if (imageId == m_shownImageId)
        return;
    showImage(imageId);
}

// ---- Share permissions ----

void MainWindow::showImage(const QString &imageId) {
    m_shareCall.cancel();
    m_shownImageId = imageId;
    m_sharePage = 1;
    m_hasShownPage = false;
    updateExportAction();
    if (imageId.isEmpty()) {
        m_ui->sharePane->showNoImage();
        updateBusyState();
        return;
    }
    QSettings().setValue(Key::image, imageId);
    const int row = m_images->rowOf(imageId);
    Image image;
    if (row >= 0)
        image = m_images->imageAt(row);
    else
        image.imageId = imageId;
    m_ui->sharePane->showImage(image);
    loadSharePermission();
}

void MainWindow::loadSharePermission() {
    SharePermissionQuery query;
    query.regionId = m_regionId;
    query.imageId = m_shownImageId;
    query.pageNumber = m_sharePage;
    query.pageSize = m_sharePageSize;
    query.allPages = m_shareAllPages;
    SharePermissionCall *call = m_client->describeImageSharePermission(query);

    const QString description =
        query.allPages ? tr("Loading every account %1 is shared with…").arg(query.imageId)
                       : tr("Loading who can launch %1 (page %2)…").arg(query.imageId).arg(query.pageNumber);
    m_shareCall.start(call, description);
    m_ui->sharePane->showLoading();
    connect(call, &EcsCall::finished, this, [this, call, query] { onSharePermissionFinished(call, query); });
    connect(call, &EcsCall::progress, this, [this, call](int done, int total) {
        if (!m_shareCall.isCurrent(call))
            return;
        m_shareCall.setProgress(done, total);
        updateBusyState();
    });
    showRetries(m_shareCall, call, description);
    updateBusyState();
}

void MainWindow::onSharePermissionFinished(SharePermissionCall *call, const SharePermissionQuery &query) {
    if (!m_shareCall.finish(call))
        return;
    noteRequestId(call);
    updateBusyState();
    const EcsError &error = call->error();
    if (error.isError()) {
        if (error.isNotFound()) {
            dropVanishedImage(query.imageId);
            return;
        }
        m_ui->sharePane->showStatus(tr("Could not load the share permissions. Press F5 to try again."));
        setIdleStatus(tr("Could not load the share permissions of %1.").arg(query.imageId));
        showError(tr("Could not load the share permissions of %1.").arg(query.imageId), error, [this, query] {
            if (query.imageId == m_shownImageId && query.regionId == m_regionId)
                loadSharePermission();
        });
        return;
    }

    const SharePermissionPage &page = call->result();
    // Accounts were removed since the pager was drawn and the page asked for is now past the end.
    if (!query.allPages && page.accounts.isEmpty() && page.totalCount > 0 &&
        query.pageNumber > page.pageCount()) {
        m_sharePage = page.pageCount();
        loadSharePermission();
        return;
    }
    m_ui->sharePane->showPage(page, query.allPages);
    m_shownPage = page;
    m_hasShownPage = true;
    if (!query.allPages)
        m_sharePage = page.pageNumber;
    if (page.isSharedWithEveryone())
        setIdleStatus(tr("%1 is shared with every Alibaba Cloud account.").arg(query.imageId));
    else
        setIdleStatus(tr("%1 is shared with %n account(s).", nullptr, page.totalCount).arg(query.imageId));
}

void MainWindow::dropVanishedImage(const QString &imageId) {
    // Clearing first keeps the selection from jumping to the neighbouring row, which would replace the
    // note below with another load at once.
    m_selectingImage = true;
    m_ui->imageView->selectionModel()->clear();
    m_selectingImage = false;
    if (m_shownImageId == imageId)
        showImage({});
    m_images->removeImage(imageId);
    QSettings settings;
    if (settings.value(Key::image).toString() == imageId)
        settings.remove(Key::image);

    const QString title = tr("Image %1 no longer exists").arg(imageId);
    m_ui->imageNoteBanner->setMessage(
        title, tr("It was deleted or moved after the list was loaded, so it was removed from the list."));
    m_ui->imageNoteBanner->show();
    setIdleStatus(tr("Image %1 no longer exists; it was removed from the list.").arg(imageId));
    qCInfo(lcBrowser).noquote() << "dropped vanished image" << imageId;
}

// ---- Commands ----

void MainWindow::refresh() {
    if (m_regionId.isEmpty() || m_regions->rowCount() == 0) {
        loadRegions();
        return;
    }
    m_ui->imageNoteBanner->hide();
    // The list is read again from page 1; the shown image is selected again once it is listed.
    m_pendingImageId = m_shownImageId;
    loadImages();
    if (!m_shownImageId.isEmpty())
        loadSharePermission();
}

void MainWindow::cancelLoading() {
    const bool wasLoading = isLoading();
    const bool shareWasLoading = m_shareCall.isActive();
    m_regionsCall.cancel();
    m_imagesCall.cancel();
    m_shareCall.cancel();
    if (wasLoading)
        setIdleStatus(tr("Loading cancelled. Press F5 to load again."));
    if (shareWasLoading)
        m_ui->sharePane->showStatus(tr("Loading cancelled. Press F5 to load again."));
    updateBusyState();
    updateImageCount();
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
    if (ids.isEmpty() && !m_shownImageId.isEmpty())
        ids << m_shownImageId;
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
    if (view == m_ui->imageView)
        menu.addAction(m_ui->actionCopyImageId);
    else
        menu.addAction(m_ui->actionCopyAccountId);
    QAction *copyRows = menu.addAction(tr("Copy &Rows"));
    copyRows->setShortcut(QKeySequence::Copy);
    connect(copyRows, &QAction::triggered, this,
            [view] { QGuiApplication::clipboard()->setText(rowsAsTabSeparatedText(view)); });
    menu.exec(view->viewport()->mapToGlobal(position));
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
    m_ui->actionExport->setEnabled(!m_regionId.isEmpty());
}

void MainWindow::exportSharePermissions() {
    if (m_regionId.isEmpty())
        return;
    if (!m_export) {
        m_export = new ExportController(m_client, this, this);
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
    context.regionId = m_regionId;
    context.imageId = m_shownImageId;
    // The name as listed; a null name (the image is not in the list) makes the export look it up.
    const int row = m_shownImageId.isEmpty() ? -1 : m_images->rowOf(m_shownImageId);
    if (row >= 0)
        context.imageName = m_images->imageAt(row).imageName;
    context.hasPage = m_hasShownPage && !m_shownImageId.isEmpty();
    if (context.hasPage)
        context.page = m_shownPage;
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
    const EcsError clean = withoutSecrets(error);
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

EcsError MainWindow::withoutSecrets(EcsError error) const {
    // The service never echoes the secret, but a proxy or a future error text might; never show it.
    const Credentials &credentials = m_client->credentials();
    const QString mask = QStringLiteral("********");
    for (const QString &secret : {credentials.accessKeySecret, credentials.securityToken}) {
        if (secret.size() < 4)
            continue;
        error.message.replace(secret, mask);
        error.code.replace(secret, mask);
        error.recommend.replace(secret, mask);
    }
    return error;
}

void MainWindow::noteRequestId(const EcsCall *call) {
    const QString requestId = call->lastRequestId();
    if (!requestId.isEmpty())
        m_requestIdLabel->setText(tr("Request ID: %1").arg(requestId));
}

void MainWindow::showRetries(CallSlot &slot, EcsCall *call, const QString &description) {
    connect(
        call, &EcsCall::retrying, this, [this, &slot, call, description](const EcsError &error, int attempt) {
            if (!slot.isCurrent(call))
                return;
            slot.setDescription(tr("%1 (retry %2 after %3)")
                                    .arg(description)
                                    .arg(attempt)
                                    .arg(error.code.isEmpty() ? EcsError::kindName(error.kind) : error.code));
            updateBusyState();
        });
}

void MainWindow::setIdleStatus(const QString &text) {
    m_idleStatus = text;
    updateBusyState();
}

void MainWindow::updateBusyState() {
    QStringList loading;
    const CallSlot *withProgress = nullptr;
    for (const CallSlot *slot : {&m_regionsCall, &m_imagesCall, &m_shareCall}) {
        if (!slot->isActive())
            continue;
        loading << slot->description();
        if (slot->progressTotal() > 0)
            withProgress = slot;
    }
    const bool busy = !loading.isEmpty();
    m_statusLabel->setText(busy ? loading.join(QStringLiteral(" · ")) : m_idleStatus);
    m_statusLabel->setToolTip(m_statusLabel->text());
    // Both take room only while they mean something: a narrow window keeps its status text readable.
    m_progressBar->setVisible(busy);
    m_cancelButton->setVisible(busy);
    if (withProgress) {
        m_progressBar->setRange(0, withProgress->progressTotal());
        m_progressBar->setValue(withProgress->progressDone());
    } else {
        m_progressBar->setRange(0, 0); // busy, amount unknown
    }
    m_ui->actionCancel->setEnabled(busy);
}

void MainWindow::updateImageCount() {
    const int total = m_images->rowCount();
    const int shown = m_imageFilter->rowCount();
    QString text = shown == total ? tr("%n image(s)", nullptr, total)
                                  : tr("%1 of %n image(s) match the filter", nullptr, total).arg(shown);
    if (m_imagesCall.isActive())
        text = tr("%1, loading more…").arg(text);
    else if (!m_imagesComplete && total > 0)
        text = tr("%1 (list incomplete; press F5 to load it again)").arg(text);
    m_ui->imageCountLabel->setText(text);
}

void MainWindow::setUpAuditAction() {
    // Built here rather than in MainWindow.ui: the audit is a window of its own, reached from one entry.
    auto *toolsMenu = new QMenu(tr("&Tools"), this);
    toolsMenu->setObjectName(QStringLiteral("menuTools"));
    QAction *audit = toolsMenu->addAction(tr("&Audit All Regions…"));
    audit->setObjectName(QStringLiteral("actionAuditAllRegions"));
    audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    audit->setStatusTip(tr("Find every custom image of every region and everyone who may launch it."));
    menuBar()->insertMenu(m_ui->menuHelp->menuAction(), toolsMenu);
    connect(audit, &QAction::triggered, this, &MainWindow::showAuditWindow);
}

AuditWindow *MainWindow::showAuditWindow() {
    if (!m_auditWindow) {
        // The credentials in use now; the audit window keeps them even if the profile is switched later.
        m_auditWindow = new AuditWindow(m_client->options(), m_client->credentials(), this);
        m_auditWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_auditWindow->show();
    m_auditWindow->raise();
    m_auditWindow->activateWindow();
    return m_auditWindow;
}

} // namespace isb
