#include "LabelAccountDialog.h"

#include "ui_LabelAccountDialog.h"

#include <QPushButton>

namespace isb {

LabelAccountDialog::LabelAccountDialog(AccountBook *book, const QString &accountId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LabelAccountDialog>())
    , m_book(book)
    , m_accountId(accountId) {
    m_ui->setupUi(this);
    m_ui->accountIdLabel->setText(accountId);
    for (const AccountBook::Trust trust :
         {AccountBook::Trust::None, AccountBook::Trust::Trusted, AccountBook::Trust::Own}) {
        m_ui->trustCombo->addItem(trust == AccountBook::Trust::None ? tr("Not trusted (a label only)")
                                                                    : AccountBook::trustText(trust),
                                  int(trust));
    }
    m_ui->errorLabel->hide();
    if (const auto entry = book->entry(accountId)) {
        m_ui->labelEdit->setText(entry->label);
        m_ui->trustCombo->setCurrentIndex(m_ui->trustCombo->findData(int(entry->trust)));
    }
    if (book->callerAccountId() == accountId)
        m_ui->callerNote->setText(
            tr("This is the account of the credentials in use: it is always your own."));
    else
        m_ui->callerNote->hide();
    m_ui->labelEdit->setMaxLength(AccountBook::maxLabelLength);
}

LabelAccountDialog::~LabelAccountDialog() = default;

bool LabelAccountDialog::edit(AccountBook *book, const QString &accountId, QWidget *parent) {
    if (!book || accountId.isEmpty())
        return false;
    LabelAccountDialog dialog(book, accountId, parent);
    return dialog.exec() == QDialog::Accepted;
}

void LabelAccountDialog::accept() {
    const auto trust = AccountBook::Trust(m_ui->trustCombo->currentData().toInt());
    AccountBook::Report report = m_book->set(m_accountId, m_ui->labelEdit->text().trimmed(), trust);
    if (report.ok())
        report = m_book->save();
    if (!report.ok()) {
        m_ui->errorLabel->setText(report.error);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace isb
