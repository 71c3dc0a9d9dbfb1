#include "accounts/AccountBook.h"
#include "accounts/CsvReader.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace isb;
using Trust = AccountBook::Trust;

namespace {

QByteArray file(std::initializer_list<const char *> lines, const char *end = "\r\n") {
    QByteArray out;
    for (const char *line : lines)
        out += QByteArray(line) + end;
    return out;
}

QString idsOf(const QList<AccountBook::Entry> &entries) {
    QStringList ids;
    for (const AccountBook::Entry &entry : entries)
        ids.append(entry.accountId);
    return ids.join(QLatin1Char(' '));
}

QString linesOf(const QList<AccountBook::Issue> &issues) {
    QStringList lines;
    for (const AccountBook::Issue &issue : issues)
        lines.append(QString::number(issue.line));
    return lines.join(QLatin1Char(' '));
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
}

} // namespace

class TestAccountBook : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void csvReaderLines_data();
    void csvReaderLines();
    void parse_data();
    void parse();
    void issueMessagesNameTheProblem();
    void formulaLabelsRoundTrip();
    void wrongHeaderLoadsNothing();
    void rejectsNonUtf8();
    void hugeFileIsRefused();
    void missingFileIsEmptyBook();
    void saveIsAtomicAndReloads();
    void saveFailureKeepsOldFile();
    void importMerges();
    void setValidates_data();
    void setValidates();
    void removeAndSignals();
    void trustAndCallerAccount();
    void trustNames();
    void defaultFileIsSharedConfigFolder();
};

void TestAccountBook::csvReaderLines_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected"); // per record: line:field|field or line:!error

    QTest::newRow("crlf") << QByteArray("a,b\r\nc,d\r\n") << QStringLiteral("1:a|b 2:c|d");
    QTest::newRow("lf, no final newline") << QByteArray("a,b\nc,d") << QStringLiteral("1:a|b 2:c|d");
    QTest::newRow("quoted comma and quote")
        << QByteArray("\"a,\"\"x\"\"\",b\r\n") << QStringLiteral("1:a,\"x\"|b");
    QTest::newRow("line break in a field shifts later lines")
        << QByteArray("\"a\nb\",c\nd,e\n") << QStringLiteral("1:a\nb|c 3:d|e");
    QTest::newRow("quote in plain field, next line still read")
        << QByteArray("a\"b,c\nd,e\n") << QStringLiteral("1:! 2:d|e");
    QTest::newRow("text after closing quote") << QByteArray("\"a\"b,c\nd\n") << QStringLiteral("1:! 2:d");
    QTest::newRow("bare CR") << QByteArray("a\rb\nd\n") << QStringLiteral("1:! 2:d");
    QTest::newRow("unterminated quote") << QByteArray("x\n\"a,b\n") << QStringLiteral("1:x 2:!");
    QTest::newRow("blank line") << QByteArray("a\n\nb\n") << QStringLiteral("1:a 2: 3:b");
}

void TestAccountBook::csvReaderLines() {
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QStringList got;
    for (const CsvReader::Record &record : CsvReader::records(QString::fromUtf8(text))) {
        got.append(QString::number(record.line) + QLatin1Char(':') +
                   (record.error.isEmpty() ? record.fields.join(QLatin1Char('|')) : QStringLiteral("!")));
    }
    QCOMPARE(got.join(QLatin1Char(' ')), expected);
}

