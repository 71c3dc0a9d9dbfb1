#pragma once

#include "CredentialError.h"
#include "CredentialProfile.h"
#include "Credentials.h"
#include "KeychainStore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace isb {

/// All credential profiles the application knows, from three sources:
/// - saved profiles: name, AccessKey ID, default region and has-token flag in QSettings (group
///   `profiles/<name>/`, default profile name in `profiles/.default`), the secret in the OS keychain
///   (KeychainStore). A profile is written to QSettings only after its secret reached the keychain, so a
///   missing keychain leaves nothing behind;
/// - the read-only "Environment" profile, present when ALIBABA_CLOUD_ACCESS_KEY_ID and
///   ALIBABA_CLOUD_ACCESS_KEY_SECRET are set (optional ALIBABA_CLOUD_SECURITY_TOKEN and
///   ALIBABA_CLOUD_REGION_ID);
/// - session profiles, kept in this object's memory only, for when there is no keychain. A session profile
///   hides a saved profile of the same name for the rest of the run.
///
/// Asynchronous operations call `done` from the event loop, never before returning, and not at all once
/// `context` is destroyed.
class ProfileStore final : public QObject {
    Q_OBJECT
public:
    using DoneHandler = std::function<void(const CredentialError &error)>;
    using CredentialsHandler =
        std::function<void(const Credentials &credentials, const CredentialError &error)>;

    /// Uses the application's default QSettings and the process environment.
    explicit ProfileStore(QObject *parent = nullptr);
    /// Uses the INI file `settingsFile` instead of the default settings (tests, a portable setup).
    explicit ProfileStore(const QString &settingsFile, QObject *parent = nullptr);
    ~ProfileStore() override;

    /// "Environment": the name of the profile made from ALIBABA_CLOUD_* variables.
    static QString environmentProfileName();
    /// 1-64 characters of A-Z a-z 0-9 . _ - starting with a letter or digit, not "Environment". The
    /// characters are the ones QSettings keeps verbatim in its keys and a shell needs no quotes for.
    static bool isValidProfileName(const QString &name, QString *why = nullptr);

    /// The environment the Environment profile and CredentialResolver read; the process's by default.
    void setEnvironment(const QProcessEnvironment &environment);
    const QProcessEnvironment &environment() const { return m_environment; }

    /// Environment first (if present), then saved and session profiles sorted by name.
    QList<CredentialProfile> profiles() const;
    std::optional<CredentialProfile> profile(const QString &name) const;
    bool contains(const QString &name) const { return profile(name).has_value(); }

    /// The saved profile used when nothing else is asked for; empty if none.
    QString defaultProfileName() const;
    /// Only a saved profile can be the default (a session profile is gone on the next start).
    CredentialError setDefaultProfileName(const QString &name);

    /// Stores `credentials` as profile `name`: the secret and token into the keychain, then the key ID,
    /// `regionId` and has-token flag into QSettings. Replaces a saved profile of that name. The first saved
    /// profile becomes the default.
    void saveProfile(const QString &name, const QString &regionId, const Credentials &credentials,
                     QObject *context, DoneHandler done);
    /// Stores the role profile `name` (Source::Role): `sourceProfile` (a profile name, or "Environment")
    /// and `role` into QSettings; nothing into the keychain. Replaces a saved profile of that name (its
    /// keychain entry is removed first). The source need not exist yet (an import may add it next, the
    /// environment may be set later); it is looked up when the credentials are loaded. The first saved
    /// profile becomes the default.
    void saveRoleProfile(const QString &name, const QString &regionId, const QString &sourceProfile,
                         const RoleSpec &role, QObject *context, DoneHandler done);
    /// Why `sourceProfile` cannot be the source of role profile `name` (empty, itself, an invalid name, a
    /// chain back to `name`), or empty when it can.
    QString roleSourceProblem(const QString &name, const QString &sourceProfile) const;
    /// The longest chain of role profiles followed when loading (a role whose source is a role ...).
    static constexpr int kMaxRoleChain = 5;

    /// Keeps `credentials` in memory for this run as a Session profile. Synchronous: nothing is written.
    CredentialError addSessionProfile(const QString &name, const QString &regionId,
                                      const Credentials &credentials);
    /// Removes a saved profile (keychain entry first, then QSettings) or a session profile.
    void removeProfile(const QString &name, QObject *context, DoneHandler done);

    /// The full credentials of a profile; a saved profile's secret is read from the keychain. A role
    /// profile's are its source's credentials wrapped in a new RoleSession (Credentials::role), which
    /// calls AssumeRole before the first request; nothing is sent here.
    void loadCredentials(const QString &name, QObject *context, CredentialsHandler done) const;

Q_SIGNALS:
    /// A profile was saved, added or removed, or the default changed.
    void profilesChanged();

private:
    struct SessionEntry {
        CredentialProfile profile;
        Credentials credentials;
    };

    std::optional<CredentialProfile> environmentProfile() const;
    Credentials environmentCredentials() const;
    std::optional<CredentialProfile> savedProfile(const QString &name) const;
    QStringList savedProfileNames() const;
    CredentialError checkWritable(const QString &name, const Credentials &credentials) const;
    CredentialError syncSettings(const QString &profileName);
    void writeRoleSettings(const QString &name, const QString &regionId, const QString &sourceProfile,
                           const RoleSpec &role);
    void loadChain(const QString &name, QStringList chain, QObject *context, CredentialsHandler done) const;

    std::unique_ptr<QSettings> m_settings;
    QProcessEnvironment m_environment;
    QHash<QString, SessionEntry> m_session;
    KeychainStore m_keychain;
};

} // namespace isb
