#pragma once

#include "CallSlot.h"
#include "CredentialError.h"
#include "CredentialResolver.h"
#include "Credentials.h"
#include "EcsClient.h"
#include "EcsError.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QAbstractItemView;
class QLabel;
class QLocale;
class QProgressBar;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace isb {

class ColumnFitter;
class ElidedLabel;
class AuditWindow;
class CredentialsDialog;
class ExportController;
class ErrorDialog;
class ImageFilterModel;
class ImageTableModel;
class ProfileStore;
class RegionListModel;

/// The browser: a region, its custom images, and who may launch the selected one.
///
/// Every load goes through one CallSlot per kind (regions, images, share permission). A new selection
/// cancels what is in flight for it, and a cancelled call never delivers, so the tables always show the
/// answer for the latest selection, whatever order the network answers in.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const ClientOptions &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    EcsClient *client() const { return m_client; }
    QString regionId() const { return m_regionId; }
    /// The image whose share permissions the right-hand pane shows.
    QString shownImageId() const { return m_shownImageId; }
    bool isLoading() const;

    /// DescribeRegions' AcceptLanguage for a UI locale: Chinese names for a Chinese UI, else English.
    static QString acceptLanguageFor(const QLocale &locale);
    /// The profiles the window offers (saved, session-only, the environment's). Owned by the window.
    ProfileStore *profileStore() const { return m_profiles; }
    /// Replaces the profile store, e.g. one on a test settings file; call before start().
    void setProfileStore(ProfileStore *store);
    /// The profile `--profile NAME` asked for; start() tries it first, as the CLI does.
    void setInitialProfile(const QString &name) { m_initialProfile = name; }
    /// The profile whose credentials are in use; empty until one is resolved (setCredentials() names none).
    QString activeProfileName() const { return m_activeProfile; }

public Q_SLOTS:
    /// Acquires credentials and starts loading. The one place that decides where credentials come from:
    /// CredentialResolver, in the CLI's order (--profile, the environment, ALIBABA_CLOUD_PROFILE, the
    /// default profile). Without any, the Credentials dialog opens.
    void start();
    /// Loads the credentials of profile `name` and reloads everything with them.
    void switchProfile(const QString &name);
    /// File > Credentials… (Ctrl+K); also opened by start() when no credentials are found.
    void showCredentialsDialog();
    /// Uses these credentials from now on and loads everything again.
    void setCredentials(const isb::Credentials &credentials);
    /// F5: the region list if it is missing, else the images and the shown image's share permissions.
    void refresh();
    /// Esc: stops every load in flight.
    void cancelLoading();
    /// Ctrl+C: the selected rows of the focused table as tab-separated text.
    void copySelection();
    void copyImageId();
    void copyAccountId();
    void showAbout();
    /// Tools > Audit All Regions (Ctrl+Shift+A): the audit window, with this window's endpoint options and
    /// current credentials. One window; a second request brings it to the front.
    AuditWindow *showAuditWindow();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpStatusBar();
    void setUpViews();
    void setUpActions();
    void setUpAuditAction();
    /// Settings > Language: the choice is stored for the next start (see Translator).
    void setUpLanguageMenu();
    void chooseLanguage(const QString &language);
    void setUpProfiles();
    void populateProfiles();
    void resolveCredentials(const QString &explicitProfile, bool dialogOnFailure);
    void applyCredentials(const CredentialResolver::Resolved &resolved);
    void onCredentialsFailed(const CredentialError &error, bool dialogOnFailure);
    void onProfileStored(const QString &name);
    void onCredentialsDialogClosed();
    void restoreSettings();
    void saveWindowSettings() const;

    void loadRegions();
    void onRegionsFinished(RegionsCall *call);
    void onRegionIndexChanged(int index);
    void activateRegion(const QString &regionId);
    void loadImages();
    void fetchImagePage(int pageNumber);
    void onImagePageFinished(ImagesCall *call, int pageNumber);
    void selectPendingImage();
    void onCurrentImageChanged(const QModelIndex &current);
    void showImage(const QString &imageId);
    void loadSharePermission();
    void onSharePermissionFinished(SharePermissionCall *call, const SharePermissionQuery &query);
    void dropVanishedImage(const QString &imageId);
    /// File > Export… (Ctrl+E): the shown page, the image or the region, to CSV or JSON.
    void exportSharePermissions();
    void updateExportAction();

    /// `advice` replaces the error dialog's own, for failures that are not the service's.
    void showError(const QString &failure, const EcsError &error, std::function<void()> retry,
                   const QString &advice = {});
    EcsError withoutSecrets(EcsError error) const;
    void noteRequestId(const EcsCall *call);
    /// While `call` (started in `slot`) is retried, the status says so after `description`.
    void showRetries(CallSlot &slot, EcsCall *call, const QString &description);
    void setIdleStatus(const QString &text);
    void updateBusyState();
    void updateImageCount();
    void showContextMenu(QAbstractItemView *view, const QPoint &position);
    QAbstractItemView *focusedView() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    EcsClient *m_client = nullptr;
    RegionListModel *m_regions = nullptr;
    ImageTableModel *m_images = nullptr;
    ImageFilterModel *m_imageFilter = nullptr;
    ColumnFitter *m_imageColumns = nullptr;

    CallSlot m_regionsCall;
    CallSlot m_imagesCall;
    CallSlot m_shareCall;

    ElidedLabel *m_statusLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_requestIdLabel = nullptr;
    QPointer<ErrorDialog> m_errorDialog;
    QPointer<CredentialsDialog> m_credentialsDialog;
    QPointer<AuditWindow> m_auditWindow;
    ProfileStore *m_profiles = nullptr;
    QString m_initialProfile;
    QString m_activeProfile;
    /// Bumped by every resolution, so that a slow keychain answer for an older choice is dropped.
    int m_resolution = 0;
    /// The chosen profile's default region, preferred over the remembered one after a switch.
    QString m_preferredRegionId;
    QString m_idleStatus;

    QString m_regionId;
    QString m_shownImageId;
    /// Selected as soon as it is listed: the remembered image at start, the shown one on refresh.
    QString m_pendingImageId;
    bool m_selectingImage = false;
    bool m_imagesComplete = false;
    int m_sharePage = 1;
    int m_sharePageSize = 10;
    bool m_shareAllPages = false;
    /// The share permission page on screen, for File > Export's "the page shown".
    SharePermissionPage m_shownPage;
    bool m_hasShownPage = false;
    ExportController *m_export = nullptr;
};

} // namespace isb
