#pragma once

#include "ImportResult.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

namespace isb {

/// Reads the Alibaba Cloud SDKs' shared credentials file, an INI file with one section per profile:
/// `[default]` / `type = access_key` / `access_key_id = ...` / `access_key_secret = ...`. Types access_key
/// and sts (with `security_token`) are imported; others are listed as unsupported with the reason. An
/// optional `region_id` is kept. The file is only read.
class SdkCredentialsImporter final {
public:
    /// ALIBABA_CLOUD_CREDENTIALS_FILE if set in `environment`, else `$HOME/.alibabacloud/credentials`.
    static QString
    defaultPath(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    static ImportResult importFile(const QString &path);
    /// Parses the file's content; `sourcePath` is only copied into the result.
    static ImportResult parse(const QByteArray &ini, const QString &sourcePath = {});
};

} // namespace isb
