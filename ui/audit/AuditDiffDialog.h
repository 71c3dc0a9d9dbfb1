#pragma once

#include "audit/AuditDiff.h"
#include "audit/AuditSnapshot.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Ui {
class AuditDiffDialog;
}

namespace isb {

class AccountBook;

/// Compares two audit snapshots (AuditDiff) and lists what changed: one line per image that gained, lost,
/// appeared, disappeared or is unknown, with its grants added (+) and removed (−) below it. "Before" is a
/// snapshot file; "after" is another file or the audit the window shows. Copy puts the CLI's `diff` text on
/// the clipboard, so what the operator sees here and what a script sees there are the same lines.
///
/// With an account book, the grants added since the older snapshot that are findings (AuditDiff::
/// newFindings, the CLI's order) are listed first, above the changes, in the findings' colours: a new
/// public or untrusted grant is the risk, not a removal. Account IDs show their label and trust, and
/// "Label…" on their context menu edits the book.
class AuditDiffDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AuditDiffDialog(QWidget *parent = nullptr);
    ~AuditDiffDialog() override;

    /// The audit the window shows, offered as "after"; nullopt: none (only files can be compared).
    void setCurrentSnapshot(const std::optional<AuditSnapshot> &snapshot);
    /// Labels, trust and what is a finding; nullptr: no findings section, no labels. Not owned.
    void setAccountBook(AccountBook *book);
    void setBeforePath(const QString &path);
    void setAfterPath(const QString &path);

    /// Loads the chosen sides and shows their differences. False (and a message) if a file is unusable.
    bool compare();
    /// Shows the differences between two snapshots already in memory.
    void showDiff(const AuditDiff &diff);

    const AuditDiff &diff() const { return m_diff; }
    /// The CLI's `diff` text of what is shown: the new findings first, the summary and both dates last.
    QString diffText() const;

private:
    void browse(bool before);
    void fill();
    void fillFindings();
    /// Label and trust columns, and the findings' colour roles, of an item whose principal is `grant`.
    void markPrincipal(QTreeWidgetItem *item, int labelColumn, AuditRow::Kind kind,
                       const QString &principal) const;
    void showContextMenu(QTreeWidget *tree, const QPoint &position);
    void copy();
    void updateButtons();

    std::unique_ptr<Ui::AuditDiffDialog> m_ui;
    QPushButton *m_copyButton = nullptr;
    std::optional<AuditSnapshot> m_current;
    QPointer<AccountBook> m_book;
    AuditDiff m_diff;
    bool m_hasDiff = false;
};

} // namespace isb
