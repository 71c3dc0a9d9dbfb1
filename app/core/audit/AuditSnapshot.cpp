#include "AuditSnapshot.h"

#include "EcsResponseParser.h"
#include "export/IsoTime.h"
#include "export/JsonExport.h"
#include "export/JsonWriter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace isb {

namespace {

/// Reads typed fields and remembers the first problem with its path, so load() reports one clear line.
class FieldReader {
    Q_DECLARE_TR_FUNCTIONS(AuditSnapshot)
public:
    QString error;

    bool ok() const { return error.isEmpty(); }

    void fail(const QString &path, const QString &problem) {
        if (error.isEmpty())
            error = tr("%1: %2").arg(path, problem);
    }

    QString string(const QJsonObject &object, const QString &path, const QString &key, bool required) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(path + QLatin1Char('.') + key, tr("missing"));
            return {};
        }
        if (!value.isString()) {
            fail(path + QLatin1Char('.') + key, tr("must be a string"));
            return {};
        }
        return value.toString();
    }

    QDateTime time(const QJsonObject &object, const QString &path, const QString &key, bool required) {
        const QString text = string(object, path, key, required);
        if (text.isEmpty())
            return {};
        const QDateTime time = EcsResponseParser::parseTime(text);
        if (!time.isValid())
            fail(path + QLatin1Char('.') + key,
                 tr("\"%1\" is not a UTC time such as 2024-01-02T03:04:05Z").arg(shown(text)));
        return time;
    }

    /// A string of at most `maxLength` characters.
    QString text(const QJsonObject &object, const QString &path, const QString &key, bool required,
                 qsizetype maxLength) {
        const QString value = string(object, path, key, required);
        if (value.size() > maxLength)
            fail(path + QLatin1Char('.') + key, tr("is longer than %1 characters").arg(maxLength));
        return value;
    }

    /// A string that `isValid` accepts (an ID going back into requests or diff lines); `what` names it.
    QString id(const QJsonObject &object, const QString &path, const QString &key, bool required,
               bool (*isValid)(const QString &), const QString &what) {
        const QString value = string(object, path, key, required);
        if (ok() && (required || !value.isEmpty()) && !isValid(value))
            fail(path + QLatin1Char('.') + key, tr("\"%1\" is not %2").arg(shown(value), what));
        return value;
    }

    QJsonArray array(const QJsonObject &object, const QString &path, const QString &key, qsizetype maxSize) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {}; // an absent list is an empty one
        if (!value.isArray())
            fail(path + QLatin1Char('.') + key, tr("must be an array"));
        const QJsonArray array = value.toArray();
        if (array.size() > maxSize)
            fail(path + QLatin1Char('.') + key, tr("has more than %1 entries").arg(maxSize));
        return array;
    }

    /// A value quoted in an error message: short, and without line breaks that could fake more lines.
    static QString shown(const QString &value) {
        QString text = value.left(80);
        for (QChar &c : text) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
                c.category() == QChar::Separator_Paragraph)
                c = QChar::ReplacementCharacter;
        }
        return value.size() > 80 ? text + QStringLiteral("...") : text;
    }

    QJsonObject objectAt(const QJsonArray &array, qsizetype index, const QString &path) {
        const QJsonValue value = array.at(index);
        if (!value.isObject())
            fail(path, tr("must be an object"));
        return value.toObject();
    }
};

QString indexed(const QString &name, qsizetype index) {
    return name + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// Caps on what a snapshot may hold: far above any real account (ECS has some 30 regions, an image at
// most a few hundred grants), low enough that a hostile file cannot make a diff take minutes or gigabytes.
constexpr qsizetype kMaxFileBytes = 256 * 1024 * 1024;
constexpr qsizetype kMaxRegions = 1000;
constexpr qsizetype kMaxImages = 1000000;
constexpr qsizetype kMaxAccountsPerImage = 100000;
constexpr qsizetype kMaxGroupsPerImage = 100;
constexpr qsizetype kMaxNameLength = 1024;
constexpr qsizetype kMaxMessageLength = 8192;

bool isValidRegionId(const QString &id) {
    return Region::isValidId(id);
}
bool isValidImageId(const QString &id) {
    return Image::isValidId(id);
}
bool isValidAccountId(const QString &id) {
    return Account::isValidId(id);
}
bool isValidGroup(const QString &group) {
    // The service knows one group, "all"; a later one would have the same shape.
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[A-Za-z0-9_.-]{1,64}"));
    return pattern.match(group).hasMatch();
}
bool isValidCode(const QString &code) {
    // Service codes (InvalidImageId.NotFound) and this program's kind names (Network, Cancelled).
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(u"[A-Za-z0-9_.:-]{1,128}"));
    return pattern.match(code).hasMatch();
}

} // namespace

