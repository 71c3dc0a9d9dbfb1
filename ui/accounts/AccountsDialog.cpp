#include "AccountsDialog.h"

#include "ui_AccountsDialog.h"

#include "SettingsKeys.h"
#include "accounts/AccountBookModel.h"
#include "rules/LastFolder.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>

namespace isb {

AccountsDialog::AccountsDialog(AccountBook *book, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
    , m_book(book)
    , m_model(new AccountBookModel(book, this)) {
    m_ui->setupUi(this);
    m_ui->accountsView->setModel(m_model);
    m_ui->accountsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->accountsView->horizontalHeader()->setSectionResizeMode(AccountBookModel::AccountIdColumn,
                                                                 QHeaderView::ResizeToContents);
    for (const AccountBook::Trust trust :
         {AccountBook::Trust::None, AccountBook::Trust::Trusted, AccountBook::Trust::Own}) {
        m_ui->trustCombo->addItem(trust == AccountBook::Trust::None ? tr("Not trusted")
                                                                    : AccountBook::trustText(trust),
                                  int(trust));
    }
    m_ui->fileLabel->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(book->filePath())));
    m_ui->issuesView->hide();

    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::addEntry);
    connect(m_ui->accountIdEdit, &QLineEdit::returnPressed, this, &AccountsDialog::addEntry);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &AccountsDialog::deleteSelected);
    connect(m_ui->importButton, &QPushButton::clicked, this, &AccountsDialog::chooseAndImport);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AccountsDialog::chooseAndExport);
    // An edit in the table is in the book already; the file follows it.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AccountsDialog::save);
    const auto updateDelete = [this] {
        m_ui->deleteButton->setEnabled(m_ui->accountsView->selectionModel()->hasSelection());
    };
    connect(m_ui->accountsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateDelete);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateDelete);
    updateDelete();
}

AccountsDialog::~AccountsDialog() = default;

QString AccountsDialog::reportText() const {
    return m_ui->issuesView->isVisible() || !m_ui->issuesView->toPlainText().isEmpty()
               ? m_ui->issuesView->toPlainText()
               : QString();
}

void AccountsDialog::addEntry() {
    const auto trust = AccountBook::Trust(m_ui->trustCombo->currentData().toInt());
    const AccountBook::Report report =
        m_model->addEntry(m_ui->accountIdEdit->text().trimmed(), m_ui->labelEdit->text().trimmed(), trust);
    if (!report.ok()) {
        showReport(tr("Not added"), report);
        return;
    }
    m_ui->accountIdEdit->clear();
    m_ui->labelEdit->clear();
    m_ui->accountIdEdit->setFocus();
    save();
}

void AccountsDialog::deleteSelected() {
    QList<int> rows;
    for (const QModelIndex &index : m_ui->accountsView->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_model->removeRows(row, 1);
    save();
}

void AccountsDialog::chooseAndImport() {
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import Accounts"), LastFolder::folder(QString(SettingsKeys::accountsDialogFolder)),
        tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    LastFolder::remember(QString(SettingsKeys::accountsDialogFolder), file);
    importFile(file);
}

void AccountsDialog::chooseAndExport() {
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export Accounts"),
                                     QDir(LastFolder::folder(QString(SettingsKeys::accountsDialogFolder)))
                                         .filePath(QStringLiteral("accounts.csv")),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    LastFolder::remember(QString(SettingsKeys::accountsDialogFolder), file);
    exportFile(file);
}

void AccountsDialog::importFile(const QString &file) {
    const AccountBook::Report report = m_book->import(file);
    if (report.ok())
        save();
    showReport(tr("Import of %1").arg(QDir::toNativeSeparators(file)), report);
}

void AccountsDialog::exportFile(const QString &file) {
    showReport(tr("Export to %1").arg(QDir::toNativeSeparators(file)), m_book->exportTo(file));
}

void AccountsDialog::save() {
    const AccountBook::Report report = m_book->save();
    if (!report.ok())
        showReport(tr("Not saved"), report);
}

void AccountsDialog::showReport(const QString &what, const AccountBook::Report &report) {
    QStringList lines;
    if (!report.ok()) {
        lines << tr("%1: %2").arg(what, report.error);
    } else {
        lines << tr("%1: %2 added, %3 updated, %4 unchanged.")
                     .arg(what)
                     .arg(report.added)
                     .arg(report.updated)
                     .arg(report.unchanged);
    }
    for (const AccountBook::Issue &issue : report.issues) {
        lines << (issue.line > 0 ? tr("Line %1: %2").arg(issue.line).arg(issue.message) : issue.message);
    }
    m_ui->issuesView->setPlainText(lines.join(QLatin1Char('\n')));
    m_ui->issuesView->show();
}

} // namespace isb
