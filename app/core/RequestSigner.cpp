#include "RequestSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUuid>

#include <algorithm>

namespace isb {

namespace {

const QByteArray kV3Algorithm = QByteArrayLiteral("ACS3-HMAC-SHA256");

QByteArray encodedPairs(const QMap<QString, QString> &parameters) {
    QList<QPair<QByteArray, QByteArray>> pairs;
    pairs.reserve(parameters.size());
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        pairs.append({RequestSigner::percentEncode(it.key()), RequestSigner::percentEncode(it.value())});
    // The services sort by the encoded name, byte for byte.
    std::sort(pairs.begin(), pairs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out;
    for (const auto &[name, value] : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

} // namespace

SigningContext SigningContext::fresh() {
    return {QDateTime::currentDateTimeUtc(), QUuid::createUuid().toString(QUuid::WithoutBraces)};
}

QByteArray RequestSigner::percentEncode(const QString &text) {
    // toPercentEncoding() with no exceptions keeps exactly the RFC 3986 unreserved set and
    // writes upper-case hex, which is the rule of both schemes.
    return text.toUtf8().toPercentEncoding();
}

QByteArray RequestSigner::canonicalQueryString(const QMap<QString, QString> &parameters) {
    return encodedPairs(parameters);
}

QString RequestSigner::formatTimestamp(const QDateTime &time) {
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QByteArray RequestSigner::hashedPayload(const QByteArray &body) {
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

static HeaderList sortedLowerCase(const HeaderList &headers) {
    HeaderList sorted;
    sorted.reserve(headers.size());
    for (const auto &[name, value] : headers)
        sorted.append({name.toLower(), value.trimmed()});
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return sorted;
}

QByteArray RequestSigner::signedHeaderNames(const HeaderList &headers) {
    QByteArrayList names;
    for (const auto &header : sortedLowerCase(headers))
        names.append(header.first);
    return names.join(';');
}

QByteArray RequestSigner::canonicalRequestV3(const QByteArray &method, const QByteArray &canonicalUri,
                                             const QMap<QString, QString> &query, const HeaderList &headers,
                                             const QByteArray &hashedPayload) {
    QByteArray canonicalHeaders;
    for (const auto &[name, value] : sortedLowerCase(headers))
        canonicalHeaders += name + ':' + value + '\n';
    return method + '\n' + canonicalUri + '\n' + canonicalQueryString(query) + '\n' + canonicalHeaders +
           '\n' + signedHeaderNames(headers) + '\n' + hashedPayload;
}

QByteArray RequestSigner::stringToSignV3(const QByteArray &canonicalRequest) {
    return kV3Algorithm + '\n' +
           QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
}

QByteArray RequestSigner::signatureV3(const QString &secret, const QByteArray &stringToSign) {
    return QMessageAuthenticationCode::hash(stringToSign, secret.toUtf8(), QCryptographicHash::Sha256)
        .toHex();
}

QByteArray RequestSigner::stringToSignV1(const QByteArray &method, const QMap<QString, QString> &parameters) {
    QMap<QString, QString> signedParameters = parameters;
    signedParameters.remove(QStringLiteral("Signature"));
    return method + "&%2F&" + percentEncode(QString::fromLatin1(encodedPairs(signedParameters)));
}

QByteArray RequestSigner::signatureV1(const QString &secret, const QByteArray &stringToSign) {
    // The V1 key is the secret followed by '&'.
    const QByteArray key = secret.toUtf8() + '&';
    return QMessageAuthenticationCode::hash(stringToSign, key, QCryptographicHash::Sha1).toBase64();
}

QByteArray RequestSigner::hostHeader(const QUrl &url) {
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // IPv6 literal
    const int port = url.port();
    const bool defaultPort = port == -1 || (url.scheme() == QLatin1String("https") && port == 443) ||
                             (url.scheme() == QLatin1String("http") && port == 80);
    if (!defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

SignedRequest RequestSigner::sign(const ApiRequest &request, const QUrl &endpoint,
                                  const Credentials &credentials, SignatureVersion version,
                                  const SigningContext &context) {
    SignedRequest out;
    QUrl url;
    url.setScheme(endpoint.scheme());
    url.setHost(endpoint.host());
    url.setPort(endpoint.port());
    url.setPath(QStringLiteral("/"));
    const QString timestamp = formatTimestamp(context.timestamp);

    if (version == SignatureVersion::V3) {
        out.method = "POST";
        const QByteArray payloadHash = hashedPayload(out.body);
        HeaderList headers = {
            {"host", hostHeader(endpoint)},
            {"x-acs-action", request.action.toUtf8()},
            {"x-acs-version", request.version.toUtf8()},
            {"x-acs-date", timestamp.toUtf8()},
            {"x-acs-signature-nonce", context.nonce.toUtf8()},
            {"x-acs-content-sha256", payloadHash},
        };
        if (credentials.hasSecurityToken())
            headers.append({"x-acs-security-token", credentials.securityToken.toUtf8()});
        const QByteArray canonical =
            canonicalRequestV3(out.method, "/", request.parameters, headers, payloadHash);
        const QByteArray signature = signatureV3(credentials.accessKeySecret, stringToSignV3(canonical));
        out.headers = headers;
        out.headers.append({"authorization",
                            kV3Algorithm + " Credential=" + credentials.accessKeyId.toUtf8() +
                                ",SignedHeaders=" + signedHeaderNames(headers) + ",Signature=" + signature});
        url.setQuery(QString::fromLatin1(canonicalQueryString(request.parameters)), QUrl::StrictMode);
    } else {
        out.method = "GET";
        QMap<QString, QString> parameters = request.parameters;
        parameters.insert(QStringLiteral("Action"), request.action);
        parameters.insert(QStringLiteral("Version"), request.version);
        parameters.insert(QStringLiteral("Format"),
                          parameters.value(QStringLiteral("Format"), QStringLiteral("JSON")));
        parameters.insert(QStringLiteral("AccessKeyId"), credentials.accessKeyId);
        parameters.insert(QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1"));
        parameters.insert(QStringLiteral("SignatureVersion"), QStringLiteral("1.0"));
        parameters.insert(QStringLiteral("SignatureNonce"), context.nonce);
        parameters.insert(QStringLiteral("Timestamp"), timestamp);
        if (credentials.hasSecurityToken())
            parameters.insert(QStringLiteral("SecurityToken"), credentials.securityToken);
        const QByteArray signature =
            signatureV1(credentials.accessKeySecret, stringToSignV1(out.method, parameters));
        const QByteArray query =
            canonicalQueryString(parameters) + "&Signature=" + percentEncode(QString::fromLatin1(signature));
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    }
    out.url = url;
    return out;
}

} // namespace isb
