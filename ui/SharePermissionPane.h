#pragma once

#include "EcsTypes.h"

#include <QWidget>

#include <memory>

class QAction;
class QSplitter;
class QTableView;

namespace Ui {
class SharePermissionPane;
}

namespace isb {

class AccountBook;
class MessageBanner;
class PagerWidget;
class SharedAccountFilterModel;
class SharedAccountTableModel;
class ShareGroupTableModel;

/// Who may launch one image: the accounts (a page at a time, or all), the share groups, the total, a pager,
/// and a warning banner that cannot be missed when the group `all` opens the image to every account.
/// It only displays; the window decides what to load and hands over the answers.
class SharePermissionPane final : public QWidget {
    Q_OBJECT
public:
    explicit SharePermissionPane(QWidget *parent = nullptr);
    ~SharePermissionPane() override;

    /// Nothing selected: empty tables and a hint.
    void showNoImage();
    /// A newly selected image: its title over empty tables, until its answer arrives.
    void clearForImage(const Image &image);
    /// The answer for the shown image.
    void showPage(const SharePermissionPage &page, bool allPages);
    /// Loading started before any answer for the image; the tables keep what they show.
    void showLoading();
    void showStatus(const QString &text);

    QString imageId() const { return m_imageId; }

    /// Labels and trust for the accounts; the untrusted ones are marked and counted in a banner.
    void setAccountBook(const AccountBook *book);
    MessageBanner *untrustedBanner() const;
    MessageBanner *everyoneBanner() const;
    /// The group-"all" banner offers `action` (the window's Make Private…).
    void setMakePrivateAction(QAction *action);

    PagerWidget *pager() const;
    QTableView *accountsView() const;
    QSplitter *splitter() const;
    SharedAccountTableModel *accountsModel() const { return m_accounts; }
    /// What the accounts view shows: the page, sorted and searched.
    SharedAccountFilterModel *accountsFilter() const { return m_accountsFilter; }
    ShareGroupTableModel *groupsModel() const { return m_groups; }

private:
    void clearTables();
    void updateUntrustedBanner();

    std::unique_ptr<Ui::SharePermissionPane> m_ui;
    SharedAccountTableModel *m_accounts = nullptr;
    SharedAccountFilterModel *m_accountsFilter = nullptr;
    ShareGroupTableModel *m_groups = nullptr;
    QString m_imageId;
};

} // namespace isb
