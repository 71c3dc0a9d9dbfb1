#include "ChangeJournal.h"

#include "SettingsKeys.h"
#include "changes/SharingChangeRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

#include <fcntl.h>
#include <unistd.h>

namespace isb {

namespace {

QJsonArray toArray(const QStringList &list) {
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value) {
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

/// A new file's directory entry must reach the disk too, or the file may vanish with the power.
void syncDirectory(const QString &directory) {
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

JournalImage JournalImage::fromOutcome(const ImageChangeOutcome &outcome) {
    JournalImage image;
    image.regionId = outcome.change.regionId;
    image.imageId = outcome.change.imageId;
    image.imageName = outcome.change.imageName;
    image.accountId = outcome.change.accountId;
    image.added = outcome.change.add;
    image.removed = outcome.change.remove;
    image.allRemoved = outcome.change.removeAll;
    image.requestIds = outcome.requestIds;
    switch (outcome.status) {
    case ImageChangeOutcome::Status::Verified:
        image.outcome = QStringLiteral("verified");
        break;
    case ImageChangeOutcome::Status::Failed:
        image.outcome = outcome.error.shortCode();
        break;
    case ImageChangeOutcome::Status::Mismatch:
        image.outcome = QStringLiteral("mismatch");
        break;
    case ImageChangeOutcome::Status::Pending:
    case ImageChangeOutcome::Status::Cancelled:
        image.outcome = QStringLiteral("cancelled");
        break;
    }
    return image;
}

JournalEntry JournalEntry::fromOutcomes(const QString &action, const QString &profile,
                                        const QString &callerAccountId, const QString &endpoint,
                                        const QList<ImageChangeOutcome> &outcomes) {
    JournalEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.action = action;
    entry.profile = profile;
    entry.callerAccountId = callerAccountId;
    entry.endpoint = endpoint;
    for (const ImageChangeOutcome &outcome : outcomes)
        entry.images.append(JournalImage::fromOutcome(outcome));
    return entry;
}

bool JournalEntry::verified() const {
    return std::all_of(images.cbegin(), images.cend(),
                       [](const JournalImage &image) { return image.verified(); });
}

QList<SharingRequest> JournalEntry::inverse() const {
    QList<SharingRequest> requests;
    for (const JournalImage &image : images) {
        ImageSharingChange change;
        change.regionId = image.regionId;
        change.imageId = image.imageId;
        change.add = image.added;
        change.remove = image.removed;
        const SharingRequest request = SharingPlan::inverse(change);
        if (!request.add.isEmpty() || !request.remove.isEmpty())
            requests.append(request);
    }
    return requests;
}

bool JournalEntry::spansAccounts() const {
    return std::any_of(images.cbegin(), images.cend(), [this](const JournalImage &image) {
        return !image.accountId.isEmpty() && image.accountId != callerAccountId;
    });
}

QJsonObject JournalEntry::toJson() const {
    QJsonArray imageArray;
    for (const JournalImage &image : images) {
        QJsonObject object{
            {QStringLiteral("RegionId"), image.regionId},
            {QStringLiteral("ImageId"), image.imageId},
            {QStringLiteral("ImageName"), image.imageName},
            {QStringLiteral("Added"), toArray(image.added)},
            {QStringLiteral("Removed"), toArray(image.removed)},
            {QStringLiteral("AllRemoved"), image.allRemoved},
            {QStringLiteral("RequestIds"), toArray(image.requestIds)},
            {QStringLiteral("Outcome"), image.outcome},
        };
        if (!image.accountId.isEmpty()) // only entries across a Resource Directory name the owner
            object.insert(QStringLiteral("AccountId"), image.accountId);
        imageArray.append(object);
    }
    return {
        {QStringLiteral("Time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("Action"), action},
        {QStringLiteral("Profile"), profile},
        {QStringLiteral("CallerAccountId"), callerAccountId},
        {QStringLiteral("Endpoint"), endpoint},
        {QStringLiteral("Images"), imageArray},
    };
}

bool JournalEntry::fromJson(const QJsonObject &object, JournalEntry *entry, QString *error) {
    entry->time = QDateTime::fromString(object.value(QStringLiteral("Time")).toString(), Qt::ISODateWithMs);
    if (!entry->time.isValid() || !object.value(QStringLiteral("Images")).isArray()) {
        *error = ChangeJournal::tr("not a change journal entry");
        return false;
    }
    entry->time = entry->time.toUTC();
    entry->action = object.value(QStringLiteral("Action")).toString();
    entry->profile = object.value(QStringLiteral("Profile")).toString();
    entry->callerAccountId = object.value(QStringLiteral("CallerAccountId")).toString();
    entry->endpoint = object.value(QStringLiteral("Endpoint")).toString();
    entry->images.clear();
    for (const QJsonValue &value : object.value(QStringLiteral("Images")).toArray()) {
        const QJsonObject o = value.toObject();
        JournalImage image;
        image.regionId = o.value(QStringLiteral("RegionId")).toString();
        image.imageId = o.value(QStringLiteral("ImageId")).toString();
        image.imageName = o.value(QStringLiteral("ImageName")).toString();
        image.accountId = o.value(QStringLiteral("AccountId")).toString();
        image.added = toList(o.value(QStringLiteral("Added")));
        image.removed = toList(o.value(QStringLiteral("Removed")));
        image.allRemoved = o.value(QStringLiteral("AllRemoved")).toBool();
        image.requestIds = toList(o.value(QStringLiteral("RequestIds")));
        image.outcome = o.value(QStringLiteral("Outcome")).toString();
        if (!Region::isValidId(image.regionId) || !Image::isValidId(image.imageId)) {
            *error = ChangeJournal::tr("an image of the entry has no valid region or image ID");
            return false;
        }
        entry->images.append(image);
    }
    return true;
}

QString ChangeJournal::defaultPath() {
    // Spelled out instead of AppDataLocation, which follows whatever names the running program set: the
    // window and the CLI must share one journal.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/') +
           SettingsKeys::organizationName + QLatin1Char('/') + SettingsKeys::applicationName +
           QStringLiteral("/changes.jsonl");
}

ChangeJournal::ChangeJournal(QString path)
    : m_path(std::move(path)) {}

bool ChangeJournal::append(const JournalEntry &entry, QString *error) const {
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("cannot create %1").arg(info.absolutePath());
        return false;
    }
    const bool created = !info.exists();
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        *error = tr("cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.close();
    if (created)
        syncDirectory(info.absolutePath());
    return true;
}

QList<JournalEntry> ChangeJournal::entries(QString *error) const {
    QList<JournalEntry> result;
    QFile file(m_path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(m_path, file.errorString());
        return result;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const bool last = i == lines.size() - 1; // no line end: written when the program died
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        JournalEntry entry;
        QString entryError;
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            entryError = parseError.errorString();
        else
            JournalEntry::fromJson(document.object(), &entry, &entryError);
        if (!entryError.isEmpty()) {
            if (last)
                continue;
            *error = tr("%1 line %2: %3").arg(m_path).arg(i + 1).arg(entryError);
            return {};
        }
        result.append(entry);
    }
    return result;
}

} // namespace isb
