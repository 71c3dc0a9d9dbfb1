#pragma once

#include "Credentials.h"
#include "RoleSpec.h"

#include <QList>
#include <QString>

namespace isb {

/// A profile an importer can copy into the keychain. The secret is held in memory only, until the user
/// confirms the import and ProfileStore::saveProfile() puts it into the keychain.
struct ImportedProfile {
    QString name;     // as in the source file; may need renaming (ProfileStore::isValidProfileName)
    QString mode;     // the source's mode or type: "AK", "StsToken", "access_key", "sts", "RamRoleArn", ...
    QString regionId; // may be empty
    Credentials credentials; // empty for a role profile
    // A role profile (ProfileStore::saveRoleProfile): the name, in the same file, of the profile whose keys
    // assume the role, and what is asked for.
    QString sourceProfile;
    RoleSpec role;

    bool isRole() const { return !role.roleArn.isEmpty(); }
    bool hasSecret() const { return !credentials.accessKeySecret.isEmpty(); }
    bool hasSecurityToken() const { return credentials.hasSecurityToken(); }
};

/// A profile in the source file that cannot be imported, and why (shown to the user as-is).
struct UnsupportedProfile {
    QString name;
    QString mode;
    QString reason;
};

/// What an importer found in one file. Importers only read: the source file is never modified.
struct ImportResult {
    enum class Status {
        Ok,           // parsed; `profiles` may still be empty
        FileNotFound, // nothing to import, not an error to shout about
        Unreadable,   // exists but cannot be read (permissions, a directory, too large)
        Malformed,    // not valid JSON / INI, or the wrong shape; `error` says where
    };

    QString sourcePath;
    Status status = Status::Ok;
    QString error; // for Unreadable and Malformed; names a line or offset, never quotes file content
    QList<ImportedProfile> profiles;
    QList<UnsupportedProfile> unsupported;
    QString currentProfile; // the aliyun CLI's "current" profile; empty for the SDK file

    bool isOk() const { return status == Status::Ok; }
};

} // namespace isb
