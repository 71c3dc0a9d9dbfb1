#pragma once

#include "RequestSigner.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace isb {

/// One signed request on its way, as EcsClient sees it: what arrived so far, and the answer once
/// `finished` is called. The transport calls the handlers from the event loop, never from send().
///
/// Not a QObject on purpose: the browser loads its transport from a module after the first paint
/// (app/network/README.md), and a QObject subclass there would need the program's own meta-objects.
class HttpExchange {
public:
    enum class Failure { None, Tls, Timeout, Other };

    virtual ~HttpExchange() = default; // also stops an exchange still in flight; no handler runs after it

    /// Ends the exchange early; `finished` still follows, as for any other end.
    virtual void abort() = 0;
    virtual int httpStatus() const = 0;
    /// The Content-Length the server announced, or -1 while none was.
    virtual qint64 announcedLength() const = 0;
    virtual QByteArray readBody() = 0;
    virtual Failure failure() const = 0;
    virtual QString failureText() const = 0;
    /// For a redirect: the target the server named, resolved against the request's URL.
    virtual QUrl redirectTarget() const = 0;

    std::function<void()> headersArrived;
    std::function<void(qint64 bytesReceived)> progressed;
    std::function<void()> finished;
};

/// Sends signed requests: HTTP/1.1, no redirect followed (a signed request is never replayed elsewhere).
class HttpTransport {
public:
    virtual ~HttpTransport() = default;
    virtual std::unique_ptr<HttpExchange> send(const SignedRequest &request) = 0;
};

/// The program's transport, made on a client's first request. Each program links exactly one definition:
/// isb_network (Qt Network, linked in: the CLI, the tests) or the browser's, which loads the same code as
/// a module (app/network/README.md). Null, with `error` set, when there is none.
std::unique_ptr<HttpTransport> createHttpTransport(QString *error);

/// The transport of the module at `path` (isb-network, app/network/NetworkModule.cpp), or null with
/// `error` set.
std::unique_ptr<HttpTransport> loadHttpTransportModule(const QString &path, QString *error);

} // namespace isb
