#include "EcsClient.h"

#include "EcsResponseParser.h"
#include "HttpTransport.h"
#include "ServiceText.h"
#include "rules/RetryBackoff.h"
#include "sts/RoleSession.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcClient, "isb.client")

namespace isb {

namespace {

const QString kCentralEndpoint = QStringLiteral("ecs.aliyuncs.com");

/// 127.0.0.0/8 in the four decimal numbers QUrl writes an IPv4 host in.
bool isLoopbackIpv4(QStringView host) {
    const auto parts = host.split(u'.');
    if (parts.size() != 4 || parts.first() != u"127")
        return false;
    return std::all_of(parts.begin(), parts.end(), [](QStringView part) {
        bool number = false;
        return part.size() <= 3 && part.toUInt(&number) <= 255 && number;
    });
}

/// `host` as QUrl::host() gives it: an IP literal is normalised (IPv6 shortest, no brackets). Without
/// QHostAddress, so that the browser can check its --endpoint before Qt Network is loaded.
bool isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || host == u"::1")
        return true;
    const QString mappedPrefix = QStringLiteral("::ffff:"); // an IPv4 address written as IPv6
    return isLoopbackIpv4(host.startsWith(mappedPrefix) ? QStringView(host).mid(mappedPrefix.size())
                                                        : QStringView(host));
}

EcsError networkError(const HttpExchange &exchange, int httpStatus) {
    EcsError error;
    error.httpStatus = httpStatus;
    error.message = exchange.failureText();
    switch (exchange.failure()) {
    case HttpExchange::Failure::Tls:
        error.kind = EcsError::Kind::Tls;
        break;
    case HttpExchange::Failure::Timeout:
        error.kind = EcsError::Kind::Timeout;
        break;
    default:
        error.kind = EcsError::Kind::Network;
        break;
    }
    return error;
}

/// One attempt's lifetime: its exchange and its timer live until the answer is handled, and go with the
/// client when it goes first.
class AttemptScope final : public QObject {
public:
    explicit AttemptScope(std::unique_ptr<HttpExchange> exchange, QObject *parent)
        : QObject(parent)
        , exchange(std::move(exchange)) {}
    const std::unique_ptr<HttpExchange> exchange;
};

} // namespace

EcsClient::EcsClient(const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_attempts(this) {}

EcsClient::~EcsClient() = default;

void EcsClient::setCredentials(const Credentials &credentials) {
    m_credentials = credentials;
}

void EcsClient::setRegionEndpoint(const QString &regionId, const QString &host) {
    if (regionId.isEmpty() || host.isEmpty())
        return;
    if (!Region::isTrustedEndpoint(host)) {
        qCWarning(lcClient).noquote()
            << "refusing RegionEndpoint" << sanitizedServiceText(host) << "of" << regionId;
        m_regionEndpoints.remove(regionId);
        m_refusedEndpoints.insert(regionId, host);
        return;
    }
    m_refusedEndpoints.remove(regionId);
    m_regionEndpoints.insert(regionId, host);
}

QUrl EcsClient::endpointFor(const QString &regionId) const {
    if (!m_options.endpointOverride.isEmpty())
        return m_options.endpointOverride;
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    if (regionId.isEmpty())
        url.setHost(kCentralEndpoint);
    else
        url.setHost(m_regionEndpoints.value(regionId, QStringLiteral("ecs.%1.aliyuncs.com").arg(regionId)));
    return url;
}

QUrl EcsClient::endpointFor(const ApiRequest &request, const QString &regionId) const {
    if (request.productHost.isEmpty() || !m_options.endpointOverride.isEmpty())
        return endpointFor(regionId);
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(request.productHost);
    return url;
}

QString EcsClient::transportPolicyViolation(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a valid endpoint URL.").arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("Plain http:// is only allowed for loopback addresses (such as the simulator); use "
                  "https:// "
                  "for %1.")
            .arg(url.host());
    }
    return tr("The endpoint must be an https:// URL, not \"%1\".").arg(url.scheme());
}

std::chrono::milliseconds EcsClient::backoffDelay(int attempt) const {
    return RetryBackoff::delay(attempt, m_options.retryBaseDelay, m_options.retryMaxDelay);
}

