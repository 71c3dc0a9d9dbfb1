#include "SharePermissionPane.h"

#include "ui_SharePermissionPane.h"

#include "ColumnFitter.h"
#include "FindingRowDelegate.h"
#include "MessageBanner.h"
#include "PagerWidget.h"
#include "ShareGroupTableModel.h"
#include "SharedAccountFilterModel.h"
#include "SharedAccountTableModel.h"
#include "accounts/AccountBook.h"

#include <QHeaderView>
#include <QLineEdit>

namespace isb {

SharePermissionPane::SharePermissionPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SharePermissionPane>())
    , m_accounts(new SharedAccountTableModel(this))
    , m_accountsFilter(new SharedAccountFilterModel(this))
    , m_groups(new ShareGroupTableModel(this)) {
    m_ui->setupUi(this);
    m_accountsFilter->setSourceModel(m_accounts);
    m_ui->accountsView->setModel(m_accountsFilter);
    // Until the user picks a column, the service's order (the order of the pages) is kept.
    m_ui->accountsView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    connect(m_ui->accountsFilterEdit, &QLineEdit::textChanged, m_accountsFilter,
            &SharedAccountFilterModel::setFilterText);
    m_ui->groupsView->setModel(m_groups);
    // The label (a name instead of a bare ID) takes the room the ID, the time and the trust leave, so no
    // column stretches beside a cut-off one; in a narrow pane the time gives way first (its cells elide),
    // and every header stays whole (ColumnFitter).
    auto *columns =
        new ColumnFitter(m_ui->accountsView, SharedAccountTableModel::LabelColumn,
                         {SharedAccountTableModel::AliyunIdColumn, SharedAccountTableModel::LabelColumn,
                          SharedAccountTableModel::TrustColumn});
    columns->setLimits(SharedAccountTableModel::LabelColumn, 8, 0);
    columns->setLimits(SharedAccountTableModel::SharedTimeColumn, 10, 16);
    m_ui->groupsView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->groupsView->horizontalHeader()->setStretchLastSection(true);

    m_ui->everyoneBanner->setKind(MessageBanner::Kind::Warning);
    m_ui->everyoneBanner->setMessage(tr("Shared with every Alibaba Cloud account"),
                                     tr("This image is in the share group \"all\": anyone with an Alibaba "
                                        "Cloud account can create instances "
                                        "from it and read everything on its disks."));
    m_ui->everyoneBanner->hide();
    // One line each: two paragraphs left a 600-pixel window two rows of accounts.
    m_ui->everyoneBanner->setCompact(true);
    m_ui->untrustedBanner->setCompact(true);
    m_ui->untrustedBanner->setKind(MessageBanner::Kind::Warning);
    m_ui->untrustedBanner->hide();
    m_ui->accountsView->setItemDelegate(
        new FindingRowDelegate(-1, SharedAccountTableModel::UntrustedRole, m_ui->accountsView));
    // The book changes from the Label… dialog while the page is shown: the count follows it.
    connect(m_accounts, &QAbstractItemModel::dataChanged, this, &SharePermissionPane::updateUntrustedBanner);
    connect(m_accounts, &QAbstractItemModel::modelReset, this, &SharePermissionPane::updateUntrustedBanner);

    // The groups table holds one or two rows; the accounts get the room (sizes are relative weights).
    m_ui->shareSplitter->setStretchFactor(0, 4);
    m_ui->shareSplitter->setStretchFactor(1, 1);
    m_ui->shareSplitter->setSizes({4000, 1000});
    showNoImage();
}

SharePermissionPane::~SharePermissionPane() = default;

void SharePermissionPane::clearTables() {
    m_accounts->clear();
    m_groups->clear();
    m_ui->everyoneBanner->hide();
    m_ui->pager->reset();
}

void SharePermissionPane::showNoImage() {
    m_imageId.clear();
    clearTables();
    m_ui->titleLabel->setText(tr("No image selected"));
    m_ui->shareStatusLabel->setText(tr("Select an image to see who can launch it."));
}

void SharePermissionPane::clearForImage(const Image &image) {
    m_imageId = image.imageId;
    clearTables();
    m_ui->titleLabel->setText(
        image.imageName.isEmpty()
            ? image.imageId
            : tr("%1 (%2)", "image name (image ID)").arg(image.imageName, image.imageId));
    showLoading();
}

void SharePermissionPane::showLoading() {
    m_ui->shareStatusLabel->setText(tr("Loading…"));
}

void SharePermissionPane::showStatus(const QString &text) {
    m_ui->shareStatusLabel->setText(text);
}

void SharePermissionPane::showPage(const SharePermissionPage &page, bool allPages) {
    m_accounts->setAccounts(page.accounts);
    m_groups->setGroups(page.shareGroups);
    m_ui->everyoneBanner->setVisible(page.isSharedWithEveryone());

    QString status;
    if (page.totalCount == 0)
        status = tr("Not shared with any account.");
    else if (allPages || page.pageCount() <= 1)
        status = tr("Shared with %n account(s).", nullptr, page.totalCount);
    else {
        const int first = (page.pageNumber - 1) * page.pageSize + 1;
        const int last = first + int(page.accounts.size()) - 1;
        status =
            tr("Shared with %n account(s); showing %1–%2.", nullptr, page.totalCount).arg(first).arg(last);
    }
    m_ui->shareStatusLabel->setText(status);
    if (allPages)
        m_ui->pager->setPosition(1, 1);
    else
        m_ui->pager->setPosition(page.pageNumber, page.pageCount());
    updateUntrustedBanner();
}

void SharePermissionPane::setAccountBook(const AccountBook *book) {
    m_accounts->setAccountBook(book);
    updateUntrustedBanner();
}

MessageBanner *SharePermissionPane::untrustedBanner() const {
    return m_ui->untrustedBanner;
}

void SharePermissionPane::updateUntrustedBanner() {
    const int count = m_accounts->untrustedCount();
    m_ui->untrustedBanner->setVisible(count > 0);
    if (count == 0)
        return;
    // Counted on the rows shown: with several pages, the other pages are not known here.
    const bool onePage = m_ui->pager->pageCount() <= 1;
    m_ui->untrustedBanner->setMessage(
        tr("Shared with %n account(s) you have not marked as trusted", nullptr, count),
        onePage
            ? tr("Their rows are marked. Right-click an account and choose Label… to name it and mark it "
                 "as your own or trusted.")
            : tr("Counted on this page; check \"All pages\" to count every account. Right-click an account "
                 "and choose Label… to mark it."));
}

MessageBanner *SharePermissionPane::everyoneBanner() const {
    return m_ui->everyoneBanner;
}

void SharePermissionPane::setMakePrivateAction(QAction *action) {
    m_ui->everyoneBanner->setAction(action);
}

PagerWidget *SharePermissionPane::pager() const {
    return m_ui->pager;
}

QTableView *SharePermissionPane::accountsView() const {
    return m_ui->accountsView;
}

QSplitter *SharePermissionPane::splitter() const {
    return m_ui->shareSplitter;
}

} // namespace isb
