#pragma once

#include "audit/AuditDiff.h"
#include "audit/AuditSnapshot.h"

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class AuditDiffDialog;
}

namespace isb {

/// Compares two audit snapshots (AuditDiff) and lists what changed: one line per image that gained, lost,
/// appeared, disappeared or is unknown, with its grants added (+) and removed (−) below it. "Before" is a
/// snapshot file; "after" is another file or the audit the window shows. Copy puts the CLI's `diff` text on
/// the clipboard, so what the operator sees here and what a script sees there are the same lines.
class AuditDiffDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AuditDiffDialog(QWidget *parent = nullptr);
    ~AuditDiffDialog() override;

    /// The audit the window shows, offered as "after"; nullopt: none (only files can be compared).
    void setCurrentSnapshot(const std::optional<AuditSnapshot> &snapshot);
    void setBeforePath(const QString &path);
    void setAfterPath(const QString &path);

    /// Loads the chosen sides and shows their differences. False (and a message) if a file is unusable.
    bool compare();
    /// Shows the differences between two snapshots already in memory.
    void showDiff(const AuditDiff &diff);

    const AuditDiff &diff() const { return m_diff; }
    /// The CLI's `diff` text of what is shown, with the summary as the last line.
    QString diffText() const;

private:
    void browse(bool before);
    void fill();
    void copy();
    void updateButtons();

    std::unique_ptr<Ui::AuditDiffDialog> m_ui;
    QPushButton *m_copyButton = nullptr;
    std::optional<AuditSnapshot> m_current;
    AuditDiff m_diff;
    bool m_hasDiff = false;
};

} // namespace isb
