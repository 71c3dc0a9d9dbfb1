// The Credentials dialog driven like a user would (key clicks, button clicks), against the real Secret
// Service of scripts/with-keyring and the ECS simulator over loopback HTTP: save, reopen and use the
// stored secret, Test Connection (OK and a wrong secret), Make Default, Delete, the read-only
// Environment profile, a keychain entry gone missing, and imports from both file formats.

#include "CredentialsDialog.h"
#include "CredentialsTestSupport.h"
#include "CredentialsUiTestSupport.h"
#include "EcsSimulator.h"
#include "ImportCredentialsDialog.h"
#include "KeychainStore.h"
#include "ProfileStore.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace isb;
using namespace isb::test;
using namespace Qt::StringLiterals;

class TestCredentialsDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void saveReopenAndTestWithoutRetyping();
    void wrongSecretShowsCodeAndRequestId();
    void makeDefaultAndDelete();
    void environmentProfileIsReadOnly();
    void missingKeychainEntryAsksForTheSecret();
    void importFromBothFileFormats();
    void keyboardAccess();
    void roleProfileCreateTestAndEdit();
    void roleProfileTestFailures_data();
    void roleProfileTestFailures();
    void importRoleProfiles();

private:
    std::unique_ptr<CredentialsDialog> openDialog();
    static void writeFile(const QString &path, const QByteArray &content);

    TestHome m_home;
    EcsSimulator m_simulator;
    std::unique_ptr<ProfileStore> m_store;
};

void TestCredentialsDialog::initTestCase() {
    QVERIFY(m_home.isValid());
    QString why;
    if (!keychainAvailable(&why))
        QFAIL(qPrintable(why));
    QString error;
    QVERIFY2(m_simulator.loadDataset(kDemoDataPath, &error), qPrintable(error));
    QVERIFY(m_simulator.listen());
}

void TestCredentialsDialog::init() {
    QFile::remove(m_home.settingsFile());
    m_store = std::make_unique<ProfileStore>(m_home.settingsFile());
    m_store->setEnvironment(QProcessEnvironment()); // the developer's ALIBABA_CLOUD_* stay out
}

void TestCredentialsDialog::cleanup() {
    // Keychain entries outlive the settings file; remove what this test saved.
    for (const CredentialProfile &profile : m_store->profiles()) {
        if (profile.source == CredentialProfile::Source::Keychain || profile.isRole())
            removeProfile(*m_store, profile.name);
    }
    m_store.reset();
}

std::unique_ptr<CredentialsDialog> TestCredentialsDialog::openDialog() {
    auto dialog = std::make_unique<CredentialsDialog>(m_store.get(), simulatorOptions(m_simulator));
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

void TestCredentialsDialog::writeFile(const QString &path, const QByteArray &content) {
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(content), content.size());
}