void EcsClient::sendRequest(EcsCall *call, const ApiRequest &request, const QString &regionId,
                            RawHandler done) {
    if (!m_credentials.isComplete()) {
        done({}, EcsError::local(EcsError::Kind::Refused,
                                 tr("No AccessKey is configured: set an AccessKey ID and Secret first."),
                                 QStringLiteral("MissingCredentials")));
        return;
    }
    if (m_options.endpointOverride.isEmpty() && m_refusedEndpoints.contains(regionId)) {
        done({},
             EcsError::local(EcsError::Kind::Refused,
                             tr("DescribeRegions gave \"%1\" as the endpoint of region %2, which is not a "
                                "host under aliyuncs.com; no request is sent there. Use --endpoint to "
                                "choose an endpoint yourself.")
                                 .arg(sanitizedServiceText(m_refusedEndpoints.value(regionId)), regionId),
                             QStringLiteral("UntrustedEndpoint")));
        return;
    }
    const QString violation = transportPolicyViolation(endpointFor(request, regionId));
    if (!violation.isEmpty()) {
        done({}, EcsError::local(EcsError::Kind::Refused, violation, QStringLiteral("InsecureEndpoint")));
        return;
    }
    if (const std::shared_ptr<RoleSession> role = m_credentials.role; role && role->needsRefresh()) {
        // A role's key is renewed before a request that would leave with it inside its refresh margin.
        role->refresh(m_options, call,
                      [this, call, request, regionId, done = std::move(done)](const EcsError &error) mutable {
                          if (error.isError())
                              return done({}, error);
                          sendAttempt(call, request, regionId, 0, false, std::move(done));
                      });
        return;
    }
    sendAttempt(call, request, regionId, 0, false, std::move(done));
}

