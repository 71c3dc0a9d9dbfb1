#include "NetworkTransport.h"

#include <QNetworkReply>
#include <QPointer>

#include <array>

namespace isb {

namespace {

class NetworkExchange final : public HttpExchange {
public:
    explicit NetworkExchange(QNetworkReply *reply)
        : m_reply(reply) {
        m_connections = {
            QObject::connect(reply, &QNetworkReply::metaDataChanged, reply,
                             [this] {
                                 if (headersArrived)
                                     headersArrived();
                             }),
            QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                             [this](qint64 received) {
                                 if (progressed)
                                     progressed(received);
                             }),
            QObject::connect(reply, &QNetworkReply::finished, reply,
                             [this] {
                                 if (finished)
                                     finished();
                             }),
        };
    }

    ~NetworkExchange() override {
        if (!m_reply)
            return; // the access manager went first and took its replies with it
        for (const auto &connection : m_connections)
            QObject::disconnect(connection);
        m_reply->abort();
        m_reply->deleteLater(); // the reply may be the sender of the signal being handled
    }

    void abort() override { m_reply->abort(); }
    int httpStatus() const override {
        return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    qint64 announcedLength() const override {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        return length.isValid() ? length.toLongLong() : -1;
    }
    QByteArray readBody() override { return m_reply->isOpen() ? m_reply->readAll() : QByteArray(); }
    Failure failure() const override {
        switch (m_reply->error()) {
        case QNetworkReply::NoError:
            return Failure::None;
        case QNetworkReply::SslHandshakeFailedError:
            return Failure::Tls;
        case QNetworkReply::TimeoutError:
            return Failure::Timeout;
        default:
            return Failure::Other;
        }
    }
    QString failureText() const override { return m_reply->errorString(); }
    QUrl redirectTarget() const override {
        return m_reply->url().resolved(
            m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
    }

private:
    QPointer<QNetworkReply> m_reply;
    std::array<QMetaObject::Connection, 3> m_connections;
};

} // namespace

NetworkTransport::NetworkTransport() {
    // A signed request must not be replayed against another host; every redirect is reported instead.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

std::unique_ptr<HttpExchange> NetworkTransport::send(const SignedRequest &request) {
    QNetworkRequest networkRequest(request.url);
    for (const auto &[name, value] : request.headers) {
        if (name != "host") // QNetworkAccessManager writes the same Host value itself.
            networkRequest.setRawHeader(name, value);
    }
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return std::make_unique<NetworkExchange>(
        m_network.sendCustomRequest(networkRequest, request.method, request.body));
}

} // namespace isb
