#include "SimulatorDataset.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace isb {

namespace {

// The service writes and accepts times as yyyy-MM-ddTHH:mm:ssZ; the data file must use the same form so
// the simulator answers exactly what the real service would.
bool isServiceTimestamp(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    return pattern.match(text).hasMatch() &&
           QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).isValid();
}

QString lineAndColumn(const QByteArray &json, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

/// Reads typed fields of one JSON object and remembers the first problem with its path.
class FieldReader {
public:
    FieldReader(const QJsonObject &object, QString path, QString *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error) {}

    bool ok() const { return m_error->isEmpty(); }

    QString string(const QString &name, bool required, const QString &fallback = {}) {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(name, QStringLiteral("is required"));
            return fallback;
        }
        if (!value.isString()) {
            fail(name, QStringLiteral("must be a string"));
            return fallback;
        }
        if (required && value.toString().trimmed().isEmpty())
            fail(name, QStringLiteral("must not be empty"));
        return value.toString();
    }

    qint64 integer(const QString &name) {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined()) {
            fail(name, QStringLiteral("is required"));
            return 0;
        }
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number != qint64(number)) {
            fail(name, QStringLiteral("must be a non-negative integer"));
            return 0;
        }
        return qint64(number);
    }

    bool boolean(const QString &name) {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull())
            return false;
        if (!value.isBool())
            fail(name, QStringLiteral("must be true or false"));
        return value.toBool();
    }

    QJsonArray array(const QString &name, bool required) {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(name, QStringLiteral("is required"));
            return {};
        }
        if (!value.isArray())
            fail(name, QStringLiteral("must be an array"));
        return value.toArray();
    }

    QJsonValue value(const QString &name) const { return m_object.value(name); }
    QString path(const QString &name) const { return m_path.isEmpty() ? name : m_path % u'.' % name; }

    void fail(const QString &name, const QString &problem) {
        if (m_error->isEmpty())
            *m_error = path(name) % u' ' % problem;
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

// Alibaba Cloud account IDs are decimal numbers (16 digits today, 12 in older accounts).
bool isAccountId(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{6,20}$"));
    return pattern.match(text).hasMatch();
}

QString indexed(const QString &name, qsizetype index) {
    return name % u'[' % QString::number(index) % u']';
}

} // namespace

QString SimRegion::localName(const QString &language) const {
    for (const QString &candidate : {language, QStringLiteral("en-US"), QString()}) {
        const auto it = localNames.constFind(candidate);
        if (it != localNames.cend())
            return it.value();
    }
    return localNames.isEmpty() ? regionId : localNames.first();
}

const QStringList &SimulatorDataset::imageStatuses() {
    static const QStringList statuses = {
        QStringLiteral("Creating"),    QStringLiteral("Waiting"),      QStringLiteral("Available"),
        QStringLiteral("UnAvailable"), QStringLiteral("CreateFailed"), QStringLiteral("Deprecated"),
    };
    return statuses;
}

std::optional<SimulatorDataset> SimulatorDataset::fromFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path % QStringLiteral(": ") % file.errorString();
        return std::nullopt;
    }
    QString problem;
    auto dataset = fromJson(file.readAll(), &problem);
    if (!dataset && error)
        *error = path % QStringLiteral(": ") % problem;
    return dataset;
}

