#pragma once

#include "export/ExportJob.h"

#include <QDialog>
#include <QString>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace isb {

/// Asks what to export (the page shown, every page of the image, or every custom image of the region) and
/// in which format (CSV, optionally with a BOM for Excel, or JSON). The format and the BOM choice are
/// remembered in QSettings when the dialog is accepted. ExportController runs the export itself.
class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// What the window shows. An empty `imageId` offers the region only; `shownPageAccounts` < 0 means no
    /// share permission page is loaded (the "page shown" choice is then disabled).
    void setContext(const QString &regionId, const QString &imageId, const QString &imageName, int shownPage,
                    int pageCount, int shownPageAccounts);

    ExportScope::Kind scope() const;
    void setScope(ExportScope::Kind scope);
    ExportFormat format() const;
    void setFormat(ExportFormat format);
    bool byteOrderMark() const;

    void accept() override;

    /// QSettings keys, shared with ExportController and the tests.
    static QString formatKey();
    static QString byteOrderMarkKey();
    static QString scopeKey();

private:
    void updateState();
    bool isScopeAvailable(ExportScope::Kind scope) const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
};

} // namespace isb