void TestAccountBook::parse_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("ids");        // entries that loaded, in order
    QTest::addColumn<QString>("issueLines"); // lines reported

    const char *head = "AccountId,Label,Trust";
    QTest::newRow("good") << file({head, "123456789012,QA,trusted", "210987654321,Prod,own", "5,,"})
                          << QStringLiteral("123456789012 210987654321 5") << QString();
    QTest::newRow("empty file") << QByteArray() << QString() << QString();
    QTest::newRow("header only") << file({head}) << QString() << QString();
    QTest::newRow("bom and lf") << QByteArray("\xEF\xBB\xBF") + file({head, "1,a,own"}, "\n")
                                << QStringLiteral("1") << QString();
    QTest::newRow("no final line break")
        << QByteArray("AccountId,Label,Trust\r\n1,a,own") << QStringLiteral("1") << QString();
    QTest::newRow("bad ids") << file({head, "12a,x,", "-1,x,", " 1,x,", "1 ,x,", "123456789012345678901,x,",
                                      ",x,", "\xef\xbc\x91\xef\xbc\x92,x,", "7,ok,"})
                             << QStringLiteral("7") << QStringLiteral("2 3 4 5 6 7 8");
    QTest::newRow("unknown trust") << file({head, "1,a,Own", "2,a,yes", "3,a, trusted", "4,a,none",
                                            "5,a,trusted"})
                                   << QStringLiteral("5") << QStringLiteral("2 3 4 5");
    QTest::newRow("duplicates keep the first")
        << file({head, "1,first,own", "2,b,", "1,second,trusted", "1,third,"}) << QStringLiteral("1 2")
        << QStringLiteral("4 5");
    QTest::newRow("field counts") << file({head, "1,a", "2,a,,", "3", "4,a,"}) << QStringLiteral("4")
                                  << QStringLiteral("2 3 4");
    QTest::newRow("quotes") << file({head, "\"1\",\"a, \"\"b\"\"\",\"own\"", "2,a\"b,", "3,\"x\"y,", "4,,"})
                            << QStringLiteral("1 4") << QStringLiteral("3 4");
    QTest::newRow("multi-line label is refused, later lines keep numbers")
        << file({head, "1,\"two", "lines\",", "2,a,"}) << QStringLiteral("2") << QStringLiteral("2");
    QTest::newRow("control character")
        << file({head, "1,a\tb,", "2,\x1b[31mred,", "3,ok,"}) << QStringLiteral("3") << QStringLiteral("2 3");
    QTest::newRow("long label") << file({head, qPrintable(QStringLiteral("1,%1,").arg(QString(257, u'x'))),
                                         qPrintable(QStringLiteral("2,%1,").arg(QString(256, u'x')))})
                                << QStringLiteral("2") << QStringLiteral("2");
    QTest::newRow("blank lines skipped")
        << file({"", head, "", "1,a,", ""}) << QStringLiteral("1") << QString();
    QTest::newRow("unterminated quote at the end")
        << file({head, "1,a,", "2,\"a,"}) << QStringLiteral("1") << QStringLiteral("3");
}

void TestAccountBook::parse() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, ids);
    QFETCH(QString, issueLines);
    QList<AccountBook::Entry> entries;
    const AccountBook::Report report = AccountBook::parse(bytes, &entries);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(idsOf(entries), ids);
    QCOMPARE(linesOf(report.issues), issueLines);
    QCOMPARE(report.added, int(entries.size()));
}

void TestAccountBook::issueMessagesNameTheProblem() {
    QList<AccountBook::Entry> entries;
    const AccountBook::Report report = AccountBook::parse(
        file({"AccountId,Label,Trust", "12x,a,", "1,a,partner", "1,a,", "1,b,"}), &entries);
    QCOMPARE(report.issues.size(), 3);
    QVERIFY2(report.issues.at(0).message.contains(QLatin1String("12x")),
             qPrintable(report.issues.at(0).message));
    QVERIFY(report.issues.at(1).message.contains(QLatin1String("partner")));
    QVERIFY2(report.issues.at(2).message.contains(QLatin1String("line 4")),
             qPrintable(report.issues.at(2).message));
    QCOMPARE(entries, (QList<AccountBook::Entry>{{QStringLiteral("1"), QStringLiteral("a"), Trust::None}}));
}

void TestAccountBook::formulaLabelsRoundTrip() {
    const QList<AccountBook::Entry> entries{
        {QStringLiteral("1"), QStringLiteral("=HYPERLINK(\"http://x\")"), Trust::Own},
        {QStringLiteral("2"), QStringLiteral("+1"), Trust::None},
        {QStringLiteral("3"), QStringLiteral("@SUM(A1)"), Trust::Trusted},
        {QStringLiteral("4"), QStringLiteral("it's fine, \"really\""), Trust::None},
        {QStringLiteral("5"), QStringLiteral("合作伙伴 QA"), Trust::Trusted},
    };
    const QByteArray bytes = AccountBook::serialize(entries);
    // The file guards the formulas for a spreadsheet...
    QVERIFY2(bytes.contains("1,\"'=HYPERLINK(\"\"http://x\"\")\",own\r\n"), bytes.constData());
    QVERIFY(bytes.contains("\r\n2,'+1,\r\n"));
    QVERIFY(bytes.startsWith("AccountId,Label,Trust\r\n"));
    // ...and reading takes the guard off, so saving twice does not grow the label.
    QList<AccountBook::Entry> back;
    QVERIFY(AccountBook::parse(bytes, &back).clean());
    QCOMPARE(back, entries);
    QCOMPARE(AccountBook::serialize(back), bytes);
}

