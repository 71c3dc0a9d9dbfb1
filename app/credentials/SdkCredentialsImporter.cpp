#include "SdkCredentialsImporter.h"

#include "ImportSource.h"
#include "IniFile.h"

#include <QDir>
#include <QObject>

namespace isb {

namespace {

QString unsupportedReason(const QString &type) {
    if (type == QLatin1String("ecs_ram_role"))
        return QObject::tr("takes credentials from the ECS instance metadata service, which only exists on "
                           "an ECS instance");
    if (type == QLatin1String("rsa_key_pair"))
        return QObject::tr("uses an RSA key pair, a deprecated sign-in that ECS does not accept");
    if (type == QLatin1String("bearer"))
        return QObject::tr("a bearer token is for other Alibaba Cloud products; ECS needs an AccessKey");
    if (type == QLatin1String("oidc_role_arn"))
        return QObject::tr("needs an identity provider sign-in, which this application does not support");
    if (type.isEmpty())
        return QObject::tr("the section has no type");
    return QObject::tr("type \"%1\" is not supported; only access_key, sts and ram_role_arn can be imported")
        .arg(type);
}

} // namespace

QString SdkCredentialsImporter::defaultPath(const QProcessEnvironment &environment) {
    const QString overridden = environment.value(QStringLiteral("ALIBABA_CLOUD_CREDENTIALS_FILE"));
    if (!overridden.isEmpty())
        return overridden;
    return QDir::homePath() + QLatin1String("/.alibabacloud/credentials");
}

ImportResult SdkCredentialsImporter::importFile(const QString &path) {
    return importSourceFile(path, &SdkCredentialsImporter::parse);
}

ImportResult SdkCredentialsImporter::parse(const QByteArray &ini, const QString &sourcePath) {
    ImportResult result;
    result.sourcePath = sourcePath;

    IniFile file;
    QString error;
    if (!file.parse(ini, &error)) {
        result.status = ImportResult::Status::Malformed;
        result.error = error;
        return result;
    }

    for (const IniFile::Section &section : file.sections()) {
        const QString type = section.value(QStringLiteral("type"));
        if (section.value(QStringLiteral("enable")).compare(QLatin1String("false"), Qt::CaseInsensitive) ==
            0) {
            result.unsupported.append(
                {section.name, type, QObject::tr("disabled in the file (enable = false)")});
            continue;
        }
        if (type == QLatin1String("ram_role_arn")) {
            // The credentials SDKs' field names: the AccessKey that assumes the role is in the section.
            RoleSpec role;
            role.roleArn = section.value(QStringLiteral("role_arn"));
            const QString session = section.value(QStringLiteral("role_session_name"));
            if (!session.isEmpty())
                role.sessionName = session;
            role.externalId = section.value(QStringLiteral("external_id"));
            role.durationSeconds = roleDurationFrom(section.value(QStringLiteral("role_session_expiration")));
            const Credentials key{section.value(QStringLiteral("access_key_id")),
                                  section.value(QStringLiteral("access_key_secret")),
                                  section.value(QStringLiteral("security_token"))};
            addRoleProfile(&result, section.name, type, section.value(QStringLiteral("region_id")), role, {},
                           key);
            continue;
        }
        if (type != QLatin1String("access_key") && type != QLatin1String("sts")) {
            result.unsupported.append({section.name, type, unsupportedReason(type)});
            continue;
        }

        ImportedProfile profile;
        profile.name = section.name;
        profile.mode = type;
        profile.regionId = section.value(QStringLiteral("region_id"));
        profile.credentials.accessKeyId = section.value(QStringLiteral("access_key_id"));
        profile.credentials.accessKeySecret = section.value(QStringLiteral("access_key_secret"));
        if (type == QLatin1String("sts"))
            profile.credentials.securityToken = section.value(QStringLiteral("security_token"));

        if (!profile.credentials.isComplete()) {
            result.unsupported.append(
                {section.name, type, QObject::tr("has no access_key_id or access_key_secret")});
        } else if (type == QLatin1String("sts") && !profile.hasSecurityToken()) {
            result.unsupported.append({section.name, type, QObject::tr("type sts without a security_token")});
        } else {
            result.profiles.append(profile);
        }
    }
    return result;
}

} // namespace isb