void EcsClient::sendAttempt(EcsCall *call, const ApiRequest &request, const QString &regionId, int attempt,
                            bool keyRenewed, RawHandler done) {
    if (call->isCancelled())
        return;
    const QUrl endpoint = endpointFor(request, regionId);
    // The role session the key comes from, as it was when sent: setCredentials() may replace it meanwhile.
    const std::shared_ptr<RoleSession> role = m_credentials.role;
    const Credentials &key = role ? role->current() : m_credentials;
    const QString keyId = key.accessKeyId;
    // Signed anew on every attempt: a fresh nonce and timestamp, as the service rejects replayed nonces.
    const SignedRequest signedRequest =
        RequestSigner::sign(request, endpoint, key, m_options.signatureVersion, SigningContext::fresh());
    if (!m_transport) {
        QString failure;
        m_transport = createHttpTransport(&failure);
        if (!m_transport) // an installation fault: nothing could be sent, and retrying will not help
            return done({}, EcsError::local(EcsError::Kind::Refused, failure,
                                            QStringLiteral("NetworkModuleMissing")));
    }
    auto *scope = new AttemptScope(m_transport->send(signedRequest), &m_attempts);
    HttpExchange *exchange = scope->exchange.get();
    ++m_attemptsSent;
    if (attempt > 0)
        qCDebug(lcClient) << "attempt" << attempt + 1 << request.action << "to" << endpoint.host();

    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(scope);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, scope, [exchange, timedOut] {
        *timedOut = true;
        exchange->abort();
    });
    timer->start(m_options.timeout);
    connect(call, &EcsCall::cancelRequested, scope, [exchange] { exchange->abort(); });

    // Checked while the answer arrives, not after: Content-Length when it is announced, the bytes
    // received when it is not (chunked or close-delimited bodies).
    auto tooLarge = std::make_shared<bool>(false);
    const qint64 maxBytes = m_options.maxResponseBytes;
    exchange->headersArrived = [exchange, tooLarge, maxBytes] {
        if (exchange->announcedLength() > maxBytes) {
            *tooLarge = true;
            exchange->abort();
        }
    };
    exchange->progressed = [exchange, tooLarge, maxBytes](qint64 received) {
        if (received > maxBytes && !*tooLarge) {
            *tooLarge = true;
            exchange->abort();
        }
    };

    QPointer<EcsCall> guard(call);
    exchange->finished = [this, scope, exchange, guard, request, regionId, attempt, keyRenewed, role, keyId,
                          timedOut, tooLarge, done = std::move(done)]() mutable {
        scope->deleteLater(); // not at once: the exchange is calling this
        if (!guard || guard->isCancelled())
            return; // a cancelled call never delivers a result
        const int status = exchange->httpStatus();
        const QByteArray body = *tooLarge ? QByteArray() : exchange->readBody();

        EcsError error;
        QJsonObject object;
        if (*tooLarge) {
            error = EcsError::local(EcsError::Kind::BadResponse,
                                    tr("The answer is larger than %1 MB and was aborted.")
                                        .arg(m_options.maxResponseBytes / (1024 * 1024)),
                                    QStringLiteral("ResponseTooLarge"));
            error.httpStatus = status;
        } else if (*timedOut) {
            error = EcsError::local(
                EcsError::Kind::Timeout,
                tr("No complete answer within %1 seconds.").arg(m_options.timeout.count() / 1000.0));
        } else if (status >= 300 && status < 400) {
            const QUrl target = exchange->redirectTarget();
            error = EcsError::local(EcsError::Kind::BadResponse,
                                    tr("The server redirected the request to %1; signed requests are never "
                                       "redirected.")
                                        .arg(target.toDisplayString(QUrl::RemoveQuery)));
            error.httpStatus = status;
        } else if (status >= 400) {
            error = EcsResponseParser::parseError(body, status);
        } else if (exchange->failure() != HttpExchange::Failure::None) {
            error = networkError(*exchange, status);
        } else {
            object = EcsResponseParser::parseObject(body, status, &error);
        }
        if (error.isError())
            qCInfo(lcClient).noquote() << request.action << error.toOneLine();
        if (!error.requestId.isEmpty())
            guard->setLastRequestId(error.requestId);
        else if (object.contains(QLatin1String("RequestId")))
            guard->setLastRequestId(
                sanitizedServiceText(object.value(QLatin1String("RequestId")).toString()));

        if (role && error.isTemporaryKeyRejected()) {
            if (!keyRenewed) {
                // Expired or revoked: one new key, one more try, then the error stands.
                qCInfo(lcClient) << request.action << "renews the role's temporary key once";
                role->refresh(
                    m_options, guard,
                    [this, guard, request, regionId, attempt, done](const EcsError &renewal) mutable {
                        if (renewal.isError())
                            return done({}, renewal);
                        sendAttempt(guard, request, regionId, attempt, true, std::move(done));
                    },
                    keyId);
                return;
            }
            //: %1 is a role ARN, %2 the service's message.
            error.message = tr("The temporary key of role %1 was refused even after it was renewed once: %2 "
                               "Check the system clock, and whether the role's sessions were revoked.")
                                .arg(role->spec().roleArn, error.message);
        }
        if (error.isThrottling())
            Q_EMIT throttled();
        const bool retry = error.isError() && error.isRetryable() && attempt < m_options.maxRetries &&
                           (m_options.retryThrottling || !error.isThrottling());
        if (retry) {
            const auto delay = backoffDelay(attempt);
            Q_EMIT guard->retrying(error, attempt + 1, int(delay.count()));
            QTimer::singleShot(
                delay, guard, [this, guard, request, regionId, attempt, keyRenewed, done]() mutable {
                    sendAttempt(guard, request, regionId, attempt + 1, keyRenewed, std::move(done));
                });
            return;
        }
        done(object, error);
    };
}

RegionsCall *EcsClient::describeRegions(const QString &acceptLanguage) {
    auto *call = new RegionsCall(this);
    ApiRequest request{QStringLiteral("DescribeRegions"), {}, {}};
    request.version = QStringLiteral("2014-05-26");
    request.parameters.insert(QStringLiteral("AcceptLanguage"), acceptLanguage);
    // Deferred so that the caller can connect to finished() even when the call fails at once.
    QTimer::singleShot(0, call, [this, call, request] {
        sendRequest(call, request, {}, [this, call](const QJsonObject &object, EcsError error) {
            QList<Region> regions;
            if (!error.isError())
                regions = EcsResponseParser::parseRegions(object, &error);
            if (error.isError())
                return call->finishWithError(error);
            for (const Region &region : std::as_const(regions))
                setRegionEndpoint(region.regionId, region.regionEndpoint);
            call->setResult(regions);
            call->finishSuccessfully();
        });
    });
    return call;
}