void TestAccountBook::wrongHeaderLoadsNothing() {
    QList<AccountBook::Entry> entries;
    for (const QByteArray &bytes :
         {file({"1,a,own"}), file({"AccountId,Trust,Label", "1,own,a"}), file({"accountid,label,trust"})}) {
        const AccountBook::Report report = AccountBook::parse(bytes, &entries);
        QVERIFY(!report.ok());
        QVERIFY(report.error.contains(QLatin1String("AccountId,Label,Trust")));
        QVERIFY(entries.isEmpty());
    }
}

void TestAccountBook::rejectsNonUtf8() {
    QList<AccountBook::Entry> entries;
    QVERIFY(!AccountBook::parse(QByteArray("AccountId,Label,Trust\r\n1,\xff\xfe,\r\n"), &entries).ok());
}

void TestAccountBook::hugeFileIsRefused() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("accounts.csv"));
    QByteArray bytes = file({"AccountId,Label,Trust"});
    const QByteArray row = "123456789012," + QByteArray(200, 'x') + ",\r\n";
    while (bytes.size() <= AccountBook::maxFileSize)
        bytes += row;
    QVERIFY(writeFile(path, bytes));
    AccountBook book(path);
    QVERIFY(book.set(QStringLiteral("42"), QStringLiteral("kept"), Trust::Own).ok());
    const AccountBook::Report report = book.load();
    QVERIFY(!report.ok());
    QVERIFY2(report.error.contains(QLatin1String("16 MB")), qPrintable(report.error));
    QCOMPARE(book.labelOf(QStringLiteral("42")), QStringLiteral("kept")); // a refused file changes nothing
}

void TestAccountBook::missingFileIsEmptyBook() {
    QTemporaryDir dir;
    AccountBook book(dir.filePath(QStringLiteral("none/accounts.csv")));
    const AccountBook::Report report = book.load();
    QVERIFY(report.clean());
    QVERIFY(book.entries().isEmpty());
}

void TestAccountBook::saveIsAtomicAndReloads() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/accounts.csv"));
    AccountBook book(path);
    QVERIFY(book.set(QStringLiteral("123456789012"), QStringLiteral("QA"), Trust::Trusted).ok());
    QVERIFY(book.set(QStringLiteral("210987654321"), QString(), Trust::Own).ok());
    QVERIFY(book.save().ok());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(),
             QByteArray("AccountId,Label,Trust\r\n123456789012,QA,trusted\r\n210987654321,,own\r\n"));
    AccountBook again(path);
    QVERIFY(again.load().clean());
    QCOMPARE(again.entries(), book.entries());
}