void AuditSnapshot::setImages(const QList<AuditImageRecord> &images) {
    m_images = images;
    std::stable_sort(m_images.begin(), m_images.end(),
                     [](const AuditImageRecord &a, const AuditImageRecord &b) {
                         if (a.image.imageOwnerId != b.image.imageOwnerId)
                             return a.image.imageOwnerId < b.image.imageOwnerId;
                         const int byRegion = a.image.regionId.compare(b.image.regionId);
                         return byRegion != 0 ? byRegion < 0 : a.image.imageId < b.image.imageId;
                     });
}

QList<AuditRow> AuditSnapshot::rows() const {
    QList<AuditRow> rows;
    for (const AuditImageRecord &record : m_images) {
        const qsizetype first = rows.size();
        rows += record.rows();
        if (m_organisation) {
            for (qsizetype i = first; i < rows.size(); ++i)
                rows[i].accountId = record.image.imageOwnerId;
        }
    }
    return rows;
}

bool AuditSnapshot::isUnknown(const QString &accountId, const QString &regionId,
                              const QString &imageId) const {
    return std::any_of(m_failures.cbegin(), m_failures.cend(), [&](const AuditFailure &failure) {
        if (!failure.accountId.isEmpty() && !accountId.isEmpty() && failure.accountId != accountId)
            return false; // another account's failure
        if (failure.regionId.isEmpty())
            return true; // DescribeRegions failed: nothing is known
        return failure.regionId == regionId && (failure.imageId.isEmpty() || failure.imageId == imageId);
    });
}

bool AuditSnapshot::covers(const QString &regionId) const {
    if (!m_regions.isEmpty())
        return m_regions.contains(regionId);
    const auto names = [&regionId](const auto &item) { return item.regionId == regionId; };
    return std::any_of(m_images.cbegin(), m_images.cend(),
                       [&](const AuditImageRecord &record) { return names(record.image); }) ||
           std::any_of(m_failures.cbegin(), m_failures.cend(), names);
}

