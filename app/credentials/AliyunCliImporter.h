#pragma once

#include "ImportResult.h"

#include <QByteArray>
#include <QString>

namespace isb {

/// Reads the profiles of the aliyun CLI, `~/.aliyun/config.json`:
/// `{"current": "default", "profiles": [{"name", "mode", "access_key_id", "access_key_secret", "sts_token",
/// "region_id", ...}]}`. Modes AK and StsToken are imported; the others (RamRoleArn, EcsRamRole,
/// RsaKeyPair, External, ...) are listed as unsupported with the reason. The file is only read.
class AliyunCliImporter final {
public:
    /// `$HOME/.aliyun/config.json`.
    static QString defaultPath();
    static ImportResult importFile(const QString &path);
    /// Parses the file's content; `sourcePath` is only copied into the result.
    static ImportResult parse(const QByteArray &json, const QString &sourcePath = {});
};

} // namespace isb
