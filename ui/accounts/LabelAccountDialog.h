#pragma once

#include "accounts/AccountBook.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LabelAccountDialog;
}

namespace isb {

/// "Label…" on an account ID in any table: the label and trust of that one account, saved to the book
/// (and its file) on OK. An error saving keeps the dialog open with the reason.
class LabelAccountDialog final : public QDialog {
    Q_OBJECT
public:
    LabelAccountDialog(AccountBook *book, const QString &accountId, QWidget *parent = nullptr);
    ~LabelAccountDialog() override;

    /// Opens the dialog for `accountId` (modal); true when the book changed.
    static bool edit(AccountBook *book, const QString &accountId, QWidget *parent);

    void accept() override;

private:
    std::unique_ptr<Ui::LabelAccountDialog> m_ui;
    AccountBook *m_book;
    QString m_accountId;
};

} // namespace isb
