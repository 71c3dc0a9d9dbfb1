#pragma once

#include "Credentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrl>

namespace isb {

/// Alibaba Cloud's two signature schemes for RPC-style APIs.
enum class SignatureVersion {
    V3, // ACS3-HMAC-SHA256 in the Authorization header; what current SDKs send
    V1, // HMAC-SHA1 in the Signature query parameter (SignatureVersion=1.0)
};

/// An unsigned call: the action and its API parameters (RegionId, ImageId, PageNumber, ...).
struct ApiRequest {
    QString action;
    QString version = QStringLiteral("2014-05-26");
    QMap<QString, QString> parameters;
    /// The product's endpoint host for calls that are not ECS (sts.aliyuncs.com, ...); empty: ECS's
    /// region endpoint. The client's endpoint override replaces either.
    QString productHost = {};
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// What goes on the wire: method, full URL with its query, headers and body.
struct SignedRequest {
    QByteArray method;
    QUrl url;
    HeaderList headers;
    QByteArray body;
};

/// The inputs that must be fresh on every attempt, retries included.
struct SigningContext {
    QDateTime timestamp; // UTC
    QString nonce;

    /// Now, and a new random nonce.
    static SigningContext fresh();
};

/// Computes Alibaba Cloud RPC signatures (V3 and V1) byte for byte as the official SDKs do. Every step is
/// public so that tests can check it against the published vectors and the simulator can verify with it.
class RequestSigner final {
public:
    /// UTF-8, then every byte except A-Z a-z 0-9 - _ . ~ as %XY (upper-case hex); space is %20.
    static QByteArray percentEncode(const QString &text);
    /// Parameters sorted by encoded name, `name=value` joined by `&`, both sides percent-encoded.
    static QByteArray canonicalQueryString(const QMap<QString, QString> &parameters);
    /// yyyy-MM-ddTHH:mm:ssZ in UTC.
    static QString formatTimestamp(const QDateTime &time);

    // ---- ACS3-HMAC-SHA256 (V3) ----
    static QByteArray hashedPayload(const QByteArray &body);
    /// `headers` holds lower-case names; they are sorted here.
    static QByteArray canonicalRequestV3(const QByteArray &method, const QByteArray &canonicalUri,
                                         const QMap<QString, QString> &query, const HeaderList &headers,
                                         const QByteArray &hashedPayload);
    static QByteArray signedHeaderNames(const HeaderList &headers);
    static QByteArray stringToSignV3(const QByteArray &canonicalRequest);
    static QByteArray signatureV3(const QString &secret, const QByteArray &stringToSign);

    // ---- HMAC-SHA1, SignatureVersion 1.0 ----
    static QByteArray stringToSignV1(const QByteArray &method, const QMap<QString, QString> &parameters);
    static QByteArray signatureV1(const QString &secret, const QByteArray &stringToSign);

    /// Builds the complete request for `endpoint` (scheme, host and port; path is ignored).
    /// V3 sends POST with the parameters in the query and an empty body; V1 sends GET.
    static SignedRequest sign(const ApiRequest &request, const QUrl &endpoint, const Credentials &credentials,
                              SignatureVersion version, const SigningContext &context);

    /// The Host header value QNetworkAccessManager sends for `url` (host, plus the port when not default).
    static QByteArray hostHeader(const QUrl &url);
};

} // namespace isb
