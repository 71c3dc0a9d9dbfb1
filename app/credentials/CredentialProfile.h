#pragma once

#include "RoleSpec.h"

#include <QMetaType>
#include <QString>

namespace isb {

/// The non-secret half of a named set of credentials: what `credentials list` and the profile dialog
/// show. The secret lives in the keychain (Keychain), in the process environment (Environment) or in
/// memory for this run only (Session). A role profile (Role) has no secret of its own: its source
/// profile's keys assume the role, and the temporary key lives in memory only (RoleSession).
struct CredentialProfile {
    enum class Source {
        Keychain,    // saved: name, key ID and region in QSettings, the secret in the OS keychain
        Environment, // ALIBABA_CLOUD_* variables; read-only, named "Environment"
        Session,     // entered for this run only, kept in memory (no keychain available, or by choice)
        Role,        // RamRoleArn: a saved source profile and AssumeRole's parameters, all in QSettings
    };

    QString name;
    QString accessKeyId;
    QString regionId; // default region; may be empty
    Source source = Source::Keychain;
    bool hasSecurityToken = false; // STS credentials: they expire, the UI can say so
    // Role profiles only: the profile whose keys call AssumeRole ("Environment" for the environment), and
    // what is asked for. accessKeyId is empty.
    QString sourceProfile;
    RoleSpec role;

    bool isRole() const { return source == Source::Role; }
    bool isReadOnly() const { return source == Source::Environment; }

    /// A short stable name for the source ("keychain", "environment", "session", "role"), for the CLI.
    static QString sourceName(Source source);
};

} // namespace isb

Q_DECLARE_METATYPE(isb::CredentialProfile)