std::optional<SimulatorDataset> SimulatorDataset::fromJson(const QByteArray &json, QString *error) {
    QString problem;
    const auto failed = [&]() -> std::optional<SimulatorDataset> {
        if (error)
            *error = problem;
        return std::nullopt;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problem = QStringLiteral("invalid JSON at ") % lineAndColumn(json, parseError.offset) %
                  QStringLiteral(": ") % parseError.errorString();
        return failed();
    }
    if (!document.isObject()) {
        problem = QStringLiteral("the top level must be a JSON object");
        return failed();
    }

    SimulatorDataset dataset;
    FieldReader top(document.object(), {}, &problem);

    const QString accountId = top.string(QStringLiteral("AccountId"), false);
    if (!accountId.isEmpty() || top.value(QStringLiteral("AccountId")).isString()) {
        if (!isAccountId(accountId))
            top.fail(QStringLiteral("AccountId"), QStringLiteral("must be an account ID (digits only)"));
        dataset.m_accountId = accountId;
    }

    const QJsonArray regions = top.array(QStringLiteral("Regions"), true);
    for (qsizetype i = 0; i < regions.size() && problem.isEmpty(); ++i) {
        const QString path = indexed(QStringLiteral("Regions"), i);
        if (!regions.at(i).isObject()) {
            problem = path % QStringLiteral(" must be an object");
            break;
        }
        FieldReader reader(regions.at(i).toObject(), path, &problem);
        SimRegion region;
        region.regionId = reader.string(QStringLiteral("RegionId"), true);
        region.regionEndpoint = reader.string(QStringLiteral("RegionEndpoint"), true);
        region.status = reader.string(QStringLiteral("Status"), false, QStringLiteral("available"));
        const QJsonValue localName = reader.value(QStringLiteral("LocalName"));
        if (localName.isString()) {
            region.localNames.insert(QString(), localName.toString());
        } else if (localName.isObject()) {
            const QJsonObject names = localName.toObject();
            for (auto it = names.begin(); it != names.end(); ++it) {
                if (!it.value().isString()) {
                    reader.fail(QStringLiteral("LocalName.") % it.key(), QStringLiteral("must be a string"));
                    break;
                }
                region.localNames.insert(it.key(), it.value().toString());
            }
            if (names.isEmpty())
                reader.fail(QStringLiteral("LocalName"),
                            QStringLiteral("must name the region in one language at least"));
        } else {
            reader.fail(QStringLiteral("LocalName"),
                        QStringLiteral("must be a string or an object keyed by language"));
        }
        if (reader.ok() && dataset.findRegion(region.regionId))
            reader.fail(QStringLiteral("RegionId"), QStringLiteral("repeats an earlier region"));
        dataset.m_regions.append(region);
    }

    // One account's keys and images: the top level of a one-account file, or a CloudAccounts entry.
    QSet<QString> keyIds;
    QSet<QString> imageIds;
    const auto readAccount = [&](const QJsonArray &keys, const QJsonArray &images, const QString &prefix,
                                 const QString &accountId) {
        for (qsizetype i = 0; i < keys.size() && problem.isEmpty(); ++i) {
            const QString path = prefix % indexed(QStringLiteral("AccessKeys"), i);
            if (!keys.at(i).isObject()) {
                problem = path % QStringLiteral(" must be an object");
                break;
            }
            FieldReader reader(keys.at(i).toObject(), path, &problem);
            SimAccessKey key;
            key.accessKeyId = reader.string(QStringLiteral("AccessKeyId"), true);
            key.accessKeySecret = reader.string(QStringLiteral("AccessKeySecret"), true);
            key.securityToken = reader.string(QStringLiteral("SecurityToken"), false);
            key.userName = reader.string(QStringLiteral("UserName"), false);
            key.readOnly = reader.boolean(QStringLiteral("ReadOnly"));
            key.accountId = accountId;
            if (reader.ok() && keyIds.contains(key.accessKeyId))
                reader.fail(QStringLiteral("AccessKeyId"), QStringLiteral("repeats an earlier key"));
            keyIds.insert(key.accessKeyId);
            dataset.m_accessKeys.append(key);
        }

        for (qsizetype i = 0; i < images.size() && problem.isEmpty(); ++i) {
            const QString path = prefix % indexed(QStringLiteral("Images"), i);
            if (!images.at(i).isObject()) {
                problem = path % QStringLiteral(" must be an object");
                break;
            }
            FieldReader reader(images.at(i).toObject(), path, &problem);
            SimImage image;
            image.regionId = reader.string(QStringLiteral("RegionId"), true);
            image.imageId = reader.string(QStringLiteral("ImageId"), true);
            image.imageName = reader.string(QStringLiteral("ImageName"), true);
            image.description = reader.string(QStringLiteral("Description"), false);
            image.status = reader.string(QStringLiteral("Status"), true);
            image.osName = reader.string(QStringLiteral("OSName"), true);
            image.osNameEn = reader.string(QStringLiteral("OSNameEn"), false, image.osName);
            image.osType = reader.string(QStringLiteral("OSType"), false, QStringLiteral("linux"));
            image.platform = reader.string(QStringLiteral("Platform"), false);
            image.architecture =
                reader.string(QStringLiteral("Architecture"), false, QStringLiteral("x86_64"));
            image.usage = reader.string(QStringLiteral("Usage"), false, QStringLiteral("none"));
            image.creationTime = reader.string(QStringLiteral("CreationTime"), true);
            image.size = reader.integer(QStringLiteral("Size"));
            image.encrypted = reader.boolean(QStringLiteral("Encrypted"));
            image.ownerAccountId = accountId;
            if (!reader.ok())
                break;
            if (!dataset.findRegion(image.regionId))
                reader.fail(QStringLiteral("RegionId"),
                            QStringLiteral("names a region missing from Regions"));
            else if (imageIds.contains(image.imageId))
                reader.fail(QStringLiteral("ImageId"), QStringLiteral("repeats an earlier image"));
            else if (!imageStatuses().contains(image.status))
                reader.fail(QStringLiteral("Status"),
                            QStringLiteral("must be one of ") % imageStatuses().join(u", "));
            else if (!isServiceTimestamp(image.creationTime))
                reader.fail(QStringLiteral("CreationTime"),
                            QStringLiteral("must look like 2024-01-31T08:00:00Z"));
            imageIds.insert(image.imageId);

            const QJsonArray accounts = reader.array(QStringLiteral("Accounts"), false);
            QSet<QString> accountIds;
            for (qsizetype a = 0; a < accounts.size() && reader.ok(); ++a) {
                const QString accountPath = indexed(QStringLiteral("Accounts"), a);
                if (!accounts.at(a).isObject()) {
                    reader.fail(accountPath, QStringLiteral("must be an object"));
                    break;
                }
                FieldReader accountReader(accounts.at(a).toObject(), reader.path(accountPath), &problem);
                SimSharedAccount account;
                account.aliyunId = accountReader.string(QStringLiteral("AliyunId"), true);
                account.sharedTime = accountReader.string(QStringLiteral("SharedTime"), false);
                if (accountReader.ok() && !account.sharedTime.isEmpty() &&
                    !isServiceTimestamp(account.sharedTime))
                    accountReader.fail(QStringLiteral("SharedTime"),
                                       QStringLiteral("must look like 2024-01-31T08:00:00Z"));
                if (accountReader.ok() && accountIds.contains(account.aliyunId))
                    accountReader.fail(QStringLiteral("AliyunId"),
                                       QStringLiteral("repeats an earlier account"));
                accountIds.insert(account.aliyunId);
                dataset.m_knownAccounts.insert(account.aliyunId);
                image.accounts.append(account);
            }

            const QJsonArray groups = reader.array(QStringLiteral("ShareGroups"), false);
            for (qsizetype g = 0; g < groups.size() && reader.ok(); ++g) {
                if (!groups.at(g).isString() || groups.at(g).toString().isEmpty())
                    reader.fail(indexed(QStringLiteral("ShareGroups"), g),
                                QStringLiteral("must be a non-empty string"));
                else
                    image.shareGroups.append(groups.at(g).toString());
            }
            (prefix.isEmpty() ? dataset.m_images : dataset.m_otherImages).append(image);
        }
    };

    const bool organisation = top.value(QStringLiteral("CloudAccounts")).isArray();
    readAccount(top.array(QStringLiteral("AccessKeys"), !organisation),
                top.array(QStringLiteral("Images"), !organisation), {}, dataset.m_accountId);
    dataset.m_cloudAccounts.append(
        SimCloudAccount{dataset.m_accountId, top.string(QStringLiteral("DisplayName"), false)});
    dataset.m_knownAccounts.insert(dataset.m_accountId);

    const QJsonArray cloudAccounts = top.array(QStringLiteral("CloudAccounts"), false);
    for (qsizetype i = 0; i < cloudAccounts.size() && problem.isEmpty(); ++i) {
        const QString path = indexed(QStringLiteral("CloudAccounts"), i);
        if (!cloudAccounts.at(i).isObject()) {
            problem = path % QStringLiteral(" must be an object");
            break;
        }
        FieldReader reader(cloudAccounts.at(i).toObject(), path, &problem);
        SimCloudAccount account{reader.string(QStringLiteral("AccountId"), true),
                                reader.string(QStringLiteral("DisplayName"), false)};
        if (reader.ok() && !isAccountId(account.accountId))
            reader.fail(QStringLiteral("AccountId"), QStringLiteral("must be an account ID (digits only)"));
        if (reader.ok() && dataset.findCloudAccount(account.accountId))
            reader.fail(QStringLiteral("AccountId"), QStringLiteral("repeats an earlier account"));
        if (!reader.ok())
            break;
        dataset.m_cloudAccounts.append(account);
        dataset.m_knownAccounts.insert(account.accountId);
        readAccount(reader.array(QStringLiteral("AccessKeys"), false),
                    reader.array(QStringLiteral("Images"), false), path % u'.', account.accountId);
        const QJsonArray roles = reader.array(QStringLiteral("Roles"), false);
        for (qsizetype r = 0; r < roles.size() && problem.isEmpty(); ++r) {
            const QString rolePath = path % u'.' % indexed(QStringLiteral("Roles"), r);
            if (!roles.at(r).isObject()) {
                problem = rolePath % QStringLiteral(" must be an object");
                break;
            }
            FieldReader roleReader(roles.at(r).toObject(), rolePath, &problem);
            SimRole role;
            role.accountId = account.accountId;
            role.roleName = roleReader.string(QStringLiteral("RoleName"), true);
            role.externalId = roleReader.string(QStringLiteral("ExternalId"), false);
            const QJsonValue duration = roleReader.value(QStringLiteral("MaxSessionDuration"));
            if (!duration.isUndefined()) {
                role.maxSessionDuration = duration.toInt(-1);
                if (!duration.isDouble() || role.maxSessionDuration < 3600 || role.maxSessionDuration > 43200)
                    roleReader.fail(QStringLiteral("MaxSessionDuration"),
                                    QStringLiteral("must be a number of seconds from 3600 to 43200"));
            }
            const QJsonArray trusted = roleReader.array(QStringLiteral("TrustedAccountIds"), true);
            for (qsizetype t = 0; t < trusted.size() && roleReader.ok(); ++t) {
                if (!trusted.at(t).isString() || !isAccountId(trusted.at(t).toString()))
                    roleReader.fail(indexed(QStringLiteral("TrustedAccountIds"), t),
                                    QStringLiteral("must be an account ID (digits only)"));
                else
                    role.trustedAccountIds.append(trusted.at(t).toString());
            }
            if (roleReader.ok() && dataset.findRole(role.accountId, role.roleName))
                roleReader.fail(QStringLiteral("RoleName"), QStringLiteral("repeats an earlier role"));
            // A stable numeric ID, as RAM gives every role one.
            role.roleId = QString::number(300000000000000000ULL +
                                          qHash(role.accountId % u'/' % role.roleName.toLower(), 0) %
                                              100000000000000000ULL);
            dataset.m_roles.append(role);
        }
    }

    const QJsonValue directory = top.value(QStringLiteral("ResourceDirectory"));
    if (!directory.isUndefined() && problem.isEmpty()) {
        if (!directory.isObject()) {
            top.fail(QStringLiteral("ResourceDirectory"), QStringLiteral("must be an object"));
        } else {
            FieldReader reader(directory.toObject(), QStringLiteral("ResourceDirectory"), &problem);
            dataset.m_managementAccountId = reader.string(QStringLiteral("ManagementAccountId"), true);
            if (reader.ok() && !isAccountId(dataset.m_managementAccountId))
                reader.fail(QStringLiteral("ManagementAccountId"),
                            QStringLiteral("must be an account ID (digits only)"));
            dataset.m_knownAccounts.insert(dataset.m_managementAccountId);
            const QJsonArray members = reader.array(QStringLiteral("MemberAccountIds"), false);
            for (qsizetype m = 0; m < members.size() && reader.ok(); ++m) {
                const QString member = members.at(m).toString();
                if (!members.at(m).isString() || !isAccountId(member))
                    reader.fail(indexed(QStringLiteral("MemberAccountIds"), m),
                                QStringLiteral("must be an account ID (digits only)"));
                else if (member == dataset.m_managementAccountId ||
                         dataset.m_memberAccountIds.contains(member))
                    reader.fail(indexed(QStringLiteral("MemberAccountIds"), m),
                                QStringLiteral("repeats an account of the directory"));
                else
                    dataset.m_memberAccountIds.append(member);
                dataset.m_knownAccounts.insert(member);
            }
        }
    }

    const QJsonArray known = top.array(QStringLiteral("KnownAccountIds"), false);
    for (qsizetype i = 0; i < known.size() && problem.isEmpty(); ++i) {
        if (!known.at(i).isString() || !isAccountId(known.at(i).toString()))
            top.fail(indexed(QStringLiteral("KnownAccountIds"), i),
                     QStringLiteral("must be an account ID (digits only)"));
        else
            dataset.m_knownAccounts.insert(known.at(i).toString());
    }
    dataset.m_knownAccounts.insert(dataset.m_accountId);

    if (!problem.isEmpty())
        return failed();
    return dataset;
}

