#pragma once

#include "KeychainError.h"

#include <QMetaType>
#include <QString>

namespace isb {

/// Why credentials could not be stored, removed or resolved, as a value. `message` is a sentence for the
/// user that says what to do next; it never contains a secret.
struct CredentialError {
    enum class Kind {
        None,
        InvalidInput,          // a bad profile name, an empty key ID or secret
        ReadOnlyProfile,       // the Environment profile cannot be saved over or removed
        NoCredentials,         // nothing to use: no --profile, no environment, no default profile
        ProfileNotFound,       // --profile / ALIBABA_CLOUD_PROFILE names an unknown profile
        IncompleteEnvironment, // only one of ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET is set
        SecretMissing,         // the profile exists but its keychain entry does not: ask for the secret
        Keychain,              // the keychain failed; `keychain` says how (NoBackend, AccessDenied, Other)
        Settings,              // QSettings could not be written
    };

    Kind kind = Kind::None;
    QString message;
    QString profileName;    // the profile concerned, if any
    KeychainError keychain; // for SecretMissing and Keychain

    bool isError() const { return kind != Kind::None; }

    /// A short stable name for the kind ("no-credentials", "keychain", ...), for logs and the CLI.
    static QString kindName(Kind kind);

    static CredentialError make(Kind kind, const QString &message, const QString &profileName = {});
    /// A keychain failure for `profileName`, with a message that tells the user what to do.
    static CredentialError fromKeychain(const KeychainError &error, const QString &profileName);
};

} // namespace isb

Q_DECLARE_METATYPE(isb::CredentialError)
