#include "changes/ChangeJournal.h"

#include "Credentials.h"
#include "SettingsKeys.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace isb;

namespace {

const QString kCanarySecret = QStringLiteral("CANARY-secret-7f3a9c");

JournalEntry sampleEntry() {
    JournalEntry entry;
    entry.time = QDateTime(QDate(2026, 5, 1), QTime(12, 30, 5, 250), Qt::UTC);
    entry.action = QStringLiteral("share");
    entry.profile = QStringLiteral("prod");
    entry.callerAccountId = QStringLiteral("111111111111");
    entry.endpoint = QStringLiteral("http://127.0.0.1:1/");
    JournalImage image;
    image.regionId = QStringLiteral("cn-hangzhou");
    image.imageId = QStringLiteral("m-1");
    image.imageName = QStringLiteral("web");
    image.added = {QStringLiteral("2")};
    image.removed = {QStringLiteral("3"), QStringLiteral("4")};
    image.allRemoved = true;
    image.requestIds = {QStringLiteral("R-1"), QStringLiteral("R-2")};
    image.outcome = QStringLiteral("verified");
    entry.images = {image};
    return entry;
}

} // namespace

class TestChangeJournal final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultPathIsTheSharedDataFolder();
    void appendAndReadBack();
    void appendAddsLinesAndKeepsOrder();
    void tornLastLineIsSkippedButOthersAreErrors();
    void inverseOfAnEntry();
    void ownerAccountsAcrossADirectory();
    void noSecretInTheFile();
};

void TestChangeJournal::defaultPathIsTheSharedDataFolder() {
    const QString path = ChangeJournal::defaultPath();
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
    QVERIFY2(path.endsWith(QString(SettingsKeys::organizationName) + QLatin1Char('/') +
                           SettingsKeys::applicationName + QStringLiteral("/changes.jsonl")),
             qPrintable(path));
}

void TestChangeJournal::appendAndReadBack() {
    QTemporaryDir dir;
    const ChangeJournal journal(dir.filePath(QStringLiteral("sub/changes.jsonl")));
    QString error;
    QVERIFY(journal.entries(&error).isEmpty()); // no file yet: empty, no error
    QVERIFY(error.isEmpty());
    QVERIFY2(journal.append(sampleEntry(), &error), qPrintable(error));
    const QList<JournalEntry> entries = journal.entries(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(entries.size(), 1);
    const JournalEntry &entry = entries.constFirst();
    QCOMPARE(entry.time, sampleEntry().time);
    QCOMPARE(entry.time.timeSpec(), Qt::UTC);
    QCOMPARE(entry.profile, QStringLiteral("prod"));
    QCOMPARE(entry.callerAccountId, QStringLiteral("111111111111"));
    QCOMPARE(entry.endpoint, QStringLiteral("http://127.0.0.1:1/"));
    QCOMPARE(entry.images.size(), 1);
    QCOMPARE(entry.images.constFirst().removed, (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
    QCOMPARE(entry.images.constFirst().requestIds,
             (QStringList{QStringLiteral("R-1"), QStringLiteral("R-2")}));
    QVERIFY(entry.images.constFirst().allRemoved);
    QVERIFY(entry.verified());

    QFile file(journal.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.count('\n'), 1); // JSON Lines: one line per entry
    QVERIFY(bytes.startsWith("{\"Action\":\"share\""));
}

void TestChangeJournal::appendAddsLinesAndKeepsOrder() {
    QTemporaryDir dir;
    const ChangeJournal journal(dir.filePath(QStringLiteral("changes.jsonl")));
    QString error;
    for (int i = 0; i < 3; ++i) {
        JournalEntry entry = sampleEntry();
        entry.profile = QString::number(i);
        QVERIFY(journal.append(entry, &error));
    }
    const QList<JournalEntry> entries = journal.entries(&error);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(2).profile, QStringLiteral("2"));
}

void TestChangeJournal::tornLastLineIsSkippedButOthersAreErrors() {
    QTemporaryDir dir;
    const ChangeJournal journal(dir.filePath(QStringLiteral("changes.jsonl")));
    QString error;
    QVERIFY(journal.append(sampleEntry(), &error));
    {
        QFile file(journal.path());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"Time\":\"2026-"); // the program died while writing
    }
    QCOMPARE(journal.entries(&error).size(), 1);
    QVERIFY(error.isEmpty());
    {
        QFile file(journal.path());
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n");
    }
    QVERIFY(journal.append(sampleEntry(), &error));
    QVERIFY(journal.entries(&error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
}

void TestChangeJournal::inverseOfAnEntry() {
    JournalEntry entry = sampleEntry();
    JournalImage onlyPrivate;
    onlyPrivate.regionId = QStringLiteral("cn-beijing");
    onlyPrivate.imageId = QStringLiteral("m-2");
    onlyPrivate.allRemoved = true;
    entry.images.append(onlyPrivate);
    const QList<SharingRequest> inverse = entry.inverse();
    QCOMPARE(inverse.size(), 1); // making m-2 public again is the console's job
    QCOMPARE(inverse.constFirst().imageId, QStringLiteral("m-1"));
    QCOMPARE(inverse.constFirst().add, (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
    QCOMPARE(inverse.constFirst().remove, QStringList{QStringLiteral("2")});
    QVERIFY(!inverse.constFirst().makePrivate);
}

void TestChangeJournal::ownerAccountsAcrossADirectory() {
    // A plan of one account names no owner: the file stays as before, and the entry spans nothing.
    QTemporaryDir dir;
    const ChangeJournal journal(dir.filePath(QStringLiteral("changes.jsonl")));
    QString error;
    QVERIFY(journal.append(sampleEntry(), &error));
    JournalEntry organisation = sampleEntry();
    organisation.images.first().accountId = organisation.callerAccountId;
    QVERIFY(!organisation.spansAccounts()); // the caller's own image
    JournalImage member = organisation.images.first();
    member.imageId = QStringLiteral("m-2");
    member.accountId = QStringLiteral("1500000000000002");
    organisation.images.append(member);
    QVERIFY(organisation.spansAccounts());
    QVERIFY(journal.append(organisation, &error));
    const QList<JournalEntry> entries = journal.entries(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.at(0).images.first().accountId.isEmpty());
    QVERIFY(!entries.at(0).spansAccounts());
    QCOMPARE(entries.at(1).images.at(0).accountId, QStringLiteral("111111111111"));
    QCOMPARE(entries.at(1).images.at(1).accountId, QStringLiteral("1500000000000002"));
    QVERIFY(entries.at(1).spansAccounts());
    QFile file(journal.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(!lines.at(0).contains("\"AccountId\""));
    QVERIFY(lines.at(1).contains("\"AccountId\":\"1500000000000002\""));
}

void TestChangeJournal::noSecretInTheFile() {
    // The entry type has no field for a secret; this checks that nothing around it leaks one either: an
    // entry built while a canary secret is in the credentials holds only the profile and account names.
    QTemporaryDir dir;
    const ChangeJournal journal(dir.filePath(QStringLiteral("changes.jsonl")));
    Credentials credentials{QStringLiteral("LTAI5tCanary"), kCanarySecret, {}};
    JournalEntry entry = sampleEntry();
    entry.profile = QStringLiteral("canary");
    QString error;
    QVERIFY(journal.append(entry, &error));
    QFile file(journal.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(kCanarySecret.toUtf8()));
    QVERIFY(!bytes.contains(credentials.accessKeyId.toUtf8()));
}

QTEST_GUILESS_MAIN(TestChangeJournal)
#include "tst_changejournal.moc"