void TestAccountBook::saveFailureKeepsOldFile() {
    QTemporaryDir dir;
    // A folder where the file should be: QSaveFile cannot replace it, and nothing is left behind.
    const QString path = dir.filePath(QStringLiteral("accounts.csv"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("accounts.csv")));
    AccountBook book(path);
    QVERIFY(book.set(QStringLiteral("1"), QString(), Trust::Own).ok());
    const AccountBook::Report report = book.save();
    QVERIFY(!report.ok());
    QVERIFY(report.error.contains(QLatin1String("accounts.csv")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{QStringLiteral("accounts.csv")});
}

void TestAccountBook::importMerges() {
    QTemporaryDir dir;
    const QString incoming = dir.filePath(QStringLiteral("partners.csv"));
    QVERIFY(writeFile(incoming, file({"AccountId,Label,Trust", "1,same,own", "2,renamed,trusted", "3,new,",
                                      "x,bad,", "4,new too,trusted"})));
    AccountBook book(dir.filePath(QStringLiteral("accounts.csv")));
    book.set(QStringLiteral("1"), QStringLiteral("same"), Trust::Own);
    book.set(QStringLiteral("2"), QStringLiteral("old"), Trust::None);
    book.set(QStringLiteral("9"), QStringLiteral("untouched"), Trust::Trusted);
    QSignalSpy changed(&book, &AccountBook::changed);
    const AccountBook::Report report = book.import(incoming);
    QVERIFY(report.ok());
    QCOMPARE(report.added, 2);
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.unchanged, 1);
    QCOMPARE(linesOf(report.issues), QStringLiteral("5"));
    QCOMPARE(idsOf(book.entries()), QStringLiteral("1 2 9 3 4"));
    QCOMPARE(book.labelOf(QStringLiteral("2")), QStringLiteral("renamed"));
    QCOMPARE(book.trustOf(QStringLiteral("2")), Trust::Trusted);
    QCOMPARE(book.labelOf(QStringLiteral("9")), QStringLiteral("untouched"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(book.indexOf(QStringLiteral("4")), 4);

    // Export writes what import reads.
    const QString exported = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(book.exportTo(exported).ok());
    AccountBook copy(exported);
    QVERIFY(copy.load().clean());
    QCOMPARE(copy.entries(), book.entries());

    QVERIFY(!book.import(dir.filePath(QStringLiteral("missing.csv"))).ok());
    QCOMPARE(book.entries().size(), 5);
}

void TestAccountBook::setValidates_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << QStringLiteral("123456789012") << QStringLiteral("QA") << true;
    QTest::newRow("20 digits") << QString(20, u'9') << QString() << true;
    QTest::newRow("21 digits") << QString(21, u'9') << QString() << false;
    QTest::newRow("empty id") << QString() << QString() << false;
    QTest::newRow("spaces") << QStringLiteral("1234 5678") << QString() << false;
    QTest::newRow("newline label") << QStringLiteral("1") << QStringLiteral("a\nb") << false;
    QTest::newRow("257 chars") << QStringLiteral("1") << QString(257, u'a') << false;
}

void TestAccountBook::setValidates() {
    QFETCH(QString, id);
    QFETCH(QString, label);
    QFETCH(bool, ok);
    AccountBook book(QStringLiteral("/nonexistent/accounts.csv"));
    QCOMPARE(book.set(id, label, Trust::Trusted).ok(), ok);
    QCOMPARE(book.entries().size(), ok ? 1 : 0);
}

void TestAccountBook::removeAndSignals() {
    AccountBook book(QStringLiteral("/nonexistent/accounts.csv"));
    QSignalSpy changed(&book, &AccountBook::changed);
    book.set(QStringLiteral("1"), QStringLiteral("a"), Trust::Own);
    book.set(QStringLiteral("2"), QStringLiteral("b"), Trust::Own);
    book.set(QStringLiteral("3"), QStringLiteral("c"), Trust::Own);
    QCOMPARE(book.set(QStringLiteral("2"), QStringLiteral("b"), Trust::Own).unchanged, 1);
    QCOMPARE(changed.count(), 3);
    QVERIFY(book.remove(QStringLiteral("2")));
    QVERIFY(!book.remove(QStringLiteral("2")));
    QCOMPARE(changed.count(), 4);
    QCOMPARE(book.indexOf(QStringLiteral("3")), 1);
    QVERIFY(!book.entry(QStringLiteral("2")));
    QCOMPARE(book.entry(QStringLiteral("3"))->label, QStringLiteral("c"));
}

void TestAccountBook::trustAndCallerAccount() {
    AccountBook book(QStringLiteral("/nonexistent/accounts.csv"));
    book.set(QStringLiteral("1"), QStringLiteral("partner"), Trust::Trusted);
    book.set(QStringLiteral("2"), QStringLiteral("labelled only"), Trust::None);
    QCOMPARE(book.trustOf(QStringLiteral("1")), Trust::Trusted);
    QCOMPARE(book.trustOf(QStringLiteral("2")), Trust::None);
    QCOMPARE(book.trustOf(QStringLiteral("3")), Trust::None);
    QVERIFY(!book.isExpected(QStringLiteral("3")));
    QSignalSpy changed(&book, &AccountBook::changed);
    book.setCallerAccountId(QStringLiteral("3"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(book.trustOf(QStringLiteral("3")), Trust::Own);
    QVERIFY(book.entries().size() == 2); // never written into the file
    book.setCallerAccountId(QStringLiteral("2"));
    QCOMPARE(book.trustOf(QStringLiteral("2")), Trust::Own);
    QCOMPARE(book.labelOf(QStringLiteral("2")), QStringLiteral("labelled only"));
    QCOMPARE(book.trustOf(QStringLiteral("3")), Trust::None);
    book.setCallerAccountId(QString());
    QCOMPARE(book.trustOf(QString()), Trust::None);
}

void TestAccountBook::trustNames() {
    for (const Trust trust : {Trust::None, Trust::Trusted, Trust::Own})
        QCOMPARE(AccountBook::trustFromName(AccountBook::trustName(trust)), std::optional(trust));
    QCOMPARE(AccountBook::trustName(Trust::Own), QStringLiteral("own"));
    QCOMPARE(AccountBook::trustName(Trust::Trusted), QStringLiteral("trusted"));
    QCOMPARE(AccountBook::trustName(Trust::None), QString());
    QVERIFY(!AccountBook::trustFromName(u"none"));
}

void TestAccountBook::defaultFileIsSharedConfigFolder() {
    // The same file whatever the running program calls itself: the window sets the shared names, the CLI not.
    const QString path = AccountBook::defaultFilePath();
    QVERIFY(path.endsWith(QLatin1String("/ImageShareBrowser/image-share-browser/accounts.csv")));
    QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
}

QTEST_GUILESS_MAIN(TestAccountBook)
#include "tst_accountbook.moc"
