#include "EcsResponseParser.h"

#include "ServiceText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace isb::EcsResponseParser {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("isb::EcsResponseParser", text);
}

EcsError badResponse(const QString &message, int httpStatus = 0) {
    EcsError error = EcsError::local(EcsError::Kind::BadResponse, message);
    error.httpStatus = httpStatus;
    return error;
}

// The API wraps lists as {"Account": [...]}; an empty list may come as {} or be missing altogether.
QJsonArray wrappedList(const QJsonObject &object, const QString &outer, const QString &inner, bool *ok) {
    const QJsonValue wrapper = object.value(outer);
    *ok = true;
    if (wrapper.isUndefined() || wrapper.isNull())
        return {};
    if (!wrapper.isObject()) {
        *ok = false;
        return {};
    }
    const QJsonValue list = wrapper.toObject().value(inner);
    if (list.isUndefined() || list.isNull())
        return {};
    if (!list.isArray()) {
        *ok = false;
        return {};
    }
    return list.toArray();
}

// Integers may arrive as numbers or, from some gateways, as numeric strings.
bool readInt(const QJsonObject &object, const QString &key, int *out, bool required = true) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return !required;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number < 0 || number > 1e9 || number != static_cast<double>(static_cast<qint64>(number)))
            return false;
        *out = static_cast<int>(number);
        return true;
    }
    if (value.isString()) {
        bool ok = false;
        const int number = value.toString().toInt(&ok);
        if (!ok || number < 0)
            return false;
        *out = number;
        return true;
    }
    return false;
}

bool readString(const QJsonObject &object, const QString &key, QString *out, bool required = false) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return !required;
    if (!value.isString())
        return false;
    // The one place where the service's text enters the program: from here on it is clean.
    *out = sanitizedServiceText(value.toString());
    return true;
}

// Account ids are digits; some gateways and hand-made answers send them as JSON numbers. A JSON number
// is a double to most parsers: from 2^53 on, neighbouring integers share one double, so such an id may
// already have been rounded to another account's id. It is refused, never guessed.
constexpr double kLargestExactInteger = 9007199254740992.0; // 2^53

bool readAccountId(const QJsonObject &object, QString *out, const QString &key = QStringLiteral("AliyunId"),
                   bool required = true) {
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number < 0 || number >= kLargestExactInteger || number != double(qint64(number)))
            return false;
        *out = QString::number(qint64(number));
        return true;
    }
    return readString(object, key, out, required);
}

} // namespace

CallerIdentity parseCallerIdentity(const QJsonObject &object, EcsError *error) {
    CallerIdentity identity;
    if (!readString(object, QStringLiteral("AccountId"), &identity.accountId, true) ||
        !readString(object, QStringLiteral("Arn"), &identity.arn, true) ||
        !readString(object, QStringLiteral("IdentityType"), &identity.identityType, true) ||
        !readString(object, QStringLiteral("UserId"), &identity.userId) ||
        !readString(object, QStringLiteral("PrincipalId"), &identity.principalId) ||
        identity.accountId.isEmpty()) {
        *error = badResponse(tr("GetCallerIdentity: the answer lacks AccountId, Arn or IdentityType, or has "
                                "them in an unexpected shape."));
        return {};
    }
    readString(object, QStringLiteral("RequestId"), &identity.requestId);
    return identity;
}

AssumedRole parseAssumedRole(const QJsonObject &object, EcsError *error) {
    AssumedRole role;
    const QJsonObject user = object.value(QStringLiteral("AssumedRoleUser")).toObject();
    const QJsonObject credentials = object.value(QStringLiteral("Credentials")).toObject();
    QString expiration;
    // The secret and token are taken as they are: sanitizing would change a credential.
    const auto secret = [&credentials](const QString &key, QString *out) {
        const QJsonValue value = credentials.value(key);
        *out = value.toString();
        return value.isString() && !out->isEmpty();
    };
    if (!readString(user, QStringLiteral("Arn"), &role.arn) ||
        !readString(user, QStringLiteral("AssumedRoleId"), &role.assumedRoleId) ||
        !readString(credentials, QStringLiteral("AccessKeyId"), &role.accessKeyId, true) ||
        !secret(QStringLiteral("AccessKeySecret"), &role.accessKeySecret) ||
        !secret(QStringLiteral("SecurityToken"), &role.securityToken) ||
        !readString(credentials, QStringLiteral("Expiration"), &expiration, true) ||
        !(role.expiration = parseTime(expiration)).isValid() || role.accessKeyId.isEmpty()) {
        *error = badResponse(tr("AssumeRole: the answer lacks Credentials (AccessKeyId, AccessKeySecret, "
                                "SecurityToken, Expiration), or has them in an unexpected shape."));
        return {};
    }
    readString(object, QStringLiteral("RequestId"), &role.requestId);
    return role;
}