void TestCredentialsDialog::saveReopenAndTestWithoutRetyping() {
    {
        const auto dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->currentProfileName().isEmpty()); // no profiles: a new one is being entered
        auto *secret = child<QLineEdit>(dialog.get(), "secretEdit");
        QCOMPARE(secret->echoMode(), QLineEdit::Password);

        typeInto(child<QLineEdit>(dialog.get(), "nameEdit"), u"work"_s);
        typeInto(child<QLineEdit>(dialog.get(), "accessKeyIdEdit"), kDemoKeyId);
        typeInto(secret, kDemoSecret);
        typeInto(child<QLineEdit>(dialog.get(), "regionEdit"), u"cn-hangzhou"_s);

        // The show toggle reveals and hides again.
        QTest::mouseClick(child<QCheckBox>(dialog.get(), "showSecretCheck"), Qt::LeftButton);
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(child<QCheckBox>(dialog.get(), "showSecretCheck"), Qt::LeftButton);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);

        click(dialog.get(), "saveButton");
        QTRY_VERIFY_WITH_TIMEOUT(m_store->contains(u"work"_s), kKeychainTimeoutMs);
        QTRY_VERIFY(child<QPushButton>(dialog.get(), "saveButton")->isEnabled());
        QVERIFY2(child<QLabel>(dialog.get(), "statusLabel")->text().contains(u"Saved"_s),
                 qPrintable(child<QLabel>(dialog.get(), "statusLabel")->text()));
        QVERIFY(secret->text().isEmpty()); // a saved secret is not kept on screen
        QCOMPARE(dialog->currentProfileName(), u"work"_s);
        QCOMPARE(m_store->defaultProfileName(), u"work"_s); // the first saved profile
    }
    QCOMPARE(m_home.filesContaining(kDemoSecret), QStringList());

    // A new dialog finds the profile; the secret comes from the keychain, never typed again.
    const auto dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->currentProfileName(), u"work"_s);
    QCOMPARE(child<QLineEdit>(dialog.get(), "accessKeyIdEdit")->text(), kDemoKeyId);
    QCOMPARE(child<QLineEdit>(dialog.get(), "regionEdit")->text(), u"cn-hangzhou"_s);
    QVERIFY(child<QLineEdit>(dialog.get(), "secretEdit")->text().isEmpty());
    auto *list = child<QTreeWidget>(dialog.get(), "profileList");
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(list->topLevelItem(0)->text(1).contains(u"Keychain"_s));
    QCOMPARE(list->topLevelItem(0)->text(2), u"******************0001"_s);

    click(dialog.get(), "testButton");
    auto *result = child<QLabel>(dialog.get(), "testResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"OK"_s), kKeychainTimeoutMs);
    QVERIFY2(result->text().contains(QString::number(m_simulator.dataset().regions().size())),
             qPrintable(result->text()));

    const auto [credentials, error] = loadCredentials(*m_store, u"work"_s);
    QVERIFY(!error.isError());
    QCOMPARE(credentials.accessKeySecret, kDemoSecret);
}

void TestCredentialsDialog::wrongSecretShowsCodeAndRequestId() {
    const QString wrongSecret = canary("wrong");
    const auto dialog = openDialog();
    QVERIFY(dialog);
    typeInto(child<QLineEdit>(dialog.get(), "nameEdit"), u"wrong"_s);
    typeInto(child<QLineEdit>(dialog.get(), "accessKeyIdEdit"), kDemoKeyId);
    typeInto(child<QLineEdit>(dialog.get(), "secretEdit"), wrongSecret);
    click(dialog.get(), "testButton");

    auto *result = child<QLabel>(dialog.get(), "testResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"SignatureDoesNotMatch"_s), kKeychainTimeoutMs);
    QVERIFY2(result->text().contains(u"RequestId: "_s), qPrintable(result->text()));
    QVERIFY(!anyContains(visibleTexts(dialog.get()), wrongSecret));
    QVERIFY(!m_store->contains(u"wrong"_s)); // testing does not save
}

void TestCredentialsDialog::makeDefaultAndDelete() {
    QVERIFY(!saveProfile(*m_store, u"first"_s, {}, {kDemoKeyId, kDemoSecret, {}}).isError());
    QVERIFY(!saveProfile(*m_store, u"second"_s, {}, {kDemoKeyId, kDemoSecret, {}}).isError());
    QCOMPARE(m_store->defaultProfileName(), u"first"_s);

    const auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->selectProfile(u"second"_s));
    click(dialog.get(), "defaultButton");
    QCOMPARE(m_store->defaultProfileName(), u"second"_s);
    QVERIFY(!child<QPushButton>(dialog.get(), "defaultButton")->isEnabled());
    auto *list = child<QTreeWidget>(dialog.get(), "profileList");
    QVERIFY(list->currentItem()->text(0).contains(u"default"_s));

    click(dialog.get(), "deleteButton");
    QMessageBox *confirm = nullptr;
    QTRY_VERIFY((confirm = child<QMessageBox>(dialog.get(), "confirmDeleteBox")) && confirm->isVisible());
    QVERIFY(confirm->text().contains(u"second"_s));
    QTest::mouseClick(child<QPushButton>(confirm, "confirmDeleteButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_store->contains(u"second"_s), kKeychainTimeoutMs);
    QTRY_VERIFY(child<QLabel>(dialog.get(), "statusLabel")->text().contains(u"Deleted"_s));
    QCOMPARE(readSecret(KeychainStore(), u"second"_s).second.kind, KeychainError::Kind::NotFound);
    QVERIFY(m_store->defaultProfileName().isEmpty());
    QCOMPARE(list->topLevelItemCount(), 1);
}

void TestCredentialsDialog::environmentProfileIsReadOnly() {
    QProcessEnvironment environment;
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, kDemoKeyId);
    environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, kDemoSecret);
    m_store->setEnvironment(environment);

    const auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->selectProfile(ProfileStore::environmentProfileName()));
    auto *list = child<QTreeWidget>(dialog.get(), "profileList");
    QVERIFY(list->currentItem()->text(1).contains(u"Environment"_s));
    QVERIFY(child<QLineEdit>(dialog.get(), "accessKeyIdEdit")->isReadOnly());
    QVERIFY(!child<QPushButton>(dialog.get(), "saveButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), "deleteButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), "defaultButton")->isEnabled());

    click(dialog.get(), "testButton");
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(dialog.get(), "testResultLabel")->text().startsWith(u"OK"_s),
                             kKeychainTimeoutMs);
    QVERIFY(!anyContains(visibleTexts(dialog.get()), kDemoSecret));
}

