#pragma once

#include "ImportResult.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>

class QPushButton;
class QTreeWidgetItem;

namespace Ui {
class ImportCredentialsDialog;
}

namespace isb {

/// Shows what the aliyun CLI and SDK credential files hold and lets the user tick the profiles to copy
/// into the keychain, under a name they can change. Pressing "Copy to Keychain" is the confirmation; the
/// caller does the copying (the dialog only reads, and never touches the source files).
///
/// The dialog says plainly that the source files keep their secrets in plain text and are left as they
/// are: removing them is the user's decision, not a side effect of an import.
class ImportCredentialsDialog final : public QDialog {
    Q_OBJECT
public:
    /// `sources`: one importer result per file (found or not). `existingNames`: the saved and session
    /// profiles, so that a profile that would replace one is marked and not ticked by default.
    ImportCredentialsDialog(const QList<ImportResult> &sources, const QStringList &existingNames,
                            QWidget *parent = nullptr);
    ~ImportCredentialsDialog() override;

    /// The ticked profiles, each renamed to what the "Save As" column says.
    QList<ImportedProfile> chosenProfiles() const;

    /// A name the profile store accepts, made from a source file's profile name.
    static QString suggestedName(const QString &sourceName);

protected:
    void done(int result) override;

private:
    void addSource(const ImportResult &source, QStringList &usedNames);
    void validate();

    std::unique_ptr<Ui::ImportCredentialsDialog> m_ui;
    QStringList m_existingNames;
    QPushButton *m_copyButton = nullptr;
    /// Indexed by the row's Qt::UserRole; holds secrets in memory until the dialog is done.
    QList<ImportedProfile> m_candidates;
    QStringList m_candidateFiles; // the file each candidate comes from, by the same index
};

} // namespace isb