QList<DirectoryAccount> parseDirectoryAccounts(const QJsonObject &object, int *totalCount, int *pageNumber,
                                               EcsError *error) {
    bool ok = false;
    const QJsonArray list = wrappedList(object, QStringLiteral("Accounts"), QStringLiteral("Account"), &ok);
    if (!ok || !readInt(object, QStringLiteral("TotalCount"), totalCount) ||
        !readInt(object, QStringLiteral("PageNumber"), pageNumber)) {
        *error = badResponse(tr("ListAccounts: the answer lacks TotalCount, PageNumber or Accounts, or has "
                                "them in an unexpected shape."));
        return {};
    }
    QList<DirectoryAccount> accounts;
    for (const QJsonValue &value : list) {
        const QJsonObject item = value.toObject();
        DirectoryAccount account;
        if (!value.isObject() || !readAccountId(item, &account.accountId, QStringLiteral("AccountId")) ||
            account.accountId.isEmpty() ||
            !readString(item, QStringLiteral("DisplayName"), &account.displayName) ||
            !readString(item, QStringLiteral("Type"), &account.type) ||
            !readString(item, QStringLiteral("Status"), &account.status) ||
            !readString(item, QStringLiteral("FolderId"), &account.folderId) ||
            !readString(item, QStringLiteral("JoinMethod"), &account.joinMethod) ||
            !readString(item, QStringLiteral("ResourceDirectoryId"), &account.resourceDirectoryId)) {
            *error = badResponse(tr("ListAccounts: an account entry has an unexpected shape."));
            return {};
        }
        accounts.append(account);
    }
    return accounts;
}

QDateTime parseTime(const QString &text) {
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid())
        time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mmZ"));
    if (time.isValid())
        time = time.toUTC();
    return time;
}

QJsonObject parseObject(const QByteArray &body, int httpStatus, EcsError *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = badResponse(tr("The server's answer is not valid JSON (%1 at byte %2).")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset),
                             httpStatus);
        return {};
    }
    if (!document.isObject()) {
        *error = badResponse(tr("The server's answer is not a JSON object."), httpStatus);
        return {};
    }
    return document.object();
}

EcsError parseError(const QByteArray &body, int httpStatus) {
    EcsError error;
    const QJsonObject object = parseObject(body, httpStatus, &error);
    if (error.isError()) {
        // A proxy or load balancer answered, not ECS: keep the status, explain the body.
        error.message = tr("HTTP %1 without an ECS error body.").arg(httpStatus);
        return error;
    }
    error.kind = EcsError::Kind::Api;
    error.httpStatus = httpStatus;
    readString(object, QStringLiteral("Code"), &error.code);
    readString(object, QStringLiteral("Message"), &error.message);
    readString(object, QStringLiteral("RequestId"), &error.requestId);
    readString(object, QStringLiteral("HostId"), &error.hostId);
    readString(object, QStringLiteral("Recommend"), &error.recommend);
    if (error.code.isEmpty())
        error.code = QStringLiteral("HTTP%1").arg(httpStatus);
    return error;
}

QList<Region> parseRegions(const QJsonObject &object, EcsError *error) {
    bool ok = false;
    const QJsonArray list = wrappedList(object, QStringLiteral("Regions"), QStringLiteral("Region"), &ok);
    if (!ok) {
        *error = badResponse(tr("DescribeRegions: \"Regions\" has an unexpected shape."));
        return {};
    }
    QList<Region> regions;
    for (const QJsonValue &value : list) {
        const QJsonObject item = value.toObject();
        Region region;
        if (!value.isObject() || !readString(item, QStringLiteral("RegionId"), &region.regionId, true) ||
            region.regionId.isEmpty() || !readString(item, QStringLiteral("LocalName"), &region.localName) ||
            !readString(item, QStringLiteral("RegionEndpoint"), &region.regionEndpoint) ||
            !readString(item, QStringLiteral("Status"), &region.status)) {
            *error = badResponse(tr("DescribeRegions: a region entry has an unexpected shape."));
            return {};
        }
        regions.append(region);
    }
    return regions;
}

