#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace isb {

/// The failures the simulator can inject in place of a normal answer.
enum class FaultKind {
    None,
    Throttling,    // 400 Throttling.User, as the service's flow control answers
    Unavailable,   // 503 ServiceUnavailable
    Internal,      // 500 InternalError
    MalformedJson, // 200 with a body that is not valid JSON
    Truncated,     // Content-Length larger than the body sent, then the connection is closed
    Reset,         // the TCP connection is reset without any answer
    Stall,         // no answer at all; the connection stays open until the client gives up
    // Answers that are well-formed but untrustworthy, for the client's "complete or an error" rules:
    Shift,        // served normally; after a DescribeImageSharePermission page 1, the image's first grant is
                  // removed from the data (the next pages shift by one)
    ShortPages,   // served normally, but TotalCount is 5 more than the pages hold
    IgnorePage,   // PageNumber is ignored: every answer is page 1
    HugeBody,     // 200 with a body of 33 MiB, streamed without Content-Length
    Gateway429,   // 429 Too Many Requests with an HTML body, as a gateway in front of the service sends
    ControlChars, // served normally, with ESC, BEL, C1 and U+2028 in names, descriptions and messages
};

/// Decides which fault, if any, the next request gets. Deterministic queued faults ("the next N
/// requests") come first, in the order they were queued; then each kind with a rate is drawn from a
/// seeded generator, so a run with the same seed and the same requests fails the same way.
class FaultPlan final {
public:
    FaultPlan();

    /// `rate` is a probability from 0 (never; removes the kind) to 1 (every request).
    void setRate(FaultKind kind, double rate);
    /// The next `count` requests get `kind`, before any rate applies.
    void failNext(FaultKind kind, int count);
    void clear();
    void setSeed(quint32 seed);

    /// Consumes one decision for one incoming request.
    FaultKind next();

    /// "throttling", "unavailable", ..., as on the command line.
    static QString name(FaultKind kind);
    static std::optional<FaultKind> kindFromName(const QString &name);
    static QStringList names();

    /// Applies one `KIND:RATE` or `KIND:#N` command-line value; false (and `error`) when malformed.
    bool applySpec(const QString &spec, QString *error = nullptr);

private:
    QList<QPair<FaultKind, int>> m_queue;
    QMap<FaultKind, double> m_rates;
    QRandomGenerator m_random;
};

} // namespace isb