const SimAccessKey *SimulatorDataset::findAccessKey(const QString &accessKeyId) const {
    for (const SimAccessKey &key : m_accessKeys) {
        if (key.accessKeyId == accessKeyId)
            return &key;
    }
    return nullptr;
}

const SimRegion *SimulatorDataset::findRegion(const QString &regionId) const {
    for (const SimRegion &region : m_regions) {
        if (region.regionId == regionId)
            return &region;
    }
    return nullptr;
}

const SimImage *SimulatorDataset::findImage(const QString &imageId) const {
    return const_cast<SimulatorDataset *>(this)->mutableImage(imageId);
}

QList<const SimImage *> SimulatorDataset::allImages() const {
    QList<const SimImage *> images;
    for (const QList<SimImage> *list : {&m_images, &m_otherImages}) {
        for (const SimImage &image : *list)
            images.append(&image);
    }
    return images;
}

const SimCloudAccount *SimulatorDataset::findCloudAccount(const QString &accountId) const {
    for (const SimCloudAccount &account : m_cloudAccounts) {
        if (account.accountId == accountId)
            return &account;
    }
    return nullptr;
}

const SimRole *SimulatorDataset::findRole(const QString &accountId, const QString &roleName) const {
    for (const SimRole &role : m_roles) {
        if (role.accountId == accountId && role.roleName.compare(roleName, Qt::CaseInsensitive) == 0)
            return &role;
    }
    return nullptr;
}

SimImage *SimulatorDataset::mutableImage(const QString &imageId) {
    for (QList<SimImage> *list : {&m_images, &m_otherImages}) {
        for (SimImage &image : *list) {
            if (image.imageId == imageId)
                return &image;
        }
    }
    return nullptr;
}

bool SimulatorDataset::removeFirstAccount(const QString &imageId) {
    SimImage *image = mutableImage(imageId);
    if (!image || image->accounts.isEmpty())
        return false;
    image->accounts.removeFirst();
    return true;
}

} // namespace isb
