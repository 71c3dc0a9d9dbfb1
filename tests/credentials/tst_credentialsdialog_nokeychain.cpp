// The Credentials dialog without any keychain (run under scripts/without-keyring): saving explains what
// is missing and how to fix it, writes nothing, and "Use for This Session Only" keeps the credentials in
// memory, where Test Connection and the resolver find them.

#include "CredentialResolver.h"
#include "CredentialsDialog.h"
#include "CredentialsTestSupport.h"
#include "CredentialsUiTestSupport.h"
#include "EcsSimulator.h"
#include "MessageBanner.h"
#include "ProfileStore.h"

#include <QTest>

using namespace isb;
using namespace isb::test;
using namespace Qt::StringLiterals;

class TestCredentialsDialogNoKeychain final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saveExplainsAndSessionOnlyWorks();

private:
    TestHome m_home;
    EcsSimulator m_simulator;
};

void TestCredentialsDialogNoKeychain::initTestCase() {
    QVERIFY(m_home.isValid());
    if (qEnvironmentVariable("ISB_WITHOUT_KEYRING") != u"1"_s)
        QFAIL("run this test through scripts/without-keyring (CTest does)");
    QString error;
    QVERIFY2(m_simulator.loadDataset(kDemoDataPath, &error), qPrintable(error));
    QVERIFY(m_simulator.listen());
}

void TestCredentialsDialogNoKeychain::saveExplainsAndSessionOnlyWorks() {
    ProfileStore store(m_home.settingsFile());
    store.setEnvironment(QProcessEnvironment());
    CredentialsDialog dialog(&store, simulatorOptions(m_simulator));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // The simulator accepts only its dataset's keys, so the demo secret is what is looked for on disk.
    typeInto(child<QLineEdit>(&dialog, "nameEdit"), u"solo"_s);
    typeInto(child<QLineEdit>(&dialog, "accessKeyIdEdit"), kDemoKeyId);
    typeInto(child<QLineEdit>(&dialog, "secretEdit"), kDemoSecret);
    click(&dialog, "saveButton");

    auto *problem = child<QWidget>(&dialog, "keychainProblemWidget");
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), kKeychainTimeoutMs);
    auto *banner = child<MessageBanner>(&dialog, "keychainBanner");
    QVERIFY2(banner->title().contains(u"No keychain"_s), qPrintable(banner->title()));
    for (const QString &hint : {u"gnome-keyring"_s, u"KWallet"_s, u"Secret Service"_s, u"unlocked"_s,
                                u"this session only"_s, u"nothing was saved"_s})
        QVERIFY2(banner->text().contains(hint), qPrintable(hint + u" missing from: "_s + banner->text()));
    auto *sessionButton = child<QPushButton>(&dialog, "sessionOnlyButton");
    QVERIFY(sessionButton->isVisible());
    QVERIFY(sessionButton->hasFocus());

    // Nothing was written: no profile, no settings, no secret anywhere.
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!QFile::exists(m_home.settingsFile()) || QFileInfo(m_home.settingsFile()).size() == 0);
    QCOMPARE(m_home.filesContaining(kDemoSecret), QStringList());
    QVERIFY(!anyContains(visibleTexts(&dialog), kDemoSecret));

    QTest::mouseClick(sessionButton, Qt::LeftButton);
    QVERIFY(!problem->isVisible());
    const std::optional<CredentialProfile> solo = store.profile(u"solo"_s);
    QVERIFY(solo);
    QCOMPARE(solo->source, CredentialProfile::Source::Session);
    QCOMPARE(dialog.currentProfileName(), u"solo"_s);
    auto *list = child<QTreeWidget>(&dialog, "profileList");
    QVERIFY(list->currentItem()->text(1).contains(u"session"_s));
    QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains(u"Nothing was written"_s));
    QVERIFY(child<QLineEdit>(&dialog, "secretEdit")->text().isEmpty());

    // The session profile works: Test Connection with the secret field left empty, and resolution.
    click(&dialog, "testButton");
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&dialog, "testResultLabel")->text().startsWith(u"OK"_s),
                             kKeychainTimeoutMs);
    const auto [resolved, error] = resolve(CredentialResolver(&store), u"solo"_s);
    QVERIFY(!error.isError());
    QCOMPARE(resolved.credentials.accessKeySecret, kDemoSecret);

    // Make Default is for saved profiles only; a session profile is gone on the next start.
    QVERIFY(!child<QPushButton>(&dialog, "defaultButton")->isEnabled());
    dialog.close();
    QCOMPARE(m_home.filesContaining(kDemoSecret), QStringList());
    QVERIFY(!QFile::exists(m_home.settingsFile()) || QFileInfo(m_home.settingsFile()).size() == 0);
}

QTEST_MAIN(TestCredentialsDialogNoKeychain)
#include "tst_credentialsdialog_nokeychain.moc"
