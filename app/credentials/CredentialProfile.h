#pragma once

#include <QMetaType>
#include <QString>

namespace isb {

/// The non-secret half of a named set of credentials: what `credentials list` and the profile dialog
/// show. The secret lives in the keychain (Keychain), in the process environment (Environment) or in
/// memory for this run only (Session).
struct CredentialProfile {
    enum class Source {
        Keychain,    // saved: name, key ID and region in QSettings, the secret in the OS keychain
        Environment, // ALIBABA_CLOUD_* variables; read-only, named "Environment"
        Session,     // entered for this run only, kept in memory (no keychain available, or by choice)
    };

    QString name;
    QString accessKeyId;
    QString regionId; // default region; may be empty
    Source source = Source::Keychain;
    bool hasSecurityToken = false; // STS credentials: they expire, the UI can say so

    bool isReadOnly() const { return source == Source::Environment; }

    /// A short stable name for the source ("keychain", "environment", "session"), for the CLI.
    static QString sourceName(Source source);
};

} // namespace isb

Q_DECLARE_METATYPE(isb::CredentialProfile)