template<typename T, typename Parse>
EcsResultCall<T> *EcsClient::singleAnswerCall(const ApiRequest &request, const QString &regionId,
                                              Parse parse) {
    auto *call = new EcsResultCall<T>(this);
    QTimer::singleShot(0, call, [this, call, request, regionId, parse] {
        sendRequest(call, request, regionId, [call, parse](const QJsonObject &object, EcsError error) {
            T result{};
            if (!error.isError())
                result = parse(object, &error);
            if (error.isError())
                return call->finishWithError(error);
            call->setResult(std::move(result));
            call->finishSuccessfully();
        });
    });
    return call;
}

QList<ApiRequest> EcsClient::shareChangeRequests(const QString &regionId, const QString &imageId,
                                                 const QStringList &add, const QStringList &remove,
                                                 bool makePrivate) {
    QList<ApiRequest> requests;
    for (qsizetype first = 0; first < add.size() || first < remove.size() || (makePrivate && first == 0);
         first += kMaxAccountsPerShareChange) {
        ApiRequest request{QStringLiteral("ModifyImageSharePermission"), QStringLiteral("2014-05-26"), {}};
        request.parameters.insert(QStringLiteral("RegionId"), regionId);
        request.parameters.insert(QStringLiteral("ImageId"), imageId);
        for (qsizetype i = 0; i < kMaxAccountsPerShareChange; ++i) {
            const QString n = QString::number(i + 1);
            if (first + i < add.size())
                request.parameters.insert(QStringLiteral("AddAccount.") + n, add.at(first + i));
            if (first + i < remove.size())
                request.parameters.insert(QStringLiteral("RemoveAccount.") + n, remove.at(first + i));
        }
        if (makePrivate && first == 0)
            request.parameters.insert(QStringLiteral("IsPublic"), QStringLiteral("false"));
        requests.append(request);
    }
    return requests;
}

ShareChangeCall *EcsClient::modifyImageSharePermission(const QString &regionId, const QString &imageId,
                                                       const QStringList &add, const QStringList &remove,
                                                       bool makePrivate) {
    auto *call = new ShareChangeCall(this);
    QList<ApiRequest> requests = shareChangeRequests(regionId, imageId, add, remove, makePrivate);
    QTimer::singleShot(0, call, [this, call, requests = std::move(requests), regionId]() mutable {
        sendShareChange(call, std::move(requests), regionId);
    });
    return call;
}

void EcsClient::sendShareChange(ShareChangeCall *call, QList<ApiRequest> requests, QString regionId) {
    if (requests.isEmpty())
        return call->finishSuccessfully();
    const ApiRequest request = requests.takeFirst();
    sendRequest(call, request, regionId,
                [this, call, requests = std::move(requests), regionId](const QJsonObject &object,
                                                                       const EcsError &error) mutable {
                    if (error.isError())
                        return call->finishWithError(error);
                    QStringList ids = call->result();
                    ids.append(sanitizedServiceText(object.value(QLatin1String("RequestId")).toString()));
                    call->setResult(ids);
                    sendShareChange(call, std::move(requests), regionId);
                });
}

CallerIdentityCall *EcsClient::getCallerIdentity() {
    const ApiRequest request{
        QStringLiteral("GetCallerIdentity"), QLatin1String(kStsVersion), {}, QLatin1String(kStsHost)};
    return singleAnswerCall<CallerIdentity>(request, {}, &EcsResponseParser::parseCallerIdentity);
}

