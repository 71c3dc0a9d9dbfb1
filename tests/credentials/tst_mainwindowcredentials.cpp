// Where the window gets its credentials: the same order as image-share-cli (--profile, the environment,
// the default profile), the Credentials dialog on first run, and the profile switcher reloading
// everything. Real keychain (scripts/with-keyring), ECS simulator over loopback.

#include "BrowserSession.h"
#include "CredentialsDialog.h"
#include "CredentialsTestSupport.h"
#include "CredentialsUiTestSupport.h"
#include "EcsSimulator.h"
#include "ImageTableModel.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "sts/RoleSession.h"

#include <QComboBox>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace isb;
using namespace isb::test;
using namespace Qt::StringLiterals;

class TestMainWindowCredentials final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunOpensTheDialog();
    void environmentIsUsedWithoutQuestions();
    void explicitProfileBeatsTheEnvironment();
    void unknownExplicitProfileIsExplained();
    void switcherReloadsForTheChosenProfile();
    void roleProfileReachesTheMemberAccount();

private:
    MainWindow *openWindow(const QProcessEnvironment &environment = {});
    QComboBox *profileCombo() const { return child<QComboBox>(m_window.get(), "profileCombo"); }
    QComboBox *regionCombo() const { return child<QComboBox>(m_window.get(), "regionCombo"); }
    CredentialsDialog *credentialsDialog() const {
        return m_window->findChild<CredentialsDialog *>(QStringLiteral("credentialsDialog"));
    }
    int regionCount() const { return int(m_simulator.dataset().regions().size()); }

    TestHome m_home;
    EcsSimulator m_simulator;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowCredentials::initTestCase() {
    QVERIFY(m_home.isValid());
    QString why;
    if (!keychainAvailable(&why))
        QFAIL(qPrintable(why));
    QCoreApplication::setOrganizationName(u"ImageShareBrowserTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindowcredentials"_s);
    QString error;
    QVERIFY2(m_simulator.loadDataset(kDemoDataPath, &error), qPrintable(error));
    QVERIFY(m_simulator.listen());
}

void TestMainWindowCredentials::init() {
    QSettings().clear();
    QFile::remove(m_home.settingsFile());
    m_store = std::make_unique<ProfileStore>(m_home.settingsFile());
}

void TestMainWindowCredentials::cleanup() {
    m_window.reset();
    m_store->setEnvironment(QProcessEnvironment());
    for (const CredentialProfile &profile : m_store->profiles())
        removeProfile(*m_store, profile.name);
    m_store.reset();
}

MainWindow *TestMainWindowCredentials::openWindow(const QProcessEnvironment &environment) {
    m_store->setEnvironment(environment);
    m_window = std::make_unique<MainWindow>(simulatorOptions(m_simulator));
    m_window->setProfileStore(m_store.get());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    return m_window.get();
}

void TestMainWindowCredentials::firstRunOpensTheDialog() {
    MainWindow *window = openWindow();
    QVERIFY(window);
    QCOMPARE(profileCombo()->count(), 0);
    window->start();

    CredentialsDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = credentialsDialog()) && dialog->isVisible(), kKeychainTimeoutMs);
    QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(u"No credentials"_s));
    QVERIFY(window->statusBar()->findChildren<QLabel *>().size() > 0);

    // "default" is proposed as the name of the first profile.
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), u"default"_s);
    typeInto(child<QLineEdit>(dialog, "accessKeyIdEdit"), kDemoKeyId);
    typeInto(child<QLineEdit>(dialog, "secretEdit"), kDemoSecret);
    click(dialog, "saveButton");

    // Saved, and used at once: the regions load with it while the dialog is still open.
    QTRY_COMPARE_WITH_TIMEOUT(window->activeProfileName(), u"default"_s, kKeychainTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(regionCombo()->count(), regionCount(), kKeychainTimeoutMs);
    QCOMPARE(profileCombo()->currentData().toString(), u"default"_s);
    QVERIFY(!window->windowTitle().contains(kDemoSecret));

    dialog->close();
    QTRY_VERIFY(!credentialsDialog());
    QCOMPARE(window->activeProfileName(), u"default"_s);
}

void TestMainWindowCredentials::environmentIsUsedWithoutQuestions() {
    // What scripts/demo does: the demo key in the environment, a saved default profile present too.
    QVERIFY(!saveProfile(*m_store, u"saved"_s, {}, {kDemoKeyId, canary("unused"), {}}).isError());
    QProcessEnvironment environment;
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, kDemoKeyId);
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, kDemoSecret);
    environment.insert(u"ALIBABA_CLOUD_REGION_ID"_s, u"cn-shanghai"_s);
    MainWindow *window = openWindow(environment);
    QVERIFY(window);
    window->start();

    QTRY_COMPARE_WITH_TIMEOUT(window->activeProfileName(), ProfileStore::environmentProfileName(),
                              kKeychainTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(regionCombo()->count(), regionCount(), kKeychainTimeoutMs);
    QTRY_COMPARE(window->regionId(), u"cn-shanghai"_s); // the environment profile's default region
    QVERIFY(!credentialsDialog());
    QCOMPARE(profileCombo()->count(), 2); // Environment and the saved one
    QCOMPARE(profileCombo()->currentData().toString(), ProfileStore::environmentProfileName());
}

