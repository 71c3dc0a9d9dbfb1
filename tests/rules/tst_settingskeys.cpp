// SettingsKeys: one name per key, one key per name, and the classes that expose a key give that one.

#include "SettingsKeys.h"
#include "Translator.h"

#include <QSet>
#include <QTest>

using namespace isb;

class TestSettingsKeys final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyKeyIsDistinct();
    void classesUseTheHeader();
};

void TestSettingsKeys::everyKeyIsDistinct() {
    using namespace SettingsKeys;
    // Full keys only (the profile's keys live inside its group, `profiles/<name>/...`).
    const QList<QLatin1String> keys{
        mainWindowGeometry,
        mainWindowMainSplitter,
        mainWindowShareSplitter,
        mainWindowImageHeader,
        browserRegion,
        browserImage,
        browserPageSize,
        browserAllPages,
        auditWindowGeometry,
        auditWindowMainSplitter,
        auditWindowResultsSplitter,
        auditWindowHeader,
        auditWindowFolder,
        exportLastFolder,
        exportFormat,
        exportByteOrderMark,
        exportScope,
        interfaceLanguage,
        defaultProfile,
    };
    QSet<QString> seen;
    for (const QLatin1String key : keys) {
        QVERIFY(!key.isEmpty());
        QVERIFY2(!seen.contains(key), key.data());
        seen.insert(key);
        // A key inside the profiles group would be taken for a profile, or removed with one.
        if (key != defaultProfile)
            QVERIFY2(!key.startsWith(profilesGroup), key.data());
    }
}

void TestSettingsKeys::classesUseTheHeader() {
    QCOMPARE(Translator::settingsKey(), QString(SettingsKeys::interfaceLanguage));
}

QTEST_GUILESS_MAIN(TestSettingsKeys)
#include "tst_settingskeys.moc"