AssumeRoleCall *EcsClient::assumeRole(const QString &roleArn, const QString &sessionName,
                                      const QString &externalId, int durationSeconds) {
    ApiRequest request{QStringLiteral("AssumeRole"), QLatin1String(kStsVersion), {}, QLatin1String(kStsHost)};
    request.parameters.insert(QStringLiteral("RoleArn"), roleArn);
    request.parameters.insert(QStringLiteral("RoleSessionName"), sessionName);
    request.parameters.insert(QStringLiteral("DurationSeconds"), QString::number(durationSeconds));
    if (!externalId.isEmpty())
        request.parameters.insert(QStringLiteral("ExternalId"), externalId);
    return singleAnswerCall<AssumedRole>(request, {}, &EcsResponseParser::parseAssumedRole);
}

struct EcsClient::DirectoryRead {
    explicit DirectoryRead(int pageSize)
        : assembler(PagedListAssembler::Subject::DirectoryAccounts, pageSize) {}
    PagedListAssembler assembler;
    QList<DirectoryAccount> merged;
};

DirectoryAccountsCall *EcsClient::listAccounts(int pageSize) {
    auto *call = new DirectoryAccountsCall(this);
    auto read = std::make_shared<DirectoryRead>(std::clamp(pageSize, 1, kDirectoryPageSize));
    QTimer::singleShot(
        0, call, [this, call, read] { fetchDirectoryPage(call, read, read->assembler.nextPage(), false); });
    return call;
}

void EcsClient::fetchDirectoryPage(DirectoryAccountsCall *call, std::shared_ptr<DirectoryRead> read,
                                   qint64 pageNumber, bool confirmation) {
    ApiRequest request{QStringLiteral("ListAccounts"),
                       QLatin1String(kResourceManagerVersion),
                       {},
                       QLatin1String(kResourceManagerHost)};
    request.parameters.insert(QStringLiteral("PageNumber"), QString::number(pageNumber));
    request.parameters.insert(QStringLiteral("PageSize"), QString::number(read->assembler.pageSize()));
    const int generation = read->assembler.generation();
    sendRequest(
        call, request, {},
        [this, call, read, pageNumber, confirmation, generation](const QJsonObject &object, EcsError error) {
            int totalCount = 0;
            int returnedPage = 0;
            QList<DirectoryAccount> page;
            if (!error.isError())
                page = EcsResponseParser::parseDirectoryAccounts(object, &totalCount, &returnedPage, &error);
            if (error.isError())
                return call->finishWithError(error);
            QStringList ids;
            for (const DirectoryAccount &account : std::as_const(page))
                ids.append(account.accountId);
            PagedListAssembler &assembler = read->assembler;
            const auto step = confirmation
                                  ? assembler.addConfirmation(generation, returnedPage, totalCount, ids)
                                  : assembler.addPage(generation, pageNumber, returnedPage, totalCount, ids);
            switch (step) {
            case PagedListAssembler::Step::Failed:
            case PagedListAssembler::Step::Stale: {
                EcsError failure = assembler.error();
                if (!failure.isError())
                    failure = EcsError::local(EcsError::Kind::BadResponse,
                                              tr("An answer of an earlier read arrived."));
                return call->finishWithError(failure);
            }
            case PagedListAssembler::Step::Restart:
                read->merged.clear();
                return fetchDirectoryPage(call, read, assembler.nextPage(), false);
            case PagedListAssembler::Step::Continue:
            case PagedListAssembler::Step::Confirm:
            case PagedListAssembler::Step::Complete:
                break;
            }
            if (!confirmation)
                read->merged += page;
            if (step == PagedListAssembler::Step::Continue)
                return fetchDirectoryPage(call, read, assembler.nextPage(), false);
            if (step == PagedListAssembler::Step::Confirm)
                return fetchDirectoryPage(call, read, 1, true);
            call->setResult(read->merged);
            call->finishSuccessfully();
        });
}

