#include "AliyunCliImporter.h"

#include "ImportSource.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace isb {

namespace {

QString unsupportedReason(const QString &mode) {
    // Everything but an AccessKey pair or a RAM role needs a step this application does not perform.
    if (mode == QLatin1String("EcsRamRole"))
        return QObject::tr("takes credentials from the ECS instance metadata service, which only exists on "
                           "an ECS instance");
    if (mode == QLatin1String("RsaKeyPair"))
        return QObject::tr("uses an RSA key pair, a deprecated sign-in that ECS does not accept");
    if (mode == QLatin1String("External"))
        return QObject::tr("runs an external program to get credentials; this application never runs other "
                           "programs for credentials");
    if (mode == QLatin1String("CredentialsURI"))
        return QObject::tr("fetches credentials from a URL, which this application does not do");
    if (mode == QLatin1String("OIDC") || mode == QLatin1String("CloudSSO"))
        return QObject::tr("needs an identity provider sign-in, which this application does not support");
    return QObject::tr("mode \"%1\" is not supported; only AK, StsToken, RamRoleArn and ChainableRamRoleArn "
                       "can be imported")
        .arg(mode);
}

} // namespace

QString AliyunCliImporter::defaultPath() {
    return QDir::homePath() + QLatin1String("/.aliyun/config.json");
}

ImportResult AliyunCliImporter::importFile(const QString &path) {
    return importSourceFile(path, &AliyunCliImporter::parse);
}

ImportResult AliyunCliImporter::parse(const QByteArray &json, const QString &sourcePath) {
    ImportResult result;
    result.sourcePath = sourcePath;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.status = ImportResult::Status::Malformed;
        result.error = QObject::tr("not valid JSON at offset %1: %2")
                           .arg(parseError.offset)
                           .arg(parseError.errorString());
        return result;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QLatin1String("profiles")).isArray()) {
        result.status = ImportResult::Status::Malformed;
        result.error = QObject::tr("not an aliyun CLI configuration: no \"profiles\" list");
        return result;
    }
    result.currentProfile = root.value(QLatin1String("current")).toString();

    const QJsonArray profiles = root.value(QLatin1String("profiles")).toArray();
    for (const QJsonValue &value : profiles) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        QString mode = object.value(QLatin1String("mode")).toString();
        if (name.isEmpty()) {
            result.unsupported.append({name, mode, QObject::tr("the profile has no name")});
            continue;
        }
        // Configurations written by old CLI versions have no mode; the CLI then treats a key pair as AK.
        if (mode.isEmpty())
            mode = QStringLiteral("AK");
        if (mode == QLatin1String("RamRoleArn") || mode == QLatin1String("ChainableRamRoleArn")) {
            // The aliyun CLI's field names; RamRoleArn carries its own AccessKey, ChainableRamRoleArn names
            // the profile whose credentials assume the role.
            RoleSpec role;
            role.roleArn = object.value(QLatin1String("ram_role_arn")).toString();
            const QString session = object.value(QLatin1String("ram_session_name")).toString();
            if (!session.isEmpty())
                role.sessionName = session;
            role.externalId = object.value(QLatin1String("external_id")).toString();
            const QJsonValue expired = object.value(QLatin1String("expired_seconds"));
            role.durationSeconds = roleDurationFrom(
                expired.isDouble() ? QString::number(expired.toDouble(), 'f', 0) : expired.toString());
            const bool chained = mode == QLatin1String("ChainableRamRoleArn");
            const QString source =
                chained ? object.value(QLatin1String("source_profile")).toString() : QString();
            Credentials key;
            if (!chained) {
                key.accessKeyId = object.value(QLatin1String("access_key_id")).toString();
                key.accessKeySecret = object.value(QLatin1String("access_key_secret")).toString();
                key.securityToken = object.value(QLatin1String("sts_token")).toString();
            }
            if (chained && source.isEmpty()) {
                result.unsupported.append(
                    {name, mode, QObject::tr("ChainableRamRoleArn without a source_profile")});
                continue;
            }
            addRoleProfile(&result, name, mode, object.value(QLatin1String("region_id")).toString(), role,
                           source, key);
            continue;
        }
        if (mode != QLatin1String("AK") && mode != QLatin1String("StsToken")) {
            result.unsupported.append({name, mode, unsupportedReason(mode)});
            continue;
        }

        ImportedProfile profile;
        profile.name = name;
        profile.mode = mode;
        profile.regionId = object.value(QLatin1String("region_id")).toString();
        profile.credentials.accessKeyId = object.value(QLatin1String("access_key_id")).toString();
        profile.credentials.accessKeySecret = object.value(QLatin1String("access_key_secret")).toString();
        if (mode == QLatin1String("StsToken"))
            profile.credentials.securityToken = object.value(QLatin1String("sts_token")).toString();

        if (!profile.credentials.isComplete()) {
            // `aliyun configure` leaves such a placeholder "default" profile behind.
            result.unsupported.append({name, mode, QObject::tr("has no AccessKey ID or AccessKey Secret")});
        } else if (mode == QLatin1String("StsToken") && !profile.hasSecurityToken()) {
            result.unsupported.append({name, mode, QObject::tr("StsToken mode without an sts_token")});
        } else {
            result.profiles.append(profile);
        }
    }
    return result;
}

} // namespace isb
