#pragma once

#include "CredentialError.h"
#include "CredentialResolver.h"
#include "Credentials.h"
#include "EcsClient.h"
#include "EcsError.h"
#include "changes/SharingPlan.h"

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

class AccountBook;
class AuditWindow;
class ColumnFitter;
class BrowserSession;
class ElidedLabel;
class CredentialsDialog;
class ExportController;
class ErrorDialog;
class ImageFilterModel;
class ChangeLauncher;
class PlanDialog;
class ProfileStore;
struct ImageChangeOutcome;
struct JournalEntry;

/// The browser's shell: menus, actions, layout, dialogs and the view's settings. What is shown and loaded
/// (the region, its custom images, who may launch the selected one, the calls in flight) is the
/// BrowserSession's; the window hands it the user's choices and shows what it holds.
///
/// Menus and actions are declared in MainWindow.ui; the code only connects them, and adds entries only
/// for what is known at run time (the languages) or owned by a child widget (the pager's actions).
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const ClientOptions &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    BrowserSession *session() const { return m_session; }
    EcsClient *client() const;
    QString regionId() const;
    /// The image whose share permissions the right-hand pane shows.
    QString shownImageId() const;
    bool isLoading() const;

    /// The profiles the window offers (saved, session-only, the environment's). Owned by the window.
    ProfileStore *profileStore() const { return m_profiles; }
    /// Replaces the profile store, e.g. one on a test settings file; call before start().
    void setProfileStore(ProfileStore *store);
    /// The profile `--profile NAME` asked for; start() tries it first, as the CLI does.
    void setInitialProfile(const QString &name) { m_initialProfile = name; }
    /// The profile whose credentials are in use; empty until one is resolved (setCredentials() names none).
    QString activeProfileName() const;
    /// The account book (accounts.csv) every table of the window labels accounts from. Owned by the window.
    AccountBook *accountBook() const { return m_book; }
    /// Who the window talks to as, shown next to the profile: "Account 1234…5678 (own), via profile prod,
    /// endpoint ecs.aliyuncs.com", and a plain warning when --endpoint sends everything elsewhere.
    QString identityText() const;
    /// The icons of the desktop's icon theme, and the filter's clear button (whose icon is the theme's).
    /// main() calls it after the first paint, because the theme's first look-up is slow (ThemeIcons.h);
    /// until then the window shows the icons bundled in the resources.
    void applyThemeIcons();

public Q_SLOTS:
    /// Acquires credentials (CredentialResolver, in the order the README's "Credentials" section gives) and
    /// starts loading. Without any, the Credentials dialog opens.
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
    /// Edit > Label… and the accounts' context menu: label and trust of the current account.
    void labelCurrentAccount();
    /// Settings > Accounts…: the account book.
    void showAccountsDialog();
    void showAbout();
    /// Tools > Audit All Regions (Ctrl+Shift+A): the audit window, with this window's endpoint options and
    /// current credentials. One window; a second request brings it to the front.
    AuditWindow *showAuditWindow();

    /// Edit > Revoke… (Delete in the accounts table): the selected accounts taken away from the image.
    void revokeSelectedAccounts();
    /// Edit > Share with Accounts…
    void shareWithAccounts();
    /// Make Private… on the group-"all" banner.
    void makeShownImagePrivate();
    /// Edit > Undo Sharing Change…: the inverse of the latest journal entry, through the plan dialog.
    void undoLatestSharingChange();
    /// Edit > Sharing History…
    void showSharingHistory();
    /// The plan dialog for `requests`, opened; every sharing change of the window goes through one.
    PlanDialog *openPlanDialog(const QString &action, const QList<isb::SharingRequest> &requests);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpStatusBar();
    void setUpViews();
    void setUpActions();
    void setUpAuditAction();
    void setUpSharingActions();
    void updateSharingActions();
    void onSharingApplied(const QList<isb::ImageChangeOutcome> &outcomes);
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

    void connectSession();
    void onRegionChanged(const QString &regionId);
    void onImagesChanged();
    /// "My images" or "Shared with me": the list, and the Owner column shown with the latter only.
    void showImageOwner(bool others);
    /// Selects the session's image in the list, without handing the choice back to the session.
    void selectImageRow(const QString &imageId);
    void onCurrentImageChanged(const QModelIndex &current);
    /// The share permission pane and its pager, from what the session shows.
    void showSharePermissions();
    /// The pane's loading note and the page the pager notes as requested.
    void updateShareLoading();
    void onImageVanished(const QString &imageId);
    /// File > Export… (Ctrl+E): the shown page, the image or the region, to CSV or JSON.
    void exportSharePermissions();
    void updateExportAction();

    /// `advice` replaces the error dialog's own, for failures that are not the service's.
    void showError(const QString &failure, const EcsError &error, std::function<void()> retry,
                   const QString &advice = {});
    void setIdleStatus(const QString &text);
    void updateBusyState();
    void updateImageCount();
    void showContextMenu(QAbstractItemView *view, const QPoint &position);
    void updateIdentity();
    QAbstractItemView *focusedView() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    BrowserSession *m_session = nullptr;
    AccountBook *m_book = nullptr;
    ChangeLauncher *m_changes = nullptr; // every sharing change of the window starts here
    ElidedLabel *m_identityLabel = nullptr;
    ImageFilterModel *m_imageFilter = nullptr;

    ElidedLabel *m_statusLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_requestIdLabel = nullptr;
    QPointer<ErrorDialog> m_errorDialog;
    QPointer<CredentialsDialog> m_credentialsDialog;
    QPointer<AuditWindow> m_auditWindow;
    ProfileStore *m_profiles = nullptr;
    QString m_initialProfile;
    /// Bumped by every resolution, so that a slow keychain answer for an older choice is dropped.
    int m_resolution = 0;
    QString m_idleStatus;

    /// Set while the window moves a view to the session's state, so that it is not handed back as a choice.
    bool m_syncingView = false;
    ColumnFitter *m_imageColumns = nullptr;
    /// The region the window shows, for the image note banner, which belongs to one region.
    QString m_shownRegionId;
    /// The table a context menu was opened on, for its Copy Rows.
    QAbstractItemView *m_contextView = nullptr;
    ExportController *m_export = nullptr;
};

} // namespace isb
