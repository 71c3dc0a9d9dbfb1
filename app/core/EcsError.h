#pragma once

#include <QMetaType>
#include <QString>

namespace isb {

/// Everything known about one failed ECS operation. An operation's result carries either its data or
/// one of these; callers never have to parse strings to decide what to do.
struct EcsError {
    enum class Kind {
        None,        // no error
        Api,         // the service answered with an error body (Code, Message, RequestId)
        Network,     // connection refused/reset, DNS, proxy ...
        Timeout,     // no answer within the request's timeout
        Tls,         // certificate or handshake failure; never ignored
        BadResponse, // an answer we cannot trust: malformed JSON, truncated, wrong shape, bad redirect
        Cancelled,   // the operation was cancelled
        Refused,     // refused before sending: plain http to a non-loopback host, missing credentials
        Changed,     // a paged list kept changing while it was read (see PagedListAssembler); try again
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;      // the service's Code, e.g. "InvalidImageId.NotFound"
    QString message;   // the service's Message, or a description of a local failure
    QString requestId; // the service's RequestId, needed for support tickets
    QString hostId;
    QString recommend; // troubleshooting URL given by the service

    bool isError() const { return kind != Kind::None; }

    /// Throttling.*, or HTTP 429 whatever its body (a gateway's HTML page included).
    bool isThrottling() const;
    /// Worth retrying automatically: throttling, 5xx, timeouts and transient network errors.
    bool isRetryable() const;
    /// The credentials are wrong: InvalidAccessKeyId.*, SignatureDoesNotMatch, InvalidSecurityToken.*,
    /// IncompleteSignature.
    bool isAuthenticationError() const;
    /// A temporary key was refused because it expired or was revoked (InvalidSecurityToken.*, or its key
    /// ID is no longer known): worth one renewal of a role session's key, never a plain retry.
    bool isTemporaryKeyRejected() const;
    /// The local clock is too far off (InvalidTimeStamp.Expired).
    bool isClockSkew() const;
    bool isNotFound() const { return code == QLatin1String("InvalidImageId.NotFound"); }

    /// One line with Code, Message, HTTP status and RequestId, for logs and the CLI's stderr.
    QString toOneLine() const;
    /// A short stable name for the kind ("api", "network", ...).
    static QString kindName(Kind kind);
    /// The error in one word, for a table cell, a status line or a snapshot's Code: the service's Code
    /// ("Throttling.User"), or for a failure without one (network, timeout ...) its kindName().
    QString shortCode() const;

    static EcsError local(Kind kind, const QString &message, const QString &code = {});
};

} // namespace isb

Q_DECLARE_METATYPE(isb::EcsError)
