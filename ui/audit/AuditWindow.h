#pragma once

#include "Credentials.h"
#include "EcsClient.h"
#include "LatestCall.h"
#include "accounts/AccountBook.h"
#include "audit/AuditSnapshot.h"
#include "audit/AuditTypes.h"
#include "changes/SharingChangeRunner.h"
#include "changes/SharingPlan.h"
#include "export/ExportError.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace Ui {
class AuditWindow;
}

namespace isb {

class AuditDiffDialog;
class ChangeLauncher;
class AuditFilterModel;
class AuditRunner;
class OrganisationAudit;
struct OrganisationAccount;
struct OrganisationOptions;
class AuditTableModel;

/// Tools > Audit All Regions: every custom image of the chosen regions and everyone who may launch it, in
/// one table (AuditTableModel behind AuditFilterModel), with the one-click answers an operator needs:
/// images shared with everyone (highlighted, counted in a banner), which images an account can launch,
/// images shared with more than N accounts, filters by region and name or ID.
///
/// The audit runs in AuditRunner on the window's thread; its rows arrive in batches, so the window stays
/// responsive however many there are. Cancelling or a failing lookup keeps what was found; failed lookups
/// are listed with the service's Code, Message and RequestId and can be retried. An audit can be saved as
/// a snapshot, a snapshot opened again, two compared (AuditDiffDialog), and the shown rows exported as CSV
/// or JSON with the same writers as image-share-cli (AuditExport).
class AuditWindow final : public QMainWindow {
    Q_OBJECT
public:
    /// `options` and `credentials` are the main window's at the time it was opened.
    AuditWindow(const ClientOptions &options, const Credentials &credentials, QWidget *parent = nullptr);
    ~AuditWindow() override;

    AuditRunner *runner() const { return m_runner; }
    /// The audit of every account of the caller's Resource Directory (scope "Every account…").
    OrganisationAudit *organisationAudit() const { return m_organisation; }
    /// The scope Start audits: this account, or every account of the Resource Directory (with the role
    /// name and ExternalId given; empty: the defaults).
    bool isOrganisationScope() const;
    void setOrganisationScope(bool organisation, const QString &roleName = {},
                              const QString &externalId = {});
    /// One line per account of an organisation audit: where it stands.
    QString accountProgressText() const;
    AuditTableModel *auditModel() const { return m_model; }
    AuditFilterModel *filterModel() const { return m_filter; }
    /// What the table shows as a snapshot: the opened file, or the last audit; nullopt before either.
    std::optional<AuditSnapshot> currentSnapshot() const;
    /// Images of the shown audit shared with group "all".
    int sharedWithEveryoneCount() const { return int(m_everyoneImages.size()); }
    /// Regions the region list offers (after DescribeRegions answered).
    QStringList offeredRegions() const;
    /// Checked regions; empty when every region is checked (the audit then asks DescribeRegions itself).
    QStringList selectedRegions() const;
    void setSelectedRegions(const QStringList &regionIds);

public Q_SLOTS:
    /// Fills the region list with DescribeRegions; called once when the window opens.
    void loadRegions();
    void startAudit();
    void cancelAudit();
    void retryFailed();
    /// Loads a snapshot into the table (replacing what is shown). False, with a message, on error.
    bool openSnapshot(const QString &path);
    bool saveSnapshot(const QString &path);
    /// The rows the table shows (filters applied, in view order). The error's kind is None on success.
    ExportError exportCsv(const QString &path);
    ExportError exportJson(const QString &path);
    /// Opens the comparison dialog, with the shown audit offered as "after".
    AuditDiffDialog *showCompareDialog();
    /// Ctrl+C: the selected rows as tab-separated text, in the columns' visible order.
    void copySelection();

    /// Labels and trust for the accounts, and what is a finding; without one, an empty book (only public
    /// grants are findings). Not owned; the main window's.
    void setAccountBook(AccountBook *book);
    AccountBook *accountBook() const { return m_book; }
    /// The profile the journal names for changes made here (the main window's at the time).
    void setProfileName(const QString &name) { m_profileName = name; }

