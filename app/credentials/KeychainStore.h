#pragma once

#include "KeychainError.h"

#include <QString>

#include <functional>

class QObject;

namespace isb {

/// The secret half of a profile: what goes into the OS keychain and nowhere else.
struct ProfileSecret {
    QString accessKeySecret;
    QString securityToken; // empty unless the profile holds STS credentials
};

/// Asynchronous access to the secrets of credential profiles in the OS keychain (QtKeychain: Secret
/// Service or KWallet on Linux, Keychain on macOS, Credential Manager on Windows).
///
/// Every entry lives under the service name "image-share-browser" with the key "profile:<name>"; the
/// AccessKey Secret and the SecurityToken share one entry so that they are written, replaced and removed
/// together. Jobs never fall back to a plain-text file (setInsecureFallback(false) on every job): without
/// a keychain the result is KeychainError::NoBackend and the caller offers session-only credentials.
///
/// Results arrive through a callback, invoked on `context`'s thread from the event loop, and not at all
/// if `context` is destroyed first. QtKeychain runs jobs one at a time from its own queue; nothing here
/// blocks or spins the event loop.
class KeychainStore final {
public:
    using DoneHandler = std::function<void(const KeychainError &error)>;
    using ReadHandler = std::function<void(const ProfileSecret &secret, const KeychainError &error)>;

    /// "image-share-browser": the service name of every entry the application writes.
    static QString serviceName();
    /// The keychain key of a profile's entry, "profile:<name>".
    static QString keyFor(const QString &profileName);

    /// Creates or replaces the entry of `profileName`.
    void writeSecret(const QString &profileName, const ProfileSecret &secret, QObject *context,
                     DoneHandler done) const;
    /// Reads the entry of `profileName`; KeychainError::NotFound if there is none.
    void readSecret(const QString &profileName, QObject *context, ReadHandler done) const;
    /// Removes the entry of `profileName`. Removing an entry that does not exist succeeds.
    void deleteSecret(const QString &profileName, QObject *context, DoneHandler done) const;
};

} // namespace isb
