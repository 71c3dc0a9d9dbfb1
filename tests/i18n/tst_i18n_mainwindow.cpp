// The window in Chinese: with the language saved in Preferences, the menus speak Chinese and
// DescribeRegions asks for Chinese region names, against the simulator over loopback HTTP.

#include "EcsSimulator.h"
#include "MainWindow.h"
#include "SimulatorDataset.h"
#include "Translator.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using isb::Translator;

class TestMainWindowChinese : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void menusSpeakChinese();
    void regionNamesComeInChinese();
    void languageMenuStoresTheChoice();

private:
    isb::MainWindow *openWindow();
    template<typename T> T *child(const QString &name) const {
        T *found = m_window->findChild<T *>(name);
        if (!found)
            qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
        return found;
    }

    isb::EcsSimulator m_simulator;
    std::unique_ptr<isb::MainWindow> m_window;
};

void TestMainWindowChinese::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ImageShareBrowserTests"_s);
    QCoreApplication::setApplicationName(u"tst_i18n_mainwindow"_s);
    QSettings().clear();
    // What Settings > Language stores, read the way app/browser/main.cpp reads it at start.
    QSettings().setValue(Translator::settingsKey(), u"zh_CN"_s);
    QCOMPARE(Translator::install(*QCoreApplication::instance(), Translator::savedLanguage()), u"zh_CN"_s);

    QString error;
    const auto dataset =
        isb::SimulatorDataset::fromFile(QStringLiteral(ISB_SOURCE_DIR "/resources/demo-data.json"), &error);
    QVERIFY2(dataset, qPrintable(error));
    m_simulator.loadDataset(*dataset);
    QVERIFY(m_simulator.listen(QHostAddress::LocalHost));
}

void TestMainWindowChinese::cleanup() {
    if (m_window) {
        m_window->close();
        m_window.reset();
    }
    QSettings().setValue(Translator::settingsKey(), u"zh_CN"_s);
}

isb::MainWindow *TestMainWindowChinese::openWindow() {
    isb::ClientOptions options;
    options.endpointOverride = m_simulator.url();
    options.maxRetries = 1;
    options.timeout = std::chrono::milliseconds(8000);
    m_window = std::make_unique<isb::MainWindow>(options);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    return m_window.get();
}

void TestMainWindowChinese::menusSpeakChinese() {
    QVERIFY(openWindow());
    const QList<std::pair<QString, QString>> menus = {
        {u"menuFile"_s, u"文件(&F)"_s},     {u"menuEdit"_s, u"编辑(&E)"_s},
        {u"menuSettings"_s, u"设置(&S)"_s}, {u"menuLanguage"_s, u"语言(&L)"_s},
        {u"menuHelp"_s, u"帮助(&H)"_s},
    };
    for (const auto &[name, title] : menus) {
        auto *menu = child<QMenu>(name);
        QVERIFY(menu);
        QCOMPARE(menu->title(), title);
    }
    auto *refresh = child<QAction>(u"actionRefresh"_s);
    QVERIFY(refresh);
    QCOMPARE(refresh->text(), u"刷新(&R)"_s);
    // Shortcuts stay as they are; only the words around them are translated.
    QCOMPARE(refresh->shortcut(), QKeySequence(Qt::Key_F5));

    // The saved choice is the checked one; the language names are in their own language.
    auto *chinese = child<QAction>(u"actionLanguage_zh_CN"_s);
    auto *english = child<QAction>(u"actionLanguage_en"_s);
    auto *system = child<QAction>(u"actionLanguage_system"_s);
    QVERIFY(chinese && english && system);
    QVERIFY(chinese->isChecked());
    QVERIFY(!english->isChecked() && !system->isChecked());
    QCOMPARE(chinese->text(), u"简体中文"_s);
    QCOMPARE(english->text(), u"English"_s);
}

void TestMainWindowChinese::regionNamesComeInChinese() {
    QCOMPARE(Translator::acceptLanguage(), u"zh-CN"_s);
    isb::MainWindow *window = openWindow();
    QVERIFY(window);
    window->setCredentials({u"LTAI5tDemoReadOnly0001"_s, u"demo-secret-not-a-real-key"_s, {}});
    QTRY_COMPARE_WITH_TIMEOUT(window->regionId(), u"cn-hangzhou"_s, 10000);
    auto *regions = child<QComboBox>(u"regionCombo"_s);
    QVERIFY(regions);
    // LocalName in the simulator's zh-CN answer: the client asked with AcceptLanguage=zh-CN.
    QCOMPARE(regions->currentText(), u"华东1（杭州） (cn-hangzhou)"_s);
    QVERIFY(regions->findText(u"新加坡 (ap-southeast-1)"_s) >= 0);
}

void TestMainWindowChinese::languageMenuStoresTheChoice() {
    QVERIFY(openWindow());
    auto *english = child<QAction>(u"actionLanguage_en"_s);
    QVERIFY(english);
    english->trigger();
    QVERIFY(english->isChecked());
    QCOMPARE(QSettings().value(Translator::settingsKey()).toString(), u"en"_s);

    // Said in the language on screen and in the one chosen.
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"languageChangedBox"_s)));
    QVERIFY2(box->text().contains(u"重新启动"_s), qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"restart"_s), qPrintable(box->text()));
    box->close();

    auto *system = child<QAction>(u"actionLanguage_system"_s);
    QVERIFY(system);
    system->trigger();
    QVERIFY(system->isChecked() && !english->isChecked());
    QVERIFY(!QSettings().contains(Translator::settingsKey()));
    QTRY_VERIFY(m_window->findChild<QMessageBox *>(u"languageChangedBox"_s));
}

QTEST_MAIN(TestMainWindowChinese)
#include "tst_i18n_mainwindow.moc"
