#include "SignatureVerifier.h"

#include "SimulatorActions.h"

#include <QRegularExpression>

namespace isb {

namespace {

const QByteArray kV3Algorithm = QByteArrayLiteral("ACS3-HMAC-SHA256");

// The headers the service insists on being signed in V3.
const QByteArrayList kRequiredSignedHeaders = {
    "host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256",
};

SimulatorAnswer incompleteSignature(const QString &detail) {
    return SimulatorAnswer::error(
        400, QStringLiteral("IncompleteSignature"),
        QStringLiteral("The request signature does not conform to Aliyun standards. ") % detail);
}

SimulatorAnswer missingParameter(const QString &name) {
    return SimulatorAnswer::error(
        400, QStringLiteral("MissingParameter"),
        QStringLiteral("The input parameter ") % name %
            QStringLiteral(" that is mandatory for processing this request is not supplied."));
}

SimulatorAnswer signatureDoesNotMatch() {
    return SimulatorAnswer::error(
        400, QStringLiteral("SignatureDoesNotMatch"),
        QStringLiteral("The request signature we calculated does not match the signature "
                       "you provided. Check your key and signing method."));
}

SimulatorAnswer keyNotFound() {
    return SimulatorAnswer::error(404, QStringLiteral("InvalidAccessKeyId.NotFound"),
                                  QStringLiteral("Specified access key is not found."));
}

SimulatorAnswer nonceUsed() {
    return SimulatorAnswer::error(400, QStringLiteral("SignatureNonceUsed"),
                                  QStringLiteral("Specified signature nonce was used already."));
}

std::optional<SimulatorAnswer> checkSecurityToken(const SimAccessKey &key,
                                                  const std::optional<QString> &token, const QDateTime &now) {
    if (key.securityToken.isEmpty())
        return std::nullopt;
    if (!token || token->isEmpty()) {
        return SimulatorAnswer::error(400, QStringLiteral("InvalidSecurityToken.Missing"),
                                      QStringLiteral("The security token you provided is missing."));
    }
    if (*token != key.securityToken) {
        return SimulatorAnswer::error(
            400, QStringLiteral("InvalidSecurityToken.MismatchWithAccessKey"),
            QStringLiteral("The security token you provided does not match the access key."));
    }
    if (key.expiration.isValid() && key.expiration <= now) {
        return SimulatorAnswer::error(400, QStringLiteral("InvalidSecurityToken.Expired"),
                                      QStringLiteral("The security token you provided has expired."));
    }
    return std::nullopt;
}

std::optional<SimulatorAnswer> checkVersion(const QString &version) {
    // One port stands in for ECS, STS and ResourceManager; SimulatorActions routes by version.
    if (SimulatorActions::knownVersions().contains(version))
        return std::nullopt;
    return SimulatorAnswer::error(400, QStringLiteral("InvalidVersion"),
                                  QStringLiteral("Specified parameter Version is not valid."));
}

bool isFormBody(const IncomingRequest &request) {
    return !request.body.isEmpty() &&
           request.header("content-type").toLower().startsWith("application/x-www-form-urlencoded");
}

} // namespace

QByteArray IncomingRequest::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

bool IncomingRequest::hasHeader(const QByteArray &name) const {
    return std::any_of(headers.cbegin(), headers.cend(), [&](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

SignatureVerifier::SignatureVerifier()
    : m_clock([] { return QDateTime::currentDateTimeUtc(); }) {}

void SignatureVerifier::setAccessKeys(const QList<SimAccessKey> &keys) {
    m_keys = keys;
}

void SignatureVerifier::setClock(std::function<QDateTime()> clock) {
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
}

void SignatureVerifier::clearNonces() {
    m_nonces.clear();
    m_nonceOrder.clear();
}

namespace {

QString decodedName(const QByteArray &pair) {
    const qsizetype equals = pair.indexOf('=');
    QByteArray name = equals < 0 ? pair : pair.left(equals);
    name.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(name));
}

} // namespace

QString SignatureVerifier::repeatedName(const QByteArray &encoded, const QSet<QString> &earlier) {
    QSet<QString> seen = earlier;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const QString name = decodedName(pair);
        if (seen.contains(name))
            return name;
        seen.insert(name);
    }
    return {};
}

QSet<QString> SignatureVerifier::names(const QByteArray &encoded) {
    QSet<QString> result;
    for (const QByteArray &pair : encoded.split('&')) {
        if (!pair.isEmpty())
            result.insert(decodedName(pair));
    }
    return result;
}

std::optional<SimulatorAnswer>
SignatureVerifier::checkRepeatedParameters(const IncomingRequest &request) const {
    // The service refuses a name given twice rather than pick one: a client and a proxy that read
    // different copies would otherwise disagree on what was signed.
    QString repeated = repeatedName(request.rawQuery);
    if (repeated.isEmpty() && isFormBody(request))
        repeated = repeatedName(request.body, names(request.rawQuery));
    if (repeated.isEmpty())
        return std::nullopt;
    return SimulatorAnswer::error(400, QStringLiteral("InvalidParameter"),
                                  QStringLiteral("The specified parameter \"") % repeated %
                                      QStringLiteral("\" is repeated; each parameter may appear only once."));
}

QMap<QString, QString> SignatureVerifier::parseForm(const QByteArray &encoded) {
    QMap<QString, QString> parameters;
    const QByteArrayList pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QString decodedName = QString::fromUtf8(QByteArray::fromPercentEncoding(name));
        if (!parameters.contains(decodedName))
            parameters.insert(decodedName, QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return parameters;
}

const SimAccessKey *SignatureVerifier::findKey(const QString &accessKeyId) const {
    for (const SimAccessKey &key : m_keys) {
        if (key.accessKeyId == accessKeyId)
            return &key;
    }
    return nullptr;
}

Verification SignatureVerifier::verify(const IncomingRequest &request) {
    // The Authorization header is what makes a request V3; everything else is treated as V1, which
    // also gives an unsigned request the V1 answer (MissingParameter, in XML unless Format says JSON).
    const bool v3 = request.hasHeader("authorization");
    if (auto error = checkRepeatedParameters(request)) {
        Verification result;
        result.signatureVersion = v3 ? SignatureVersion::V3 : SignatureVersion::V1;
        const QString format = parseForm(request.rawQuery).value(QStringLiteral("Format"));
        result.format = v3 || format.compare(u"JSON", Qt::CaseInsensitive) == 0
                            ? SimulatorAnswer::Format::Json
                            : SimulatorAnswer::Format::Xml;
        result.error = error;
        return result;
    }
    return v3 ? verifyV3(request) : verifyV1(request);
}

std::optional<SimulatorAnswer> SignatureVerifier::checkTimestamp(const QString &timestamp) const {
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$"));
    QDateTime time;
    if (pattern.match(timestamp).hasMatch())
        time = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    if (!time.isValid()) {
        return SimulatorAnswer::error(
            400, QStringLiteral("InvalidTimeStamp.Format"),
            QStringLiteral("Specified time stamp or date value is not well formatted."));
    }
    if (qAbs(time.secsTo(m_clock())) > kWindowSeconds) {
        return SimulatorAnswer::error(400, QStringLiteral("InvalidTimeStamp.Expired"),
                                      QStringLiteral("Specified time stamp or date value is expired."));
    }
    return std::nullopt;
}

bool SignatureVerifier::useNonce(const QString &accessKeyId, const QString &nonce) {
    const QDateTime now = m_clock();
    // Arrival order is time order (a clock set back by a test only keeps entries longer).
    while (!m_nonceOrder.empty() && m_nonceOrder.front().seenAt.secsTo(now) > kWindowSeconds) {
        m_nonces.remove(m_nonceOrder.front().key);
        m_nonceOrder.pop_front();
    }
    const QString key = accessKeyId % QLatin1Char('\n') % nonce;
    if (m_nonces.contains(key))
        return false;
    m_nonces.insert(key);
    m_nonceOrder.push_back({now, key});
    return true;
}

qsizetype SignatureVerifier::rememberedNonces() const {
    return m_nonces.size();
}

Verification SignatureVerifier::verifyV3(const IncomingRequest &request) {
    Verification result;
    result.signatureVersion = SignatureVersion::V3;
    result.format = SimulatorAnswer::Format::Json;

    // Authorization: ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<a;b>,Signature=<hex>
    const QByteArray authorization = request.header("authorization");
    const qsizetype space = authorization.indexOf(' ');
    if (space < 0 || authorization.left(space) != kV3Algorithm) {
        result.error =
            incompleteSignature(QStringLiteral("The Authorization header must start with ACS3-HMAC-SHA256."));
        return result;
    }
    QMap<QByteArray, QByteArray> fields;
    for (const QByteArray &part : authorization.mid(space + 1).split(',')) {
        const qsizetype equals = part.indexOf('=');
        if (equals > 0)
            fields.insert(part.left(equals).trimmed(), part.mid(equals + 1).trimmed());
    }
    const QByteArray credential = fields.value("Credential");
    const QByteArray signedHeaderList = fields.value("SignedHeaders");
    const QByteArray signature = fields.value("Signature");
    if (credential.isEmpty() || signedHeaderList.isEmpty() || signature.isEmpty()) {
        result.error = incompleteSignature(
            QStringLiteral("The Authorization header needs Credential, SignedHeaders and Signature."));
        return result;
    }

    const QByteArrayList signedNames = signedHeaderList.toLower().split(';');
    for (const QByteArray &required : kRequiredSignedHeaders) {
        if (!signedNames.contains(required) || !request.hasHeader(required)) {
            result.error = incompleteSignature(QStringLiteral("The header ") % QString::fromLatin1(required) %
                                               QStringLiteral(" is required and must be signed."));
            return result;
        }
    }
    if (request.hasHeader("x-acs-security-token") && !signedNames.contains("x-acs-security-token")) {
        result.error = incompleteSignature(QStringLiteral("The header x-acs-security-token must be signed."));
        return result;
    }
    HeaderList signedHeaders;
    for (const QByteArray &name : signedNames) {
        if (!request.hasHeader(name)) {
            result.error =
                incompleteSignature(QStringLiteral("The signed header ") % QString::fromLatin1(name) %
                                    QStringLiteral(" is missing from the request."));
            return result;
        }
        signedHeaders.append({name, request.header(name)});
    }

    result.accessKeyId = QString::fromUtf8(credential);
    const SimAccessKey *key = findKey(result.accessKeyId);
    if (!key) {
        result.error = keyNotFound();
        return result;
    }

    if (auto error = checkTimestamp(QString::fromUtf8(request.header("x-acs-date")))) {
        result.error = error;
        return result;
    }

    const QMap<QString, QString> query = parseForm(request.rawQuery);
    const QByteArray contentSha256 = request.header("x-acs-content-sha256");
    const QByteArray path = request.path.isEmpty() ? QByteArrayLiteral("/") : request.path;
    const QByteArray canonical =
        RequestSigner::canonicalRequestV3(request.method, path, query, signedHeaders, contentSha256);
    const QByteArray expected =
        RequestSigner::signatureV3(key->accessKeySecret, RequestSigner::stringToSignV3(canonical));
    // The signed payload hash must also describe the body that actually arrived.
    if (signature.toLower() != expected ||
        contentSha256.toLower() != RequestSigner::hashedPayload(request.body)) {
        result.error = signatureDoesNotMatch();
        return result;
    }

    if (!useNonce(result.accessKeyId, QString::fromUtf8(request.header("x-acs-signature-nonce")))) {
        result.error = nonceUsed();
        return result;
    }

    std::optional<QString> token;
    if (request.hasHeader("x-acs-security-token"))
        token = QString::fromUtf8(request.header("x-acs-security-token"));
    if (auto error = checkSecurityToken(*key, token, m_clock())) {
        result.error = error;
        return result;
    }

    result.apiVersion = QString::fromUtf8(request.header("x-acs-version"));
    if (auto error = checkVersion(result.apiVersion)) {
        result.error = error;
        return result;
    }
    result.action = QString::fromUtf8(request.header("x-acs-action"));

    // The official SDKs may put RPC parameters into a form body even with V3; the service merges both.
    result.parameters = query;
    if (isFormBody(request)) {
        const QMap<QString, QString> form = parseForm(request.body);
        for (auto it = form.cbegin(); it != form.cend(); ++it) {
            if (!result.parameters.contains(it.key()))
                result.parameters.insert(it.key(), it.value());
        }
    }
    return result;
}

Verification SignatureVerifier::verifyV1(const IncomingRequest &request) {
    Verification result;
    result.signatureVersion = SignatureVersion::V1;

    QMap<QString, QString> parameters = parseForm(request.rawQuery);
    if (isFormBody(request)) {
        const QMap<QString, QString> form = parseForm(request.body);
        for (auto it = form.cbegin(); it != form.cend(); ++it) {
            if (!parameters.contains(it.key()))
                parameters.insert(it.key(), it.value());
        }
    }
    // The service answers XML unless the request asks for JSON, errors included.
    result.format = parameters.value(QStringLiteral("Format")).compare(u"JSON", Qt::CaseInsensitive) == 0
                        ? SimulatorAnswer::Format::Json
                        : SimulatorAnswer::Format::Xml;

    static const QStringList required = {
        QStringLiteral("AccessKeyId"),     QStringLiteral("Signature"),
        QStringLiteral("SignatureMethod"), QStringLiteral("SignatureVersion"),
        QStringLiteral("SignatureNonce"),  QStringLiteral("Timestamp"),
        QStringLiteral("Action"),          QStringLiteral("Version"),
    };
    for (const QString &name : required) {
        if (parameters.value(name).isEmpty()) {
            result.error = missingParameter(name);
            return result;
        }
    }
    if (parameters.value(QStringLiteral("SignatureMethod")) != u"HMAC-SHA1") {
        result.error = incompleteSignature(QStringLiteral("SignatureMethod must be HMAC-SHA1."));
        return result;
    }
    if (parameters.value(QStringLiteral("SignatureVersion")) != u"1.0") {
        result.error = incompleteSignature(QStringLiteral("SignatureVersion must be 1.0."));
        return result;
    }

    result.accessKeyId = parameters.value(QStringLiteral("AccessKeyId"));
    const SimAccessKey *key = findKey(result.accessKeyId);
    if (!key) {
        result.error = keyNotFound();
        return result;
    }

    if (auto error = checkTimestamp(parameters.value(QStringLiteral("Timestamp")))) {
        result.error = error;
        return result;
    }

    const QByteArray expected = RequestSigner::signatureV1(
        key->accessKeySecret, RequestSigner::stringToSignV1(request.method, parameters));
    if (parameters.value(QStringLiteral("Signature")).toUtf8() != expected) {
        result.error = signatureDoesNotMatch();
        return result;
    }

    if (!useNonce(result.accessKeyId, parameters.value(QStringLiteral("SignatureNonce")))) {
        result.error = nonceUsed();
        return result;
    }

    std::optional<QString> token;
    if (parameters.contains(QStringLiteral("SecurityToken")))
        token = parameters.value(QStringLiteral("SecurityToken"));
    if (auto error = checkSecurityToken(*key, token, m_clock())) {
        result.error = error;
        return result;
    }

    result.apiVersion = parameters.value(QStringLiteral("Version"));
    if (auto error = checkVersion(result.apiVersion)) {
        result.error = error;
        return result;
    }
    result.action = parameters.value(QStringLiteral("Action"));

    parameters.remove(QStringLiteral("Signature"));
    result.parameters = parameters;
    return result;
}

} // namespace isb
