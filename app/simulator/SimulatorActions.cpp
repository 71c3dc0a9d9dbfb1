#include "SimulatorActions.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace isb {

namespace {

SimulatorAnswer missingParameter(const QString &name) {
    return SimulatorAnswer::error(
        400, QStringLiteral("MissingParameter"),
        QStringLiteral("The input parameter ") % name %
            QStringLiteral(" that is mandatory for processing this request is not supplied."));
}

SimulatorAnswer regionNotFound() {
    return SimulatorAnswer::error(404, QStringLiteral("InvalidRegionId.NotFound"),
                                  QStringLiteral("The specified RegionId does not exist."));
}

/// PageNumber and PageSize as the service reads them: absent or empty means the default.
struct Paging {
    int pageNumber = 1;
    int pageSize = 10;
    std::optional<SimulatorAnswer> error;

    qint64 offset() const { return qint64(pageNumber - 1) * pageSize; }
};

Paging readPaging(const QMap<QString, QString> &parameters, int maxPageSize) {
    Paging paging;
    bool ok = true;
    const QString number = parameters.value(QStringLiteral("PageNumber"));
    if (!number.isEmpty()) {
        paging.pageNumber = number.toInt(&ok);
        if (!ok || paging.pageNumber < 1) {
            paging.error = SimulatorAnswer::error(
                400, QStringLiteral("InvalidParameter"),
                QStringLiteral(
                    "The specified parameter PageNumber is not valid: it must be an integer of at least 1."));
            return paging;
        }
    }
    const QString size = parameters.value(QStringLiteral("PageSize"));
    if (!size.isEmpty()) {
        paging.pageSize = size.toInt(&ok);
        if (!ok || paging.pageSize < 1 || paging.pageSize > maxPageSize) {
            paging.error =
                SimulatorAnswer::error(400, QStringLiteral("InvalidParameter.PageSize"),
                                       QStringLiteral("The specified parameter PageSize is not valid: it "
                                                      "must be an integer from 1 to %1.")
                                           .arg(maxPageSize));
        }
    }
    return paging;
}

QStringList commaList(const QString &value) {
    QStringList items;
    for (const QString &item : value.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

QJsonObject imageObject(const SimImage &image, const QString &callerAccountId) {
    const bool own = image.ownerAccountId == callerAccountId;
    return QJsonObject{
        {QStringLiteral("ImageOwnerId"), image.ownerAccountId},
        {QStringLiteral("ImageId"), image.imageId},
        {QStringLiteral("ImageName"), image.imageName},
        {QStringLiteral("Description"), image.description},
        {QStringLiteral("Status"), image.status},
        {QStringLiteral("CreationTime"), image.creationTime},
        {QStringLiteral("OSName"), image.osName},
        {QStringLiteral("OSNameEn"), image.osNameEn},
        {QStringLiteral("OSType"), image.osType},
        {QStringLiteral("Platform"), image.platform},
        {QStringLiteral("Architecture"), image.architecture},
        {QStringLiteral("Size"), image.size},
        {QStringLiteral("Usage"), image.usage},
        // The service sends these two as strings.
        // The caller's own sharing: an image another account shares is not shared by the caller.
        {QStringLiteral("IsSelfShared"),
         own && image.isSelfShared() ? QStringLiteral("true") : QStringLiteral("false")},
        {QStringLiteral("Progress"), QStringLiteral("100%")},
        {QStringLiteral("ImageOwnerAlias"), own ? QStringLiteral("self") : QStringLiteral("others")},
        {QStringLiteral("IsPublic"), false},
    };
}

} // namespace

const QString SimulatorActions::kEcsVersion = QStringLiteral("2014-05-26");
const QString SimulatorActions::kStsVersion = QStringLiteral("2015-04-01");
const QString SimulatorActions::kResourceManagerVersion = QStringLiteral("2020-03-31");

const QStringList &SimulatorActions::knownVersions() {
    static const QStringList versions = {kEcsVersion, kStsVersion, kResourceManagerVersion};
    return versions;
}

SimulatorActions::SimulatorActions(SimulatorDataset &dataset, const QDateTime &now, double stsLifetimeScale)
    : m_dataset(dataset)
    , m_now(now)
    , m_stsLifetimeScale(stsLifetimeScale) {}

SimulatorAnswer SimulatorActions::handle(const SimAccessKey &caller, const QString &apiVersion,
                                         const QString &action, const QMap<QString, QString> &parameters) {
    if (apiVersion == kEcsVersion) {
        if (action == u"DescribeRegions")
            return describeRegions(parameters);
        if (action == u"DescribeImages")
            return describeImages(caller, parameters);
        if (action == u"DescribeImageSharePermission")
            return describeImageSharePermission(caller, parameters);
        if (action == u"ModifyImageSharePermission")
            return modifyImageSharePermission(caller, parameters);
    } else if (apiVersion == kStsVersion) {
        if (action == u"GetCallerIdentity")
            return getCallerIdentity(caller);
        if (action == u"AssumeRole")
            return assumeRole(caller, parameters);
    } else if (apiVersion == kResourceManagerVersion) {
        if (action == u"ListAccounts")
            return listAccounts(caller, parameters);
    }
    return SimulatorAnswer::error(
        404, QStringLiteral("InvalidAction.NotFound"),
        QStringLiteral("Specified api is not found, please check your url and method."));
}

SimulatorAnswer SimulatorActions::describeRegions(const QMap<QString, QString> &parameters) const {
    const QString language = parameters.value(QStringLiteral("AcceptLanguage"), QStringLiteral("zh-CN"));
    QJsonArray regions;
    for (const SimRegion &region : m_dataset.regions()) {
        regions.append(QJsonObject{
            {QStringLiteral("RegionId"), region.regionId},
            {QStringLiteral("LocalName"),
             region.localName(language.isEmpty() ? QStringLiteral("zh-CN") : language)},
            {QStringLiteral("RegionEndpoint"), region.regionEndpoint},
            {QStringLiteral("Status"), region.status},
        });
    }
    return SimulatorAnswer::success(
        QStringLiteral("DescribeRegions"),
        {{QStringLiteral("Regions"), QJsonObject{{QStringLiteral("Region"), regions}}}});
}

SimulatorAnswer SimulatorActions::describeImages(const SimAccessKey &caller,
                                                 const QMap<QString, QString> &parameters) const {
    const QString regionId = parameters.value(QStringLiteral("RegionId"));
    if (regionId.isEmpty())
        return missingParameter(QStringLiteral("RegionId"));
    if (!m_dataset.findRegion(regionId))
        return regionNotFound();
    const Paging paging = readPaging(parameters, kMaxImagePageSize);
    if (paging.error)
        return *paging.error;

    // "self" (or no alias) lists the caller's account's custom images; "others" the images of other
    // accounts shared with the caller's account by AliyunId; system and marketplace images do not exist here.
    const QString alias = parameters.value(QStringLiteral("ImageOwnerAlias"));
    static const QStringList aliases = {QStringLiteral("system"), QStringLiteral("self"),
                                        QStringLiteral("others"), QStringLiteral("marketplace")};
    if (!alias.isEmpty() && !aliases.contains(alias)) {
        return SimulatorAnswer::error(
            400, QStringLiteral("InvalidImageOwnerAlias.ValueNotSupported"),
            QStringLiteral("The specified ImageOwnerAlias is not supported: it must be "
                           "one of system, self, others, marketplace."));
    }
    const bool ownImages = alias.isEmpty() || alias == u"self";
    const bool sharedImages = alias == u"others";
    const QStringList imageIds = commaList(parameters.value(QStringLiteral("ImageId")));
    const QString nameFilter = parameters.value(QStringLiteral("ImageName"));
    QStringList statuses = commaList(parameters.value(QStringLiteral("Status")));
    if (statuses.isEmpty())
        statuses = {QStringLiteral("Available")};

    QList<const SimImage *> matches;
    for (const SimImage *candidate : m_dataset.allImages()) {
        const SimImage &image = *candidate;
        if (image.regionId != regionId)
            continue;
        const bool own = image.ownerAccountId == caller.accountId;
        const bool sharedWithCaller =
            !own && std::any_of(image.accounts.cbegin(), image.accounts.cend(),
                                [&](const SimSharedAccount &a) { return a.aliyunId == caller.accountId; });
        if (!(ownImages && own) && !(sharedImages && sharedWithCaller))
            continue;
        if (!imageIds.isEmpty() && !imageIds.contains(image.imageId))
            continue;
        if (!nameFilter.isEmpty() && !image.imageName.contains(nameFilter, Qt::CaseInsensitive))
            continue;
        if (!statuses.contains(image.status, Qt::CaseInsensitive))
            continue;
        matches.append(&image);
    }

    QJsonArray page;
    for (qint64 i = paging.offset(); i < matches.size() && i < paging.offset() + paging.pageSize; ++i)
        page.append(imageObject(*matches.at(i), caller.accountId));

    return SimulatorAnswer::success(
        QStringLiteral("DescribeImages"),
        {
            {QStringLiteral("RegionId"), regionId},
            {QStringLiteral("TotalCount"), int(matches.size())},
            {QStringLiteral("PageNumber"), paging.pageNumber},
            {QStringLiteral("PageSize"), paging.pageSize},
            {QStringLiteral("Images"), QJsonObject{{QStringLiteral("Image"), page}}},
        });
}

SimulatorAnswer
SimulatorActions::describeImageSharePermission(const SimAccessKey &caller,
                                               const QMap<QString, QString> &parameters) const {
    const QString regionId = parameters.value(QStringLiteral("RegionId"));
    if (regionId.isEmpty())
        return missingParameter(QStringLiteral("RegionId"));
    const QString imageId = parameters.value(QStringLiteral("ImageId"));
    if (imageId.isEmpty())
        return missingParameter(QStringLiteral("ImageId"));
    if (!m_dataset.findRegion(regionId))
        return regionNotFound();
    const Paging paging = readPaging(parameters, kMaxSharePageSize);
    if (paging.error)
        return *paging.error;

    // An image of another region, or of another account, does not exist from the caller's point of view.
    const SimImage *image = m_dataset.findImage(imageId);
    if (!image || image->regionId != regionId || image->ownerAccountId != caller.accountId) {
        return SimulatorAnswer::error(404, QStringLiteral("InvalidImageId.NotFound"),
                                      QStringLiteral("The specified image does not exist."));
    }

    QJsonArray accounts;
    for (qint64 i = paging.offset(); i < image->accounts.size() && i < paging.offset() + paging.pageSize;
         ++i) {
        const SimSharedAccount &account = image->accounts.at(i);
        QJsonObject object{{QStringLiteral("AliyunId"), account.aliyunId}};
        if (!account.sharedTime.isEmpty())
            object.insert(QStringLiteral("SharedTime"), account.sharedTime);
        accounts.append(object);
    }
    // Share groups are not paged: every page carries all of them.
    QJsonArray groups;
    for (const QString &group : image->shareGroups)
        groups.append(QJsonObject{{QStringLiteral("Group"), group}});

    return SimulatorAnswer::success(
        QStringLiteral("DescribeImageSharePermission"),
        {
            {QStringLiteral("RegionId"), regionId},
            {QStringLiteral("ImageId"), image->imageId},
            {QStringLiteral("TotalCount"), int(image->accounts.size())},
            {QStringLiteral("PageNumber"), paging.pageNumber},
            {QStringLiteral("PageSize"), paging.pageSize},
            {QStringLiteral("Accounts"), QJsonObject{{QStringLiteral("Account"), accounts}}},
            {QStringLiteral("ShareGroups"), QJsonObject{{QStringLiteral("ShareGroup"), groups}}},
        });
}

namespace {

/// `name`.1 .. `name`.10 as the service reads them: empty entries skipped, the rest ignored.
QStringList numberedList(const QMap<QString, QString> &parameters, const QString &name) {
    QStringList values;
    for (int n = 1; n <= SimulatorActions::kMaxAccountsPerList; ++n) {
        const QString value = parameters.value(name % u'.' % QString::number(n)).trimmed();
        if (!value.isEmpty() && !values.contains(value))
            values.append(value);
    }
    return values;
}

} // namespace

SimulatorAnswer SimulatorActions::modifyImageSharePermission(const SimAccessKey &caller,
                                                             const QMap<QString, QString> &parameters) {
    const QString regionId = parameters.value(QStringLiteral("RegionId"));
    if (regionId.isEmpty())
        return missingParameter(QStringLiteral("RegionId"));
    const QString imageId = parameters.value(QStringLiteral("ImageId"));
    if (imageId.isEmpty())
        return missingParameter(QStringLiteral("ImageId"));
    // RAM is evaluated before the resource is looked at: a read-only key learns nothing about the image.
    if (caller.readOnly) {
        return SimulatorAnswer::error(403, QStringLiteral("Forbidden.RAM"),
                                      QStringLiteral("User not authorized to operate on the specified "
                                                     "resource, or this API doesn't support RAM."));
    }
    if (!m_dataset.findRegion(regionId))
        return regionNotFound();
    SimImage *image = m_dataset.mutableImage(imageId);
    if (!image || image->regionId != regionId || image->ownerAccountId != caller.accountId) {
        return SimulatorAnswer::error(404, QStringLiteral("InvalidImageId.NotFound"),
                                      QStringLiteral("The specified image does not exist."));
    }
    const QString isPublic = parameters.value(QStringLiteral("IsPublic")).toLower();
    if (!isPublic.isEmpty() && isPublic != u"true" && isPublic != u"false") {
        return SimulatorAnswer::error(400, QStringLiteral("InvalidParameter"),
                                      QStringLiteral("The specified parameter IsPublic is not valid."));
    }

    const QStringList add = numberedList(parameters, QStringLiteral("AddAccount"));
    const QStringList remove = numberedList(parameters, QStringLiteral("RemoveAccount"));
    for (const QStringList *list : {&add, &remove}) {
        for (const QString &account : *list) {
            if (!m_dataset.accountExists(account)) {
                return SimulatorAnswer::error(
                    404, QStringLiteral("InvalidAccount.NotFound"),
                    QStringLiteral("The specified account does not exist: %1.").arg(account));
            }
        }
    }
    // The service's own spelling.
    if (add.contains(image->ownerAccountId)) {
        return SimulatorAnswer::error(404, QStringLiteral("InvalidAccount.Forbbiden"),
                                      QStringLiteral("The image cannot be shared with its own account."));
    }
    if (!add.isEmpty() && image->encrypted) {
        return SimulatorAnswer::error(403, QStringLiteral("OperationDeined.EncryptedSnapshot"),
                                      QStringLiteral("The specified image contains encrypted snapshots and "
                                                     "cannot be shared."));
    }

    // Removals apply before additions, so a call that swaps accounts at the limit succeeds.
    QStringList resulting;
    for (const SimSharedAccount &account : std::as_const(image->accounts)) {
        if (!remove.contains(account.aliyunId))
            resulting.append(account.aliyunId);
    }
    for (const QString &account : add) {
        if (!resulting.contains(account))
            resulting.append(account);
    }
    // Only sharing is limited: an image shared with more accounts before the quota can still lose some.
    if (!add.isEmpty() && resulting.size() > kMaxSharedAccounts) {
        return SimulatorAnswer::error(
            403, QStringLiteral("QuotaExceed.ShareImageUser"),
            QStringLiteral("The number of accounts the image is shared with exceeds the quota of %1.")
                .arg(kMaxSharedAccounts));
    }

    image->accounts.removeIf(
        [&](const SimSharedAccount &account) { return remove.contains(account.aliyunId); });
    const QString now = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    for (const QString &account : add) {
        const bool present = std::any_of(image->accounts.cbegin(), image->accounts.cend(),
                                         [&](const SimSharedAccount &a) { return a.aliyunId == account; });
        if (!present)
            image->accounts.append(SimSharedAccount{account, now});
    }
    if (isPublic == u"false")
        image->shareGroups.removeAll(QStringLiteral("all"));
    else if (isPublic == u"true" && !image->shareGroups.contains(QStringLiteral("all")))
        image->shareGroups.append(QStringLiteral("all"));
    return SimulatorAnswer::success(QStringLiteral("ModifyImageSharePermission"), {});
}

namespace {

QString randomText(int length, const char *alphabet) {
    const int size = int(qstrlen(alphabet));
    QString text;
    for (int i = 0; i < length; ++i)
        text.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(size)]));
    return text;
}