    /// Sharing > Revoke Selected Grants…, Revoke This Account Everywhere…, Revoke All Untrusted Grants…,
    /// Make Selected Images Private…: each opens the plan dialog; once applied the table shows the state
    /// read again.
    void revokeSelectedGrants();
    void revokeAccountEverywhere();
    void revokeUntrustedGrants();
    void makeSelectedImagesPrivate();

Q_SIGNALS:
    /// The region list is filled (or DescribeRegions failed).
    void regionsLoaded();
    /// The user asked to see this image in the main window (double-click on a row).
    void openImageRequested(const QString &regionId, const QString &imageId);
    /// A sharing change made here was applied and journaled (the main window reads its image again).
    void sharingApplied(const QList<isb::ImageChangeOutcome> &outcomes);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpView();
    void setUpActions();
    void restoreSettings();
    void saveSettings() const;

    void onRegionsFinished(RegionsCall *call);
    void onRowsAdded(const QList<AuditRow> &rows);
    void onProgress(const AuditProgress &progress);
    void onFailureAdded(const AuditFailure &failure);
    void onAuditFinished();
    bool isAuditing() const;
    /// The last run was an organisation's: its results are the ones shown.
    bool showsOrganisation() const { return m_organisationRun && !m_openedSnapshot; }
    void setUpScope();
    /// The role name and ExternalId typed in the scope fields.
    OrganisationOptions organisationOptions() const;
    void updateAccountProgress();
    void addFailureItem(const AuditFailure &failure);
    void showRows(const QList<AuditRow> &rows);
    void clearResults();
    void noteRegions(const QList<AuditRow> &rows);
    void applyAccountLookup();
    void clearFilters();
    void fitColumns();
    /// The region list as wide as its longest entry, within limits, unless the user placed the splitter.
    void fitRegionsPanel();
    void updateBanner();
    void updateFindingsBanner();
    void updateCounts();
    /// Rows list images while an image filter (everyone, more than N) is on: those count images.
    void updateRowsPerImage();
    void openRow(const QModelIndex &index);
    void showTableMenu(const QPoint &position);
    void updateActions();
    void updateSharingActions();
    /// The source rows of the selection (the current row when nothing is selected) that the caller's
    /// credentials may change (AuditChanges::ownedBy): in an organisation audit, members' images are left
    /// to the members' own credentials (a role profile).
    QList<AuditRow> selectedAuditRows() const;
    QString callerAccountId() const;
    void openPlanDialog(const QString &action, const QList<isb::SharingRequest> &requests);
    void onSharingApplied(const QList<isb::ImageChangeOutcome> &outcomes);
    void updateFailuresBox();
    QList<AuditRow> shownRows() const;
    void chooseAndSaveSnapshot();
    void chooseAndOpenSnapshot();
    void chooseAndExport(bool json);
    void reportExportError(const ExportError &error);

    std::unique_ptr<Ui::AuditWindow> m_ui;
    ClientOptions m_options;
    Credentials m_credentials;
    EcsClient *m_client = nullptr;
    LatestCall m_regionsCall;
    AuditRunner *m_runner = nullptr;
    OrganisationAudit *m_organisation = nullptr;
    bool m_organisationRun = false;
    QComboBox *m_scopeCombo = nullptr;
    QLineEdit *m_roleNameEdit = nullptr;
    QLineEdit *m_externalIdEdit = nullptr;
    QLabel *m_accountsLabel = nullptr;
    AuditTableModel *m_model = nullptr;
    AuditFilterModel *m_filter = nullptr;
    QPointer<AuditDiffDialog> m_diffDialog;
    QPointer<AccountBook> m_book;
    ChangeLauncher *m_changes = nullptr; // every sharing change of the window starts here
    QString m_profileName;
    QTimer *m_findingsTimer = nullptr;

    std::optional<AuditSnapshot> m_openedSnapshot;
    QString m_openedPath;
    QSet<QString> m_everyoneImages; // "region/imageId"
    QSet<QString> m_rowRegions;     // regions with at least one row, for the region filter
    bool m_columnsFromSettings = false;
    bool m_firstBatchFitted = false;
    bool m_regionsPanelPlaced = false; // restored from the settings, or dragged by the user
};

} // namespace isb
