#pragma once

#include "ImportResult.h"

#include <QByteArray>
#include <QString>

namespace isb {

/// An importer's parse(): the profiles in a file's content; `sourcePath` is only copied into the result.
using ImportParser = ImportResult (*)(const QByteArray &content, const QString &sourcePath);

/// An importer's importFile(): reads the credentials file at `path`, read-only and size-limited, and
/// returns what `parse` finds in it. A file that is missing or cannot be read gives a result with status
/// FileNotFound or Unreadable and the error; `sourcePath` is `path` either way.
ImportResult importSourceFile(const QString &path, ImportParser parse);

/// A role profile found in a file (aliyun RamRoleArn and ChainableRamRoleArn, the SDKs' ram_role_arn), the
/// same way for both importers: with `sourceProfile` (another profile of the file) it is one role profile;
/// with an AccessKey of its own (`key`) that key becomes the profile "<name>-source" and the role profile's
/// source. A role that breaks RoleSpec's rules, or a missing source, is listed as unsupported instead.
void addRoleProfile(ImportResult *result, const QString &name, const QString &mode, const QString &regionId,
                    const RoleSpec &role, const QString &sourceProfile, const Credentials &key);
/// "<name>-source": the profile an imported role's own AccessKey is saved as.
QString roleSourceName(const QString &name);
/// A duration as written in a file: empty or 0 is the default, anything else must be a whole number.
int roleDurationFrom(const QString &text);

} // namespace isb
