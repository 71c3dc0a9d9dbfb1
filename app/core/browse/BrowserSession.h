#pragma once

#include "Credentials.h"
#include "EcsClient.h"
#include "EcsError.h"
#include "EcsTypes.h"
#include "LatestCall.h"

#include <QMap>
#include <QObject>

#include <functional>
#include <tuple>

namespace isb {

class ImageTableModel;
class RegionListModel;

/// What the browser shows and loads, without a widget: the client and the profile in use, the region
/// and its images, the selected image and its share permissions a page at a time. A window observes it
/// and hands it the user's choices; the tests drive it without a display.
///
/// Every load goes through one LatestCall per kind (regions, images, share permission): a newer request of
/// a kind cancels the older one, so whatever order the network answers in, what the session holds is the
/// answer for the latest choice. The share permission page *shown* (shownPage()) is kept apart from the
/// page *requested* (requestedPage()): until an answer arrives, or after the load is cancelled, the page
/// shown is still the previous one, and a view that describes it never claims rows it does not show.
/// Pages already fetched for the selected image are served again from memory until refresh(), or until
/// another image, region or profile is chosen.
class BrowserSession final : public QObject {
    Q_OBJECT
public:
    /// The kinds of load, each with its own LatestCall.
    enum class Load { Regions, Images, SharePermission };
    Q_ENUM(Load)
    /// Whose images the list shows: the account's own custom images, or the images other accounts share
    /// with it (DescribeImages' ImageOwnerAlias self / others; Image::imageOwnerId names the owner).
    enum class ImageOwner { Self, Others };
    Q_ENUM(ImageOwner)

    explicit BrowserSession(const ClientOptions &options = {}, QObject *parent = nullptr);
    ~BrowserSession() override;

    EcsClient *client() const { return m_client; }
    RegionListModel *regions() const { return m_regions; }
    ImageTableModel *images() const { return m_images; }

    // ---- Credentials ----
    /// The profile whose credentials are in use; empty until one is used (setCredentials() names none).
    QString profileName() const { return m_profileName; }
    /// Uses the credentials of profile `name`, preferring its default region, and loads everything again.
    /// Another profile than the one in use clears what the previous account showed first.
    void useProfile(const QString &name, const Credentials &credentials, const QString &regionId = {});
    /// Uses these credentials from now on and loads everything again.
    void setCredentials(const Credentials &credentials);
    /// The account of the credentials in use (STS GetCallerIdentity), asked whenever they change; empty
    /// until it answers or when it failed (the window then shows the profile and endpoint only).
    QString callerAccountId() const { return m_callerAccountId; }
    /// DescribeRegions' AcceptLanguage, from the interface language.
    void setAcceptLanguage(const QString &acceptLanguage) { m_acceptLanguage = acceptLanguage; }

    // ---- Region ----
    QString regionId() const { return m_regionId; }
    /// Used when neither the region in use nor the profile's default region is listed: the last one used.
    void setRememberedRegion(const QString &regionId) { m_rememberedRegionId = regionId; }
    /// The user's choice of region: its images load, the image selected in the old one is forgotten.
    void selectRegion(const QString &regionId);

    // ---- Images ----
    ImageOwner imageOwner() const { return m_imageOwner; }
    /// Lists the other kind of images of the region in use; the selected image is forgotten. Before a
    /// region is active (start-up) the choice is only kept for the first listing.
    void setImageOwner(ImageOwner owner);
    /// Whether the selected image's share permissions can be read. Only an image's owner may ask
    /// DescribeImageSharePermission (another account's image "does not exist" for it), so images shared
    /// with the caller load no share permission page at all.
    bool canReadPermissions() const { return m_imageOwner == ImageOwner::Self; }
    /// Whether the last listing of the region's images ended (not cancelled or failed midway).
    bool imagesComplete() const { return m_imagesComplete; }
    /// Selected as soon as it is listed (the remembered image at start); the user's choice wins over it.
    void setWantedImage(const QString &imageId) { m_wantedImageId = imageId; }
    QString selectedImageId() const { return m_selectedImageId; }
    /// The selected image as listed; only its id when it is not (yet) in the list.
    Image selectedImage() const;
    /// The user's choice of image (empty: none). Its first page loads, or is shown again from memory.
    void selectImage(const QString &imageId);
    /// Shows `imageId` of `regionId` (the audit window's double-click): the region is switched to if
    /// needed, and the image is selected as soon as it is listed.
    void openImage(const QString &regionId, const QString &imageId);

    // ---- Share permission pages ----
    /// The page asked for last; equals shownPage().pageNumber once its answer is shown.
    int requestedPage() const { return m_requestedPage; }
    int pageSize() const { return m_pageSize; }
    bool allPages() const { return m_allPages; }
    /// Another page of the selected image; page sizes and "all pages" start again from the first page.
    void requestPage(int pageNumber);
    void setPageSize(int pageSize);
    void setAllPages(bool allPages);
    /// Whether a page of the selected image is shown; false for a new image until its answer arrives.
    bool hasShownPage() const { return m_hasShownPage; }
    /// The rows on screen: the last answer shown for the selected image.
    const SharePermissionPage &shownPage() const { return m_shownPage; }
    /// Whether shownPage() holds every page merged.
    bool shownAllPages() const { return m_shownAllPages; }

