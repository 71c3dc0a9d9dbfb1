#pragma once

#include "RequestSigner.h"
#include "SimulatorAnswer.h"
#include "SimulatorDataset.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>

#include <deque>
#include <functional>
#include <optional>

namespace isb {

/// A request as it arrived on the wire: nothing normalised, so that verification sees what the client sent.
struct IncomingRequest {
    QByteArray method;   // "GET", "POST"
    QByteArray path;     // "/"
    QByteArray rawQuery; // percent-encoded, without '?'
    HeaderList headers;  // names as received
    QByteArray body;

    /// The first header named `name` (case-insensitive), trimmed; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

/// The outcome of verifying one request: either `error` is set, or the caller is authenticated and
/// action, version and the merged API parameters are known.
struct Verification {
    std::optional<SimulatorAnswer> error;
    SignatureVersion signatureVersion = SignatureVersion::V3;
    SimulatorAnswer::Format format = SimulatorAnswer::Format::Json;
    QString accessKeyId;
    QString action;
    QString apiVersion;
    QMap<QString, QString> parameters; // V3: query + form body; V1: every parameter but the signature's own
};

/// Authenticates requests the way the ECS service does, for both ACS3-HMAC-SHA256 (V3) and HMAC-SHA1
/// (V1): it rebuilds the string to sign from what arrived (reusing RequestSigner's public steps), then
/// checks key, timestamp window, signature, nonce replay and STS token in the service's order.
class SignatureVerifier final {
public:
    /// The service rejects timestamps further than this from its clock, and remembers nonces this long.
    static constexpr qint64 kWindowSeconds = 15 * 60;

    SignatureVerifier();

    void setAccessKeys(const QList<SimAccessKey> &keys);
    /// The server clock (UTC).
    QDateTime now() const { return m_clock(); }
    /// Replaces the server clock (UTC); tests use it to check the timestamp window without waiting.
    void setClock(std::function<QDateTime()> clock);
    /// Forgets every nonce seen so far.
    void clearNonces();
    /// Nonces remembered now (each for kWindowSeconds after it was used).
    qsizetype rememberedNonces() const;

    Verification verify(const IncomingRequest &request);

    /// Decodes `a=b&c=d` fully ('+' is a space, as in a form); the first occurrence of a name wins.
    static QMap<QString, QString> parseForm(const QByteArray &encoded);
    /// The first parameter name that occurs twice in `encoded`, or in `encoded` and `earlier` (the query
    /// before a form body); empty when every name is unique. Names compare after decoding, so `a` and
    /// `%61` are the same name.
    static QString repeatedName(const QByteArray &encoded, const QSet<QString> &earlier = {});
    /// The names in `encoded`, decoded.
    static QSet<QString> names(const QByteArray &encoded);

private:
    Verification verifyV3(const IncomingRequest &request);
    Verification verifyV1(const IncomingRequest &request);
    std::optional<SimulatorAnswer> checkTimestamp(const QString &timestamp) const;
    /// True when the nonce is fresh; records it.
    bool useNonce(const QString &accessKeyId, const QString &nonce);
    const SimAccessKey *findKey(const QString &accessKeyId) const;

    std::optional<SimulatorAnswer> checkRepeatedParameters(const IncomingRequest &request) const;

    /// A nonce as remembered: AccessKeyId and nonce, since the same nonce from another key is another one.
    struct SeenNonce {
        QDateTime seenAt;
        QString key;
    };

    QList<SimAccessKey> m_keys;
    std::function<QDateTime()> m_clock;
    // Nonces in arrival order plus a set for the look-up: expiring is popping from the front, so a
    // request costs O(expired + 1), never a scan of everything remembered.
    std::deque<SeenNonce> m_nonceOrder;
    QSet<QString> m_nonces;
};

} // namespace isb