void TestCredentialsDialog::missingKeychainEntryAsksForTheSecret() {
    QVERIFY(!saveProfile(*m_store, u"orphan"_s, {}, {kDemoKeyId, kDemoSecret, {}}).isError());
    QVERIFY(!deleteSecret(KeychainStore(), u"orphan"_s).isError()); // removed behind our back

    const auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->selectProfile(u"orphan"_s));
    click(dialog.get(), "testButton");
    auto *status = child<QLabel>(dialog.get(), "statusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"no secret"_s), kKeychainTimeoutMs);
    QVERIFY(status->text().contains(u"Enter its AccessKey Secret"_s));
    QVERIFY(child<QLineEdit>(dialog.get(), "secretEdit")->hasFocus());

    typeInto(child<QLineEdit>(dialog.get(), "secretEdit"), kDemoSecret);
    click(dialog.get(), "saveButton");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Saved"_s), kKeychainTimeoutMs);
    const auto [credentials, error] = loadCredentials(*m_store, u"orphan"_s);
    QVERIFY(!error.isError());
    QCOMPARE(credentials.accessKeySecret, kDemoSecret);
}

void TestCredentialsDialog::importFromBothFileFormats() {
    const QString cliSecret = canary("cli");
    const QString stsSecret = canary("clists");
    const QString stsToken = canary("clitoken");
    const QString sdkSecret = canary("sdk");
    const QString cliPath = m_home.filePath(u".aliyun/config.json"_s);
    const QString sdkPath = m_home.filePath(u".alibabacloud/credentials"_s);
    const QByteArray cliConfig =
        QString(u"{\"current\": \"default\", \"profiles\": ["
                u"{\"name\": \"default\", \"mode\": \"AK\", \"access_key_id\": \"LTAIcli0001\", "
                u"\"access_key_secret\": \"" +
                cliSecret +
                u"\", \"region_id\": \"cn-hangzhou\"},"
                u"{\"name\": \"temp\", \"mode\": \"StsToken\", \"access_key_id\": \"STS.temp0001\", "
                u"\"access_key_secret\": \"" +
                stsSecret + u"\", \"sts_token\": \"" + stsToken +
                u"\"},"
                u"{\"name\": \"role\", \"mode\": \"RamRoleArn\", \"access_key_id\": \"LTAIrole\", "
                u"\"access_key_secret\": \"x\", \"ram_role_arn\": \"acs:ram::1:user/r\"}]}"_s)
            .toUtf8();
    const QByteArray sdkConfig =
        QString(u"[default]\ntype = access_key\naccess_key_id = LTAIsdk0001\n"
                u"access_key_secret = " +
                sdkSecret +
                u"\nregion_id = cn-shanghai\n\n"
                u"[ci]\ntype = access_key\naccess_key_id = LTAIci0001\naccess_key_secret = y\n"_s)
            .toUtf8();
    writeFile(cliPath, cliConfig);
    writeFile(sdkPath, sdkConfig);
    const QDateTime cliModified = QFileInfo(cliPath).lastModified();

    const auto dialog = openDialog();
    QVERIFY(dialog);
    click(dialog.get(), "importButton");
    ImportCredentialsDialog *import = nullptr;
    QTRY_VERIFY((import = dialog->findChild<ImportCredentialsDialog *>()) && import->isVisible());

    const QString explanation = child<QLabel>(import, "explanationLabel")->text();
    QVERIFY(explanation.contains(u"plain text"_s));
    QVERIFY(explanation.contains(u"not changed or deleted"_s));
    QVERIFY(child<QLabel>(import, "filesLabel")->text().contains(u"~/.aliyun/config.json"_s));

    auto *tree = child<QTreeWidget>(import, "profileTree");
    QHash<QString, QTreeWidgetItem *> rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rows.insert(tree->topLevelItem(i)->text(0), tree->topLevelItem(i));
    QCOMPARE(rows.size(), 5);
    QVERIFY(rows.contains(u"default-2"_s)); // the SDK's "default" does not replace the CLI's
    QVERIFY(!(rows.value(u"role"_s)->flags() & Qt::ItemIsEnabled));
    QVERIFY(!rows.value(u"role"_s)->text(5).isEmpty()); // says why
    QCOMPARE(rows.value(u"temp"_s)->checkState(0), Qt::Checked);
    QVERIFY(!anyContains(visibleTexts(import), cliSecret));
    QVERIFY(!anyContains(visibleTexts(import), stsToken));

    rows.value(u"ci"_s)->setCheckState(0, Qt::Unchecked); // the user leaves one out
    rows.value(u"default-2"_s)->setText(0, u"sdk-default"_s);
    click(import, "copyButton");

    auto *status = child<QLabel>(dialog.get(), "statusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Copied 3 profiles"_s), kKeychainTimeoutMs);
    QVERIFY(status->text().contains(u"not changed"_s));
    QVERIFY(m_store->contains(u"default"_s));
    QVERIFY(m_store->contains(u"temp"_s));
    QVERIFY(m_store->contains(u"sdk-default"_s));
    QVERIFY(!m_store->contains(u"ci"_s));
    QVERIFY(!m_store->contains(u"role"_s));
    QCOMPARE(m_store->profile(u"sdk-default"_s)->regionId, u"cn-shanghai"_s);
    QVERIFY(m_store->profile(u"temp"_s)->hasSecurityToken);

    const auto [temp, tempError] = loadCredentials(*m_store, u"temp"_s);
    QVERIFY(!tempError.isError());
    QCOMPARE(temp.accessKeySecret, stsSecret);
    QCOMPARE(temp.securityToken, stsToken);
    QCOMPARE(loadCredentials(*m_store, u"sdk-default"_s).first.accessKeySecret, sdkSecret);

    // The sources are untouched; nothing else on disk holds the imported secrets.
    QFile cliFile(cliPath);
    QVERIFY(cliFile.open(QIODevice::ReadOnly));
    QCOMPARE(cliFile.readAll(), cliConfig);
    QCOMPARE(QFileInfo(cliPath).lastModified(), cliModified);
    QFile sdkFile(sdkPath);
    QVERIFY(sdkFile.open(QIODevice::ReadOnly));
    QCOMPARE(sdkFile.readAll(), sdkConfig);
    const QStringList sources{cliPath, sdkPath};
    for (const QString &secret : {cliSecret, stsToken, sdkSecret}) {
        QStringList hits = m_home.filesContaining(secret);
        hits.removeIf([&](const QString &path) { return sources.contains(path); });
        QCOMPARE(hits, QStringList());
    }
    QFile::remove(cliPath);
    QFile::remove(sdkPath);
}

