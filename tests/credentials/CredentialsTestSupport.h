#pragma once

// Shared by the credentials tests: a private HOME, a scan for secrets on disk, and synchronous wrappers
// around the asynchronous keychain calls (tests may wait; the application never does).

#include "CredentialResolver.h"
#include "KeychainStore.h"
#include "ProfileStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

namespace isb::test {

constexpr int kKeychainTimeoutMs = 20000;

/// A temporary HOME (and XDG config/cache dirs inside it) for the whole test process, so that settings
/// and imported files never touch the real user's. The keyring daemon keeps its own data dir: it was
/// started by scripts/with-keyring, which exports that dir's root as ISB_KEYRING_ROOT.
class TestHome final {
public:
    TestHome() {
        QStandardPaths::setTestModeEnabled(true);
        const QByteArray home = QFile::encodeName(m_dir.path());
        qputenv("HOME", home);
        qputenv("XDG_CONFIG_HOME", home + "/.config");
        qputenv("XDG_CACHE_HOME", home + "/.cache");
    }

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    QString settingsFile() const { return m_dir.filePath(QStringLiteral(".config/isb-test.ini")); }

    /// Every directory a leaked secret could land in: this HOME and the wrapper's private root.
    QStringList scannedDirectories() const {
        QStringList dirs{m_dir.path()};
        const QString root = qEnvironmentVariable("ISB_KEYRING_ROOT");
        if (!root.isEmpty())
            dirs.append(root);
        return dirs;
    }

    /// Files under scannedDirectories() whose bytes contain `needle` (UTF-8 or UTF-16).
    QStringList filesContaining(const QString &needle) const {
        const QByteArray utf8 = needle.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
        QStringList hits;
        for (const QString &dir : scannedDirectories()) {
            QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue; // sockets and the like
                const QByteArray content = file.readAll();
                if (content.contains(utf8) || content.contains(utf16))
                    hits.append(file.fileName());
            }
        }
        return hits;
    }

    /// Number of regular files scanned, to prove the scan looked at something.
    int fileCount() const {
        int count = 0;
        for (const QString &dir : scannedDirectories()) {
            QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                ++count;
            }
        }
        return count;
    }

private:
    QTemporaryDir m_dir;
};

/// A unique string to store as a secret and search for afterwards.
inline QString canary(const char *what) {
    return QLatin1String("isb-canary-") + QLatin1String(what) + QLatin1Char('-') +
           QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The context object lives on the helper's stack: if the wait times out, the late callback is dropped
// instead of writing to a dead local.

inline KeychainError writeSecret(const KeychainStore &store, const QString &profile,
                                 const ProfileSecret &secret) {
    QObject context;
    std::optional<KeychainError> result;
    store.writeSecret(profile, secret, &context, [&](const KeychainError &error) { result = error; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kKeychainTimeoutMs))
        return {KeychainError::Kind::Other, QStringLiteral("test timeout")};
    return *result;
}

inline std::pair<ProfileSecret, KeychainError> readSecret(const KeychainStore &store,
                                                          const QString &profile) {
    QObject context;
    std::optional<std::pair<ProfileSecret, KeychainError>> result;
    store.readSecret(profile, &context, [&](const ProfileSecret &secret, const KeychainError &error) {
        result = {secret, error};
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kKeychainTimeoutMs))
        return {{}, {KeychainError::Kind::Other, QStringLiteral("test timeout")}};
    return *result;
}

inline KeychainError deleteSecret(const KeychainStore &store, const QString &profile) {
    QObject context;
    std::optional<KeychainError> result;
    store.deleteSecret(profile, &context, [&](const KeychainError &error) { result = error; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kKeychainTimeoutMs))
        return {KeychainError::Kind::Other, QStringLiteral("test timeout")};
    return *result;
}

inline CredentialError saveProfile(ProfileStore &store, const QString &name, const QString &region,
                                   const Credentials &credentials) {
    QObject context;
    std::optional<CredentialError> result;
    store.saveProfile(name, region, credentials, &context,
                      [&](const CredentialError &error) { result = error; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kKeychainTimeoutMs))
        return CredentialError::make(CredentialError::Kind::Keychain, QStringLiteral("test timeout"));
    return *result;
}

inline CredentialError saveRoleProfile(ProfileStore &store, const QString &name, const QString &sourceProfile,
                                       const RoleSpec &role, const QString &region = {}) {
    QObject context;
    std::optional<CredentialError> result;
    store.saveRoleProfile(name, region, sourceProfile, role, &context,
                          [&](const CredentialError &error) { result = error; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kKeychainTimeoutMs))
        return CredentialError::make(CredentialError::Kind::Keychain, QStringLiteral("test timeout"));
    return *result;
}

inline CredentialError removeProfile(ProfileStore &store, const QString &name) {
    QObject context;
    std::optional<CredentialError> result;
    store.removeProfile(name, &context, [&](const CredentialError &error) { result = error; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kKeychainTimeoutMs))
        return CredentialError::make(CredentialError::Kind::Keychain, QStringLiteral("test timeout"));
    return *result;
}

inline std::pair<Credentials, CredentialError> loadCredentials(const ProfileStore &store,
                                                               const QString &name) {
    QObject context;
    std::optional<std::pair<Credentials, CredentialError>> result;
    store.loadCredentials(name, &context, [&](const Credentials &credentials, const CredentialError &error) {
        result = {credentials, error};
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kKeychainTimeoutMs))
        return {{}, CredentialError::make(CredentialError::Kind::Keychain, QStringLiteral("test timeout"))};
    return *result;
}

inline std::pair<CredentialResolver::Resolved, CredentialError> resolve(const CredentialResolver &resolver,
                                                                        const QString &explicitProfile) {
    QObject context;
    std::optional<std::pair<CredentialResolver::Resolved, CredentialError>> result;
    resolver.resolve(explicitProfile, &context,
                     [&](const CredentialResolver::Resolved &resolved, const CredentialError &error) {
                         result = {resolved, error};
                     });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, kKeychainTimeoutMs))
        return {{}, CredentialError::make(CredentialError::Kind::Keychain, QStringLiteral("test timeout"))};
    return *result;
}

/// Fails the test case early, with the fix, when not inside scripts/with-keyring or no Secret Service
/// answers. Outside the wrapper the tests would write into the developer's own keyring, so they refuse.
inline bool keychainAvailable(QString *why) {
    if (qEnvironmentVariableIsEmpty("ISB_KEYRING_ROOT")) {
        *why = QStringLiteral("not inside scripts/with-keyring; refusing to touch the real keyring");
        return false;
    }
    const KeychainStore store;
    const KeychainError error =
        writeSecret(store, QStringLiteral("isb-test-probe"), {QStringLiteral("probe"), {}});
    if (error.isError()) {
        *why = QLatin1String("no working keychain (") + KeychainError::kindName(error.kind) +
               QLatin1String(": ") + error.message +
               QLatin1String("); run the tests through scripts/with-keyring");
        return false;
    }
    deleteSecret(store, QStringLiteral("isb-test-probe"));
    return true;
}

} // namespace isb::test
