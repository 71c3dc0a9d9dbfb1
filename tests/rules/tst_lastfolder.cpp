// LastFolder: a file dialog opens where the user last chose a file, while that folder exists.

#include "rules/LastFolder.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace isb;
using namespace Qt::StringLiterals;

class TestLastFolder final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void remembersTheChosenFilesFolder();
    void keysAreSeparate();
    void vanishedFolderFallsBack();
    void nothingStoredFallsBack();

private:
    static QString fallback();
    QTemporaryDir m_dir;
};

void TestLastFolder::initTestCase() {
    QCoreApplication::setOrganizationName(u"ImageShareBrowserTest"_s);
    QCoreApplication::setApplicationName(u"tst_lastfolder"_s);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestLastFolder::init() {
    QSettings().clear();
}

QString TestLastFolder::fallback() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void TestLastFolder::remembersTheChosenFilesFolder() {
    QVERIFY(QDir(m_dir.path()).mkpath(u"exports"_s));
    LastFolder::remember(u"Test/folder"_s, m_dir.filePath(u"exports/share.csv"_s));
    QCOMPARE(QSettings().value(u"Test/folder"_s).toString(), m_dir.filePath(u"exports"_s));
    QCOMPARE(LastFolder::folder(u"Test/folder"_s), m_dir.filePath(u"exports"_s));
}

void TestLastFolder::keysAreSeparate() {
    LastFolder::remember(u"Test/a"_s, m_dir.filePath(u"a.csv"_s));
    QCOMPARE(LastFolder::folder(u"Test/a"_s), m_dir.path());
    QCOMPARE(LastFolder::folder(u"Test/b"_s), fallback());
}

void TestLastFolder::vanishedFolderFallsBack() {
    QVERIFY(QDir(m_dir.path()).mkpath(u"gone"_s));
    LastFolder::remember(u"Test/folder"_s, m_dir.filePath(u"gone/x.json"_s));
    QVERIFY(QDir(m_dir.filePath(u"gone"_s)).removeRecursively());
    QCOMPARE(LastFolder::folder(u"Test/folder"_s), fallback());
}

void TestLastFolder::nothingStoredFallsBack() {
    QCOMPARE(LastFolder::folder(u"Test/never"_s), fallback());
    QVERIFY(QFileInfo(LastFolder::folder(u"Test/never"_s)).isDir());
}

QTEST_GUILESS_MAIN(TestLastFolder)
#include "tst_lastfolder.moc"