ImagePage parseImages(const QJsonObject &object, const QString &regionId, EcsError *error) {
    ImagePage page;
    page.regionId = regionId;
    readString(object, QStringLiteral("RequestId"), &page.requestId);
    bool ok = false;
    const QJsonArray list = wrappedList(object, QStringLiteral("Images"), QStringLiteral("Image"), &ok);
    if (!ok || !readInt(object, QStringLiteral("TotalCount"), &page.totalCount) ||
        !readInt(object, QStringLiteral("PageNumber"), &page.pageNumber) ||
        !readInt(object, QStringLiteral("PageSize"), &page.pageSize)) {
        *error =
            badResponse(tr("DescribeImages: the answer lacks TotalCount, PageNumber, PageSize or Images."));
        return {};
    }
    for (const QJsonValue &value : list) {
        const QJsonObject item = value.toObject();
        Image image;
        image.regionId = regionId;
        QString creationTime;
        QString isSelfShared;
        const QJsonValue size = item.value(QStringLiteral("Size"));
        if (!value.isObject() || !readString(item, QStringLiteral("ImageId"), &image.imageId, true) ||
            image.imageId.isEmpty() || !readString(item, QStringLiteral("ImageName"), &image.imageName) ||
            !readString(item, QStringLiteral("Description"), &image.description) ||
            !readString(item, QStringLiteral("Status"), &image.status) ||
            !readString(item, QStringLiteral("OSName"), &image.osName) ||
            !readString(item, QStringLiteral("OSNameEn"), &image.osNameEn) ||
            !readString(item, QStringLiteral("OSType"), &image.osType) ||
            !readString(item, QStringLiteral("Architecture"), &image.architecture) ||
            !readString(item, QStringLiteral("CreationTime"), &creationTime) ||
            !(size.isUndefined() || size.isDouble())) {
            *error = badResponse(tr("DescribeImages: an image entry has an unexpected shape."));
            return {};
        }
        image.creationTime = parseTime(creationTime);
        image.sizeGiB = static_cast<qint64>(size.toDouble());
        const QJsonValue shared = item.value(QStringLiteral("IsSelfShared"));
        image.isSelfShared = shared.isBool() ? shared.toBool() : shared.toString() == QLatin1String("true");
        if (!readAccountId(item, &image.imageOwnerId, QStringLiteral("ImageOwnerId"), false)) {
            *error = badResponse(tr("DescribeImages: an image entry has an unexpected shape."));
            return {};
        }
        page.images.append(image);
    }
    return page;
}

SharePermissionPage parseSharePermission(const QJsonObject &object, EcsError *error) {
    SharePermissionPage page;
    bool accountsOk = false;
    bool groupsOk = false;
    const QJsonArray accounts =
        wrappedList(object, QStringLiteral("Accounts"), QStringLiteral("Account"), &accountsOk);
    const QJsonArray groups =
        wrappedList(object, QStringLiteral("ShareGroups"), QStringLiteral("ShareGroup"), &groupsOk);
    if (!accountsOk || !groupsOk || !readInt(object, QStringLiteral("TotalCount"), &page.totalCount) ||
        !readInt(object, QStringLiteral("PageNumber"), &page.pageNumber) ||
        !readInt(object, QStringLiteral("PageSize"), &page.pageSize) ||
        !readString(object, QStringLiteral("ImageId"), &page.imageId) ||
        !readString(object, QStringLiteral("RegionId"), &page.regionId)) {
        *error = badResponse(tr("DescribeImageSharePermission: the answer lacks TotalCount, PageNumber, "
                                "PageSize, Accounts or ShareGroups, or has them in an unexpected shape."));
        return {};
    }
    readString(object, QStringLiteral("RequestId"), &page.requestId);
    for (const QJsonValue &value : accounts) {
        SharedAccount account;
        QString sharedTime;
        if (!value.isObject() || !readAccountId(value.toObject(), &account.aliyunId) ||
            account.aliyunId.isEmpty() ||
            !readString(value.toObject(), QStringLiteral("SharedTime"), &sharedTime)) {
            *error =
                badResponse(tr("DescribeImageSharePermission: an account entry has an unexpected shape."));
            return {};
        }
        account.sharedTime = parseTime(sharedTime);
        page.accounts.append(account);
    }
    for (const QJsonValue &value : groups) {
        QString group;
        if (!value.isObject() || !readString(value.toObject(), QStringLiteral("Group"), &group, true) ||
            group.isEmpty()) {
            *error =
                badResponse(tr("DescribeImageSharePermission: a share group entry has an unexpected shape."));
            return {};
        }
        page.shareGroups.append(group);
    }
    if (page.pageSize > 0 && page.accounts.size() > page.pageSize) {
        *error =
            badResponse(tr("DescribeImageSharePermission: the page holds more accounts than its PageSize."));
        return {};
    }
    return page;
}

} // namespace isb::EcsResponseParser