void TestCredentialsDialog::keyboardAccess() {
    const auto dialog = openDialog();
    QVERIFY(dialog);
    // Every label with a mnemonic has a buddy, and no two mnemonics of the dialog collide.
    QSet<QChar> mnemonics;
    const auto mnemonicOf = [](const QString &text) -> QChar {
        const qsizetype at = text.indexOf(u'&');
        return at >= 0 && at + 1 < text.size() ? text.at(at + 1).toLower() : QChar();
    };
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        const QChar mnemonic = mnemonicOf(label->text());
        if (mnemonic.isNull())
            continue;
        QVERIFY2(label->buddy(), qPrintable(label->objectName()));
        QVERIFY2(!mnemonics.contains(mnemonic), qPrintable(label->text()));
        mnemonics.insert(mnemonic);
    }
    for (const QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
        const QChar mnemonic = mnemonicOf(button->text());
        if (mnemonic.isNull())
            continue;
        QVERIFY2(!mnemonics.contains(mnemonic), qPrintable(button->text()));
        mnemonics.insert(mnemonic);
    }
    QVERIFY(mnemonics.size() >= 12);

    // Tab goes through the form in reading order.
    QWidget *name = child<QLineEdit>(dialog.get(), "nameEdit");
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    const char *order[] = {"kindCombo",      "accessKeyIdEdit", "secretEdit", "showSecretCheck", "tokenEdit",
                           "showTokenCheck", "regionEdit",      "testButton", "saveButton"};
    for (const char *next : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() &&
                     QApplication::focusWidget()->objectName() == QLatin1String(next),
                 next);
    }
}

