#include "Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using isb::Translator;

class TestTranslator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void embedsTheCatalogs();
    void chineseOverride();
    void englishOverrideHasPluralForms();
    void unknownLanguageFollowsTheSystem();
    void reinstallReplacesTheCatalogs();
    void acceptLanguage_data();
    void acceptLanguage();
    void savedLanguageReadsTheSettings();
};

void TestTranslator::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("isb-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translator"));
}

void TestTranslator::cleanup() {
    QLocale::setDefault(QLocale::c());
}

void TestTranslator::embedsTheCatalogs() {
    const QStringList languages = Translator::availableLanguages();
    QVERIFY2(languages.contains(QStringLiteral("en")), qPrintable(languages.join(u',')));
    QVERIFY2(languages.contains(QStringLiteral("zh_CN")), qPrintable(languages.join(u',')));
}

void TestTranslator::chineseOverride() {
    QCOMPARE(Translator::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")),
             QStringLiteral("zh_CN"));
    QCOMPARE(Translator::currentLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    // Qt's own catalog comes with it (qt6-translations-l10n): the standard buttons speak Chinese too.
    if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                       QStringLiteral("/qtbase_zh_CN.qm")))
        QSKIP("qtbase_zh_CN.qm is not installed (package qt6-translations-l10n)");
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), QStringLiteral("确定"));
}

void TestTranslator::englishOverrideHasPluralForms() {
    QCOMPARE(Translator::install(*QCoreApplication::instance(), QStringLiteral("en")),
             QStringLiteral("en_US"));
    QCOMPARE(
        QCoreApplication::translate("isb::SharePermissionPane", "Shared with %n account(s).", nullptr, 1),
        QStringLiteral("Shared with 1 account."));
    QCOMPARE(
        QCoreApplication::translate("isb::SharePermissionPane", "Shared with %n account(s).", nullptr, 3),
        QStringLiteral("Shared with 3 accounts."));
    // English needs no Qt catalog: Qt's source strings are English.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), QStringLiteral("OK"));
}

void TestTranslator::unknownLanguageFollowsTheSystem() {
    const QString system = Translator::install(*QCoreApplication::instance(), QString());
    // "no-such-language" would be Norwegian to QLocale; only a language with a catalog is an override.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("No catalog for the language")));
    QCOMPARE(Translator::install(*QCoreApplication::instance(), QStringLiteral("no-such-language")), system);
    QCOMPARE(QLocale().language(), QLocale::C); // the default locale was left alone
}

void TestTranslator::reinstallReplacesTheCatalogs() {
    Translator::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    Translator::install(*QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), QStringLiteral("OK"));
    QCOMPARE(Translator::currentLanguage(), QStringLiteral("en_US"));
}

void TestTranslator::acceptLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN") << QStringLiteral("zh-CN");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en-US");
}

void TestTranslator::acceptLanguage() {
    QFETCH(QString, language);
    QFETCH(QString, expected);
    Translator::install(*QCoreApplication::instance(), language);
    QCOMPARE(Translator::acceptLanguage(), expected);
}

void TestTranslator::savedLanguageReadsTheSettings() {
    QSettings().setValue(Translator::settingsKey(), QStringLiteral("zh_CN"));
    QCOMPARE(Translator::savedLanguage(), QStringLiteral("zh_CN"));
    QSettings().remove(Translator::settingsKey());
    QCOMPARE(Translator::savedLanguage(), QString());
}

QTEST_GUILESS_MAIN(TestTranslator)
#include "tst_translator.moc"
