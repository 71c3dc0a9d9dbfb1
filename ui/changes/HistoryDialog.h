#pragma once

#include "changes/ChangeJournal.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HistoryDialog;
}

namespace isb {

class ChangeJournalModel;

/// Edit > Sharing History…: the change journal, one row per applied plan (time, action, profile, account,
/// endpoint, images, accounts added and removed, outcome), numbered as `image-share-cli history` numbers
/// them. An entry can be undone from here (the window's plan dialog does it).
class HistoryDialog final : public QDialog {
    Q_OBJECT
public:
    explicit HistoryDialog(const QString &journalPath = ChangeJournal::defaultPath(),
                           QWidget *parent = nullptr);
    ~HistoryDialog() override;

    /// Reads the journal again.
    void reload();
    ChangeJournalModel *journalModel() const { return m_model; }
    /// Selects entry `row` (0 = the oldest).
    void selectEntry(int row);

Q_SIGNALS:
    /// Undo This Change… on an entry.
    void undoRequested(const isb::JournalEntry &entry);

private:
    void updateButtons();

    std::unique_ptr<Ui::HistoryDialog> m_ui;
    ChangeJournalModel *m_model = nullptr;
    ChangeJournal m_journal;
};

} // namespace isb
