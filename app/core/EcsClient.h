#pragma once

#include "Credentials.h"
#include "EcsCall.h"
#include "EcsTypes.h"
#include "PagedListAssembler.h"
#include "RequestSigner.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

namespace isb {

class HttpTransport;

using RegionsCall = EcsResultCall<QList<Region>>;
using ImagesCall = EcsResultCall<ImagePage>;
using SharePermissionCall = EcsResultCall<SharePermissionPage>;
using CallerIdentityCall = EcsResultCall<CallerIdentity>;
using AssumeRoleCall = EcsResultCall<AssumedRole>;
using DirectoryAccountsCall = EcsResultCall<QList<DirectoryAccount>>;
/// The RequestIds of every ModifyImageSharePermission call sent, in order (also of the batches that
/// succeeded before one failed).
using ShareChangeCall = EcsResultCall<QStringList>;

/// How the client talks to ECS. The defaults follow the official SDKs.
struct ClientOptions {
    /// Overrides every endpoint (CLI and GUI `--endpoint`). Empty: each region's RegionEndpoint, and
    /// ecs.aliyuncs.com for DescribeRegions.
    QUrl endpointOverride;
    SignatureVersion signatureVersion = SignatureVersion::V3;
    /// Limit for one attempt, from sending to the last byte of the answer.
    std::chrono::milliseconds timeout{10000};
    /// Retries after the first attempt, for retryable errors only.
    int maxRetries = 4;
    /// Exponential backoff with equal jitter: delay n is in [d/2, d] with d = min(cap, base * 2^n).
    std::chrono::milliseconds retryBaseDelay{200};
    std::chrono::milliseconds retryMaxDelay{8000};
    /// When false, throttling answers are returned at once instead of retried, so that a request pool
    /// (the audit) can slow itself down and requeue; other retryable errors are still retried here.
    bool retryThrottling = true;
    /// An answer larger than this is aborted while it arrives (no answer of the three actions comes close;
    /// a bigger one is a broken or hostile server filling memory).
    qint64 maxResponseBytes = 32 * 1024 * 1024;
};

struct ImageQuery {
    QString regionId;
    QString imageName; // fuzzy filter; empty: all
    QString ownerAlias =
        QStringLiteral("self"); // custom images; "others": shared with the caller (ImageOwnerId)
    QStringList imageIds;       // filter; empty: all
    QStringList statuses;       // empty: the service's default (Available only)
    int pageNumber = 1;
    int pageSize = 50; // DescribeImages allows 1-100
    bool allPages = false;
};

struct SharePermissionQuery {
    QString regionId;
    QString imageId;
    int pageNumber = 1;
    int pageSize = 10; // clamped to 1-50: the reference page's maximum
    bool allPages = false;
};

/// The ECS API client: signs, sends, retries and parses, on one HttpTransport (HttpTransport.h).
/// Every operation returns an EcsCall the caller owns; see EcsCall for the delivery rules.
class EcsClient final : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxSharePermissionPageSize = 50;

    explicit EcsClient(const ClientOptions &options = {}, QObject *parent = nullptr);
    ~EcsClient() override;

    void setCredentials(const Credentials &credentials);
    const Credentials &credentials() const { return m_credentials; }
    void setOptions(const ClientOptions &options) { m_options = options; }
    const ClientOptions &options() const { return m_options; }

    /// Region endpoints learned from DescribeRegions; also settable by hand. A host that is not under
    /// aliyuncs.com (Region::isTrustedEndpoint) is not used: that region's requests then fail with a
    /// Refused error, unless ClientOptions::endpointOverride sends everything elsewhere anyway.
    void setRegionEndpoint(const QString &regionId, const QString &host);
    /// The base URL a request for `regionId` goes to (empty regionId: DescribeRegions' endpoint).
    QUrl endpointFor(const QString &regionId) const;
    /// The base URL of `request`: its product host (STS, ResourceManager) or ECS's region endpoint.
    QUrl endpointFor(const ApiRequest &request, const QString &regionId) const;

    /// acceptLanguage: zh-CN, en-US, ... (LocalName comes back in that language).
    RegionsCall *describeRegions(const QString &acceptLanguage = QStringLiteral("en-US"));
    ImagesCall *describeImages(const ImageQuery &query);
    SharePermissionCall *describeImageSharePermission(const SharePermissionQuery &query);

