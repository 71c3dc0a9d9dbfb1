// AcceptLanguage: the interface's language decides the language of region names.

#include "rules/AcceptLanguage.h"

#include <QTest>

using namespace isb;
using namespace Qt::StringLiterals;

class TestAcceptLanguage final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void forLanguage_data();
    void forLanguage();
    void forLocale();
};

void TestAcceptLanguage::forLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Chinese (China)") << u"zh_CN"_s << u"zh-CN"_s;
    QTest::newRow("Chinese") << u"zh"_s << u"zh-CN"_s;
    QTest::newRow("Chinese (Taiwan)") << u"zh_TW"_s << u"zh-CN"_s;
    QTest::newRow("English") << u"en"_s << u"en-US"_s;
    QTest::newRow("German: no region names in German") << u"de_DE"_s << u"en-US"_s;
    QTest::newRow("C locale") << u"C"_s << u"en-US"_s;
}

void TestAcceptLanguage::forLanguage() {
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QCOMPARE(AcceptLanguage::forLanguage(language), expected);
}

void TestAcceptLanguage::forLocale() {
    QCOMPARE(AcceptLanguage::forLocale(QLocale(QLocale::Chinese, QLocale::China)), u"zh-CN"_s);
    QCOMPARE(AcceptLanguage::forLocale(QLocale(QLocale::Chinese, QLocale::Taiwan)), u"zh-CN"_s);
    QCOMPARE(AcceptLanguage::forLocale(QLocale(QLocale::English, QLocale::UnitedStates)), u"en-US"_s);
    QCOMPARE(AcceptLanguage::forLocale(QLocale(QLocale::German, QLocale::Germany)), u"en-US"_s);
}

QTEST_GUILESS_MAIN(TestAcceptLanguage)
#include "tst_acceptlanguage.moc"
