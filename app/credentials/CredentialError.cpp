#include "CredentialError.h"

#include <QObject>

namespace isb {

QString CredentialError::kindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    case Kind::ReadOnlyProfile:
        return QStringLiteral("read-only-profile");
    case Kind::NoCredentials:
        return QStringLiteral("no-credentials");
    case Kind::ProfileNotFound:
        return QStringLiteral("profile-not-found");
    case Kind::IncompleteEnvironment:
        return QStringLiteral("incomplete-environment");
    case Kind::SecretMissing:
        return QStringLiteral("secret-missing");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    case Kind::Settings:
        break;
    }
    return QStringLiteral("settings");
}

CredentialError CredentialError::make(Kind kind, const QString &message, const QString &profileName) {
    CredentialError error;
    error.kind = kind;
    error.message = message;
    error.profileName = profileName;
    return error;
}

CredentialError CredentialError::fromKeychain(const KeychainError &keychain, const QString &profileName) {
    CredentialError error;
    error.profileName = profileName;
    error.keychain = keychain;
    switch (keychain.kind) {
    case KeychainError::Kind::None:
        return {};
    case KeychainError::Kind::NotFound:
        error.kind = Kind::SecretMissing;
        error.message = QObject::tr("The keychain has no secret for profile \"%1\". Enter its AccessKey "
                                    "Secret again.")
                            .arg(profileName);
        return error;
    case KeychainError::Kind::NoBackend:
        error.kind = Kind::Keychain;
        error.message =
            QObject::tr("No keychain is available (%1). Start a Secret Service such as "
                        "gnome-keyring or KWallet, or use session-only credentials or the "
                        "ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET variables.")
                .arg(keychain.message);
        return error;
    case KeychainError::Kind::AccessDenied:
        error.kind = Kind::Keychain;
        error.message = QObject::tr("Access to the keychain was denied (%1). Unlock the keychain and try "
                                    "again.")
                            .arg(keychain.message);
        return error;
    case KeychainError::Kind::Other:
        break;
    }
    error.kind = Kind::Keychain;
    error.message = QObject::tr("The keychain failed: %1").arg(keychain.message);
    return error;
}

} // namespace isb
