#include "BrowserSession.h"

#include "ImageTableModel.h"
#include "RegionListModel.h"

#include <QLoggingCategory>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcBrowse, "isb.browse")

namespace isb {

namespace {

// DescribeImages allows up to 100; 50 keeps each answer quick, so progress shows early on big accounts.
constexpr int kImagePageSize = 50;

} // namespace

BrowserSession::BrowserSession(const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(new EcsClient(options, this))
    , m_regions(new RegionListModel(this))
    , m_images(new ImageTableModel(this)) {}

BrowserSession::~BrowserSession() {
    // Before the client goes: nothing may deliver into a half-destroyed session.
    m_shareCall.cancel();
    m_imagesCall.cancel();
    m_regionsCall.cancel();
    m_identityCall.cancel();
}

// ---- Calls and busy state ----

LatestCall &BrowserSession::slot(Load load) {
    switch (load) {
    case Load::Regions:
        return m_regionsCall;
    case Load::Images:
        return m_imagesCall;
    case Load::SharePermission:
        break;
    }
    return m_shareCall;
}

const LatestCall &BrowserSession::slot(Load load) const {
    return const_cast<BrowserSession *>(this)->slot(load);
}

void BrowserSession::startCall(Load load, EcsCall *call, const QString &description) {
    LatestCall &latest = slot(load);
    latest.start(call, description);
    connect(call, &EcsCall::retrying, this,
            [this, &latest, call, description](const EcsError &error, int attempt) {
                if (!latest.isCurrent(call))
                    return;
                latest.setDescription(
                    tr("%1 (retry %2 after %3)").arg(description).arg(attempt).arg(error.shortCode()));
                activityUpdated();
            });
    activityUpdated();
}

bool BrowserSession::isBusy() const {
    return m_regionsCall.isActive() || m_imagesCall.isActive() || m_shareCall.isActive();
}

QString BrowserSession::activity() const {
    QStringList loading;
    for (const LatestCall *latest : {&m_regionsCall, &m_imagesCall, &m_shareCall}) {
        if (latest->isActive())
            loading << latest->description();
    }
    return loading.join(QStringLiteral(" · "));
}

int BrowserSession::progressDone() const {
    for (const LatestCall *latest : {&m_shareCall, &m_imagesCall, &m_regionsCall}) {
        if (latest->isActive() && latest->progressTotal() > 0)
            return latest->progressDone();
    }
    return 0;
}

int BrowserSession::progressTotal() const {
    for (const LatestCall *latest : {&m_shareCall, &m_imagesCall, &m_regionsCall}) {
        if (latest->isActive() && latest->progressTotal() > 0)
            return latest->progressTotal();
    }
    return 0;
}

void BrowserSession::activityUpdated() {
    Q_EMIT activityChanged();
    Q_EMIT progressChanged(progressDone(), progressTotal());
    const bool busy = isBusy();
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

void BrowserSession::setStatus(const QString &status) {
    m_status = status;
    Q_EMIT statusChanged(status);
}

void BrowserSession::noteRequestId(const EcsCall *call) {
    const QString requestId = call->lastRequestId();
    if (!requestId.isEmpty())
        Q_EMIT requestIdSeen(requestId);
}

void BrowserSession::fail(const QString &failure, const EcsError &error, std::function<void()> retry) {
    m_lastFailure = failure;
    m_lastError = error;
    m_retry = std::move(retry);
    qCWarning(lcBrowse).noquote() << failure << EcsError::kindName(error.kind) << error.code;
    Q_EMIT failed(failure, error, bool(m_retry));
}

void BrowserSession::retry() {
    if (const std::function<void()> action = m_retry)
        action();
}

// ---- Credentials ----

void BrowserSession::useProfile(const QString &name, const Credentials &credentials,
                                const QString &regionId) {
    const bool switching = !m_profileName.isEmpty() && m_profileName != name;
    m_profileName = name;
    m_preferredRegionId = regionId;
    if (switching) {
        // Another account: nothing of the previous one may stay on screen while the new one loads.
        m_images->clear();
        m_wantedImageId.clear();
        setSelectedImage({});
        Q_EMIT imagesChanged();
    }
    if (!m_preferredRegionId.isEmpty())
        m_regionId.clear(); // the profile's default region, once the regions are in
    setCredentials(credentials);
}

void BrowserSession::setCredentials(const Credentials &credentials) {
    m_client->setCredentials(credentials);
    forgetCallerIdentity();
    loadRegions();
}

void BrowserSession::forgetCallerIdentity() {
    m_identityCall.cancel();
    if (!m_callerAccountId.isEmpty()) {
        m_callerAccountId.clear(); // the old account is not the new credentials' until STS says so
        Q_EMIT callerAccountChanged({});
    }
}

void BrowserSession::loadCallerIdentity() {
    CallerIdentityCall *call = m_client->getCallerIdentity();
    connect(call, &EcsCall::finished, this, [this, call] {
        if (!m_identityCall.finish(call))
            return;
        // A failure (a policy without sts:GetCallerIdentity, an endpoint without STS) only leaves the
        // account unnamed: browsing does not depend on it.
        if (call->error().isError() || call->result().accountId.isEmpty())
            return;
        m_callerAccountId = call->result().accountId;
        Q_EMIT callerAccountChanged(m_callerAccountId);
    });
    m_identityCall.start(call);
}

// ---- Regions ----

void BrowserSession::loadRegions() {
    m_imagesCall.cancel();
    m_shareCall.cancel();
    RegionsCall *call = m_client->describeRegions(m_acceptLanguage);
    connect(call, &EcsCall::finished, this, [this, call] { onRegionsFinished(call); });
    startCall(Load::Regions, call, tr("Loading regions…"));
}

void BrowserSession::onRegionsFinished(RegionsCall *call) {
    if (!m_regionsCall.finish(call))
        return;
    noteRequestId(call);
    // Busy goes on into the image list: the activity is updated once the next load has started.
    if (call->error().isError()) {
        activityUpdated();
        setStatus(tr("Could not load the regions."));
        fail(tr("Could not load the list of regions."), call->error(), [this] { loadRegions(); });
        return;
    }
    // Asked once the credentials have worked, so that it never races the region list a user waits for.
    if (m_callerAccountId.isEmpty() && !m_identityCall.isActive())
        loadCallerIdentity();

    // The region shown, else the profile's default region (ALIBABA_CLOUD_REGION_ID for the environment
    // profile), else the one remembered from last time, else cn-hangzhou, else the first.
    m_regions->setRegions(call->result());
    int row = -1;
    for (const QString &wanted :
         {m_regionId, m_preferredRegionId, m_rememberedRegionId, QStringLiteral("cn-hangzhou")}) {
        if (!wanted.isEmpty() && (row = m_regions->rowOf(wanted)) >= 0)
            break;
    }
    if (row < 0 && m_regions->rowCount() > 0)
        row = 0;
    Q_EMIT regionsChanged();
    if (row < 0) {
        activityUpdated();
        setStatus(tr("This account sees no regions."));
        return;
    }
    activateRegion(m_regions->regionIdAt(row));
}

void BrowserSession::selectRegion(const QString &regionId) {
    if (regionId.isEmpty() || regionId == m_regionId || m_regions->rowOf(regionId) < 0)
        return;
    m_wantedImageId.clear(); // the remembered image belongs to the region left behind
    activateRegion(regionId);
}

void BrowserSession::openImage(const QString &regionId, const QString &imageId) {
    if (imageId.isEmpty() || m_regions->rowOf(regionId) < 0)
        return;
    if (regionId == m_regionId && m_images->rowOf(imageId) >= 0) {
        selectImage(imageId);
        return;
    }
    if (regionId != m_regionId)
        selectRegion(regionId); // forgets the old region's wanted image, so set ours after it
    m_wantedImageId = imageId;
}

void BrowserSession::activateRegion(const QString &regionId) {
    m_imagesCall.cancel();
    m_shareCall.cancel();
    if (regionId == m_regionId && m_wantedImageId.isEmpty())
        m_wantedImageId = m_selectedImageId; // the same region again: keep looking at the same image
    m_regionId = regionId;
    m_images->clear();
    setSelectedImage({});
    Q_EMIT regionChanged(regionId);
    Q_EMIT imagesChanged();
    loadImages();
}

// ---- Images ----

void BrowserSession::setImageOwner(ImageOwner owner) {
    if (owner == m_imageOwner)
        return;
    m_imageOwner = owner;
    if (m_regionId.isEmpty())
        return;
    m_imagesCall.cancel();
    m_wantedImageId.clear(); // an image of the other list is not in this one
    m_images->clear();
    setSelectedImage({});
    Q_EMIT imagesChanged();
    loadImages();
}

void BrowserSession::loadImages() {
    m_imagesComplete = false;
    fetchImagePage(1);
}

void BrowserSession::fetchImagePage(int pageNumber) {
    ImageQuery query;
    query.regionId = m_regionId;
    query.pageNumber = pageNumber;
    query.pageSize = kImagePageSize;
    if (m_imageOwner == ImageOwner::Others)
        query.ownerAlias = QStringLiteral("others");
    // DescribeImages lists only Available images unless asked; the browser shows every custom image.
    query.statuses = Image::allStatuses();
    ImagesCall *call = m_client->describeImages(query);
    connect(call, &EcsCall::finished, this,
            [this, call, pageNumber] { onImagePageFinished(call, pageNumber); });

    const int knownPages =
        pageNumber == 1 ? 0 : std::max(pageNumber, (m_images->rowCount() + kImagePageSize) / kImagePageSize);
    const QString description =
        m_imageOwner == ImageOwner::Others
            ? tr("Loading the images shared with you in %1: page %2…").arg(m_regionId).arg(pageNumber)
        : pageNumber == 1 ? tr("Loading the images of %1…").arg(m_regionId)
                          : tr("Loading the images of %1: page %2…").arg(m_regionId).arg(pageNumber);
    startCall(Load::Images, call, description);
    m_imagesCall.setProgress(pageNumber - 1, knownPages);
    activityUpdated();
}

void BrowserSession::onImagePageFinished(ImagesCall *call, int pageNumber) {
    if (!m_imagesCall.finish(call))
        return;
    noteRequestId(call);
    if (call->error().isError()) {
        activityUpdated();
        Q_EMIT imagesChanged(); // "list incomplete"
        setStatus(tr("Could not load the images of %1.").arg(m_regionId));
        fail(tr("Could not load the images of %1.").arg(m_regionId), call->error(),
             [this, region = m_regionId, pageNumber] {
                 if (region == m_regionId)
                     fetchImagePage(pageNumber);
             });
        return;
    }

    const ImagePage &page = call->result();
    if (pageNumber == 1) {
        // The reset drops a view's selection: the selected image is selected again as soon as it is
        // listed, unless the user picks another one first.
        if (m_wantedImageId.isEmpty())
            m_wantedImageId = m_selectedImageId;
        m_images->setImages(page.images);
    } else {
        m_images->appendImages(page.images);
    }

    const int pageCount = std::max(1, (page.totalCount + kImagePageSize - 1) / kImagePageSize);
    // A short page ends the list even if TotalCount promised more: images may vanish while we read.
    if (pageNumber < pageCount && page.images.size() >= kImagePageSize) {
        fetchImagePage(pageNumber + 1);
        m_imagesCall.setProgress(pageNumber, pageCount);
        m_imagesCall.setDescription(tr("Loading the images of %1: page %2 of %3…")
                                        .arg(m_regionId)
                                        .arg(pageNumber + 1)
                                        .arg(pageCount));
        activityUpdated();
        Q_EMIT imagesChanged();
        selectWantedImage();
        return;
    }
    m_imagesComplete = true;
    activityUpdated();
    Q_EMIT imagesChanged();
    selectWantedImage();
    m_wantedImageId.clear(); // not listed: deleted since it was remembered
    if (m_imageOwner == ImageOwner::Others)
        setStatus(tr("%n image(s) shared with you in %1.", nullptr, m_images->rowCount()).arg(m_regionId));
    else
        setStatus(tr("%n custom image(s) in %1.", nullptr, m_images->rowCount()).arg(m_regionId));
}

void BrowserSession::selectWantedImage() {
    if (m_wantedImageId.isEmpty() || m_images->rowOf(m_wantedImageId) < 0)
        return;
    const QString imageId = std::exchange(m_wantedImageId, {});
    if (imageId == m_selectedImageId)
        Q_EMIT imageSelected(imageId); // the list was reset under the view's selection: select it again
    else
        setSelectedImage(imageId);
}

Image BrowserSession::selectedImage() const {
    const int row = m_selectedImageId.isEmpty() ? -1 : m_images->rowOf(m_selectedImageId);
    if (row >= 0)
        return m_images->imageAt(row);
    Image image;
    image.imageId = m_selectedImageId;
    image.regionId = m_regionId;
    return image;
}

void BrowserSession::selectImage(const QString &imageId) {
    m_wantedImageId.clear(); // the user's choice wins over a remembered one
    if (imageId != m_selectedImageId)
        setSelectedImage(imageId);
}

void BrowserSession::setSelectedImage(const QString &imageId) {
    const bool cancelled = m_shareCall.cancel();
    m_selectedImageId = imageId;
    clearPages();
    Q_EMIT imageSelected(imageId);
    Q_EMIT permissionsChanged();
    if (!imageId.isEmpty() && canReadPermissions())
        loadSharePermission();
    else if (cancelled)
        activityUpdated();
}

// ---- Share permission pages ----

void BrowserSession::clearPages() {
    m_pages.clear();
    m_requestedPage = 1;
    m_hasShownPage = false;
    m_shownAllPages = false;
    m_shownPage = {};
}

void BrowserSession::requestPage(int pageNumber) {
    if (m_selectedImageId.isEmpty())
        return;
    m_requestedPage = std::max(1, pageNumber);
    showPageOrLoad();
}

void BrowserSession::setPageSize(int pageSize) {
    if (pageSize == m_pageSize || pageSize <= 0)
        return;
    m_pageSize = pageSize;
    m_requestedPage = 1;
    if (!m_selectedImageId.isEmpty())
        showPageOrLoad();
}

void BrowserSession::setAllPages(bool allPages) {
    if (allPages == m_allPages)
        return;
    m_allPages = allPages;
    m_requestedPage = 1;
    if (!m_selectedImageId.isEmpty())
        showPageOrLoad();
}

void BrowserSession::showPageOrLoad() {
    if (!canReadPermissions())
        return;
    const auto cached = m_pages.constFind({m_allPages ? 1 : m_requestedPage, m_pageSize, m_allPages});
    if (cached == m_pages.cend()) {
        loadSharePermission();
        return;
    }
    // Fetched before for this image: shown again at once, and whatever was loading is no longer wanted.
    m_shareCall.cancel();
    activityUpdated();
    showPage(*cached, m_allPages);
}

void BrowserSession::loadSharePermission() {
    SharePermissionQuery query;
    query.regionId = m_regionId;
    query.imageId = m_selectedImageId;
    query.pageNumber = m_requestedPage;
    query.pageSize = m_pageSize;
    query.allPages = m_allPages;
    SharePermissionCall *call = m_client->describeImageSharePermission(query);
    connect(call, &EcsCall::finished, this, [this, call, query] { onSharePermissionFinished(call, query); });
    connect(call, &EcsCall::progress, this, [this, call](int done, int total) {
        if (!m_shareCall.isCurrent(call))
            return;
        m_shareCall.setProgress(done, total);
        activityUpdated();
    });
    const QString description =
        query.allPages ? tr("Loading every account %1 is shared with…").arg(query.imageId)
                       : tr("Loading who can launch %1 (page %2)…").arg(query.imageId).arg(query.pageNumber);
    startCall(Load::SharePermission, call, description);
}

void BrowserSession::onSharePermissionFinished(SharePermissionCall *call, const SharePermissionQuery &query) {
    if (!m_shareCall.finish(call))
        return;
    noteRequestId(call);
    const EcsError &error = call->error();
    if (error.isError()) {
        activityUpdated();
        if (error.isNotFound()) {
            dropVanishedImage(query.imageId);
            return;
        }
        setStatus(tr("Could not load the share permissions of %1.").arg(query.imageId));
        fail(tr("Could not load the share permissions of %1.").arg(query.imageId), error, [this, query] {
            if (query.imageId == m_selectedImageId && query.regionId == m_regionId)
                showPageOrLoad();
        });
        return;
    }

    const SharePermissionPage &page = call->result();
    // Accounts were removed since the pager was drawn and the page asked for is now past the end.
    if (!query.allPages && page.accounts.isEmpty() && page.totalCount > 0 &&
        query.pageNumber > page.pageCount()) {
        m_requestedPage = page.pageCount();
        showPageOrLoad();
        return;
    }
    m_pages.insert({query.allPages ? 1 : page.pageNumber, query.pageSize, query.allPages}, page);
    activityUpdated();
    showPage(page, query.allPages);
}

void BrowserSession::showPage(const SharePermissionPage &page, bool allPages) {
    m_shownPage = page;
    m_shownAllPages = allPages;
    m_hasShownPage = true;
    if (!allPages)
        m_requestedPage = page.pageNumber;
    Q_EMIT permissionsChanged();
    if (page.isSharedWithEveryone())
        setStatus(tr("%1 is shared with every Alibaba Cloud account.").arg(page.imageId));
    else
        setStatus(tr("%1 is shared with %n account(s).", nullptr, page.totalCount).arg(page.imageId));
}

void BrowserSession::dropVanishedImage(const QString &imageId) {
    // Unselected first, so that a view's selection does not jump to the neighbouring row, which would
    // replace the note with another load at once.
    if (m_selectedImageId == imageId)
        setSelectedImage({});
    m_images->removeImage(imageId);
    Q_EMIT imagesChanged();
    setStatus(tr("Image %1 no longer exists; it was removed from the list.").arg(imageId));
    qCInfo(lcBrowse).noquote() << "dropped vanished image" << imageId;
    Q_EMIT imageVanished(imageId);
}

// ---- Commands ----

void BrowserSession::refresh() {
    if (m_regionId.isEmpty() || m_regions->rowCount() == 0) {
        loadRegions();
        return;
    }
    // The list is read again from page 1; the selected image is selected again once it is listed.
    m_wantedImageId = m_selectedImageId;
    m_pages.clear();
    loadImages();
    if (!m_selectedImageId.isEmpty() && canReadPermissions())
        loadSharePermission();
}

void BrowserSession::reloadSharePermission() {
    if (m_selectedImageId.isEmpty())
        return;
    m_pages.clear(); // every cached page of the image is from before the change
    loadSharePermission();
}

void BrowserSession::cancel() {
    const bool wasLoading = isBusy();
    const bool shareWasLoading = m_shareCall.isActive();
    m_regionsCall.cancel();
    m_imagesCall.cancel();
    m_shareCall.cancel();
    if (!wasLoading)
        return;
    if (shareWasLoading && m_hasShownPage && !m_shownAllPages) {
        // The page asked for never came: the one on screen is the one to describe and page from.
        m_requestedPage = m_shownPage.pageNumber;
        setStatus(tr("Loading cancelled; page %1 of %2 is shown. Press F5 to load again.")
                      .arg(m_shownPage.pageNumber)
                      .arg(m_shownPage.pageCount()));
    } else {
        setStatus(tr("Loading cancelled. Press F5 to load again."));
    }
    activityUpdated();
    Q_EMIT imagesChanged(); // "list incomplete"
    if (shareWasLoading)
        Q_EMIT permissionsChanged();
    Q_EMIT loadCancelled(shareWasLoading);
}

} // namespace isb
