#pragma once

#include "CredentialError.h"
#include "CredentialProfile.h"
#include "Credentials.h"
#include "EcsClient.h"
#include "LatestCall.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <functional>
#include <memory>

class QAbstractButton;
class QMessageBox;

namespace Ui {
class CredentialsDialog;
}

namespace isb {

class ProfileStore;
struct ImportedProfile;

/// Manages the named credential profiles of a ProfileStore: lists them with their source (the read-only
/// Environment profile, keychain profiles, session-only ones), edits, saves, deletes, makes one the
/// default, imports from the aliyun CLI and SDK credential files, and tests entered credentials with a
/// DescribeRegions call through a temporary EcsClient. A role profile (Kind "RAM role") names a source
/// profile and AssumeRole's parameters instead of an AccessKey; its test assumes the role and asks
/// GetCallerIdentity, which shows the account reached.
///
/// Secrets only travel from the input fields to ProfileStore (the keychain) or to the temporary client.
/// They are never shown again once saved: selecting a saved profile leaves the secret field empty, and
/// an empty field means "keep the stored secret" when saving or testing. That way browsing the list never
/// makes the keychain ask to be unlocked, and a secret is never put back on the screen.
///
/// Without a keychain, saving shows what is missing and offers to keep the credentials for this session
/// only (ProfileStore::addSessionProfile); nothing is written to disk then.
class CredentialsDialog final : public QDialog {
    Q_OBJECT
public:
    /// `store` must outlive the dialog. `options` are the window's (endpoint, signature, timeouts), so
    /// that Test Connection asks the same service the window will.
    CredentialsDialog(ProfileStore *store, const ClientOptions &options, QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    /// Selects `name` in the list and shows it; false if there is no such profile.
    bool selectProfile(const QString &name);
    /// The profile shown in the form; empty while a new one is being entered.
    QString currentProfileName() const { return m_currentName; }
    /// Explains, above the form, why the window could not use its credentials (no credentials yet, a
    /// missing keychain entry, a locked or missing keychain). Shown on first run and after failures.
    void showCredentialError(const CredentialError &error);

Q_SIGNALS:
    /// A profile was saved to the keychain or kept for this session; the window may switch to it.
    void profileStored(const QString &name);

protected:
    void done(int result) override;

private:
    /// One profile waiting to be stored: the form's, or one chosen in the import dialog.
    struct PendingProfile {
        QString name;
        QString regionId;
        Credentials credentials;
        // A role profile (role.roleArn set): its source profile instead of credentials.
        QString sourceProfile = {};
        RoleSpec role = {};

        bool isRole() const { return !role.roleArn.isEmpty(); }
    };
    enum Kind { AccessKeyKind, RoleKind };

    void reloadProfiles(const QString &selectName);
    void onCurrentItemChanged();
    void showProfile(const CredentialProfile &profile);
    void startNewProfile();
    void updateButtons();
    /// Shows the rows of `kind` (AccessKey, or a RAM role's) and hides the others.
    void setKind(Kind kind);
    Kind formKind() const;
    /// Fills the source list of a role profile: every profile but `except`, then the environment.
    void fillRoleSources(const QString &except, const QString &selected);
    /// The role the form describes (its fields as typed).
    RoleSpec formRole() const;
    /// A role profile's Test Connection: AssumeRole with the source's keys, then GetCallerIdentity.
    void testRole();

    void save();
    void storeProfiles(QList<PendingProfile> queue, QStringList stored);
    void confirmDelete();
    void deleteProfile(const QString &name);
    void makeDefault();
    void testConnection();
    /// The Test Connection client for `credentials`, replacing the previous one.
    EcsClient *newTestClient(const Credentials &credentials);
    void runTest(const Credentials &credentials);
    void openImport();
    void importChosen(const QList<ImportedProfile> &chosen);
    void useForSessionOnly();

    /// Calls `then` with the credentials to use for the form: the typed secret, or the stored one of the
    /// shown profile when the secret field was left empty. Reports a problem and does not call `then`
    /// otherwise.
    void withFormCredentials(std::function<void(const Credentials &credentials)> then);
    /// Checks the form; returns an explanation (and focuses the field) or an empty string.
    QString checkForm(bool forSaving);
    /// checkForm(true), with the problem shown in the status line; false if there is one.
    bool isFormReadyToStore();
    /// Calls `then` with the form as a profile to store, its credentials as withFormCredentials() finds them.
    void withFormProfile(std::function<void(const PendingProfile &profile)> then);

    void handleError(const CredentialError &error, const QList<PendingProfile> &unsaved);
    void showKeychainProblem(const QString &title, const QString &text, bool offerSession);
    void hideKeychainProblem();
    void showStatus(const QString &text, bool isError = false);
    void setBusy(bool busy);
    void clearSecrets();
    /// `text` with every secret the dialog currently knows blanked out.
    QString redacted(const QString &text, const Credentials &credentials) const;

    std::unique_ptr<Ui::CredentialsDialog> m_ui;
    ProfileStore *m_store;
    ClientOptions m_options;
    QString m_currentName;
    std::optional<CredentialProfile> m_currentProfile;
    /// What could not be stored because the keychain failed; kept in memory until the user chooses
    /// "Use for This Session Only" or moves on.
    QList<PendingProfile> m_unsaved;
    QPointer<EcsClient> m_testClient;
    LatestCall m_testCall;
    QPointer<QMessageBox> m_confirmDelete;
    bool m_busy = false;
};

} // namespace isb