namespace {

const QString kDataRole = u"acs:ram::1500000000000003:role/ResourceDirectoryAccountAccessRole"_s;

void chooseKind(CredentialsDialog *dialog, int index) {
    auto *kind = child<QComboBox>(dialog, "kindCombo");
    kind->setFocus();
    kind->setCurrentIndex(index);
    Q_EMIT kind->activated(index); // what a user's choice in the open list sends
}

} // namespace

void TestCredentialsDialog::roleProfileCreateTestAndEdit() {
    QCOMPARE(saveProfile(*m_store, u"mgmt"_s, {}, {kDemoKeyId, kDemoSecret, {}}).kind,
             CredentialError::Kind::None);
    const auto dialog = openDialog();
    QVERIFY(dialog);
    click(dialog.get(), "newButton");
    typeInto(child<QLineEdit>(dialog.get(), "nameEdit"), u"data"_s);
    QVERIFY(child<QLineEdit>(dialog.get(), "accessKeyIdEdit")->isVisible());
    QVERIFY(!child<QLineEdit>(dialog.get(), "roleArnEdit")->isVisible());
    chooseKind(dialog.get(), 1);
    // The AccessKey rows go, the role's come.
    for (const char *hidden : {"accessKeyIdEdit", "secretEdit", "tokenEdit"})
        QVERIFY2(!child<QWidget>(dialog.get(), hidden)->isVisible(), hidden);
    for (const char *shown :
         {"roleSourceCombo", "roleArnEdit", "sessionNameEdit", "externalIdEdit", "durationSpin"})
        QVERIFY2(child<QWidget>(dialog.get(), shown)->isVisible(), shown);
    QVERIFY(child<QLabel>(dialog.get(), "sourceLabel")->text().contains(u"no secret of its own"_s));
    auto *sources = child<QComboBox>(dialog.get(), "roleSourceCombo");
    QCOMPARE(sources->currentData().toString(), u"mgmt"_s);
    QVERIFY(sources->findData(u"Environment"_s) >= 0); // offered even while unset
    QCOMPARE(child<QSpinBox>(dialog.get(), "durationSpin")->value(), 3600);

    typeInto(child<QLineEdit>(dialog.get(), "roleArnEdit"), kDataRole);
    typeInto(child<QLineEdit>(dialog.get(), "externalIdEdit"), u"isb-demo-external"_s);
    click(dialog.get(), "testButton");
    auto *result = child<QLabel>(dialog.get(), "testResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"OK"_s), kKeychainTimeoutMs);
    QVERIFY2(
        result->text().contains(u"account 1500000000000003"_s) &&
            result->text().contains(u"assumed-role/ResourceDirectoryAccountAccessRole/image-share-browser"_s),
        qPrintable(result->text()));
    QVERIFY(!m_store->contains(u"data"_s)); // tested before it is saved

    child<QSpinBox>(dialog.get(), "durationSpin")->setValue(1800);
    typeInto(child<QLineEdit>(dialog.get(), "sessionNameEdit"), u"isb-ops"_s);
    click(dialog.get(), "saveButton");
    QTRY_VERIFY_WITH_TIMEOUT(m_store->contains(u"data"_s), kKeychainTimeoutMs);
    auto *status = child<QLabel>(dialog.get(), "statusLabel");
    QTRY_VERIFY(status->text().contains(u"Saved the role profile \"data\""_s));
    const CredentialProfile saved = *m_store->profile(u"data"_s);
    QVERIFY(saved.isRole());
    QCOMPARE(saved.sourceProfile, u"mgmt"_s);
    QCOMPARE(saved.role.roleArn, kDataRole);
    QCOMPARE(saved.role.externalId, u"isb-demo-external"_s);
    QCOMPARE(saved.role.sessionName, u"isb-ops"_s);
    QCOMPARE(saved.role.durationSeconds, 1800);
    QCOMPARE(readSecret(KeychainStore(), u"data"_s).second.kind, KeychainError::Kind::NotFound);

    // The list says what it reaches; selecting another profile and back shows the role's fields again.
    auto *list = child<QTreeWidget>(dialog.get(), "profileList");
    QTreeWidgetItem *row = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == u"data"_s)
            row = list->topLevelItem(i);
    }
    QVERIFY(row);
    QCOMPARE(row->text(1), u"RAM role"_s);
    QCOMPARE(row->text(2), u"role in 1500000000000003"_s);
    QVERIFY(dialog->selectProfile(u"mgmt"_s));
    QVERIFY(child<QLineEdit>(dialog.get(), "accessKeyIdEdit")->isVisible());
    QVERIFY(dialog->selectProfile(u"data"_s));
    QCOMPARE(child<QComboBox>(dialog.get(), "kindCombo")->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>(dialog.get(), "roleArnEdit")->text(), kDataRole);
    QCOMPARE(child<QLineEdit>(dialog.get(), "sessionNameEdit")->text(), u"isb-ops"_s);
    QCOMPARE(child<QSpinBox>(dialog.get(), "durationSpin")->value(), 1800);
    // A role profile is not its own source.
    QCOMPARE(sources->findData(u"data"_s), -1);
    // It can be the default like any saved profile, and deleted without touching its source.
    QVERIFY(child<QPushButton>(dialog.get(), "defaultButton")->isEnabled());
    QCOMPARE(removeProfile(*m_store, u"data"_s).kind, CredentialError::Kind::None);
    QVERIFY(m_store->contains(u"mgmt"_s));
    QCOMPARE(m_home.filesContaining(u"STS."_s), QStringList());
}

