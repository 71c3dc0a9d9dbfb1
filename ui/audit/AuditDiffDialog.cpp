#include "AuditDiffDialog.h"
#include "ui_AuditDiffDialog.h"

#include "FindingRowDelegate.h"
#include "LabelAccountDialog.h"
#include "SharedAccountTableModel.h"
#include "accounts/AccountBook.h"
#include "accounts/Findings.h"

#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace isb {

namespace {

enum Column {
    ChangeColumn,
    RegionColumn,
    ImageIdColumn,
    ImageNameColumn,
    KindColumn,
    PrincipalColumn,
    LabelColumn,
    TrustColumn,
};
enum FindingColumn {
    FindingKindColumn,
    FindingRegionColumn,
    FindingImageIdColumn,
    FindingImageNameColumn,
    FindingPrincipalColumn,
    FindingLabelColumn,
    FindingTrustColumn,
    FindingColumnCount,
};
// Item data: the findings' colours (FindingRowDelegate) and the account ID "Label…" edits.
constexpr int kPublicRole = Qt::UserRole + 1;
constexpr int kUntrustedRole = Qt::UserRole + 2;
constexpr int kAccountIdRole = Qt::UserRole + 3;

QString changeText(const AuditDiff::ImageDiff &image) {
    if (image.regionNotAudited)
        return AuditDiffDialog::tr("Unknown (region in one snapshot only)");
    switch (image.change) {
    case AuditDiff::ImageChange::Unchanged:
        return AuditDiffDialog::tr("Unchanged");
    case AuditDiff::ImageChange::Changed:
        return AuditDiffDialog::tr("Grants changed");
    case AuditDiff::ImageChange::Added:
        return AuditDiffDialog::tr("Image added");
    case AuditDiff::ImageChange::Removed:
        return AuditDiffDialog::tr("Image removed");
    case AuditDiff::ImageChange::Unknown:
        return AuditDiffDialog::tr("Unknown (lookup failed)");
    }
    return {};
}

} // namespace

