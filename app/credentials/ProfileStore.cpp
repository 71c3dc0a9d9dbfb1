#include "ProfileStore.h"

#include "AccessKeyMask.h"
#include "CredentialsLog.h"
#include "SettingsKeys.h"
#include "sts/RoleSession.h"

#include <QMetaObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

namespace isb {

namespace {

QString groupOf(const QString &name) {
    return SettingsKeys::profilesGroup + QLatin1Char('/') + name;
}

// Results are always delivered from the event loop, so callers see the same order of events whether or
// not the keychain was involved.
template<typename Handler, typename... Args> void deliverLater(QObject *context, Handler done, Args... args) {
    QMetaObject::invokeMethod(
        context, [done = std::move(done), args...]() { done(args...); }, Qt::QueuedConnection);
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
    , m_environment(QProcessEnvironment::systemEnvironment()) {}

ProfileStore::ProfileStore(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
    , m_environment(QProcessEnvironment::systemEnvironment()) {}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::environmentProfileName() {
    return QStringLiteral("Environment");
}

bool ProfileStore::isValidProfileName(const QString &name, QString *why) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    QString reason;
    if (name.compare(environmentProfileName(), Qt::CaseInsensitive) == 0)
        reason = tr("\"%1\" is reserved for the credentials in environment variables.").arg(name);
    else if (!pattern.match(name).hasMatch())
        reason = tr("A profile name has 1 to 64 characters: letters, digits, '.', '_' and '-', starting with "
                    "a letter or digit.");
    if (why)
        *why = reason;
    return reason.isEmpty();
}

void ProfileStore::setEnvironment(const QProcessEnvironment &environment) {
    m_environment = environment;
    Q_EMIT profilesChanged();
}

QList<CredentialProfile> ProfileStore::profiles() const {
    QList<CredentialProfile> named;
    for (const QString &name : savedProfileNames()) {
        if (m_session.contains(name))
            continue;
        if (auto saved = savedProfile(name))
            named.append(*saved);
    }
    for (const SessionEntry &entry : m_session)
        named.append(entry.profile);
    std::sort(named.begin(), named.end(),
              [](const CredentialProfile &a, const CredentialProfile &b) { return a.name < b.name; });

    QList<CredentialProfile> all;
    if (auto environment = environmentProfile())
        all.append(*environment);
    all.append(named);
    return all;
}

std::optional<CredentialProfile> ProfileStore::profile(const QString &name) const {
    if (name == environmentProfileName())
        return environmentProfile();
    if (const auto it = m_session.constFind(name); it != m_session.constEnd())
        return it->profile;
    return savedProfile(name);
}

QString ProfileStore::defaultProfileName() const {
    return m_settings->value(SettingsKeys::defaultProfile).toString();
}

CredentialError ProfileStore::setDefaultProfileName(const QString &name) {
    if (name.isEmpty()) {
        m_settings->remove(SettingsKeys::defaultProfile);
    } else {
        if (!savedProfile(name)) {
            return CredentialError::make(CredentialError::Kind::ProfileNotFound,
                                         tr("There is no saved profile \"%1\".").arg(name), name);
        }
        m_settings->setValue(SettingsKeys::defaultProfile, name);
    }
    const CredentialError error = syncSettings(name);
    if (!error.isError())
        Q_EMIT profilesChanged();
    return error;
}

void ProfileStore::saveProfile(const QString &name, const QString &regionId, const Credentials &credentials,
                               QObject *context, DoneHandler done) {
    if (const CredentialError invalid = checkWritable(name, credentials); invalid.isError()) {
        deliverLater(context, std::move(done), invalid);
        return;
    }

    const ProfileSecret secret{credentials.accessKeySecret, credentials.securityToken};
    // `this` is the connection's context: the settings are completed even if the caller's context is gone,
    // since the keychain already holds the secret.
    m_keychain.writeSecret(name, secret, this,
                           [this, name, accessKeyId = credentials.accessKeyId, regionId,
                            hasToken = credentials.hasSecurityToken(), caller = QPointer<QObject>(context),
                            done = std::move(done)](const KeychainError &keychainError) {
                               CredentialError error = CredentialError::fromKeychain(keychainError, name);
                               if (!error.isError()) {
                                   m_settings->remove(groupOf(name));
                                   m_settings->beginGroup(groupOf(name));
                                   m_settings->setValue(SettingsKeys::profileAccessKeyId, accessKeyId);
                                   m_settings->setValue(SettingsKeys::profileRegionId, regionId);
                                   m_settings->setValue(SettingsKeys::profileHasSecurityToken, hasToken);
                                   m_settings->endGroup();
                                   if (defaultProfileName().isEmpty())
                                       m_settings->setValue(SettingsKeys::defaultProfile, name);
                                   error = syncSettings(name);
                                   qCInfo(lcCredentials) << "saved profile" << name << "with AccessKey ID"
                                                         << maskAccessKeyId(accessKeyId);
                                   Q_EMIT profilesChanged();
                               }
                               if (caller)
                                   done(error);
                           });
}

CredentialError ProfileStore::addSessionProfile(const QString &name, const QString &regionId,
                                                const Credentials &credentials) {
    if (const CredentialError invalid = checkWritable(name, credentials); invalid.isError())
        return invalid;
    SessionEntry entry;
    entry.profile.name = name;
    entry.profile.accessKeyId = credentials.accessKeyId;
    entry.profile.regionId = regionId;
    entry.profile.source = CredentialProfile::Source::Session;
    entry.profile.hasSecurityToken = credentials.hasSecurityToken();
    entry.credentials = credentials;
    m_session.insert(name, entry);
    qCInfo(lcCredentials) << "added session-only profile" << name << "with AccessKey ID"
                          << maskAccessKeyId(credentials.accessKeyId);
    Q_EMIT profilesChanged();
    return {};
}

QString ProfileStore::roleSourceProblem(const QString &name, const QString &sourceProfile) const {
    if (sourceProfile.isEmpty())
        return tr("A role profile needs a source profile, whose keys call AssumeRole.");
    if (sourceProfile == name)
        return tr("A role profile cannot be its own source.");
    if (sourceProfile == environmentProfileName())
        return {};
    QString why;
    if (!isValidProfileName(sourceProfile, &why))
        //: %1 is a profile name, %2 says which names are allowed.
        return tr("The source profile \"%1\" is not a valid name: %2").arg(sourceProfile, why);
    // A chain that comes back to this profile would never end.
    QString next = sourceProfile;
    for (int depth = 0; depth < kMaxRoleChain; ++depth) {
        const std::optional<CredentialProfile> found = profile(next);
        if (!found || !found->isRole())
            return {};
        if (found->sourceProfile == name)
            //: %1 and %2 are profile names.
            return tr("The source profile \"%1\" leads back to \"%2\".").arg(sourceProfile, name);
        next = found->sourceProfile;
    }
    return tr("The chain of role profiles from \"%1\" is longer than %2.")
        .arg(sourceProfile)
        .arg(kMaxRoleChain);
}

void ProfileStore::saveRoleProfile(const QString &name, const QString &regionId, const QString &sourceProfile,
                                   const RoleSpec &role, QObject *context, DoneHandler done) {
    QString why;
    CredentialError invalid;
    if (name == environmentProfileName()) {
        invalid = CredentialError::make(CredentialError::Kind::ReadOnlyProfile,
                                        tr("The Environment profile comes from ALIBABA_CLOUD_* variables and "
                                           "cannot be changed here."),
                                        name);
    } else if (!isValidProfileName(name, &why)) {
        invalid = CredentialError::make(CredentialError::Kind::InvalidInput, why, name);
    } else if (const QString problem = roleSourceProblem(name, sourceProfile); !problem.isEmpty()) {
        invalid = CredentialError::make(CredentialError::Kind::InvalidInput, problem, name);
    } else if (const QString problem = role.problem(); !problem.isEmpty()) {
        invalid = CredentialError::make(CredentialError::Kind::InvalidInput, problem, name);
    }
    if (invalid.isError()) {
        deliverLater(context, std::move(done), invalid);
        return;
    }
    const std::optional<CredentialProfile> previous = savedProfile(name);
    if (!previous || previous->isRole()) {
        writeRoleSettings(name, regionId, sourceProfile, role);
        deliverLater(context, std::move(done), syncSettings(name));
        return;
    }
    // An AccessKey profile becomes a role profile: its secret must not stay behind in the keychain.
    m_keychain.deleteSecret(name, this,
                            [this, name, regionId, sourceProfile, role, caller = QPointer<QObject>(context),
                             done = std::move(done)](const KeychainError &keychainError) {
                                CredentialError error = CredentialError::fromKeychain(keychainError, name);
                                if (keychainError.kind == KeychainError::Kind::NotFound)
                                    error = {};
                                if (!error.isError()) {
                                    writeRoleSettings(name, regionId, sourceProfile, role);
                                    error = syncSettings(name);
                                }
                                if (caller)
                                    done(error);
                            });
}

void ProfileStore::writeRoleSettings(const QString &name, const QString &regionId,
                                     const QString &sourceProfile, const RoleSpec &role) {
    m_settings->remove(groupOf(name));
    m_settings->beginGroup(groupOf(name));
    m_settings->setValue(SettingsKeys::profileKind, SettingsKeys::profileKindRamRoleArn);
    m_settings->setValue(SettingsKeys::profileRegionId, regionId);
    m_settings->setValue(SettingsKeys::profileSourceProfile, sourceProfile);
    m_settings->setValue(SettingsKeys::profileRoleArn, role.roleArn);
    m_settings->setValue(SettingsKeys::profileRoleSessionName, role.sessionName);
    m_settings->setValue(SettingsKeys::profileExternalId, role.externalId);
    m_settings->setValue(SettingsKeys::profileDurationSeconds, role.durationSeconds);
    m_settings->endGroup();
    if (defaultProfileName().isEmpty())
        m_settings->setValue(SettingsKeys::defaultProfile, name);
    qCInfo(lcCredentials) << "saved role profile" << name << "for" << role.roleArn << "with source"
                          << sourceProfile;
    Q_EMIT profilesChanged();
}

void ProfileStore::removeProfile(const QString &name, QObject *context, DoneHandler done) {
    if (name == environmentProfileName()) {
        deliverLater(context, std::move(done),
                     CredentialError::make(CredentialError::Kind::ReadOnlyProfile,
                                           tr("The Environment profile comes from ALIBABA_CLOUD_* variables; "
                                              "unset them to remove it."),
                                           name));
        return;
    }
    if (m_session.remove(name) > 0) {
        Q_EMIT profilesChanged();
        deliverLater(context, std::move(done), CredentialError{});
        return;
    }
    const std::optional<CredentialProfile> saved = savedProfile(name);
    if (!saved) {
        deliverLater(context, std::move(done),
                     CredentialError::make(CredentialError::Kind::ProfileNotFound,
                                           tr("There is no profile \"%1\".").arg(name), name));
        return;
    }
    if (saved->isRole()) {
        // No keychain entry: the settings are all there is.
        m_settings->remove(groupOf(name));
        if (defaultProfileName() == name)
            m_settings->remove(SettingsKeys::defaultProfile);
        const CredentialError error = syncSettings(name);
        qCInfo(lcCredentials) << "removed role profile" << name;
        Q_EMIT profilesChanged();
        deliverLater(context, std::move(done), error);
        return;
    }
    // The keychain entry goes first: if that fails the profile stays listed, so the user can retry
    // instead of leaving an orphaned secret behind.
    m_keychain.deleteSecret(name, this,
                            [this, name, caller = QPointer<QObject>(context),
                             done = std::move(done)](const KeychainError &keychainError) {
                                CredentialError error = CredentialError::fromKeychain(keychainError, name);
                                if (!error.isError()) {
                                    m_settings->remove(groupOf(name));
                                    if (defaultProfileName() == name)
                                        m_settings->remove(SettingsKeys::defaultProfile);
                                    error = syncSettings(name);
                                    qCInfo(lcCredentials) << "removed profile" << name;
                                    Q_EMIT profilesChanged();
                                }
                                if (caller)
                                    done(error);
                            });
}

void ProfileStore::loadCredentials(const QString &name, QObject *context, CredentialsHandler done) const {
    loadChain(name, {}, context, std::move(done));
}

void ProfileStore::loadChain(const QString &name, QStringList chain, QObject *context,
                             CredentialsHandler done) const {
    const std::optional<CredentialProfile> found = profile(name);
    if (!found) {
        deliverLater(context, std::move(done), Credentials{},
                     CredentialError::make(CredentialError::Kind::ProfileNotFound,
                                           tr("There is no profile \"%1\".").arg(name), name));
        return;
    }
    switch (found->source) {
    case CredentialProfile::Source::Environment:
        deliverLater(context, std::move(done), environmentCredentials(), CredentialError{});
        return;
    case CredentialProfile::Source::Session:
        deliverLater(context, std::move(done), m_session.value(name).credentials, CredentialError{});
        return;
    case CredentialProfile::Source::Role: {
        chain.append(name);
        const QString &source = found->sourceProfile;
        QString problem = found->role.problem();
        if (problem.isEmpty() && (source.isEmpty() || chain.contains(source) || chain.size() > kMaxRoleChain))
            //: %1 is a profile name.
            problem = tr("The role profile \"%1\" has no usable source profile (missing, or a chain that "
                         "loops or is too long).")
                          .arg(chain.constFirst());
        if (problem.isEmpty() && !profile(source)) {
            //: %1 and %2 are profile names.
            problem = source == environmentProfileName()
                          ? tr("The role profile \"%1\" takes its source keys from the environment, but "
                               "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set.")
                                .arg(name)
                          : tr("The source profile \"%2\" of role profile \"%1\" does not exist.")
                                .arg(name, source);
        }
        if (!problem.isEmpty()) {
            deliverLater(context, std::move(done), Credentials{},
                         CredentialError::make(CredentialError::Kind::ProfileNotFound, problem, name));
            return;
        }
        loadChain(source, chain, context,
                  [role = found->role, done = std::move(done)](const Credentials &sourceCredentials,
                                                               const CredentialError &error) {
                      if (error.isError())
                          return done(Credentials{}, error);
                      Credentials credentials;
                      credentials.role = RoleSession::create(sourceCredentials, role);
                      done(credentials, CredentialError{});
                  });
        return;
    }
    case CredentialProfile::Source::Keychain:
        break;
    }
    m_keychain.readSecret(
        name, context,
        [name, accessKeyId = found->accessKeyId, done = std::move(done)](const ProfileSecret &secret,
                                                                         const KeychainError &keychainError) {
            if (keychainError.isError()) {
                done(Credentials{}, CredentialError::fromKeychain(keychainError, name));
                return;
            }
            done(Credentials{accessKeyId, secret.accessKeySecret, secret.securityToken}, CredentialError{});
        });
}

std::optional<CredentialProfile> ProfileStore::environmentProfile() const {
    const Credentials credentials = environmentCredentials();
    if (!credentials.isComplete())
        return std::nullopt;
    CredentialProfile profile;
    profile.name = environmentProfileName();
    profile.accessKeyId = credentials.accessKeyId;
    profile.regionId = m_environment.value(QStringLiteral("ALIBABA_CLOUD_REGION_ID"));
    profile.source = CredentialProfile::Source::Environment;
    profile.hasSecurityToken = credentials.hasSecurityToken();
    return profile;
}

Credentials ProfileStore::environmentCredentials() const {
    return {m_environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")),
            m_environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET")),
            m_environment.value(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"))};
}

std::optional<CredentialProfile> ProfileStore::savedProfile(const QString &name) const {
    if (!isValidProfileName(name))
        return std::nullopt;
    const QString prefix = groupOf(name) + QLatin1Char('/');
    if (m_settings->value(prefix + SettingsKeys::profileKind).toString() ==
        SettingsKeys::profileKindRamRoleArn) {
        m_settings->beginGroup(groupOf(name));
        CredentialProfile profile;
        profile.name = name;
        profile.source = CredentialProfile::Source::Role;
        profile.regionId = m_settings->value(SettingsKeys::profileRegionId).toString();
        profile.sourceProfile = m_settings->value(SettingsKeys::profileSourceProfile).toString();
        profile.role.roleArn = m_settings->value(SettingsKeys::profileRoleArn).toString();
        profile.role.sessionName =
            m_settings->value(SettingsKeys::profileRoleSessionName, RoleSpec::defaultSessionName())
                .toString();
        profile.role.externalId = m_settings->value(SettingsKeys::profileExternalId).toString();
        profile.role.durationSeconds =
            m_settings->value(SettingsKeys::profileDurationSeconds, RoleSpec::kDefaultDurationSeconds)
                .toInt();
        m_settings->endGroup();
        return profile;
    }
    if (!m_settings->contains(prefix + SettingsKeys::profileAccessKeyId))
        return std::nullopt;
    m_settings->beginGroup(groupOf(name));
    CredentialProfile profile;
    profile.name = name;
    profile.accessKeyId = m_settings->value(SettingsKeys::profileAccessKeyId).toString();
    profile.regionId = m_settings->value(SettingsKeys::profileRegionId).toString();
    profile.hasSecurityToken = m_settings->value(SettingsKeys::profileHasSecurityToken).toBool();
    profile.source = CredentialProfile::Source::Keychain;
    m_settings->endGroup();
    return profile;
}

QStringList ProfileStore::savedProfileNames() const {
    m_settings->beginGroup(SettingsKeys::profilesGroup);
    const QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    return names;
}

CredentialError ProfileStore::checkWritable(const QString &name, const Credentials &credentials) const {
    if (name == environmentProfileName()) {
        return CredentialError::make(CredentialError::Kind::ReadOnlyProfile,
                                     tr("The Environment profile comes from ALIBABA_CLOUD_* variables and "
                                        "cannot be changed here."),
                                     name);
    }
    QString why;
    if (!isValidProfileName(name, &why))
        return CredentialError::make(CredentialError::Kind::InvalidInput, why, name);
    if (!credentials.isComplete()) {
        return CredentialError::make(CredentialError::Kind::InvalidInput,
                                     tr("Both the AccessKey ID and the AccessKey Secret are required."),
                                     name);
    }
    return {};
}

CredentialError ProfileStore::syncSettings(const QString &profileName) {
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return {};
    qCWarning(lcCredentials) << "could not write the settings file" << m_settings->fileName();
    return CredentialError::make(CredentialError::Kind::Settings,
                                 tr("Could not write the settings file %1.").arg(m_settings->fileName()),
                                 profileName);
}

} // namespace isb
