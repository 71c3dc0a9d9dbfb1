#include "ExportDialog.h"

#include "ui_ExportDialog.h"

#include "SettingsKeys.h"

#include <QPushButton>
#include <QSettings>

namespace isb {

namespace {

QString scopeName(ExportScope::Kind scope) {
    switch (scope) {
    case ExportScope::Kind::Page:
        return QStringLiteral("page");
    case ExportScope::Kind::Image:
        return QStringLiteral("image");
    case ExportScope::Kind::Region:
        return QStringLiteral("region");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>()) {
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("exportButton"));

    const QSettings settings;
    setFormat(settings.value(formatKey()).toString() == QLatin1String("json") ? ExportFormat::Json
                                                                              : ExportFormat::Csv);
    m_ui->bomCheck->setChecked(settings.value(byteOrderMarkKey(), false).toBool());

    for (QRadioButton *radio : {m_ui->csvRadio, m_ui->pageRadio, m_ui->imageRadio, m_ui->regionRadio})
        connect(radio, &QRadioButton::toggled, this, &ExportDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    updateState();
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::formatKey() {
    return SettingsKeys::exportFormat;
}

QString ExportDialog::byteOrderMarkKey() {
    return SettingsKeys::exportByteOrderMark;
}

QString ExportDialog::scopeKey() {
    return SettingsKeys::exportScope;
}

void ExportDialog::setContext(const QString &regionId, const QString &imageId, const QString &imageName,
                              int shownPage, int pageCount, int shownPageAccounts) {
    const QString image = imageName.isEmpty() ? imageId : tr("%1 (%2)").arg(imageName, imageId);
    const bool hasImage = !imageId.isEmpty();
    const bool hasPage = hasImage && shownPageAccounts >= 0;

    m_ui->pageRadio->setEnabled(hasPage);
    m_ui->pageRadio->setText(
        hasPage ? tr("The page shown: page %1 of %2, %n account(s)", nullptr, shownPageAccounts)
                      .arg(shownPage)
                      .arg(pageCount)
                : tr("The page shown"));
    m_ui->imageRadio->setEnabled(hasImage);
    m_ui->imageRadio->setText(hasImage ? tr("Every page of image %1").arg(image)
                                       : tr("Every page of an image"));
    m_ui->regionRadio->setEnabled(!regionId.isEmpty());
    m_ui->regionRadio->setText(tr("Every custom image in %1, with all pages").arg(regionId));

    // The remembered choice when it applies here, else the widest choice about the selected image.
    const QString remembered = QSettings().value(scopeKey()).toString();
    ExportScope::Kind scope = hasImage ? ExportScope::Kind::Image : ExportScope::Kind::Region;
    for (const ExportScope::Kind kind :
         {ExportScope::Kind::Page, ExportScope::Kind::Image, ExportScope::Kind::Region}) {
        if (scopeName(kind) == remembered && isScopeAvailable(kind))
            scope = kind;
    }
    setScope(scope);
    updateState();
}

bool ExportDialog::isScopeAvailable(ExportScope::Kind scope) const {
    switch (scope) {
    case ExportScope::Kind::Page:
        return m_ui->pageRadio->isEnabled();
    case ExportScope::Kind::Image:
        return m_ui->imageRadio->isEnabled();
    case ExportScope::Kind::Region:
        return m_ui->regionRadio->isEnabled();
    }
    return false;
}

ExportScope::Kind ExportDialog::scope() const {
    if (m_ui->pageRadio->isChecked())
        return ExportScope::Kind::Page;
    if (m_ui->imageRadio->isChecked())
        return ExportScope::Kind::Image;
    return ExportScope::Kind::Region;
}

void ExportDialog::setScope(ExportScope::Kind scope) {
    switch (scope) {
    case ExportScope::Kind::Page:
        m_ui->pageRadio->setChecked(true);
        break;
    case ExportScope::Kind::Image:
        m_ui->imageRadio->setChecked(true);
        break;
    case ExportScope::Kind::Region:
        m_ui->regionRadio->setChecked(true);
        break;
    }
}

ExportFormat ExportDialog::format() const {
    return m_ui->jsonRadio->isChecked() ? ExportFormat::Json : ExportFormat::Csv;
}

void ExportDialog::setFormat(ExportFormat format) {
    (format == ExportFormat::Json ? m_ui->jsonRadio : m_ui->csvRadio)->setChecked(true);
}

bool ExportDialog::byteOrderMark() const {
    return format() == ExportFormat::Csv && m_ui->bomCheck->isChecked();
}

void ExportDialog::updateState() {
    // The BOM is a CSV matter; JSON is always plain UTF-8 (RFC 8259 forbids a BOM).
    m_ui->bomCheck->setEnabled(m_ui->csvRadio->isChecked());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(isScopeAvailable(scope()));
}

void ExportDialog::accept() {
    QSettings settings;
    settings.setValue(formatKey(),
                      format() == ExportFormat::Json ? QStringLiteral("json") : QStringLiteral("csv"));
    settings.setValue(byteOrderMarkKey(), m_ui->bomCheck->isChecked());
    settings.setValue(scopeKey(), scopeName(scope()));
    QDialog::accept();
}

} // namespace isb