void TestMainWindowCredentials::explicitProfileBeatsTheEnvironment() {
    QVERIFY(!saveProfile(*m_store, u"work"_s, u"cn-hangzhou"_s, {kDemoKeyId, kDemoSecret, {}}).isError());
    QProcessEnvironment environment;
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, kDemoKeyId);
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"wrong"_s);
    MainWindow *window = openWindow(environment);
    QVERIFY(window);
    window->setInitialProfile(u"work"_s); // --profile work
    window->start();
    QTRY_COMPARE_WITH_TIMEOUT(window->activeProfileName(), u"work"_s, kKeychainTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(regionCombo()->count(), regionCount(), kKeychainTimeoutMs);
    QCOMPARE(window->client()->credentials().accessKeySecret, kDemoSecret);
}

void TestMainWindowCredentials::unknownExplicitProfileIsExplained() {
    MainWindow *window = openWindow();
    QVERIFY(window);
    window->setInitialProfile(u"nope"_s);
    window->start();
    CredentialsDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = credentialsDialog()) && dialog->isVisible(), kKeychainTimeoutMs);
    QVERIFY2(child<QLabel>(dialog, "statusLabel")->text().contains(u"\"nope\""_s),
             qPrintable(child<QLabel>(dialog, "statusLabel")->text()));
    QVERIFY(window->activeProfileName().isEmpty());
}

void TestMainWindowCredentials::switcherReloadsForTheChosenProfile() {
    QVERIFY(!saveProfile(*m_store, u"alpha"_s, {}, {kDemoKeyId, kDemoSecret, {}}).isError());
    QVERIFY(!saveProfile(*m_store, u"beta"_s, u"cn-shanghai"_s, {kDemoKeyId, kDemoSecret, {}}).isError());
    MainWindow *window = openWindow();
    QVERIFY(window);
    window->start();
    QTRY_COMPARE_WITH_TIMEOUT(window->activeProfileName(), u"alpha"_s, kKeychainTimeoutMs); // the default
    QTRY_COMPARE_WITH_TIMEOUT(regionCombo()->count(), regionCount(), kKeychainTimeoutMs);
    QTRY_VERIFY(!window->isLoading());
    const int requestsBefore = m_simulator.requestCount();

    // The keyboard, as a user: focus the switcher and press Down.
    profileCombo()->setFocus();
    QTest::keyClick(profileCombo(), Qt::Key_Down);
    QTRY_COMPARE_WITH_TIMEOUT(window->activeProfileName(), u"beta"_s, kKeychainTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(window->regionId(), u"cn-shanghai"_s, kKeychainTimeoutMs);
    QTRY_VERIFY(!window->isLoading());
    QVERIFY(m_simulator.requestCount() > requestsBefore); // regions and images again
}

void TestMainWindowCredentials::roleProfileReachesTheMemberAccount() {
    QVERIFY(!saveProfile(*m_store, u"mgmt"_s, {}, {kDemoKeyId, kDemoSecret, {}}).isError());
    RoleSpec role;
    role.roleArn = u"acs:ram::1500000000000002:role/ResourceDirectoryAccountAccessRole"_s;
    QVERIFY(!saveRoleProfile(*m_store, u"web"_s, u"mgmt"_s, role, u"cn-hangzhou"_s).isError());
    MainWindow *window = openWindow();
    QVERIFY(window);
    window->setInitialProfile(u"web"_s);
    window->start();
    QTRY_COMPARE_WITH_TIMEOUT(window->activeProfileName(), u"web"_s, kKeychainTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(regionCombo()->count(), regionCount(), kKeychainTimeoutMs);
    // Every call of the window goes as the role: the member's account and its images.
    QTRY_COMPARE_WITH_TIMEOUT(window->session()->callerAccountId(), u"1500000000000002"_s,
                              kKeychainTimeoutMs);
    QTRY_VERIFY(!window->isLoading());
    const ImageTableModel *images = window->session()->images();
    QStringList names;
    for (int row = 0; row < images->rowCount(); ++row)
        names << images->index(row, 0).data().toString() + images->index(row, 1).data().toString();
    QVERIFY2(names.join(u' ').contains(u"member-web-base"_s), qPrintable(names.join(u' ')));
    const Credentials &credentials = window->client()->credentials();
    QVERIFY(credentials.role);
    QCOMPARE(credentials.role->assumeCount(), 1); // one AssumeRole for the regions, images and identity
    QVERIFY(credentials.accessKeySecret.isEmpty());
}

QTEST_MAIN(TestMainWindowCredentials)
#include "tst_mainwindowcredentials.moc"