SimulatorAnswer invalidParameter(const QString &name, const QString &why) {
    return SimulatorAnswer::error(400, QStringLiteral("InvalidParameter.") % name,
                                  QStringLiteral("The parameter ") % name % QStringLiteral(" is invalid: ") %
                                      why);
}

} // namespace

SimulatorAnswer SimulatorActions::assumeRole(const SimAccessKey &caller,
                                             const QMap<QString, QString> &parameters) {
    const QString roleArn = parameters.value(QStringLiteral("RoleArn"));
    if (roleArn.isEmpty())
        return missingParameter(QStringLiteral("RoleArn"));
    const QString sessionName = parameters.value(QStringLiteral("RoleSessionName"));
    if (sessionName.isEmpty())
        return missingParameter(QStringLiteral("RoleSessionName"));
    static const QRegularExpression arnPattern(QStringLiteral("^acs:ram::([0-9]+):role/([^/]+)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch arn = arnPattern.match(roleArn);
    if (!arn.hasMatch())
        return invalidParameter(QStringLiteral("RoleArn"),
                                QStringLiteral("it must look like acs:ram::<account>:role/<name>."));
    static const QRegularExpression sessionPattern(QStringLiteral("^[A-Za-z0-9.@_-]{2,64}$"));
    if (!sessionPattern.match(sessionName).hasMatch()) {
        return invalidParameter(
            QStringLiteral("RoleSessionName"),
            QStringLiteral("2 to 64 characters of A-Z, a-z, 0-9, '.', '@', '_' and '-'."));
    }
    const SimRole *role = m_dataset.findRole(arn.captured(1), arn.captured(2));
    if (!role) {
        return SimulatorAnswer::error(404, QStringLiteral("EntityNotExist.Role"),
                                      QStringLiteral("The role not exists: ") % roleArn);
    }
    int duration = 3600;
    const QString durationText = parameters.value(QStringLiteral("DurationSeconds"));
    if (!durationText.isEmpty()) {
        bool ok = false;
        duration = durationText.toInt(&ok);
        if (!ok)
            duration = -1;
    }
    if (duration < 900 || duration > role->maxSessionDuration) {
        return invalidParameter(QStringLiteral("DurationSeconds"),
                                QStringLiteral("it must be from 900 to the role's MaxSessionDuration (%1).")
                                    .arg(role->maxSessionDuration));
    }
    const bool trusted = role->trustedAccountIds.contains(caller.accountId);
    if (!trusted ||
        (!role->externalId.isEmpty() && parameters.value(QStringLiteral("ExternalId")) != role->externalId)) {
        return SimulatorAnswer::error(
            403, QStringLiteral("NoPermission"),
            QStringLiteral("You are not authorized to do this action. You should be "
                           "authorized by RAM."));
    }

    SimAccessKey key;
    key.accessKeyId =
        QStringLiteral("STS.") % randomText(25, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    key.accessKeySecret = randomText(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    key.securityToken = QStringLiteral("CAIS") %
                        randomText(120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    key.accountId = role->accountId;
    key.roleName = role->roleName;
    key.roleId = role->roleId;
    key.sessionName = sessionName;
    key.expiration = m_now.addMSecs(qint64(duration * 1000.0 * m_stsLifetimeScale));
    m_dataset.addAccessKey(key);

    return SimulatorAnswer::success(
        QStringLiteral("AssumeRole"),
        {
            {QStringLiteral("AssumedRoleUser"),
             QJsonObject{
                 {QStringLiteral("Arn"), QStringLiteral("acs:ram::%1:role/%2/%3")
                                             .arg(role->accountId, role->roleName.toLower(), sessionName)},
                 {QStringLiteral("AssumedRoleId"), QString(role->roleId % u':' % sessionName)}}},
            {QStringLiteral("Credentials"),
             QJsonObject{{QStringLiteral("AccessKeyId"), key.accessKeyId},
                         {QStringLiteral("AccessKeySecret"), key.accessKeySecret},
                         {QStringLiteral("SecurityToken"), key.securityToken},
                         {QStringLiteral("Expiration"),
                          key.expiration.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))}}},
        });
}

SimulatorAnswer SimulatorActions::listAccounts(const SimAccessKey &caller,
                                               const QMap<QString, QString> &parameters) const {
    const QString management = m_dataset.managementAccountId();
    const bool member = m_dataset.memberAccountIds().contains(caller.accountId);
    if (management.isEmpty() || (caller.accountId != management && !member)) {
        return SimulatorAnswer::error(404, QStringLiteral("EntityNotExists.ResourceDirectory"),
                                      QStringLiteral("The resource directory does not exist."));
    }
    if (caller.accountId != management) {
        return SimulatorAnswer::error(403, QStringLiteral("NoPermission"),
                                      QStringLiteral("Only the management account of the resource directory "
                                                     "or a delegated administrator can list its accounts."));
    }
    const Paging paging = readPaging(parameters, 100);
    if (paging.error)
        return *paging.error;
    const QStringList accountIds = QStringList{management} + m_dataset.memberAccountIds();
    const QString directoryId = QStringLiteral("rd-") % QString::number(qHash(management, 0) % 1000000, 36);
    QJsonArray page;
    for (qint64 i = paging.offset(); i < accountIds.size() && i < paging.offset() + paging.pageSize; ++i) {
        const QString &id = accountIds.at(i);
        const SimCloudAccount *account = m_dataset.findCloudAccount(id);
        const QString name = account && !account->displayName.isEmpty() ? account->displayName : id;
        page.append(QJsonObject{
            {QStringLiteral("AccountId"), id},
            {QStringLiteral("DisplayName"), name},
            {QStringLiteral("FolderId"), QString(QStringLiteral("r-") % directoryId.mid(3))},
            {QStringLiteral("JoinMethod"),
             id == management ? QStringLiteral("created") : QStringLiteral("invited")},
            {QStringLiteral("JoinTime"), QStringLiteral("2024-01-01T00:00:00Z")},
            {QStringLiteral("ModifyTime"), QStringLiteral("2024-01-01T00:00:00Z")},
            {QStringLiteral("ResourceDirectoryId"), directoryId},
            {QStringLiteral("Status"), QStringLiteral("CreateSuccess")},
            {QStringLiteral("Type"), QStringLiteral("ResourceAccount")},
        });
    }
    return SimulatorAnswer::success(
        QStringLiteral("ListAccounts"),
        {
            {QStringLiteral("TotalCount"), int(accountIds.size())},
            {QStringLiteral("PageNumber"), paging.pageNumber},
            {QStringLiteral("PageSize"), paging.pageSize},
            {QStringLiteral("Accounts"), QJsonObject{{QStringLiteral("Account"), page}}},
        });
}

SimulatorAnswer SimulatorActions::getCallerIdentity(const SimAccessKey &caller) const {
    // The service's shapes: an account's own key is IdentityType Account with the ARN ...:root and the
    // account ID as UserId; a RAM user's key names the user. UserId and PrincipalId of a RAM user are
    // numeric IDs; the simulator derives a stable one from the key so that answers repeat.
    QJsonObject body{{QStringLiteral("AccountId"), caller.accountId}};
    if (!caller.roleName.isEmpty()) {
        body.insert(QStringLiteral("IdentityType"), QStringLiteral("AssumedRoleUser"));
        body.insert(QStringLiteral("Arn"), QStringLiteral("acs:ram::%1:assumed-role/%2/%3")
                                               .arg(caller.accountId, caller.roleName, caller.sessionName));
        body.insert(QStringLiteral("RoleId"), caller.roleId);
        body.insert(QStringLiteral("UserId"), caller.roleId);
        body.insert(QStringLiteral("PrincipalId"), QString(caller.roleId % u':' % caller.sessionName));
    } else if (caller.userName.isEmpty()) {
        body.insert(QStringLiteral("IdentityType"), QStringLiteral("Account"));
        body.insert(QStringLiteral("Arn"), QStringLiteral("acs:ram::%1:root").arg(caller.accountId));
        body.insert(QStringLiteral("UserId"), caller.accountId);
        body.insert(QStringLiteral("PrincipalId"), caller.accountId);
    } else {
        const QString userId =
            QString::number(2000000000000000ULL + qHash(caller.accessKeyId, 0) % 1000000000000ULL);
        body.insert(QStringLiteral("IdentityType"), QStringLiteral("RAMUser"));
        body.insert(QStringLiteral("Arn"),
                    QStringLiteral("acs:ram::%1:user/%2").arg(caller.accountId, caller.userName));
        body.insert(QStringLiteral("UserId"), userId);
        body.insert(QStringLiteral("PrincipalId"), userId);
    }
    return SimulatorAnswer::success(QStringLiteral("GetCallerIdentity"), body);
}

} // namespace isb