    // ---- Commands ----
    /// The region list if it is missing, else the images and the selected image's share permissions,
    /// read again from the service (pages kept in memory are forgotten).
    void refresh();
    /// The selected image's share permissions read again (after a sharing change), the image list kept.
    void reloadSharePermission();
    /// Stops every load in flight; what is shown stays, and the requested page goes back to the shown one.
    void cancel();

    // ---- Busy state ----
    bool isBusy() const;
    bool isLoading(Load load) const { return slot(load).isActive(); }
    /// What is loading, e.g. "Loading the images of cn-hangzhou: page 2 of 5…", joined for every kind.
    QString activity() const;
    /// Progress of a load that fetches several pages; total 0 when unknown.
    int progressDone() const;
    int progressTotal() const;
    /// The last idle status, e.g. "12 custom images in cn-hangzhou."
    QString status() const { return m_status; }

    // ---- Errors ----
    /// The last failure of a load (empty when none) and what it tells the user.
    const EcsError &lastError() const { return m_lastError; }
    QString lastFailure() const { return m_lastFailure; }
    bool canRetry() const { return bool(m_retry); }
    /// What retrying the last failure does; empty when it cannot be retried. A copy stays valid after
    /// later failures, and does nothing if the choice it was for has changed since.
    std::function<void()> retryAction() const { return m_retry; }
    void retry();

Q_SIGNALS:
    /// callerAccountId() changed.
    void callerAccountChanged(const QString &accountId);
    /// The region list was replaced.
    void regionsChanged();
    /// The region in use changed (or was activated again after the list was read).
    void regionChanged(const QString &regionId);
    /// The image list was replaced or grew, or imagesComplete() changed.
    void imagesChanged();
    /// The selected image changed, or the session selected it again after the list was reset: a view
    /// selects its row. Empty: nothing selected.
    void imageSelected(const QString &imageId);
    /// shownPage() or hasShownPage() changed, or the selected image did.
    void permissionsChanged();
    /// isBusy() flipped.
    void busyChanged(bool busy);
    /// activity() or the progress changed.
    void activityChanged();
    void progressChanged(int done, int total);
    /// A new idle status.
    void statusChanged(const QString &status);
    /// A load failed; `retryAvailable` when retry() would try it again.
    void failed(const QString &failure, const isb::EcsError &error, bool retryAvailable);
    /// The RequestId of the last answer, for the status bar (support asks for it).
    void requestIdSeen(const QString &requestId);
    /// The selected image no longer exists (deleted since it was listed); it was removed from the list.
    void imageVanished(const QString &imageId);
    /// cancel() stopped loads; `sharePermission` when a share permission page was among them.
    void loadCancelled(bool sharePermission);

private:
    using PageKey = std::tuple<int, int, bool>; // page number, page size, all pages

    void loadCallerIdentity();
    void forgetCallerIdentity();
    LatestCall &slot(Load load);
    const LatestCall &slot(Load load) const;
    void startCall(Load load, EcsCall *call, const QString &description);
    void fail(const QString &failure, const EcsError &error, std::function<void()> retry);
    void setStatus(const QString &status);
    void noteRequestId(const EcsCall *call);
    void activityUpdated();

    void loadRegions();
    void onRegionsFinished(RegionsCall *call);
    void activateRegion(const QString &regionId);
    void loadImages();
    void fetchImagePage(int pageNumber);
    void onImagePageFinished(ImagesCall *call, int pageNumber);
    void selectWantedImage();
    void setSelectedImage(const QString &imageId);
    void clearPages();
    void showPageOrLoad();
    void loadSharePermission();
    void onSharePermissionFinished(SharePermissionCall *call, const SharePermissionQuery &query);
    void showPage(const SharePermissionPage &page, bool allPages);
    void dropVanishedImage(const QString &imageId);

    EcsClient *m_client = nullptr;
    RegionListModel *m_regions = nullptr;
    ImageTableModel *m_images = nullptr;

    LatestCall m_regionsCall;
    LatestCall m_imagesCall;
    LatestCall m_shareCall;
    bool m_busy = false;

    QString m_profileName;
    QString m_callerAccountId;
    LatestCall m_identityCall; // not a Load: it shows no activity and its failure is no error dialog
    QString m_acceptLanguage = QStringLiteral("en-US");
    /// The profile's default region, preferred over the remembered one after a switch.
    QString m_preferredRegionId;
    QString m_rememberedRegionId;
    QString m_regionId;
    bool m_imagesComplete = false;
    ImageOwner m_imageOwner = ImageOwner::Self;
    QString m_wantedImageId;
    QString m_selectedImageId;

    int m_requestedPage = 1;
    int m_pageSize = 10;
    bool m_allPages = false;
    SharePermissionPage m_shownPage;
    bool m_hasShownPage = false;
    bool m_shownAllPages = false;
    /// Pages of the selected image already fetched, by what was asked.
    QMap<PageKey, SharePermissionPage> m_pages;

    QString m_status;
    EcsError m_lastError;
    QString m_lastFailure;
    std::function<void()> m_retry;
};

} // namespace isb
