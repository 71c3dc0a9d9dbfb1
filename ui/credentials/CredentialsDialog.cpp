#include "CredentialsDialog.h"

#include "ui_CredentialsDialog.h"

#include "AccessKeyMask.h"
#include "AliyunCliImporter.h"
#include "Credentials.h"
#include "EcsTypes.h"
#include "ImportCredentialsDialog.h"
#include "ProfileSourceLabels.h"
#include "ProfileStore.h"
#include "SdkCredentialsImporter.h"
#include "rules/SecretRedaction.h"
#include "sts/RoleSession.h"

#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace isb {

namespace {

constexpr int kNameRole = Qt::UserRole;

// Password fields: no input-method suggestions or history may learn the secret.
void makeSecretField(QLineEdit *edit) {
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                              Qt::ImhNoAutoUppercase);
}

/// What the secret fields say while empty: where the secret comes from, or that it is optional.
struct SecretPlaceholders {
    QString secret;
    QString token;
};

/// For a profile from `source`; no source means a new profile.
SecretPlaceholders secretPlaceholders(std::optional<CredentialProfile::Source> source,
                                      bool hasSecurityToken) {
    const QString optionalToken = CredentialsDialog::tr("Optional, STS credentials only");
    if (!source)
        return {QString(), optionalToken};
    switch (*source) {
    case CredentialProfile::Source::Environment:
        return {CredentialsDialog::tr("From ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                hasSecurityToken ? CredentialsDialog::tr("From ALIBABA_CLOUD_SECURITY_TOKEN") : QString()};
    case CredentialProfile::Source::Session: {
        const QString kept = CredentialsDialog::tr("Kept; leave empty to keep it");
        return {kept, hasSecurityToken ? kept : optionalToken};
    }
    case CredentialProfile::Source::Role:
        return {}; // no secret rows are shown for a role profile
    case CredentialProfile::Source::Keychain:
        break;
    }
    const QString stored = CredentialsDialog::tr("Stored; leave empty to keep it");
    return {stored, hasSecurityToken ? stored : optionalToken};
}

// A placeholder that does not fit is cut off. Each field is made wide enough for the longest one it may
// show, measured in the interface's language and font.
void fitPlaceholders(QLineEdit *secretEdit, QLineEdit *tokenEdit) {
    using Source = CredentialProfile::Source;
    const auto fit = [](QLineEdit *edit, const QStringList &texts) {
        const QFontMetrics metrics = edit->fontMetrics();
        // QLineEdit's size hint is 17 'x' plus its frame and margins; the latter are kept.
        const int chrome = edit->sizeHint().width() - metrics.horizontalAdvance(QLatin1Char('x')) * 17;
        int widest = 0;
        for (const QString &text : texts)
            widest = std::max(widest, metrics.horizontalAdvance(text));
        edit->setMinimumWidth(widest + chrome);
    };
    QStringList secrets;
    QStringList tokens;
    for (const std::optional<Source> source :
         {std::optional<Source>(), std::optional(Source::Environment), std::optional(Source::Session),
          std::optional(Source::Keychain)}) {
        for (const bool hasToken : {false, true}) {
            const SecretPlaceholders placeholders = secretPlaceholders(source, hasToken);
            secrets << placeholders.secret;
            tokens << placeholders.token;
        }
    }
    fit(secretEdit, secrets);
    fit(tokenEdit, tokens);
}

} // namespace

CredentialsDialog::CredentialsDialog(ProfileStore *store, const ClientOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CredentialsDialog>())
    , m_store(store)
    , m_options(options) {
    m_ui->setupUi(this);
    m_ui->keychainProblemWidget->hide();
    m_ui->keychainBanner->setKind(MessageBanner::Kind::Warning);
    makeSecretField(m_ui->secretEdit);
    makeSecretField(m_ui->tokenEdit);
    fitPlaceholders(m_ui->secretEdit, m_ui->tokenEdit);
    m_ui->profileList->header()->setStretchLastSection(true);
    m_ui->testResultLabel->hide();
    m_ui->statusLabel->hide();
    setKind(AccessKeyKind);
    connect(m_ui->kindCombo, &QComboBox::activated, this, [this](int index) {
        setKind(index == RoleKind ? RoleKind : AccessKeyKind);
        if (index == RoleKind && m_ui->roleSourceCombo->count() == 0)
            fillRoleSources(m_currentName, {});
    });

    connect(m_ui->showSecretCheck, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->showTokenCheck, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->profileList, &QTreeWidget::currentItemChanged, this,
            &CredentialsDialog::onCurrentItemChanged);
    connect(m_ui->newButton, &QPushButton::clicked, this, &CredentialsDialog::startNewProfile);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CredentialsDialog::save);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &CredentialsDialog::confirmDelete);
    connect(m_ui->defaultButton, &QPushButton::clicked, this, &CredentialsDialog::makeDefault);
    connect(m_ui->testButton, &QPushButton::clicked, this, &CredentialsDialog::testConnection);
    connect(m_ui->importButton, &QPushButton::clicked, this, &CredentialsDialog::openImport);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this, &CredentialsDialog::useForSessionOnly);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Another window or the CLI's twin in this process may change the profiles; the form stays as it is.
    connect(m_store, &ProfileStore::profilesChanged, this, [this] { reloadProfiles(m_currentName); });

    // Enter in a field must not close the dialog (and drop what was typed): Save is explicit.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    const QList<CredentialProfile> profiles = m_store->profiles();
    QString first;
    if (!profiles.isEmpty())
        first = m_store->defaultProfileName().isEmpty() ? profiles.constFirst().name
                                                        : m_store->defaultProfileName();
    reloadProfiles(first);
    if (first.isEmpty())
        startNewProfile();
}

