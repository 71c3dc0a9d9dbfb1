#include "EcsError.h"

namespace isb {

bool EcsError::isThrottling() const {
    // A gateway in front of ECS may answer 429 with an HTML page: still throttling, not a broken answer.
    if (httpStatus == 429 && (kind == Kind::Api || kind == Kind::BadResponse))
        return true;
    return kind == Kind::Api && code.startsWith(QLatin1String("Throttling"));
}

bool EcsError::isRetryable() const {
    switch (kind) {
    case Kind::Timeout:
    case Kind::Network:
        return true;
    case Kind::Api:
        return isThrottling() || httpStatus >= 500 || code == QLatin1String("ServiceUnavailable") ||
               code == QLatin1String("InternalError");
    case Kind::BadResponse:
        if (isThrottling())
            return true;
        if (code == QLatin1String("ResponseTooLarge") || code == QLatin1String("InconsistentPages"))
            return false; // the same request gets the same oversized or contradictory answer
        // A truncated or garbled body from a server under stress; the request itself was fine.
        return httpStatus == 0 || httpStatus >= 500 || (httpStatus >= 200 && httpStatus < 300);
    default:
        return false;
    }
}

bool EcsError::isAuthenticationError() const {
    return kind == Kind::Api &&
           (code.startsWith(QLatin1String("InvalidAccessKeyId")) ||
            code == QLatin1String("SignatureDoesNotMatch") || code == QLatin1String("IncompleteSignature") ||
            code.startsWith(QLatin1String("InvalidSecurityToken")));
}

bool EcsError::isTemporaryKeyRejected() const {
    // InvalidSecurityToken.Missing is not among them: a token was never sent, a new one would not be either.
    return kind == Kind::Api && ((code.startsWith(QLatin1String("InvalidSecurityToken.")) &&
                                  code != QLatin1String("InvalidSecurityToken.Missing")) ||
                                 code == QLatin1String("InvalidAccessKeyId.NotFound") ||
                                 code == QLatin1String("InvalidAccessKeyId.Inactive"));
}

bool EcsError::isClockSkew() const {
    return kind == Kind::Api && code == QLatin1String("InvalidTimeStamp.Expired");
}

QString EcsError::kindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Api:
        return QStringLiteral("api");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::BadResponse:
        return QStringLiteral("bad-response");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Changed:
        return QStringLiteral("changed");
    }
    return QStringLiteral("unknown");
}

QString EcsError::shortCode() const {
    return code.isEmpty() ? kindName(kind) : code;
}

QString EcsError::toOneLine() const {
    QString line = kindName(kind) + QStringLiteral(" error");
    if (httpStatus != 0)
        line += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    if (!code.isEmpty())
        line += QStringLiteral(": Code=") + code;
    line += QStringLiteral(" Message=\"") + message + QLatin1Char('"');
    if (!requestId.isEmpty())
        line += QStringLiteral(" RequestId=") + requestId;
    return line;
}

EcsError EcsError::local(Kind kind, const QString &message, const QString &code) {
    EcsError error;
    error.kind = kind;
    error.message = message;
    error.code = code;
    return error;
}

} // namespace isb