    /// ModifyImageSharePermission reads at most this many AddAccount.N / RemoveAccount.N per call.
    static constexpr int kMaxAccountsPerShareChange = 10;
    /// The calls one sharing change takes: batch i carries the i-th ten of each list (removals are
    /// applied before additions within a call, so no batch goes above the larger of the counts before
    /// and after); `makePrivate` sends IsPublic=false in the first. Never IsPublic=true: making an image
    /// public is the console's job. No call when there is nothing to change.
    static QList<ApiRequest> shareChangeRequests(const QString &regionId, const QString &imageId,
                                                 const QStringList &add, const QStringList &remove,
                                                 bool makePrivate);
    /// Applies a sharing change with as many ModifyImageSharePermission calls as it needs, one after
    /// another; stops at the first error (the result then holds the RequestIds of the calls that succeeded).
    ShareChangeCall *modifyImageSharePermission(const QString &regionId, const QString &imageId,
                                                const QStringList &add, const QStringList &remove,
                                                bool makePrivate);

    // ---- Other products, same signing and transport (RPC style) ----
    static constexpr const char *kStsHost = "sts.aliyuncs.com";
    static constexpr const char *kStsVersion = "2015-04-01";
    /// STS GetCallerIdentity: the account, ARN and identity type of the credentials in use.
    CallerIdentityCall *getCallerIdentity();
    /// STS AssumeRole: a temporary key of `roleArn`'s account. `externalId` empty: not sent.
    AssumeRoleCall *assumeRole(const QString &roleArn, const QString &sessionName,
                               const QString &externalId = {}, int durationSeconds = 3600);

    static constexpr const char *kResourceManagerHost = "resourcemanager.aliyuncs.com";
    static constexpr const char *kResourceManagerVersion = "2020-03-31";
    static constexpr int kDirectoryPageSize = 100;
    /// ResourceManager ListAccounts, every page (PagedListAssembler's rule: complete and current, or an
    /// error). Only the management account (or a delegated administrator) may call it. `pageSize` (1-100)
    /// is for tests of the paging.
    DirectoryAccountsCall *listAccounts(int pageSize = kDirectoryPageSize);

    /// Why a URL is refused before anything is sent (plain http to a non-loopback host); empty if allowed.
    static QString transportPolicyViolation(const QUrl &url);

    /// HTTP attempts sent so far (retries and pages included); for benchmarks and tests.
    int attemptsSent() const { return m_attemptsSent; }

    /// The lowest level: one signed API request with timeout and retries. `done` receives the parsed
    /// JSON object of a 2xx answer, or an error. Not called after `call` is cancelled.
    using RawHandler = std::function<void(const QJsonObject &object, const EcsError &error)>;
    void sendRequest(EcsCall *call, const ApiRequest &request, const QString &regionId, RawHandler done);

Q_SIGNALS:
    /// An attempt failed with throttling; lets a request pool slow down.
    void throttled();

private:
    /// `keyRenewed`: a role's temporary key was already renewed once for this request (see RoleSession).
    void sendAttempt(EcsCall *call, const ApiRequest &request, const QString &regionId, int attempt,
                     bool keyRenewed, RawHandler done);
    std::chrono::milliseconds backoffDelay(int attempt) const;
    /// Sends one request (deferred, so that the caller can connect first) and finishes `call` with
    /// `parse`'s result: the shared path of every single-answer call.
    template<typename T, typename Parse>
    EcsResultCall<T> *singleAnswerCall(const ApiRequest &request, const QString &regionId, Parse parse);
    /// A list read in pages (images, an image's accounts): one routine reads both.
    template<typename Page> struct PagedRead;
    template<typename Page>
    EcsResultCall<Page> *startPagedRead(std::shared_ptr<PagedRead<Page>> read, qint64 firstPage);
    template<typename Page>
    void fetchListPage(EcsResultCall<Page> *call, std::shared_ptr<PagedRead<Page>> read, qint64 pageNumber,
                       bool confirmation);
    struct DirectoryRead;
    void fetchDirectoryPage(DirectoryAccountsCall *call, std::shared_ptr<DirectoryRead> read,
                            qint64 pageNumber, bool confirmation);
    void sendShareChange(ShareChangeCall *call, QList<ApiRequest> requests, QString regionId);
    static ApiRequest sharePermissionRequest(const SharePermissionQuery &query, qint64 pageNumber);
    static ApiRequest imagesRequest(const ImageQuery &query, qint64 pageNumber);

    ClientOptions m_options;
    Credentials m_credentials;
    /// Made on the first request, not before: the browser loads it after its first paint.
    std::unique_ptr<HttpTransport> m_transport;
    /// Parent of the attempts in flight (AttemptScope), declared after m_transport so that they go
    /// first: an exchange stops its request while the transport still exists.
    QObject m_attempts;
    QHash<QString, QString> m_regionEndpoints;
    QHash<QString, QString> m_refusedEndpoints; // region -> the untrusted RegionEndpoint it was given
    int m_attemptsSent = 0;
};

} // namespace isb