void TestCredentialsDialog::roleProfileTestFailures_data() {
    QTest::addColumn<QString>("arn");
    QTest::addColumn<QString>("externalId");
    QTest::addColumn<QString>("session");
    QTest::addColumn<QString>("shows");
    QTest::newRow("no such role") << u"acs:ram::1500000000000004:role/ResourceDirectoryAccountAccessRole"_s
                                  << QString() << QString() << u"Failed: EntityNotExist.Role"_s;
    QTest::newRow("ExternalId missing")
        << kDataRole << QString() << QString() << u"trusts the source's account"_s;
    QTest::newRow("ExternalId wrong")
        << kDataRole << u"wrong-one"_s << QString() << u"Failed: NoPermission"_s;
    // Refused in the form, nothing sent.
    QTest::newRow("bad ARN") << u"acs:ram::1500000000000003:user/x"_s << QString() << QString()
                             << u"must look like"_s;
    QTest::newRow("bad session name") << kDataRole << QString() << u"a b"_s << u"session name"_s;
}

void TestCredentialsDialog::roleProfileTestFailures() {
    QFETCH(QString, arn);
    QFETCH(QString, externalId);
    QFETCH(QString, session);
    QFETCH(QString, shows);
    QCOMPARE(saveProfile(*m_store, u"mgmt"_s, {}, {kDemoKeyId, kDemoSecret, {}}).kind,
             CredentialError::Kind::None);
    const auto dialog = openDialog();
    QVERIFY(dialog);
    click(dialog.get(), "newButton");
    typeInto(child<QLineEdit>(dialog.get(), "nameEdit"), u"member"_s);
    chooseKind(dialog.get(), 1);
    typeInto(child<QLineEdit>(dialog.get(), "roleArnEdit"), arn);
    if (!externalId.isEmpty())
        typeInto(child<QLineEdit>(dialog.get(), "externalIdEdit"), externalId);
    if (!session.isEmpty())
        typeInto(child<QLineEdit>(dialog.get(), "sessionNameEdit"), session);
    click(dialog.get(), "testButton");
    auto *result = child<QLabel>(dialog.get(), "testResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(shows), kKeychainTimeoutMs);
    QVERIFY(!result->text().contains(kDemoSecret));
    QTRY_VERIFY(child<QPushButton>(dialog.get(), "testButton")->isEnabled());
}

void TestCredentialsDialog::importRoleProfiles() {
    const QString sourceSecret = canary("rolesource");
    const QString cliPath = m_home.filePath(u".aliyun/config.json"_s);
    const QByteArray cliConfig =
        QString(
            u"{\"profiles\": ["
            u"{\"name\": \"member\", \"mode\": \"RamRoleArn\", \"access_key_id\": \"LTAIsrc0001\", "
            u"\"access_key_secret\": \"" +
            sourceSecret + u"\", \"ram_role_arn\": \"" + kDataRole +
            u"\", \"external_id\": \"isb-demo-external\", \"expired_seconds\": 900},"
            u"{\"name\": \"prod\", \"mode\": \"AK\", \"access_key_id\": \"LTAIprod\", "
            u"\"access_key_secret\": \"p\"},"
            u"{\"name\": \"chained\", \"mode\": \"ChainableRamRoleArn\", \"source_profile\": \"prod\", "
            u"\"ram_role_arn\": \"acs:ram::1500000000000002:role/ResourceDirectoryAccountAccessRole\"}]}"_s)
            .toUtf8();
    writeFile(cliPath, cliConfig);

    const auto dialog = openDialog();
    QVERIFY(dialog);
    click(dialog.get(), "importButton");
    ImportCredentialsDialog *import = nullptr;
    QTRY_VERIFY((import = dialog->findChild<ImportCredentialsDialog *>()) && import->isVisible());
    auto *tree = child<QTreeWidget>(import, "profileTree");
    QHash<QString, QTreeWidgetItem *> rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rows.insert(tree->topLevelItem(i)->text(0), tree->topLevelItem(i));
    QCOMPARE(rows.keys().size(), 4);
    QCOMPARE(rows.value(u"member"_s)->text(2), u"RAM role"_s);
    QCOMPARE(rows.value(u"member"_s)->text(3), kDataRole);
    QVERIFY(rows.value(u"member-source"_s)->text(3).endsWith(u"0001"_s));
    QVERIFY(!anyContains(visibleTexts(import), sourceSecret));
    // The user renames the chained role's source: the role follows it.
    rows.value(u"prod"_s)->setText(0, u"production"_s);
    click(import, "copyButton");

    auto *status = child<QLabel>(dialog.get(), "statusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Copied 4 profiles"_s), kKeychainTimeoutMs);
    QCOMPARE(m_store->profile(u"member"_s)->sourceProfile, u"member-source"_s);
    QCOMPARE(m_store->profile(u"member"_s)->role.externalId, u"isb-demo-external"_s);
    QCOMPARE(m_store->profile(u"member"_s)->role.durationSeconds, 900);
    QCOMPARE(m_store->profile(u"chained"_s)->sourceProfile, u"production"_s);
    QCOMPARE(loadCredentials(*m_store, u"member-source"_s).first.accessKeySecret, sourceSecret);
    QStringList hits = m_home.filesContaining(sourceSecret);
    hits.removeAll(cliPath);
    QCOMPARE(hits, QStringList());

    // The imported role works: its test assumes it with the imported key's source.
    QVERIFY(dialog->selectProfile(u"chained"_s));
    QCOMPARE(saveProfile(*m_store, u"production"_s, {}, {kDemoKeyId, kDemoSecret, {}}).kind,
             CredentialError::Kind::None);
    QVERIFY(dialog->selectProfile(u"chained"_s));
    click(dialog.get(), "testButton");
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(dialog.get(), "testResultLabel")->text().contains(u"account 1500000000000002"_s),
        kKeychainTimeoutMs);
    QFile::remove(cliPath);
}

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentialsdialog.moc"
