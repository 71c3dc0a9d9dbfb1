#include "ImportSource.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>

#include <optional>

namespace isb {

namespace {

/// The file's content; on failure nothing, with `result`'s status (FileNotFound or Unreadable) and error.
std::optional<QByteArray> readImportSource(const QString &path, ImportResult &result) {
    // Real credential files are a few KiB; anything far larger is not one, and is not read into memory.
    constexpr qint64 kMaxSize = 1024 * 1024;

    result.sourcePath = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.status = ImportResult::Status::FileNotFound;
        result.error = QObject::tr("%1 does not exist").arg(path);
        return std::nullopt;
    }
    if (!info.isFile() || info.size() > kMaxSize) {
        result.status = ImportResult::Status::Unreadable;
        result.error =
            QObject::tr("%1 is not a credentials file (a directory, or larger than 1 MiB)").arg(path);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = ImportResult::Status::Unreadable;
        result.error = QObject::tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.read(kMaxSize + 1);
}

} // namespace

ImportResult importSourceFile(const QString &path, ImportParser parse) {
    ImportResult result;
    if (const auto data = readImportSource(path, result))
        return parse(*data, path);
    return result;
}

QString roleSourceName(const QString &name) {
    return name + QStringLiteral("-source");
}

int roleDurationFrom(const QString &text) {
    if (text.trimmed().isEmpty())
        return RoleSpec::kDefaultDurationSeconds;
    bool ok = false;
    const int seconds = text.trimmed().toInt(&ok);
    if (!ok)
        return -1; // refused by RoleSpec::durationProblem
    return seconds == 0 ? RoleSpec::kDefaultDurationSeconds : seconds;
}

void addRoleProfile(ImportResult *result, const QString &name, const QString &mode, const QString &regionId,
                    const RoleSpec &role, const QString &sourceProfile, const Credentials &key) {
    QString problem = role.problem();
    if (problem.isEmpty() && sourceProfile.isEmpty() && !key.isComplete())
        problem = QObject::tr("it has neither an AccessKey nor a source profile to assume the role with");
    else if (problem.isEmpty() && sourceProfile == name)
        problem = QObject::tr("it names itself as its source profile");
    if (!problem.isEmpty()) {
        //: %1 says what is wrong with it.
        result->unsupported.append(
            {name, mode, QObject::tr("a RAM role profile that cannot be imported: %1").arg(problem)});
        return;
    }
    ImportedProfile profile;
    profile.name = name;
    profile.mode = mode;
    profile.regionId = regionId;
    profile.role = role;
    profile.sourceProfile = sourceProfile;
    if (sourceProfile.isEmpty()) {
        ImportedProfile source;
        source.name = roleSourceName(name);
        source.mode = key.hasSecurityToken() ? QStringLiteral("StsToken") : QStringLiteral("AK");
        source.regionId = regionId;
        source.credentials = key;
        result->profiles.append(source);
        profile.sourceProfile = source.name;
    }
    result->profiles.append(profile);
}

} // namespace isb