AuditDiffDialog::AuditDiffDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditDiffDialog>()) {
    m_ui->setupUi(this);
    m_copyButton = m_ui->buttonBox->addButton(tr("Cop&y as Text"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_ui->diffTree->header()->setStretchLastSection(true);
    m_ui->afterCurrentCheck->setEnabled(false);
    for (QTreeWidget *tree : {m_ui->findingsTree, m_ui->diffTree}) {
        tree->setItemDelegate(new FindingRowDelegate(kPublicRole, kUntrustedRole, tree));
        connect(tree, &QWidget::customContextMenuRequested, this,
                [this, tree](const QPoint &position) { showContextMenu(tree, position); });
    }
    m_ui->findingsLabel->hide();
    m_ui->findingsTree->hide();
    connect(m_ui->actionLabelAccount, &QAction::triggered, this, [this] {
        QTreeWidget *tree = m_ui->findingsTree->hasFocus() ? m_ui->findingsTree : m_ui->diffTree;
        const QTreeWidgetItem *item = tree->currentItem();
        const QString accountId = item ? item->data(0, kAccountIdRole).toString() : QString();
        if (m_book && !accountId.isEmpty())
            LabelAccountDialog::edit(m_book, accountId, this);
    });

    connect(m_ui->beforeBrowseButton, &QPushButton::clicked, this, [this] { browse(true); });
    connect(m_ui->afterBrowseButton, &QPushButton::clicked, this, [this] { browse(false); });
    connect(m_ui->compareButton, &QPushButton::clicked, this, &AuditDiffDialog::compare);
    connect(m_ui->showUnchangedCheck, &QCheckBox::toggled, this, &AuditDiffDialog::fill);
    connect(m_ui->afterCurrentCheck, &QCheckBox::toggled, this, &AuditDiffDialog::updateButtons);
    connect(m_ui->beforeEdit, &QLineEdit::textChanged, this, &AuditDiffDialog::updateButtons);
    connect(m_ui->afterEdit, &QLineEdit::textChanged, this, &AuditDiffDialog::updateButtons);
    connect(m_copyButton, &QPushButton::clicked, this, &AuditDiffDialog::copy);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->summaryLabel->setText(tr("Choose two snapshots and press Compare."));
    updateButtons();
}

AuditDiffDialog::~AuditDiffDialog() = default;

void AuditDiffDialog::setCurrentSnapshot(const std::optional<AuditSnapshot> &snapshot) {
    m_current = snapshot;
    m_ui->afterCurrentCheck->setEnabled(snapshot.has_value());
    m_ui->afterCurrentCheck->setChecked(snapshot.has_value());
    updateButtons();
}

void AuditDiffDialog::setAccountBook(AccountBook *book) {
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_book = book;
    // A new label or trust changes what is a finding, and the labels shown.
    if (book)
        connect(book, &AccountBook::changed, this, &AuditDiffDialog::fill);
    fill();
}

void AuditDiffDialog::markPrincipal(QTreeWidgetItem *item, int labelColumn, AuditRow::Kind kind,
                                    const QString &principal) const {
    if (!m_book)
        return;
    const bool account = kind == AuditRow::Kind::Account;
    if (account) {
        item->setText(labelColumn, AuditDiff::plainText(m_book->labelOf(principal)));
        item->setText(labelColumn + 1, SharedAccountTableModel::trustMark(int(m_book->trustOf(principal))));
        for (int column = 0; column < item->columnCount(); ++column)
            item->setData(column, kAccountIdRole, principal);
    }
    const std::optional<Finding::Kind> finding = Findings::kindOf(kind, principal, *m_book);
    for (int column = 0; column < item->columnCount(); ++column) {
        item->setData(column, kPublicRole, finding == Finding::Kind::Public);
        item->setData(column, kUntrustedRole, finding == Finding::Kind::Untrusted);
    }
}

void AuditDiffDialog::showContextMenu(QTreeWidget *tree, const QPoint &position) {
    const QTreeWidgetItem *item = tree->itemAt(position);
    if (!item || !m_book || item->data(0, kAccountIdRole).toString().isEmpty())
        return;
    tree->setCurrentItem(const_cast<QTreeWidgetItem *>(item));
    tree->setFocus(Qt::PopupFocusReason);
    QMenu menu(this);
    menu.addAction(m_ui->actionLabelAccount);
    menu.exec(tree->viewport()->mapToGlobal(position));
}

void AuditDiffDialog::setBeforePath(const QString &path) {
    m_ui->beforeEdit->setText(path);
}

void AuditDiffDialog::setAfterPath(const QString &path) {
    m_ui->afterEdit->setText(path);
    m_ui->afterCurrentCheck->setChecked(false);
}

void AuditDiffDialog::updateButtons() {
    const bool useCurrent = m_ui->afterCurrentCheck->isChecked();
    m_ui->afterEdit->setEnabled(!useCurrent);
    m_ui->afterBrowseButton->setEnabled(!useCurrent);
    m_ui->compareButton->setEnabled(!m_ui->beforeEdit->text().isEmpty() &&
                                    (useCurrent || !m_ui->afterEdit->text().isEmpty()));
    m_copyButton->setEnabled(m_hasDiff);
}

void AuditDiffDialog::browse(bool before) {
    QLineEdit *edit = before ? m_ui->beforeEdit : m_ui->afterEdit;
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose an Audit Snapshot"), edit->text(),
                                                      tr("Audit snapshots (*.json);;All files (*)"));
    if (!path.isEmpty())
        edit->setText(path);
}

bool AuditDiffDialog::compare() {
    const auto load = [this](const QString &path) -> std::optional<AuditSnapshot> {
        QString error;
        auto snapshot = AuditSnapshot::load(path, &error);
        if (!snapshot) {
            QMessageBox::warning(this, tr("Cannot Compare"),
                                 tr("%1 is not a readable audit snapshot.").arg(QFileInfo(path).fileName()),
                                 QMessageBox::Ok);
            m_ui->summaryLabel->setText(error);
        }
        return snapshot;
    };
    const auto before = load(m_ui->beforeEdit->text());
    if (!before)
        return false;
    std::optional<AuditSnapshot> after =
        m_ui->afterCurrentCheck->isChecked() ? m_current : load(m_ui->afterEdit->text());
    if (!after)
        return false;
    showDiff(AuditDiff::compare(*before, *after));
    return true;
}

void AuditDiffDialog::showDiff(const AuditDiff &diff) {
    m_diff = diff;
    m_hasDiff = true;
    fill();
    updateButtons();
}

void AuditDiffDialog::fillFindings() {
    QTreeWidget *tree = m_ui->findingsTree;
    tree->clear();
    const QList<Finding> findings = m_hasDiff && m_book ? m_diff.newFindings(*m_book) : QList<Finding>();
    m_ui->findingsLabel->setVisible(!findings.isEmpty());
    tree->setVisible(!findings.isEmpty());
    QList<QTreeWidgetItem *> items;
    for (const Finding &finding : findings) { // AuditDiff's order: public first, as the CLI lists them
        auto *item = new QTreeWidgetItem;
        const bool isPublic = finding.kind == Finding::Kind::Public;
        item->setText(FindingKindColumn, isPublic ? tr("! Public (new)") : tr("! Untrusted (new)"));
        item->setText(FindingRegionColumn, AuditDiff::plainText(finding.regionId));
        item->setText(FindingImageIdColumn, AuditDiff::plainText(finding.imageId));
        item->setText(FindingImageNameColumn, AuditDiff::plainText(finding.imageName));
        item->setText(FindingPrincipalColumn, AuditDiff::plainText(finding.principal));
        markPrincipal(item, FindingLabelColumn, isPublic ? AuditRow::Kind::Group : AuditRow::Kind::Account,
                      finding.principal);
        items.append(item);
    }
    tree->addTopLevelItems(items);
    for (int column = 0; column < FindingColumnCount; ++column)
        tree->resizeColumnToContents(column);
}

void AuditDiffDialog::fill() {
    QTreeWidget *tree = m_ui->diffTree;
    tree->clear();
    fillFindings();
    if (!m_hasDiff)
        return;
    const bool withUnchanged = m_ui->showUnchangedCheck->isChecked();
    // Removed grants in red with a minus, added ones in green with a plus: the colour is never the only cue.
    const QBrush removedBrush(QColor(0xb0, 0x1c, 0x1c));
    const QBrush addedBrush(QColor(0x1b, 0x6e, 0x20));
    QList<QTreeWidgetItem *> items;
    // A region only one side audited: whatever it holds is unknown, even when neither side lists an image.
    for (const QString &region : m_diff.regionsUnknown()) {
        auto *regionItem = new QTreeWidgetItem;
        regionItem->setText(ChangeColumn, tr("? Region unknown (audited in one snapshot only)"));
        regionItem->setText(RegionColumn, AuditDiff::plainText(region));
        items.append(regionItem);
    }
    for (const AuditDiff::ImageDiff &image : m_diff.images()) {
        if (image.change == AuditDiff::ImageChange::Unchanged && !withUnchanged)
            continue;
        auto *imageItem = new QTreeWidgetItem;
        imageItem->setText(ChangeColumn, changeText(image));
        imageItem->setText(RegionColumn, AuditDiff::plainText(image.regionId));
        imageItem->setText(ImageIdColumn, AuditDiff::plainText(image.imageId));
        imageItem->setText(ImageNameColumn, AuditDiff::plainText(image.imageName));
        QFont bold = imageItem->font(ChangeColumn);
        bold.setBold(true);
        imageItem->setFont(ChangeColumn, bold);
        const auto addGrants = [&](const QList<AuditDiff::Grant> &grants, const QString &marker,
                                   const QBrush *brush) {
            for (const AuditDiff::Grant &grant : grants) {
                auto *grantItem = new QTreeWidgetItem(imageItem);
                grantItem->setText(ChangeColumn, marker);
                grantItem->setText(RegionColumn, AuditDiff::plainText(image.regionId));
                grantItem->setText(ImageIdColumn, AuditDiff::plainText(image.imageId));
                grantItem->setText(KindColumn, AuditRow::kindName(grant.kind));
                grantItem->setText(PrincipalColumn, AuditDiff::plainText(grant.principal));
                if (brush) {
                    for (int column = 0; column <= TrustColumn; ++column)
                        grantItem->setForeground(column, *brush);
                }
                markPrincipal(grantItem, LabelColumn, grant.kind, grant.principal);
            }
        };
        addGrants(image.removed, tr("− removed"), &removedBrush);
        addGrants(image.added, tr("+ added"), &addedBrush);
        if (withUnchanged)
            addGrants(image.unchanged, tr("= unchanged"), nullptr);
        items.append(imageItem);
    }
    tree->addTopLevelItems(items);
    tree->expandAll();
    for (int column = 0; column < PrincipalColumn; ++column)
        tree->resizeColumnToContents(column);
    QString summary = m_diff.summary() + QLatin1Char(' ') + m_diff.period();
    if (m_diff.isEmpty())
        summary = tr("No grant was added or removed.") + QLatin1Char(' ') + summary;
    m_ui->summaryLabel->setText(summary);
}

QString AuditDiffDialog::diffText() const {
    return m_diff.reportText(m_book, m_ui->showUnchangedCheck->isChecked());
}

void AuditDiffDialog::copy() {
    if (m_hasDiff)
        QGuiApplication::clipboard()->setText(diffText());
}

} // namespace isb