namespace {

// What differs between the two lists read in pages (a region's images, an image's accounts); the reading
// itself is EcsClient::fetchListPage's, once for both.
QStringList wholeListOf(const ImagePage &) {
    return {};
}

QStringList wholeListOf(const SharePermissionPage &page) {
    return PagedListAssembler::groupsOf(page);
}

void clearEntries(ImagePage &merged) {
    merged.images.clear();
}

void clearEntries(SharePermissionPage &merged) {
    merged.accounts.clear();
    merged.shareGroups.clear();
}

void appendEntries(ImagePage &merged, const ImagePage &page) {
    merged.images += page.images;
}

void appendEntries(SharePermissionPage &merged, const SharePermissionPage &page) {
    merged.accounts += page.accounts;
    // Share groups come whole on every page (the assembler checked they did not change).
    merged.shareGroups = page.shareGroups;
}

void completeList(ImagePage &merged) {
    merged.totalCount = int(merged.images.size());
    merged.pageNumber = 1;
    merged.pageSize = int(merged.images.size());
}

void completeList(SharePermissionPage &merged) {
    merged.pageNumber = 1;
    merged.pageSize = std::max(int(merged.accounts.size()), 1);
    merged.totalCount = int(merged.accounts.size());
}

} // namespace

/// One read of a list in pages: a single page (checked on its own), or every page merged under
/// PagedListAssembler's rule.
template<typename Page> struct EcsClient::PagedRead {
    PagedListAssembler assembler;
    bool allPages = false;
    int pageSize = 0;
    QString regionId;
    std::function<ApiRequest(qint64 pageNumber)> request;
    std::function<Page(const QJsonObject &object, EcsError *error)> parse;
    QString subjectName; // for the log: "image list of cn-hangzhou"
    Page merged;
};

ApiRequest EcsClient::imagesRequest(const ImageQuery &query, qint64 pageNumber) {
    ApiRequest request{QStringLiteral("DescribeImages"), QStringLiteral("2014-05-26"), {}};
    request.parameters.insert(QStringLiteral("RegionId"), query.regionId);
    request.parameters.insert(QStringLiteral("ImageOwnerAlias"), query.ownerAlias);
    if (!query.imageName.isEmpty())
        request.parameters.insert(QStringLiteral("ImageName"), query.imageName);
    if (!query.imageIds.isEmpty())
        request.parameters.insert(QStringLiteral("ImageId"), query.imageIds.join(QLatin1Char(',')));
    if (!query.statuses.isEmpty())
        request.parameters.insert(QStringLiteral("Status"), query.statuses.join(QLatin1Char(',')));
    request.parameters.insert(QStringLiteral("PageNumber"), QString::number(pageNumber));
    request.parameters.insert(QStringLiteral("PageSize"), QString::number(query.pageSize));
    return request;
}

ApiRequest EcsClient::sharePermissionRequest(const SharePermissionQuery &query, qint64 pageNumber) {
    ApiRequest request{QStringLiteral("DescribeImageSharePermission"), QStringLiteral("2014-05-26"), {}};
    request.parameters.insert(QStringLiteral("RegionId"), query.regionId);
    request.parameters.insert(QStringLiteral("ImageId"), query.imageId);
    request.parameters.insert(QStringLiteral("PageNumber"), QString::number(pageNumber));
    request.parameters.insert(QStringLiteral("PageSize"), QString::number(query.pageSize));
    return request;
}

template<typename Page>
EcsResultCall<Page> *EcsClient::startPagedRead(std::shared_ptr<PagedRead<Page>> read, qint64 firstPage) {
    auto *call = new EcsResultCall<Page>(this);
    read->merged.regionId = read->regionId;
    QTimer::singleShot(0, call, [this, call, read, firstPage] {
        fetchListPage(call, read, read->allPages ? read->assembler.nextPage() : firstPage, false);
    });
    return call;
}

ImagesCall *EcsClient::describeImages(const ImageQuery &query) {
    ImageQuery normalized = query;
    normalized.pageSize = std::clamp(query.pageSize, 1, 100);
    normalized.pageNumber = query.allPages ? 1 : std::max(1, query.pageNumber);
    auto read = std::make_shared<PagedRead<ImagePage>>(PagedRead<ImagePage>{
        PagedListAssembler(PagedListAssembler::Subject::Images, normalized.pageSize),
        normalized.allPages,
        normalized.pageSize,
        normalized.regionId,
        [normalized](qint64 pageNumber) { return imagesRequest(normalized, pageNumber); },
        [regionId = normalized.regionId](const QJsonObject &object, EcsError *error) {
            return EcsResponseParser::parseImages(object, regionId, error);
        },
        QStringLiteral("image list of %1").arg(normalized.regionId),
        {}});
    return startPagedRead(read, normalized.pageNumber);
}