CredentialsDialog::~CredentialsDialog() = default;

bool CredentialsDialog::selectProfile(const QString &name) {
    for (int i = 0; i < m_ui->profileList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->profileList->topLevelItem(i);
        if (item->data(0, kNameRole).toString() == name) {
            m_ui->profileList->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void CredentialsDialog::showCredentialError(const CredentialError &error) {
    switch (error.kind) {
    case CredentialError::Kind::None:
        return;
    case CredentialError::Kind::NoCredentials:
        showStatus(tr("No credentials were found. Enter an AccessKey below and save it, import one from the "
                      "aliyun CLI or SDK files, or set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                      "ALIBABA_CLOUD_ACCESS_KEY_SECRET before starting the application."));
        return;
    case CredentialError::Kind::SecretMissing:
        selectProfile(error.profileName);
        break;
    default:
        break;
    }
    handleError(error, {});
}

void CredentialsDialog::done(int result) {
    // Secrets typed into the form or waiting for "session only" do not outlive the dialog's use.
    clearSecrets();
    m_unsaved.clear();
    m_testCall.cancel();
    if (m_testClient)
        m_testClient->deleteLater();
    QDialog::done(result);
}

void CredentialsDialog::reloadProfiles(const QString &selectName) {
    const QString defaultName = m_store->defaultProfileName();
    QTreeWidgetItem *selected = nullptr;
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->clear();
        for (const CredentialProfile &profile : m_store->profiles()) {
            const bool isDefault = profile.name == defaultName;
            auto *item = new QTreeWidgetItem(m_ui->profileList);
            item->setText(0, isDefault ? tr("%1 (default)").arg(profile.name) : profile.name);
            item->setData(0, kNameRole, profile.name);
            item->setText(1, ProfileSourceLabels::label(profile.source));
            // A role profile has no key of its own: the account it reaches instead.
            item->setText(2, profile.isRole()
                                 ? tr("role in %1").arg(RoleSpec::accountOf(profile.role.roleArn))
                                 : maskAccessKeyId(profile.accessKeyId));
            if (isDefault) {
                QFont font = item->font(0);
                font.setBold(true);
                item->setFont(0, font);
            }
            if (profile.name == selectName)
                selected = item;
        }
        m_ui->profileList->setCurrentItem(selected);
        for (int column = 0; column < m_ui->profileList->columnCount(); ++column)
            m_ui->profileList->resizeColumnToContents(column);
    }

    if (!selected) {
        if (!m_currentName.isEmpty() || selectName.isEmpty())
            startNewProfile();
        return;
    }
    const std::optional<CredentialProfile> profile = m_store->profile(selectName);
    if (selectName == m_currentName && profile && m_currentProfile &&
        profile->source == m_currentProfile->source) {
        // The same profile, perhaps with a new default flag: keep what is being typed.
        m_currentProfile = profile;
        updateButtons();
        return;
    }
    if (profile)
        showProfile(*profile);
}

void CredentialsDialog::onCurrentItemChanged() {
    QTreeWidgetItem *item = m_ui->profileList->currentItem();
    if (!item)
        return;
    const std::optional<CredentialProfile> profile = m_store->profile(item->data(0, kNameRole).toString());
    if (!profile)
        return;
    m_unsaved.clear();
    hideKeychainProblem();
    m_ui->statusLabel->hide();
    showProfile(*profile);
}

void CredentialsDialog::showProfile(const CredentialProfile &profile) {
    m_currentName = profile.name;
    m_currentProfile = profile;
    clearSecrets();
    m_ui->testResultLabel->hide();

    const bool readOnly = profile.isReadOnly();
    m_ui->profileGroup->setTitle(tr("Profile \"%1\"").arg(profile.name));
    m_ui->nameEdit->setText(profile.name);
    m_ui->accessKeyIdEdit->setText(profile.accessKeyId);
    m_ui->regionEdit->setText(profile.regionId);
    setKind(profile.isRole() ? RoleKind : AccessKeyKind);
    m_ui->kindCombo->setEnabled(!readOnly);
    fillRoleSources(profile.name, profile.sourceProfile);
    m_ui->roleArnEdit->setText(profile.role.roleArn);
    m_ui->sessionNameEdit->setText(profile.isRole() ? profile.role.sessionName : QString());
    m_ui->externalIdEdit->setText(profile.role.externalId);
    m_ui->durationSpin->setValue(profile.isRole() ? profile.role.durationSeconds
                                                  : RoleSpec::kDefaultDurationSeconds);
    for (QLineEdit *edit :
         {m_ui->nameEdit, m_ui->accessKeyIdEdit, m_ui->secretEdit, m_ui->tokenEdit, m_ui->regionEdit})
        edit->setReadOnly(readOnly);
    m_ui->showSecretCheck->setEnabled(!readOnly);
    m_ui->showTokenCheck->setEnabled(!readOnly);

    QString where = ProfileSourceLabels::description(profile.source);
    const SecretPlaceholders placeholders = secretPlaceholders(profile.source, profile.hasSecurityToken);
    m_ui->secretEdit->setPlaceholderText(placeholders.secret);
    m_ui->tokenEdit->setPlaceholderText(placeholders.token);
    if (profile.name == m_store->defaultProfileName())
        where = tr("%1. This is the default profile.").arg(where);
    m_ui->sourceLabel->setText(where);
    updateButtons();
}

void CredentialsDialog::startNewProfile() {
    m_currentName.clear();
    m_currentProfile.reset();
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->setCurrentItem(nullptr);
        m_ui->profileList->clearSelection();
    }
    clearSecrets();
    m_ui->testResultLabel->hide();
    m_ui->profileGroup->setTitle(tr("New profile"));
    for (QLineEdit *edit :
         {m_ui->nameEdit, m_ui->accessKeyIdEdit, m_ui->secretEdit, m_ui->tokenEdit, m_ui->regionEdit})
        edit->setReadOnly(false);
    m_ui->showSecretCheck->setEnabled(true);
    m_ui->showTokenCheck->setEnabled(true);
    setKind(AccessKeyKind);
    m_ui->kindCombo->setEnabled(true);
    fillRoleSources({}, {});
    m_ui->roleArnEdit->clear();
    m_ui->sessionNameEdit->clear();
    m_ui->externalIdEdit->clear();
    m_ui->durationSpin->setValue(RoleSpec::kDefaultDurationSeconds);
    // The first saved profile becomes the default, and "default" is what the aliyun CLI calls it too.
    bool hasNamed = false;
    for (const CredentialProfile &profile : m_store->profiles())
        hasNamed = hasNamed || !profile.isReadOnly();
    m_ui->nameEdit->setText(hasNamed ? QString() : QStringLiteral("default"));
    m_ui->accessKeyIdEdit->clear();
    m_ui->regionEdit->clear();
    const SecretPlaceholders placeholders = secretPlaceholders(std::nullopt, false);
    m_ui->secretEdit->setPlaceholderText(placeholders.secret);
    m_ui->tokenEdit->setPlaceholderText(placeholders.token);
    updateButtons();
    if (isVisible())
        (hasNamed ? m_ui->nameEdit : m_ui->accessKeyIdEdit)->setFocus();
}

void CredentialsDialog::updateButtons() {
    const bool readOnly = m_currentProfile && m_currentProfile->isReadOnly();
    const bool saved = m_currentProfile && (m_currentProfile->source == CredentialProfile::Source::Keychain ||
                                            m_currentProfile->isRole());
    m_ui->newButton->setEnabled(!m_busy);
    m_ui->importButton->setEnabled(!m_busy);
    m_ui->saveButton->setEnabled(!m_busy && !readOnly);
    m_ui->deleteButton->setEnabled(!m_busy && m_currentProfile && !readOnly);
    m_ui->defaultButton->setEnabled(!m_busy && saved && m_currentName != m_store->defaultProfileName());
    m_ui->testButton->setEnabled(!m_testCall.isActive());
    m_ui->sessionOnlyButton->setEnabled(!m_busy);
}

QString CredentialsDialog::checkForm(bool forSaving) {
    const auto problem = [](QLineEdit *edit, const QString &text) {
        edit->setFocus();
        return text;
    };
    if (forSaving) {
        QString why;
        if (!ProfileStore::isValidProfileName(m_ui->nameEdit->text().trimmed(), &why))
            return problem(m_ui->nameEdit, why);
        const QString region = m_ui->regionEdit->text().trimmed();
        if (!region.isEmpty() && !Region::isValidId(region))
            return problem(m_ui->regionEdit,
                           tr("A region ID has lower-case letters, digits and '-', e.g. cn-hangzhou."));
    }
    if (formKind() == RoleKind) {
        const RoleSpec role = formRole();
        if (const QString why = RoleSpec::roleArnProblem(role.roleArn); !why.isEmpty())
            return problem(m_ui->roleArnEdit, why);
        if (const QString why = RoleSpec::sessionNameProblem(role.sessionName); !why.isEmpty())
            return problem(m_ui->sessionNameEdit, why);
        if (const QString why = RoleSpec::externalIdProblem(role.externalId); !why.isEmpty())
            return problem(m_ui->externalIdEdit, why);
        const QString source = m_ui->roleSourceCombo->currentData().toString();
        if (source.isEmpty())
            return problem(m_ui->nameEdit, tr("Choose the source profile whose keys assume the role."));
        if (const QString why = m_store->roleSourceProblem(m_ui->nameEdit->text().trimmed(), source);
            forSaving && !why.isEmpty())
            return problem(m_ui->nameEdit, why);
        return {};
    }
    const QString keyId = m_ui->accessKeyIdEdit->text().trimmed();
    if (keyId.isEmpty())
        return problem(m_ui->accessKeyIdEdit, tr("Enter the AccessKey ID."));
    if (Credentials::hasWhitespaceOrControl(keyId))
        return problem(m_ui->accessKeyIdEdit, tr("The AccessKey ID must not contain spaces."));
    const QString secret = m_ui->secretEdit->text().trimmed();
    // The message names the field only: a pasted secret is never repeated back.
    if (Credentials::hasWhitespaceOrControl(secret) ||
        Credentials::hasWhitespaceOrControl(m_ui->tokenEdit->text().trimmed()))
        return problem(m_ui->secretEdit,
                       tr("The AccessKey Secret and the STS token must not contain spaces."));
    const bool hasStored = m_currentProfile.has_value();
    if (secret.isEmpty() && !hasStored)
        return problem(m_ui->secretEdit, tr("Enter the AccessKey Secret."));
    return {};
}

void CredentialsDialog::withFormCredentials(std::function<void(const Credentials &credentials)> then) {
    Credentials typed{m_ui->accessKeyIdEdit->text().trimmed(), m_ui->secretEdit->text().trimmed(),
                      m_ui->tokenEdit->text().trimmed()};
    const bool environment = m_currentProfile && m_currentProfile->isReadOnly();
    if (!environment && !typed.accessKeySecret.isEmpty()) {
        then(typed);
        return;
    }
    // The secret field was left empty: the stored secret (and token, unless a new one was typed) stays.
    m_store->loadCredentials(m_currentName, this,
                             [this, typed, environment, then = std::move(then)](
                                 const Credentials &stored, const CredentialError &error) {
                                 if (error.isError()) {
                                     setBusy(false);
                                     if (!m_testCall.isActive())
                                         m_ui->testResultLabel->hide(); // "Testing…" will not finish
                                     handleError(error, {});
                                     return;
                                 }
                                 Credentials merged = stored;
                                 if (!environment) {
                                     merged.accessKeyId = typed.accessKeyId;
                                     if (!typed.securityToken.isEmpty())
                                         merged.securityToken = typed.securityToken;
                                 }
                                 then(merged);
                             });
}

bool CredentialsDialog::isFormReadyToStore() {
    const QString problem = checkForm(true);
    if (!problem.isEmpty())
        showStatus(problem, true);
    return problem.isEmpty();
}

void CredentialsDialog::withFormProfile(std::function<void(const PendingProfile &profile)> then) {
    const QString name = m_ui->nameEdit->text().trimmed();
    const QString region = m_ui->regionEdit->text().trimmed();
    if (formKind() == RoleKind) {
        then({name, region, {}, m_ui->roleSourceCombo->currentData().toString(), formRole()});
        return;
    }
    withFormCredentials([name, region, then = std::move(then)](const Credentials &credentials) {
        then({name, region, credentials});
    });
}

void CredentialsDialog::save() {
    if (m_busy)
        return;
    hideKeychainProblem();
    if (!isFormReadyToStore())
        return;
    setBusy(true);
    if (formKind() == AccessKeyKind)
        showStatus(tr("Saving \"%1\" in the keychain…").arg(m_ui->nameEdit->text().trimmed()));
    withFormProfile([this](const PendingProfile &profile) { storeProfiles({profile}, {}); });
}

void CredentialsDialog::storeProfiles(QList<PendingProfile> queue, QStringList stored) {
    if (queue.isEmpty()) {
        setBusy(false);
        clearSecrets();
        if (stored.isEmpty())
            return;
        reloadProfiles(stored.constLast());
        const std::optional<CredentialProfile> single =
            stored.size() == 1 ? m_store->profile(stored.constFirst()) : std::nullopt;
        if (single && single->isRole()) {
            showStatus(tr("Saved the role profile \"%1\". It has no secret of its own: the keys of \"%2\" "
                          "assume the role, and its temporary keys stay in memory.")
                           .arg(single->name, single->sourceProfile));
        } else if (stored.size() == 1) {
            showStatus(tr("Saved \"%1\". Its secret is in the system keychain.").arg(stored.constFirst()));
        } else {
            showStatus(tr("Copied %1 profiles into the system keychain: %2. The original files were not "
                          "changed.")
                           .arg(stored.size())
                           .arg(stored.join(QStringLiteral(", "))));
        }
        for (const QString &name : std::as_const(stored))
            Q_EMIT profileStored(name);
        return;
    }
    const PendingProfile next = queue.takeFirst();
    const std::optional<CredentialProfile> existing = m_store->profile(next.name);
    const bool replacesSession = existing && existing->source == CredentialProfile::Source::Session;
    auto onStored = [this, next, queue, stored, replacesSession](const CredentialError &error) mutable {
        if (error.isError()) {
            setBusy(false);
            if (!stored.isEmpty())
                reloadProfiles(m_currentName);
            queue.prepend(next);
            handleError(error, queue);
            return;
        }
        // A session profile hides a saved one of the same name; now that the keychain
        // holds it, the session copy goes (removing a session profile is immediate and
        // touches no keychain).
        if (replacesSession)
            m_store->removeProfile(next.name, this, [](const CredentialError &) {});
        stored.append(next.name);
        storeProfiles(queue, stored);
    };
    if (next.isRole())
        m_store->saveRoleProfile(next.name, next.regionId, next.sourceProfile, next.role, this,
                                 std::move(onStored));
    else
        m_store->saveProfile(next.name, next.regionId, next.credentials, this, std::move(onStored));
}

void CredentialsDialog::confirmDelete() {
    if (m_busy || !m_currentProfile || m_currentProfile->isReadOnly())
        return;
    const QString name = m_currentName;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Profile"),
                                tr("Delete the profile \"%1\"?").arg(name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setInformativeText(
        m_currentProfile->isRole()
            ? tr("Only the role profile goes; its source profile stays.")
            : (m_currentProfile->source == CredentialProfile::Source::Keychain
                   ? tr("Its secret is removed from the system keychain. This cannot be undone.")
                   : tr("It is forgotten for the rest of this session.")));
    QPushButton *deleteButton = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmDelete = box;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, deleteButton, name](QAbstractButton *button) {
        if (button == deleteButton)
            deleteProfile(name);
        box->close();
    });
    box->open();
}

void CredentialsDialog::deleteProfile(const QString &name) {
    setBusy(true);
    hideKeychainProblem();
    m_store->removeProfile(name, this, [this, name](const CredentialError &error) {
        setBusy(false);
        if (error.isError()) {
            handleError(error, {});
            return;
        }
        reloadProfiles({});
        showStatus(tr("Deleted the profile \"%1\".").arg(name));
    });
}

void CredentialsDialog::makeDefault() {
    if (m_currentName.isEmpty())
        return;
    const CredentialError error = m_store->setDefaultProfileName(m_currentName);
    if (error.isError()) {
        handleError(error, {});
        return;
    }
    const QString name = m_currentName;
    reloadProfiles(name);
    if (m_currentProfile)
        showProfile(*m_currentProfile); // the "default profile" note
    showStatus(tr("\"%1\" is now the default profile.").arg(name));
}

void CredentialsDialog::testConnection() {
    if (m_testCall.isActive())
        return;
    if (const QString problem = checkForm(false); !problem.isEmpty()) {
        m_ui->testResultLabel->setText(problem);
        m_ui->testResultLabel->show();
        return;
    }
    m_ui->testResultLabel->setText(tr("Testing…"));
    m_ui->testResultLabel->show();
    m_ui->testButton->setEnabled(false);
    if (formKind() == RoleKind) {
        testRole();
        return;
    }
    withFormCredentials([this](const Credentials &credentials) { runTest(credentials); });
}

void CredentialsDialog::testRole() {
    // The source's credentials as they are stored (a role profile may be tested before it is saved).
    const QString source = m_ui->roleSourceCombo->currentData().toString();
    const RoleSpec role = formRole();
    m_store->loadCredentials(
        source, this, [this, role](const Credentials &sourceCredentials, const CredentialError &error) {
            if (error.isError()) {
                m_ui->testResultLabel->setText(tr("Failed: %1").arg(error.message));
                m_ui->testButton->setEnabled(true);
                return;
            }
            Credentials credentials;
            credentials.role = RoleSession::create(sourceCredentials, role);
            EcsClient *client = newTestClient(credentials);
            // AssumeRole goes first, on its own: the identity asked next is the role's.
            CallerIdentityCall *call = client->getCallerIdentity();
            m_testCall.start(call);
            updateButtons();
            connect(call, &EcsCall::finished, this, [this, client, call, credentials] {
                if (!m_testCall.finish(call))
                    return;
                QString text;
                if (call->succeeded()) {
                    //: %1 is an account ID, %2 the assumed identity's ARN.
                    text = tr("OK — assumed the role in account %1\n%2")
                               .arg(call->result().accountId, call->result().arn);
                } else {
                    const EcsError &error = call->error();
                    text = tr("Failed: %1").arg(error.shortCode());
                    if (!error.message.isEmpty())
                        text += QLatin1Char('\n') + error.message;
                    if (error.code == QLatin1String("NoPermission"))
                        text += QLatin1Char('\n') +
                                tr("Check that the role trusts the source's account and, if it "
                                   "asks for one, the ExternalId.");
                    if (!error.requestId.isEmpty())
                        text += QLatin1Char('\n') + tr("RequestId: %1").arg(error.requestId);
                }
                m_ui->testResultLabel->setText(redacted(text, credentials));
                m_ui->testResultLabel->show();
                client->deleteLater();
                updateButtons();
            });
        });
}

void CredentialsDialog::setKind(Kind kind) {
    const bool role = kind == RoleKind;
    m_ui->kindCombo->setCurrentIndex(kind);
    for (QWidget *row : {static_cast<QWidget *>(m_ui->accessKeyIdEdit)})
        m_ui->formLayout->setRowVisible(row, !role);
    m_ui->formLayout->setRowVisible(m_ui->secretLayout, !role);
    m_ui->formLayout->setRowVisible(m_ui->tokenLayout, !role);
    for (QWidget *row :
         {static_cast<QWidget *>(m_ui->roleSourceCombo), static_cast<QWidget *>(m_ui->roleArnEdit),
          static_cast<QWidget *>(m_ui->sessionNameEdit), static_cast<QWidget *>(m_ui->externalIdEdit),
          static_cast<QWidget *>(m_ui->durationSpin)})
        m_ui->formLayout->setRowVisible(row, role);
    if (!m_currentProfile)
        m_ui->sourceLabel->setText(
            role ? tr("New: a role profile goes to the settings; it has no secret of its own")
                 : tr("New: the secret goes to the system keychain when you save"));
    m_ui->saveButton->setToolTip(
        role ? tr("Store the role profile in the settings (it has no secret)")
             : tr("Store the secret in the system keychain and the rest in the settings"));
}

CredentialsDialog::Kind CredentialsDialog::formKind() const {
    return m_ui->kindCombo->currentIndex() == RoleKind ? RoleKind : AccessKeyKind;
}

void CredentialsDialog::fillRoleSources(const QString &except, const QString &selected) {
    QComboBox *combo = m_ui->roleSourceCombo;
    combo->clear();
    bool hasEnvironment = false;
    for (const CredentialProfile &profile : m_store->profiles()) {
        if (profile.name == except)
            continue;
        hasEnvironment = hasEnvironment || profile.name == ProfileStore::environmentProfileName();
        combo->addItem(profile.isRole() ? tr("%1 (role)").arg(profile.name) : profile.name, profile.name);
    }
    // The environment may be set only when the program runs: it is always offered.
    if (!hasEnvironment)
        combo->addItem(tr("Environment (ALIBABA_CLOUD_ACCESS_KEY_*)"),
                       ProfileStore::environmentProfileName());
    if (!selected.isEmpty() && combo->findData(selected) < 0)
        combo->addItem(tr("%1 (missing)").arg(selected), selected);
    combo->setCurrentIndex(std::max(0, combo->findData(selected)));
}

RoleSpec CredentialsDialog::formRole() const {
    RoleSpec role;
    role.roleArn = m_ui->roleArnEdit->text().trimmed();
    const QString session = m_ui->sessionNameEdit->text().trimmed();
    if (!session.isEmpty())
        role.sessionName = session;
    role.externalId = m_ui->externalIdEdit->text().trimmed();
    role.durationSeconds = m_ui->durationSpin->value();
    return role;
}

EcsClient *CredentialsDialog::newTestClient(const Credentials &credentials) {
    if (m_testClient)
        m_testClient->deleteLater();
    // A client of its own: the window's client keeps its credentials until the user saves or switches.
    auto *client = new EcsClient(m_options, this);
    client->setCredentials(credentials);
    m_testClient = client;
    return client;
}

void CredentialsDialog::runTest(const Credentials &credentials) {
    EcsClient *client = newTestClient(credentials);
    RegionsCall *call = client->describeRegions();
    m_testCall.start(call);
    updateButtons();
    connect(call, &EcsCall::finished, this, [this, client, call, credentials] {
        if (!m_testCall.finish(call))
            return;
        QString text;
        if (call->succeeded()) {
            text = tr("OK — %n region(s)", nullptr, int(call->result().size()));
        } else {
            const EcsError &error = call->error();
            text = tr("Failed: %1").arg(error.shortCode());
            if (!error.message.isEmpty())
                text += QLatin1Char('\n') + error.message;
            if (error.isAuthenticationError())
                text += QLatin1Char('\n') + tr("Check the AccessKey ID, the Secret and the STS token.");
            else if (error.isClockSkew())
                text += QLatin1Char('\n') + tr("The computer's clock is wrong; correct it and try again.");
            const QString requestId = error.requestId.isEmpty() ? call->lastRequestId() : error.requestId;
            if (!requestId.isEmpty())
                text += QLatin1Char('\n') + tr("RequestId: %1").arg(requestId);
        }
        m_ui->testResultLabel->setText(redacted(text, credentials));
        m_ui->testResultLabel->show();
        client->deleteLater();
        updateButtons();
    });
}

void CredentialsDialog::openImport() {
    if (m_busy)
        return;
    const QList<ImportResult> results{
        AliyunCliImporter::importFile(AliyunCliImporter::defaultPath()),
        SdkCredentialsImporter::importFile(SdkCredentialsImporter::defaultPath(m_store->environment())),
    };
    QStringList existing;
    for (const CredentialProfile &profile : m_store->profiles()) {
        if (!profile.isReadOnly())
            existing.append(profile.name);
    }
    auto *dialog = new ImportCredentialsDialog(results, existing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { importChosen(dialog->chosenProfiles()); });
    dialog->open();
}

void CredentialsDialog::importChosen(const QList<ImportedProfile> &chosen) {
    if (chosen.isEmpty())
        return;
    QList<PendingProfile> queue;
    for (const ImportedProfile &profile : chosen)
        queue.append(
            {profile.name, profile.regionId, profile.credentials, profile.sourceProfile, profile.role});
    hideKeychainProblem();
    setBusy(true);
    showStatus(tr("Copying %1 profiles into the keychain…").arg(queue.size()));
    storeProfiles(queue, {});
}

void CredentialsDialog::useForSessionOnly() {
    QList<PendingProfile> pending = m_unsaved;
    if (pending.isEmpty()) {
        // Nothing failed yet (the user chose it up front): take the form.
        if (!isFormReadyToStore())
            return;
        withFormProfile([this](const PendingProfile &profile) {
            m_unsaved = {profile};
            useForSessionOnly();
        });
        return;
    }
    m_unsaved.clear();
    QStringList added;
    for (const PendingProfile &profile : std::as_const(pending)) {
        const CredentialError error =
            m_store->addSessionProfile(profile.name, profile.regionId, profile.credentials);
        if (error.isError()) {
            handleError(error, {});
            return;
        }
        added.append(profile.name);
    }
    hideKeychainProblem();
    clearSecrets();
    reloadProfiles(added.constLast());
    showStatus(
        tr("Using %1 for this session only. Nothing was written to disk; the credentials are gone when "
           "the application quits.")
            .arg(added.join(QStringLiteral(", "))));
    for (const QString &name : std::as_const(added))
        Q_EMIT profileStored(name);
}

void CredentialsDialog::handleError(const CredentialError &error, const QList<PendingProfile> &unsaved) {
    m_unsaved.clear();
    if (error.kind == CredentialError::Kind::SecretMissing) {
        showStatus(tr("The keychain has no secret for the profile \"%1\" (it may have been removed outside "
                      "Image Share Browser). Enter its AccessKey Secret and click Save.")
                       .arg(error.profileName),
                   true);
        m_ui->secretEdit->setFocus();
        return;
    }
    if (error.kind != CredentialError::Kind::Keychain) {
        showStatus(error.message, true);
        return;
    }

    m_unsaved = unsaved;
    const bool saving = !unsaved.isEmpty();
    const QString details = error.keychain.message.isEmpty()
                                ? QString()
                                : QStringLiteral("\n\n") + tr("Details: %1").arg(error.keychain.message);
    switch (error.keychain.kind) {
    case KeychainError::Kind::NoBackend:
        showKeychainProblem(
            tr("No keychain is available"),
            tr("Image Share Browser keeps secrets only in a system keychain that provides the Secret Service "
               "(GNOME Keyring or KWallet), never in a plain-text file, so nothing was saved. To fix it, "
               "install gnome-keyring (or KWallet), make sure it runs and is unlocked in your desktop "
               "session, and try again. Until then you can use the credentials for this session only, or set "
               "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET before starting the "
               "application.") +
                details,
            saving);
        break;
    case KeychainError::Kind::AccessDenied:
        showKeychainProblem(
            tr("The keychain refused access"),
            tr("The keychain is locked, or the request to unlock it was dismissed, so nothing was changed. "
               "Unlock it (log in to the desktop session again, or unlock the \"Login\" keyring in Passwords "
               "and Keys or KWalletManager) and try again, or use the credentials for this session only.") +
                details,
            saving);
        break;
    default:
        showKeychainProblem(tr("The keychain failed"),
                            tr("Nothing was changed. Try again, or use the credentials for this session "
                               "only.") +
                                details,
                            saving);
        break;
    }
}

void CredentialsDialog::showKeychainProblem(const QString &title, const QString &text, bool offerSession) {
    m_ui->keychainBanner->setMessage(title, text);
    m_ui->sessionOnlyButton->setVisible(offerSession);
    m_ui->keychainProblemWidget->show();
    m_ui->statusLabel->hide();
    if (offerSession)
        m_ui->sessionOnlyButton->setFocus();
}

void CredentialsDialog::hideKeychainProblem() {
    m_ui->keychainProblemWidget->hide();
}

void CredentialsDialog::showStatus(const QString &text, bool isError) {
    m_ui->statusLabel->setText(text);
    // Qt 6.4's palette has no role for errors, so the color is explicit (readable on light and dark).
    m_ui->statusLabel->setStyleSheet(isError ? QStringLiteral("color: #b3261e;") : QString());
    m_ui->statusLabel->setVisible(!text.isEmpty());
}

void CredentialsDialog::setBusy(bool busy) {
    m_busy = busy;
    updateButtons();
}

void CredentialsDialog::clearSecrets() {
    m_ui->secretEdit->clear();
    m_ui->tokenEdit->clear();
    m_ui->showSecretCheck->setChecked(false);
    m_ui->showTokenCheck->setChecked(false);
}

QString CredentialsDialog::redacted(const QString &text, const Credentials &credentials) const {
    // What is typed in the fields counts too: it may differ from the credentials being tested.
    return SecretRedaction::redacted(text, credentials, {m_ui->secretEdit->text(), m_ui->tokenEdit->text()});
}

} // namespace isb
