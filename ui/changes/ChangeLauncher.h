#pragma once

#include "PlanDialog.h"
#include "changes/ChangeJournal.h"
#include "changes/SharingPlan.h"

#include <QObject>

#include <functional>

class QWidget;

namespace isb {

class AccountBook;

/// How a window starts a sharing change: the plan dialog for a list of requests, Undo (the inverse of a
/// journal entry, through the same dialog) and the History. The main window and the audit window both
/// start theirs here, so that every change of the program is confirmed, applied and journaled the same way.
/// Dialogs are the window's children, modal to it and deleted on close.
class ChangeLauncher final : public QObject {
    Q_OBJECT
public:
    /// Who changes what at the moment a dialog opens (the profile may have changed since the window opened).
    using ContextSource = std::function<PlanDialog::Context()>;

    ChangeLauncher(QWidget *window, const AccountBook *book, ContextSource context);

    /// The book the plans label accounts from (none: IDs only).
    void setAccountBook(const AccountBook *book) { m_book = book; }

    /// The plan dialog for `requests`, opened; `action` is what the journal records ("share", "revoke",
    /// "undo"). Nothing when there is nothing to ask.
    PlanDialog *openPlan(const QString &action, const QList<SharingRequest> &requests);
    /// Undo Sharing Change: the inverse of the latest journal entry, or a note that there is none.
    void undoLatest();
    /// The inverse of `entry` through the plan dialog, or a note when it has nothing to undo.
    void undo(const JournalEntry &entry);
    /// Sharing History: the journal, from which an entry can be undone.
    void showHistory();

Q_SIGNALS:
    /// A plan was applied (or partly) and journaled: every image's outcome, the state read after it.
    void applied(const QList<isb::ImageChangeOutcome> &outcomes);

private:
    void showNote(const QString &text);

    QWidget *m_window;
    const AccountBook *m_book;
    ContextSource m_context;
};

} // namespace isb