QByteArray AuditSnapshot::toJson() const {
    QByteArray json;
    QBuffer buffer(&json);
    buffer.open(QIODevice::WriteOnly);
    JsonWriter writer(&buffer);
    writer.beginObject();
    writer.writeString(u"ExportedAt", formatIsoUtc(m_exportedAt));
    writer.writeString(u"Endpoint", m_endpoint);
    writer.beginArray(u"Regions");
    for (const QString &region : m_regions)
        writer.writeString(region);
    writer.endArray();
    writer.beginArray(u"Images");
    for (const AuditImageRecord &record : m_images) {
        writer.beginObject();
        if (m_organisation)
            writer.writeString(u"AccountId", record.image.imageOwnerId);
        writer.writeString(u"RegionId", record.image.regionId);
        writer.writeString(u"ImageId", record.image.imageId);
        writer.writeString(u"ImageName", record.image.imageName);
        writer.writeNumber(u"TotalCount", record.permissions.accounts.size());
        JsonExport::writeShareLists(writer, record.permissions);
        writer.endObject();
    }
    writer.endArray();
    writer.beginArray(u"Failures");
    for (const AuditFailure &failure : m_failures) {
        writer.beginObject();
        if (m_organisation && !failure.accountId.isEmpty())
            writer.writeString(u"AccountId", failure.accountId);
        writer.writeString(u"RegionId", failure.regionId);
        if (!failure.imageId.isEmpty())
            writer.writeString(u"ImageId", failure.imageId);
        writer.writeString(u"Code", failure.error.shortCode());
        writer.writeString(u"Message", failure.error.message);
        writer.writeString(u"RequestId", failure.error.requestId);
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
    writer.finish();
    return json;
}

std::optional<AuditSnapshot> AuditSnapshot::fromJson(const QByteArray &json, QString *error) {
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith(
            tr("Not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return failWith(tr("Not an audit snapshot: the document must be a JSON object."));
    const QJsonObject root = document.object();
    if (!root.contains(QLatin1String("Images")))
        return failWith(tr("Not an audit snapshot: the \"Images\" list is missing."));

    FieldReader reader;
    const QString top = QStringLiteral("$");
    AuditSnapshot snapshot;
    snapshot.m_exportedAt = reader.time(root, top, QStringLiteral("ExportedAt"), false);
    snapshot.m_endpoint = reader.string(root, top, QStringLiteral("Endpoint"), false);

    const QJsonArray regions = reader.array(root, top, QStringLiteral("Regions"), kMaxRegions);
    QSet<QString> regionSet;
    for (qsizetype i = 0; i < regions.size() && reader.ok(); ++i) {
        const QString path = indexed(QStringLiteral("Regions"), i);
        const QString region = regions.at(i).toString();
        if (!regions.at(i).isString())
            reader.fail(path, tr("must be a string"));
        else if (!Region::isValidId(region))
            reader.fail(path, tr("\"%1\" is not a region ID").arg(FieldReader::shown(region)));
        else if (regionSet.contains(region))
            reader.fail(path, tr("\"%1\" is listed twice").arg(region));
        regionSet.insert(region);
        snapshot.m_regions.append(region);
    }
    // Without the list (older files, hand-made ones) a snapshot covers the regions it names: see covers().
    const bool regionsListed = !regionSet.isEmpty();
    QSet<QString> imageKeys; // account, region, image

    const QJsonArray images = reader.array(root, top, QStringLiteral("Images"), kMaxImages);
    for (qsizetype i = 0; i < images.size() && reader.ok(); ++i) {
        const QString path = indexed(QStringLiteral("Images"), i);
        const QJsonObject object = reader.objectAt(images, i, path);
        AuditImageRecord record;
        record.complete = true;
        record.image.imageOwnerId = reader.id(object, path, QStringLiteral("AccountId"), false,
                                              isValidAccountId, tr("an account ID"));
        snapshot.m_organisation = snapshot.m_organisation || !record.image.imageOwnerId.isEmpty();
        record.image.regionId =
            reader.id(object, path, QStringLiteral("RegionId"), true, isValidRegionId, tr("a region ID"));
        record.image.imageId =
            reader.id(object, path, QStringLiteral("ImageId"), true, isValidImageId, tr("an image ID"));
        record.image.imageName =
            reader.text(object, path, QStringLiteral("ImageName"), false, kMaxNameLength);
        record.permissions.regionId = record.image.regionId;
        record.permissions.imageId = record.image.imageId;
        if (reader.ok() && regionsListed && !regionSet.contains(record.image.regionId))
            reader.fail(path + QStringLiteral(".RegionId"),
                        tr("\"%1\" is not one of the snapshot's Regions").arg(record.image.regionId));
        const QString imageKey = record.image.imageOwnerId + QLatin1Char('/') + record.image.regionId +
                                 QLatin1Char('/') + record.image.imageId;
        if (reader.ok() && imageKeys.contains(imageKey))
            reader.fail(path,
                        tr("%1 in %2 is listed twice").arg(record.image.imageId, record.image.regionId));
        imageKeys.insert(imageKey);

        const QJsonArray accounts =
            reader.array(object, path, QStringLiteral("Accounts"), kMaxAccountsPerImage);
        QSet<QString> accountIds;
        for (qsizetype a = 0; a < accounts.size() && reader.ok(); ++a) {
            const QString accountPath = path + QLatin1Char('.') + indexed(QStringLiteral("Accounts"), a);
            const QJsonObject accountObject = reader.objectAt(accounts, a, accountPath);
            SharedAccount account;
            account.aliyunId = reader.id(accountObject, accountPath, QStringLiteral("AliyunId"), true,
                                         isValidAccountId, tr("an account ID"));
            account.sharedTime = reader.time(accountObject, accountPath, QStringLiteral("SharedTime"), false);
            if (reader.ok() && accountIds.contains(account.aliyunId))
                reader.fail(accountPath + QStringLiteral(".AliyunId"),
                            tr("%1 is listed twice").arg(account.aliyunId));
            accountIds.insert(account.aliyunId);
            record.permissions.accounts.append(account);
        }
        const QJsonArray groups =
            reader.array(object, path, QStringLiteral("ShareGroups"), kMaxGroupsPerImage);
        for (qsizetype g = 0; g < groups.size() && reader.ok(); ++g) {
            const QString groupPath = path + QLatin1Char('.') + indexed(QStringLiteral("ShareGroups"), g);
            const QJsonObject groupObject = reader.objectAt(groups, g, groupPath);
            const QString group = reader.id(groupObject, groupPath, QStringLiteral("Group"), true,
                                            isValidGroup, tr("a share group such as all"));
            if (reader.ok() && record.permissions.shareGroups.contains(group))
                reader.fail(groupPath + QStringLiteral(".Group"), tr("%1 is listed twice").arg(group));
            record.permissions.shareGroups.append(group);
        }
        const QJsonValue total = object.value(QLatin1String("TotalCount"));
        if (!total.isUndefined() && (!total.isDouble() || total.toInt(-1) != accounts.size()))
            reader.fail(path + QStringLiteral(".TotalCount"),
                        tr("must equal the number of accounts (%1)").arg(accounts.size()));
        record.permissions.totalCount = int(record.permissions.accounts.size());
        record.permissions.pageSize = std::max(1, record.permissions.totalCount);
        snapshot.m_images.append(record);
    }

    const QJsonArray failures = reader.array(root, top, QStringLiteral("Failures"), kMaxImages);
    for (qsizetype i = 0; i < failures.size() && reader.ok(); ++i) {
        const QString path = indexed(QStringLiteral("Failures"), i);
        const QJsonObject object = reader.objectAt(failures, i, path);
        AuditFailure failure;
        failure.accountId = reader.id(object, path, QStringLiteral("AccountId"), false, isValidAccountId,
                                      tr("an account ID"));
        snapshot.m_organisation = snapshot.m_organisation || !failure.accountId.isEmpty();
        failure.regionId =
            reader.id(object, path, QStringLiteral("RegionId"), false, isValidRegionId, tr("a region ID"));
        failure.imageId =
            reader.id(object, path, QStringLiteral("ImageId"), false, isValidImageId, tr("an image ID"));
        if (reader.ok() && failure.regionId.isEmpty() && !failure.imageId.isEmpty())
            reader.fail(path + QStringLiteral(".RegionId"), tr("missing (the failure names an image)"));
        failure.error.kind = EcsError::Kind::Api;
        failure.error.code =
            reader.id(object, path, QStringLiteral("Code"), true, isValidCode, tr("an error code"));
        failure.error.message =
            reader.text(object, path, QStringLiteral("Message"), false, kMaxMessageLength);
        failure.error.requestId =
            reader.text(object, path, QStringLiteral("RequestId"), false, kMaxNameLength);
        snapshot.m_failures.append(failure);
    }
    if (!reader.ok())
        return failWith(tr("Invalid audit snapshot: %1").arg(reader.error));
    snapshot.setImages(snapshot.m_images); // sorted, whatever order the file had
    return snapshot;
}

bool AuditSnapshot::save(const QString &path, QString *error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray json = toJson();
    if (file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<AuditSnapshot> AuditSnapshot::load(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        if (error)
            *error =
                tr("%1: larger than %2 MB, which no audit snapshot is.").arg(path).arg(kMaxFileBytes >> 20);
        return std::nullopt;
    }
    QString parseError;
    auto snapshot = fromJson(file.read(kMaxFileBytes + 1), &parseError);
    if (!snapshot && error)
        *error = tr("%1: %2").arg(path, parseError);
    return snapshot;
}

} // namespace isb