SharePermissionCall *EcsClient::describeImageSharePermission(const SharePermissionQuery &query) {
    SharePermissionQuery normalized = query;
    // The reference page allows at most 50; newer docs say 100. Never asking above 50 works with both.
    normalized.pageSize = query.allPages ? kMaxSharePermissionPageSize
                                         : std::clamp(query.pageSize, 1, kMaxSharePermissionPageSize);
    normalized.pageNumber = query.allPages ? 1 : std::max(1, query.pageNumber);
    auto read = std::make_shared<PagedRead<SharePermissionPage>>(PagedRead<SharePermissionPage>{
        PagedListAssembler(PagedListAssembler::Subject::SharePermissions, normalized.pageSize),
        normalized.allPages,
        normalized.pageSize,
        normalized.regionId,
        [normalized](qint64 pageNumber) { return sharePermissionRequest(normalized, pageNumber); },
        [normalized](const QJsonObject &object, EcsError *error) {
            SharePermissionPage page = EcsResponseParser::parseSharePermission(object, error);
            if (page.regionId.isEmpty())
                page.regionId = normalized.regionId;
            if (page.imageId.isEmpty())
                page.imageId = normalized.imageId;
            return page;
        },
        QStringLiteral("sharing of %1").arg(normalized.imageId),
        {}});
    read->merged.imageId = normalized.imageId;
    return startPagedRead(read, normalized.pageNumber);
}

template<typename Page>
void EcsClient::fetchListPage(EcsResultCall<Page> *call, std::shared_ptr<PagedRead<Page>> read,
                              qint64 pageNumber, bool confirmation) {
    const int generation = read->assembler.generation();
    sendRequest(
        call, read->request(pageNumber), read->regionId,
        [this, call, read, pageNumber, confirmation, generation](const QJsonObject &object, EcsError error) {
            Page page;
            if (!error.isError())
                page = read->parse(object, &error);
            if (error.isError())
                return call->finishWithError(error);
            PagedListAssembler &assembler = read->assembler;
            const QStringList keys = PagedListAssembler::idsOf(page);
            if (!read->allPages) {
                error = PagedListAssembler::checkPage(assembler.subject(), read->pageSize, pageNumber,
                                                      page.pageNumber, page.totalCount, keys);
                if (error.isError())
                    return call->finishWithError(error);
                call->setResult(page);
                return call->finishSuccessfully();
            }
            const auto step = confirmation
                                  ? assembler.addConfirmation(generation, page.pageNumber, page.totalCount,
                                                              keys, wholeListOf(page))
                                  : assembler.addPage(generation, pageNumber, page.pageNumber,
                                                      page.totalCount, keys, wholeListOf(page));
            Page &merged = read->merged;
            switch (step) {
            case PagedListAssembler::Step::Failed:
            case PagedListAssembler::Step::Stale: {
                EcsError failure = assembler.error();
                if (!failure.isError()) // cannot happen with pages read one after the other
                    failure = EcsError::local(EcsError::Kind::BadResponse,
                                              tr("An answer of an earlier read arrived."));
                failure.requestId = page.requestId;
                return call->finishWithError(failure);
            }
            case PagedListAssembler::Step::Restart:
                qCInfo(lcClient).noquote() << read->subjectName << "changed while read; reading again";
                clearEntries(merged);
                return fetchListPage(call, read, assembler.nextPage(), false);
            case PagedListAssembler::Step::Continue:
            case PagedListAssembler::Step::Confirm:
            case PagedListAssembler::Step::Complete:
                break;
            }
            if (!confirmation) {
                appendEntries(merged, page);
                Q_EMIT call->progress(int(assembler.pagesDone()), int(assembler.pageCount()));
            }
            merged.requestId = page.requestId;
            if (step == PagedListAssembler::Step::Continue)
                return fetchListPage(call, read, assembler.nextPage(), false);
            if (step == PagedListAssembler::Step::Confirm)
                return fetchListPage(call, read, 1, true);
            completeList(merged);
            call->setResult(merged);
            call->finishSuccessfully();
        });
}

} // namespace isb
