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
#include <QSaveFile>

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
                 tr("\"%1\" is not a UTC time such as 2024-01-02T03:04:05Z").arg(text));
        return time;
    }

    QJsonArray array(const QJsonObject &object, const QString &path, const QString &key) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return {}; // an absent list is an empty one
        if (!value.isArray())
            fail(path + QLatin1Char('.') + key, tr("must be an array"));
        return value.toArray();
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

} // namespace

void AuditSnapshot::setImages(const QList<AuditImageRecord> &images) {
    m_images = images;
    std::stable_sort(m_images.begin(), m_images.end(),
                     [](const AuditImageRecord &a, const AuditImageRecord &b) {
                         const int byRegion = a.image.regionId.compare(b.image.regionId);
                         return byRegion != 0 ? byRegion < 0 : a.image.imageId < b.image.imageId;
                     });
}

QList<AuditRow> AuditSnapshot::rows() const {
    QList<AuditRow> rows;
    for (const AuditImageRecord &record : m_images)
        rows += record.rows();
    return rows;
}

bool AuditSnapshot::isUnknown(const QString &regionId, const QString &imageId) const {
    return std::any_of(m_failures.cbegin(), m_failures.cend(), [&](const AuditFailure &failure) {
        if (failure.regionId.isEmpty())
            return true; // DescribeRegions failed: nothing is known
        return failure.regionId == regionId && (failure.imageId.isEmpty() || failure.imageId == imageId);
    });
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

    const QJsonArray regions = reader.array(root, top, QStringLiteral("Regions"));
    for (qsizetype i = 0; i < regions.size() && reader.ok(); ++i) {
        if (!regions.at(i).isString())
            reader.fail(indexed(QStringLiteral("Regions"), i), tr("must be a string"));
        snapshot.m_regions.append(regions.at(i).toString());
    }

    const QJsonArray images = reader.array(root, top, QStringLiteral("Images"));
    for (qsizetype i = 0; i < images.size() && reader.ok(); ++i) {
        const QString path = indexed(QStringLiteral("Images"), i);
        const QJsonObject object = reader.objectAt(images, i, path);
        AuditImageRecord record;
        record.complete = true;
        record.image.regionId = reader.string(object, path, QStringLiteral("RegionId"), true);
        record.image.imageId = reader.string(object, path, QStringLiteral("ImageId"), true);
        record.image.imageName = reader.string(object, path, QStringLiteral("ImageName"), false);
        record.permissions.regionId = record.image.regionId;
        record.permissions.imageId = record.image.imageId;

        const QJsonArray accounts = reader.array(object, path, QStringLiteral("Accounts"));
        for (qsizetype a = 0; a < accounts.size() && reader.ok(); ++a) {
            const QString accountPath = path + QLatin1Char('.') + indexed(QStringLiteral("Accounts"), a);
            const QJsonObject accountObject = reader.objectAt(accounts, a, accountPath);
            SharedAccount account;
            account.aliyunId = reader.string(accountObject, accountPath, QStringLiteral("AliyunId"), true);
            account.sharedTime = reader.time(accountObject, accountPath, QStringLiteral("SharedTime"), false);
            record.permissions.accounts.append(account);
        }
        const QJsonArray groups = reader.array(object, path, QStringLiteral("ShareGroups"));
        for (qsizetype g = 0; g < groups.size() && reader.ok(); ++g) {
            const QString groupPath = path + QLatin1Char('.') + indexed(QStringLiteral("ShareGroups"), g);
            const QJsonObject groupObject = reader.objectAt(groups, g, groupPath);
            record.permissions.shareGroups.append(
                reader.string(groupObject, groupPath, QStringLiteral("Group"), true));
        }
        const QJsonValue total = object.value(QLatin1String("TotalCount"));
        if (!total.isUndefined() && (!total.isDouble() || total.toInt(-1) != accounts.size()))
            reader.fail(path + QStringLiteral(".TotalCount"),
                        tr("must equal the number of accounts (%1)").arg(accounts.size()));
        record.permissions.totalCount = int(record.permissions.accounts.size());
        record.permissions.pageSize = std::max(1, record.permissions.totalCount);
        snapshot.m_images.append(record);
    }

    const QJsonArray failures = reader.array(root, top, QStringLiteral("Failures"));
    for (qsizetype i = 0; i < failures.size() && reader.ok(); ++i) {
        const QString path = indexed(QStringLiteral("Failures"), i);
        const QJsonObject object = reader.objectAt(failures, i, path);
        AuditFailure failure;
        failure.regionId = reader.string(object, path, QStringLiteral("RegionId"), false);
        failure.imageId = reader.string(object, path, QStringLiteral("ImageId"), false);
        failure.error.kind = EcsError::Kind::Api;
        failure.error.code = reader.string(object, path, QStringLiteral("Code"), true);
        failure.error.message = reader.string(object, path, QStringLiteral("Message"), false);
        failure.error.requestId = reader.string(object, path, QStringLiteral("RequestId"), false);
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
    QString parseError;
    auto snapshot = fromJson(file.readAll(), &parseError);
    if (!snapshot && error)
        *error = tr("%1: %2").arg(path, parseError);
    return snapshot;
}

} // namespace isb
