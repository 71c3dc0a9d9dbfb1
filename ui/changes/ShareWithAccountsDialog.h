#pragma once

#include "EcsTypes.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Ui {
class ShareWithAccountsDialog;
}

namespace isb {

class AccountBook;
class EcsClient;
class SharingPlan;

/// Share with Accounts…: one or many account IDs, pasted or typed, each checked and labeled (account book)
/// as it is typed; what the plan would refuse (not an account ID, the image's own account, more than 50
/// accounts) is shown before anything is sent. Accepting hands the IDs on to the plan dialog, which reads
/// the image again and asks for confirmation.
class ShareWithAccountsDialog final : public QDialog {
    Q_OBJECT
public:
    /// `current` is what the window shows of the image; unless it holds every page, the dialog reads every
    /// page with `client` first, so that "already shared" and the 50-account limit count them all.
    ShareWithAccountsDialog(EcsClient *client, const Image &image, const SharePermissionPage &current,
                            bool currentIsComplete, const QString &ownerAccountId, const AccountBook *book,
                            QWidget *parent = nullptr);
    ~ShareWithAccountsDialog() override;

    /// The accounts to share with: the typed ones the image is not shared with yet.
    QStringList accountsToAdd() const { return m_toAdd; }
    /// Each typed ID's line in the list, as shown.
    QStringList lines() const;
    bool canShare() const;

    QPlainTextEdit *idsEdit() const;
    QListWidget *accountsList() const;
    QPushButton *shareButton() const;

private:
    void validate();

    std::unique_ptr<Ui::ShareWithAccountsDialog> m_ui;
    Image m_image;
    SharePermissionPage m_current;
    bool m_currentKnown = false;
    QString m_ownerAccountId;
    QPointer<const AccountBook> m_book;
    QStringList m_toAdd;
};

} // namespace isb
