#pragma once

#include <QMetaType>
#include <QString>

namespace isb {

/// The outcome of one keychain operation, as a value. The kind tells the caller what to do; the message
/// is the backend's own text (never contains the secret) for logs and for the user.
struct KeychainError {
    enum class Kind {
        None,         // success
        NotFound,     // no entry for this profile: ask the user for the secret
        NoBackend,    // no Secret Service / KWallet / session bus: offer session-only credentials
        AccessDenied, // the user refused, or a locked keychain could not be unlocked
        Other,        // anything else; the message has the details
    };

    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }

    /// A short stable name for the kind ("not-found", "no-backend", ...), for logs and the CLI.
    static QString kindName(Kind kind);

    /// Maps a QtKeychain error code (QKeychain::Error as int, so that callers need not include QtKeychain)
    /// and its errorString() to a kind. See the .cpp for why messages are inspected too.
    static KeychainError fromQtKeychain(int code, const QString &message);
};

} // namespace isb

Q_DECLARE_METATYPE(isb::KeychainError)
