#include "ChangeLauncher.h"

#include "HistoryDialog.h"

#include <QMessageBox>
#include <QWidget>

namespace isb {

ChangeLauncher::ChangeLauncher(QWidget *window, const AccountBook *book, ContextSource context)
    : QObject(window)
    , m_window(window)
    , m_book(book)
    , m_context(std::move(context)) {}

PlanDialog *ChangeLauncher::openPlan(const QString &action, const QList<SharingRequest> &requests) {
    if (requests.isEmpty())
        return nullptr;
    auto *dialog = new PlanDialog(m_context(), m_book, m_window);
    dialog->setObjectName(QStringLiteral("planDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlanDialog::applied, this, &ChangeLauncher::applied);
    dialog->start(action, requests);
    dialog->open();
    return dialog;
}

void ChangeLauncher::undoLatest() {
    QString error;
    const QList<JournalEntry> entries = ChangeJournal().entries(&error);
    if (!error.isEmpty() || entries.isEmpty()) {
        showNote(error.isEmpty() ? tr("No sharing change has been made yet.") : error);
        return;
    }
    undo(entries.constLast());
}

void ChangeLauncher::undo(const JournalEntry &entry) {
    const QList<SharingRequest> inverse = entry.inverse();
    if (inverse.isEmpty()) {
        showNote(tr("Nothing to undo: this change only made images private, and making an image public is "
                    "the console's job."));
        return;
    }
    openPlan(QStringLiteral("undo"), inverse);
}

void ChangeLauncher::showHistory() {
    auto *dialog = new HistoryDialog(ChangeJournal::defaultPath(), m_window);
    dialog->setObjectName(QStringLiteral("historyDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryDialog::undoRequested, this, [this, dialog](const JournalEntry &entry) {
        dialog->accept();
        undo(entry);
    });
    dialog->open();
}

void ChangeLauncher::showNote(const QString &text) {
    auto *box = new QMessageBox(QMessageBox::Information, tr("Undo Sharing Change"), text, QMessageBox::Close,
                                m_window);
    box->setObjectName(QStringLiteral("undoNothingBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace isb
