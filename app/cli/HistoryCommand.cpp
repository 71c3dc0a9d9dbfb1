#include "HistoryCommand.h"

#include "CliRunner.h"
#include "CommandOptions.h"

#include "changes/ChangeJournal.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace isb::cli {

QString HistoryCommand::name() const {
    return QStringLiteral("history");
}

Command HistoryCommand::command() const {
    return Command::History;
}

QString HistoryCommand::syntax() const {
    return QStringLiteral("history [--format table|csv|json] [--output FILE]");
}

QString HistoryCommand::description() const {
    return QCoreApplication::translate(
               "isb::cli::HistoryCommand",
               "The change journal, oldest first: one row per image of each applied change. Columns:\n%1\n"
               "Entry is the number undo takes.")
        .arg(QStringLiteral(
            "Entry,Time,Action,Profile,CallerAccountId,Endpoint,RegionId,ImageId,Added,Removed,"
            "AllRemoved,Outcome,RequestIds"));
}

unsigned HistoryCommand::sharedOptions() const {
    return FormatOption | OutputOption;
}

QList<QCommandLineOption> HistoryCommand::options() const {
    return {};
}

QStringList HistoryCommand::repeatableOptions() const {
    return {};
}

QString HistoryCommand::validate(const QCommandLineParser &, const QStringList &, CliRequest *) const {
    return {};
}

bool HistoryCommand::needsCredentials() const {
    return false;
}

void HistoryCommand::execute(CliRunner &runner) const {
    QString error;
    const QList<JournalEntry> entries = ChangeJournal().entries(&error);
    if (!error.isEmpty()) {
        runner.fail(ExitCode::Usage, error);
        return;
    }
    if (!runner.openOutput())
        return;
    const QStringList header = {QStringLiteral("Entry"),           QStringLiteral("Time"),
                                QStringLiteral("Action"),          QStringLiteral("Profile"),
                                QStringLiteral("CallerAccountId"), QStringLiteral("Endpoint"),
                                QStringLiteral("RegionId"),        QStringLiteral("ImageId"),
                                QStringLiteral("Added"),           QStringLiteral("Removed"),
                                QStringLiteral("AllRemoved"),      QStringLiteral("Outcome"),
                                QStringLiteral("RequestIds")};
    QList<QStringList> rows;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const JournalEntry &entry = entries.at(i);
        for (const JournalImage &image : entry.images) {
            rows.append({QString::number(i + 1), entry.time.toString(Qt::ISODate), entry.action,
                         entry.profile, entry.callerAccountId, entry.endpoint, image.regionId, image.imageId,
                         image.added.join(QLatin1Char(' ')), image.removed.join(QLatin1Char(' ')),
                         image.allRemoved ? QStringLiteral("true") : QStringLiteral("false"), image.outcome,
                         image.requestIds.join(QLatin1Char(' '))});
        }
    }
    runner.writeResult(header, rows, [&entries](QIODevice *device) {
        QJsonArray array;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject object = entries.at(i).toJson();
            object.insert(QStringLiteral("Entry"), int(i + 1));
            array.append(object);
        }
        const QByteArray bytes =
            QJsonDocument(QJsonObject{{QStringLiteral("Entries"), array}}).toJson(QJsonDocument::Indented);
        return device->write(bytes) == bytes.size();
    });
}

} // namespace isb::cli
