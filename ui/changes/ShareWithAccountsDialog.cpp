#include "ShareWithAccountsDialog.h"

#include "ui_ShareWithAccountsDialog.h"

#include "EcsClient.h"
#include "accounts/AccountBook.h"
#include "changes/SharingChangeRunner.h"
#include "changes/SharingPlan.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace isb {

ShareWithAccountsDialog::ShareWithAccountsDialog(EcsClient *client, const Image &image,
                                                 const SharePermissionPage &current, bool currentIsComplete,
                                                 const QString &ownerAccountId, const AccountBook *book,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShareWithAccountsDialog>())
    , m_image(image)
    , m_current(current)
    , m_currentKnown(currentIsComplete)
    , m_ownerAccountId(ownerAccountId)
    , m_book(book) {
    m_ui->setupUi(this);
    m_ui->imageLabel->setText(image.imageName.isEmpty()
                                  ? tr("Image %1 in %2").arg(image.imageId, image.regionId)
                                  : tr("Image %1 (%2) in %3", "name, ID, region")
                                        .arg(image.imageName, image.imageId, image.regionId));
    connect(m_ui->idsEdit, &QPlainTextEdit::textChanged, this, &ShareWithAccountsDialog::validate);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->shareButton, &QPushButton::clicked, this, &QDialog::accept);
    if (!m_currentKnown && client) {
        // The window shows one page; "already shared" and the 50-account limit need every account.
        SharePermissionQuery query;
        query.regionId = image.regionId;
        query.imageId = image.imageId;
        query.pageSize = EcsClient::kMaxSharePermissionPageSize;
        query.allPages = true;
        SharePermissionCall *call = client->describeImageSharePermission(query);
        connect(this, &QObject::destroyed, call, &EcsCall::cancel);
        connect(call, &EcsCall::finished, this, [this, call] {
            call->deleteLater();
            if (call->succeeded()) {
                m_current = call->result();
                m_currentKnown = true;
            } else {
                m_ui->statusLabel->setText(
                    tr("The image's accounts could not be read (%1); the plan checks them before sending.")
                        .arg(ImageChangeOutcome::errorText(call->error())));
                m_currentKnown = true; // the plan dialog reads the image again in any case
            }
            validate();
        });
        m_ui->statusLabel->setText(tr("Reading every account the image is shared with…"));
    }
    validate();
}

ShareWithAccountsDialog::~ShareWithAccountsDialog() = default;

QPlainTextEdit *ShareWithAccountsDialog::idsEdit() const {
    return m_ui->idsEdit;
}

QListWidget *ShareWithAccountsDialog::accountsList() const {
    return m_ui->accountsList;
}

QPushButton *ShareWithAccountsDialog::shareButton() const {
    return m_ui->shareButton;
}

QStringList ShareWithAccountsDialog::lines() const {
    QStringList lines;
    for (int row = 0; row < m_ui->accountsList->count(); ++row)
        lines << m_ui->accountsList->item(row)->text();
    return lines;
}

bool ShareWithAccountsDialog::canShare() const {
    return m_ui->shareButton->isEnabled();
}

void ShareWithAccountsDialog::validate() {
    const QStringList ids = SharingPlan::accountIdsIn(m_ui->idsEdit->toPlainText());
    // The plan's own rules decide, on what is known of the image so far.
    SharingPlan plan;
    plan.addImage({m_image.regionId, m_image.imageId, ids, {}, false}, m_image.imageName, m_current,
                  m_ownerAccountId);
    const ImageSharingChange &change = plan.images().constFirst();
    m_toAdd.clear();
    for (const QString &id : change.add) {
        const bool refused =
            std::any_of(plan.refusals().cbegin(), plan.refusals().cend(),
                        [&id](const SharingRefusal &refusal) { return refusal.account == id; });
        if (!refused)
            m_toAdd.append(id);
    }

    m_ui->accountsList->clear();
    QStringList refusedTotal;
    for (const QString &id : ids) {
        QString note;
        bool refused = false;
        for (const SharingRefusal &refusal : plan.refusals()) {
            if (refusal.account != id)
                continue;
            refused = true;
            if (refusal.cause == SharingRefusal::Cause::InvalidAccountId)
                note = tr("not an account ID (digits only)");
            else if (refusal.cause == SharingRefusal::Cause::OwnAccount)
                note = tr("the image's own account: an image cannot be shared with its owner");
        }
        if (!refused) {
            const QString label = m_book ? m_book->labelOf(id) : QString();
            const AccountBook::Trust trust = m_book ? m_book->trustOf(id) : AccountBook::Trust::None;
            if (!change.add.contains(id))
                note = label.isEmpty() ? tr("already shared")
                                       : tr("%1, already shared", "label, already shared").arg(label);
            else if (label.isEmpty())
                note = tr("not in the account book");
            else if (trust == AccountBook::Trust::None)
                note = label;
            else
                note = tr("%1 (%2)", "label (trust)").arg(label, AccountBook::trustText(trust));
        }
        auto *item = new QListWidgetItem(tr("%1 — %2", "account ID — what it is").arg(id, note));
        if (refused) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setData(Qt::UserRole, QStringLiteral("refused"));
        }
        m_ui->accountsList->addItem(item);
    }
    for (const SharingRefusal &refusal : plan.refusals()) {
        if (refusal.cause == SharingRefusal::Cause::TooManyAccounts)
            refusedTotal << refusal.message();
    }
    m_ui->refusalLabel->setText(refusedTotal.join(QLatin1Char('\n')));
    m_ui->refusalLabel->setVisible(!refusedTotal.isEmpty());

    const int count = int(m_toAdd.size());
    m_ui->shareButton->setText(count == 0 ? tr("Share…") : tr("Share with %n Account(s)…", nullptr, count));
    m_ui->shareButton->setEnabled(m_currentKnown && count > 0 && !plan.isRefused());
    if (m_currentKnown && !plan.isRefused())
        m_ui->statusLabel->setText(ids.isEmpty()
                                       ? QString()
                                       : tr("The next step shows the plan; nothing is sent before you "
                                            "confirm it."));
    else if (plan.isRefused())
        m_ui->statusLabel->setText(tr("Correct the marked IDs first: this plan would be refused."));
}

} // namespace isb
