#include "HistoryDialog.h"

#include "ui_HistoryDialog.h"

#include "changes/ChangeJournalModel.h"

#include <QDir>
#include <QHeaderView>
#include <QPushButton>

namespace isb {

HistoryDialog::HistoryDialog(const QString &journalPath, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HistoryDialog>())
    , m_model(new ChangeJournalModel(this))
    , m_journal(journalPath) {
    m_ui->setupUi(this);
    m_ui->entriesView->setModel(m_model);
    m_ui->entriesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->entriesView->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->undoButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->entriesView->currentIndex();
        if (current.isValid())
            Q_EMIT undoRequested(m_model->entries().at(current.row()));
    });
    connect(m_ui->entriesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryDialog::updateButtons);
    reload();
}

HistoryDialog::~HistoryDialog() = default;

void HistoryDialog::reload() {
    QString error;
    const QList<JournalEntry> entries = m_journal.entries(&error);
    m_model->setEntries(entries);
    if (!error.isEmpty())
        m_ui->statusLabel->setText(error);
    else if (entries.isEmpty())
        m_ui->statusLabel->setText(
            tr("No sharing change has been made yet (%1).").arg(QDir::toNativeSeparators(m_journal.path())));
    else
        m_ui->statusLabel->setText(tr("%n change(s), recorded in %1", nullptr, int(entries.size()))
                                       .arg(QDir::toNativeSeparators(m_journal.path())));
    // The latest change is the one most often looked at, and undone.
    if (!entries.isEmpty())
        selectEntry(int(entries.size()) - 1);
    updateButtons();
}

void HistoryDialog::selectEntry(int row) {
    const QModelIndex index = m_model->index(row, 0);
    m_ui->entriesView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                    QItemSelectionModel::Rows);
    m_ui->entriesView->scrollTo(index);
}

void HistoryDialog::updateButtons() {
    m_ui->undoButton->setEnabled(m_ui->entriesView->currentIndex().isValid());
}

} // namespace isb
