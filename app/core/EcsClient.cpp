#include "EcsClient.h"

#include "EcsResponseParser.h"
#include "rules/RetryBackoff.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcClient, "isb.client")

namespace isb {

namespace {

const QString kCentralEndpoint = QStringLiteral("ecs.aliyuncs.com");

bool isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

EcsError networkError(QNetworkReply *reply, int httpStatus) {
    EcsError error;
    error.httpStatus = httpStatus;
    error.message = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = EcsError::Kind::Tls;
        break;
    case QNetworkReply::TimeoutError:
        error.kind = EcsError::Kind::Timeout;
        break;
    default:
        error.kind = EcsError::Kind::Network;
        break;
    }
    return error;
}

} // namespace

EcsClient::EcsClient(const ClientOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this)) {
    // A signed request must not be replayed against another host; every redirect is reported instead.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

EcsClient::~EcsClient() = default;

void EcsClient::setCredentials(const Credentials &credentials) {
    m_credentials = credentials;
}

void EcsClient::setRegionEndpoint(const QString &regionId, const QString &host) {
    if (!regionId.isEmpty() && !host.isEmpty())
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
    const QString violation = transportPolicyViolation(endpointFor(regionId));
    if (!violation.isEmpty()) {
        done({}, EcsError::local(EcsError::Kind::Refused, violation, QStringLiteral("InsecureEndpoint")));
        return;
    }
    sendAttempt(call, request, regionId, 0, std::move(done));
}

void EcsClient::sendAttempt(EcsCall *call, const ApiRequest &request, const QString &regionId, int attempt,
                            RawHandler done) {
    if (call->isCancelled())
        return;
    const QUrl endpoint = endpointFor(regionId);
    // Signed anew on every attempt: a fresh nonce and timestamp, as the service rejects replayed nonces.
    const SignedRequest signedRequest = RequestSigner::sign(
        request, endpoint, m_credentials, m_options.signatureVersion, SigningContext::fresh());
    QNetworkRequest networkRequest(signedRequest.url);
    for (const auto &[name, value] : signedRequest.headers) {
        if (name != "host") // QNetworkAccessManager writes the same Host value itself.
            networkRequest.setRawHeader(name, value);
    }
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    QNetworkReply *reply =
        m_network->sendCustomRequest(networkRequest, signedRequest.method, signedRequest.body);
    ++m_attemptsSent;
    if (attempt > 0)
        qCDebug(lcClient) << "attempt" << attempt + 1 << request.action << "to" << endpoint.host();

    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_options.timeout);
    connect(call, &EcsCall::cancelRequested, reply, &QNetworkReply::abort);

    QPointer<EcsCall> guard(call);
    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, guard, request, regionId, attempt, timedOut, done = std::move(done)]() mutable {
            reply->deleteLater();
            if (!guard || guard->isCancelled())
                return; // a cancelled call never delivers a result
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

            EcsError error;
            QJsonObject object;
            if (*timedOut) {
                error = EcsError::local(
                    EcsError::Kind::Timeout,
                    tr("No complete answer within %1 seconds.").arg(m_options.timeout.count() / 1000.0));
            } else if (status >= 300 && status < 400) {
                const QUrl target = signedRequestTarget(reply);
                error =
                    EcsError::local(EcsError::Kind::BadResponse,
                                    tr("The server redirected the request to %1; signed requests are never "
                                       "redirected.")
                                        .arg(target.toDisplayString(QUrl::RemoveQuery)));
                error.httpStatus = status;
            } else if (status >= 400) {
                error = EcsResponseParser::parseError(body, status);
            } else if (reply->error() != QNetworkReply::NoError) {
                error = networkError(reply, status);
            } else {
                object = EcsResponseParser::parseObject(body, status, &error);
            }
            if (error.isError())
                qCInfo(lcClient).noquote() << request.action << error.toOneLine();
            if (!error.requestId.isEmpty())
                guard->setLastRequestId(error.requestId);
            else if (object.contains(QLatin1String("RequestId")))
                guard->setLastRequestId(object.value(QLatin1String("RequestId")).toString());

            if (error.isThrottling())
                Q_EMIT throttled();
            const bool retry = error.isError() && error.isRetryable() && attempt < m_options.maxRetries &&
                               (m_options.retryThrottling || !error.isThrottling());
            if (retry) {
                const auto delay = backoffDelay(attempt);
                Q_EMIT guard->retrying(error, attempt + 1, int(delay.count()));
                QTimer::singleShot(delay, guard, [this, guard, request, regionId, attempt, done]() mutable {
                    sendAttempt(guard, request, regionId, attempt + 1, std::move(done));
                });
                return;
            }
            done(object, error);
        });
}

