#pragma once

#include "accounts/AccountBook.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AccountsDialog;
}

namespace isb {

class AccountBookModel;

/// Settings > Accounts…: the account book as a table to add, edit and delete entries, with Import and
/// Export CSV. Every change is saved to the book's file at once (there is nothing to cancel: the file is
/// the book). Rows a file could not give, and why, are listed with their line numbers.
class AccountsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AccountsDialog(AccountBook *book, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    /// Imports `file` (merging) and shows what happened; the Import button asks for the file first.
    void importFile(const QString &file);
    /// Exports to `file`; the Export button asks for the file first.
    void exportFile(const QString &file);
    /// What the last operation reported (the issues pane's text).
    QString reportText() const;

private:
    void addEntry();
    void deleteSelected();
    void chooseAndImport();
    void chooseAndExport();
    void save();
    void showReport(const QString &what, const AccountBook::Report &report);

    std::unique_ptr<Ui::AccountsDialog> m_ui;
    AccountBook *m_book;
    AccountBookModel *m_model;
};

} // namespace isb