QUrl EcsClient::signedRequestTarget(QNetworkReply *reply) {
    return reply->url().resolved(reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
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

ImagesCall *EcsClient::describeImages(const ImageQuery &query) {
    auto *call = new ImagesCall(this);
    ImageQuery normalized = query;
    normalized.pageSize = std::clamp(query.pageSize, 1, 100);
    normalized.pageNumber = std::max(1, query.pageNumber);
    ImagePage merged;
    merged.regionId = query.regionId;
    QTimer::singleShot(0, call,
                       [this, call, normalized, merged] { fetchImagePages(call, normalized, merged); });
    return call;
}

void EcsClient::fetchImagePages(ImagesCall *call, ImageQuery query, ImagePage merged) {
    ApiRequest request{QStringLiteral("DescribeImages"), QStringLiteral("2014-05-26"), {}};
    request.parameters.insert(QStringLiteral("RegionId"), query.regionId);
    request.parameters.insert(QStringLiteral("ImageOwnerAlias"), query.ownerAlias);
    if (!query.imageName.isEmpty())
        request.parameters.insert(QStringLiteral("ImageName"), query.imageName);
    if (!query.imageIds.isEmpty())
        request.parameters.insert(QStringLiteral("ImageId"), query.imageIds.join(QLatin1Char(',')));
    if (!query.statuses.isEmpty())
        request.parameters.insert(QStringLiteral("Status"), query.statuses.join(QLatin1Char(',')));
    request.parameters.insert(QStringLiteral("PageNumber"), QString::number(query.pageNumber));
    request.parameters.insert(QStringLiteral("PageSize"), QString::number(query.pageSize));

    sendRequest(call, request, query.regionId,
                [this, call, query, merged](const QJsonObject &object, EcsError error) mutable {
                    ImagePage page;
                    if (!error.isError())
                        page = EcsResponseParser::parseImages(object, query.regionId, &error);
                    if (error.isError())
                        return call->finishWithError(error);
                    if (!query.allPages) {
                        call->setResult(page);
                        return call->finishSuccessfully();
                    }
                    merged.requestId = page.requestId;
                    merged.totalCount = page.totalCount;
                    merged.images += page.images;
                    const int pageCount =
                        std::max(1, (page.totalCount + query.pageSize - 1) / query.pageSize);
                    Q_EMIT call->progress(query.pageNumber, pageCount);
                    // Stop at the last page, or at a short page: the list may shrink while we read it.
                    if (query.pageNumber >= pageCount || page.images.size() < query.pageSize) {
                        merged.pageNumber = 1;
                        merged.pageSize = int(merged.images.size());
                        call->setResult(merged);
                        return call->finishSuccessfully();
                    }
                    ++query.pageNumber;
                    fetchImagePages(call, query, merged);
                });
}

SharePermissionCall *EcsClient::describeImageSharePermission(const SharePermissionQuery &query) {
    auto *call = new SharePermissionCall(this);
    SharePermissionQuery normalized = query;
    // The reference page allows at most 50; newer docs say 100. Never asking above 50 works with both.
    normalized.pageSize = query.allPages ? kMaxSharePermissionPageSize
                                         : std::clamp(query.pageSize, 1, kMaxSharePermissionPageSize);
    normalized.pageNumber = query.allPages ? 1 : std::max(1, query.pageNumber);
    SharePermissionPage merged;
    merged.regionId = query.regionId;
    merged.imageId = query.imageId;
    QTimer::singleShot(
        0, call, [this, call, normalized, merged] { fetchSharePermissionPages(call, normalized, merged); });
    return call;
}

void EcsClient::fetchSharePermissionPages(SharePermissionCall *call, SharePermissionQuery query,
                                          SharePermissionPage merged) {
    ApiRequest request{QStringLiteral("DescribeImageSharePermission"), QStringLiteral("2014-05-26"), {}};
    request.parameters.insert(QStringLiteral("RegionId"), query.regionId);
    request.parameters.insert(QStringLiteral("ImageId"), query.imageId);
    request.parameters.insert(QStringLiteral("PageNumber"), QString::number(query.pageNumber));
    request.parameters.insert(QStringLiteral("PageSize"), QString::number(query.pageSize));

    sendRequest(call, request, query.regionId,
                [this, call, query, merged](const QJsonObject &object, EcsError error) mutable {
                    SharePermissionPage page;
                    if (!error.isError())
                        page = EcsResponseParser::parseSharePermission(object, &error);
                    if (error.isError())
                        return call->finishWithError(error);
                    if (page.regionId.isEmpty())
                        page.regionId = query.regionId;
                    if (page.imageId.isEmpty())
                        page.imageId = query.imageId;
                    if (!query.allPages) {
                        call->setResult(page);
                        return call->finishSuccessfully();
                    }
                    merged.requestId = page.requestId;
                    merged.totalCount = page.totalCount;
                    // A grant added or removed between pages shifts the pages; keep each account and group
                    // once.
                    for (const SharedAccount &account : std::as_const(page.accounts)) {
                        const bool known = std::any_of(
                            merged.accounts.cbegin(), merged.accounts.cend(),
                            [&](const SharedAccount &a) { return a.aliyunId == account.aliyunId; });
                        if (!known)
                            merged.accounts.append(account);
                    }
                    for (const QString &group : std::as_const(page.shareGroups)) {
                        if (!merged.shareGroups.contains(group))
                            merged.shareGroups.append(group);
                    }
                    const int pageCount =
                        std::max(1, (page.totalCount + query.pageSize - 1) / query.pageSize);
                    Q_EMIT call->progress(query.pageNumber, pageCount);
                    if (query.pageNumber >= pageCount || page.accounts.size() < query.pageSize) {
                        merged.pageNumber = 1;
                        merged.pageSize = std::max(int(merged.accounts.size()), 1);
                        merged.totalCount = int(merged.accounts.size());
                        call->setResult(merged);
                        return call->finishSuccessfully();
                    }
                    ++query.pageNumber;
                    fetchSharePermissionPages(call, query, merged);
                });
}

} // namespace isb
