#pragma once

// Shared by the simulator tests: a simulator on a free loopback port loaded with the demo dataset, and
// a QNetworkAccessManager that sends isb::RequestSigner's requests and waits for the answer.

#include "EcsSimulator.h"
#include "RequestSigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace isb::test {

inline const Credentials kDemoKey{
    QStringLiteral("LTAI5tDemoReadOnly0001"), QStringLiteral("demo-secret-not-a-real-key"), {}};
inline const Credentials kWritableDemoKey{
    QStringLiteral("LTAI5tDemoWritable0001"), QStringLiteral("demo-writable-secret-not-real"), {}};
inline const Credentials kStsKey{QStringLiteral("STS.DemoTemporary0001"),
                                 QStringLiteral("demo-sts-secret-not-real"),
                                 QStringLiteral("demo-sts-token")};

inline QString demoDataPath() {
    return QStringLiteral(ISB_SOURCE_DIR "/resources/demo-data.json");
}

/// What came back for one request.
struct HttpResult {
    bool finished = false; // false: no answer within the wait
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray requestIdHeader;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const { return json().value(QStringLiteral("Code")).toString(); }
    QString message() const { return json().value(QStringLiteral("Message")).toString(); }
};

/// Sends signed requests over real HTTP and waits for them with QSignalSpy (never a sleep).
class TestClient {
public:
    explicit TestClient(const QUrl &endpoint)
        : m_endpoint(endpoint) {}

    QUrl endpoint() const { return m_endpoint; }

    SignedRequest sign(const QString &action, const QMap<QString, QString> &parameters,
                       const Credentials &credentials = kDemoKey,
                       SignatureVersion version = SignatureVersion::V3,
                       const SigningContext &context = SigningContext::fresh(),
                       const QString &apiVersion = QStringLiteral("2014-05-26")) const {
        return RequestSigner::sign({action, apiVersion, parameters}, m_endpoint, credentials, version,
                                   context);
    }

    QNetworkReply *start(const SignedRequest &request) {
        QNetworkRequest networkRequest(request.url);
        for (const auto &[name, value] : request.headers) {
            // QNetworkAccessManager writes Host itself, from the URL, exactly as the signer computed it.
            if (name.compare("host", Qt::CaseInsensitive) != 0)
                networkRequest.setRawHeader(name, value);
        }
        if (!request.body.isEmpty() && !networkRequest.hasRawHeader("Content-Type"))
            networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                     QByteArrayLiteral("application/x-www-form-urlencoded"));
        return m_manager.sendCustomRequest(networkRequest, request.method, request.body);
    }

    /// Waits for `reply` (up to `timeoutMs`) and collects it; the reply is deleted afterwards.
    static HttpResult collect(QNetworkReply *reply, int timeoutMs = 10000) {
        std::unique_ptr<QNetworkReply> owned(reply);
        HttpResult result;
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            if (!spy.wait(timeoutMs)) {
                reply->abort();
                return result;
            }
        }
        result.finished = true;
        result.error = reply->error();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.contentType = reply->rawHeader("Content-Type");
        result.requestIdHeader = reply->rawHeader("x-acs-request-id");
        return result;
    }

    HttpResult send(const SignedRequest &request, int timeoutMs = 10000) {
        return collect(start(request), timeoutMs);
    }

    HttpResult call(const QString &action, const QMap<QString, QString> &parameters,
                    const Credentials &credentials = kDemoKey,
                    SignatureVersion version = SignatureVersion::V3) {
        return send(sign(action, parameters, credentials, version));
    }

    /// A call to another product's API version (STS 2015-04-01, ResourceManager 2020-03-31).
    HttpResult callApi(const QString &apiVersion, const QString &action,
                       const QMap<QString, QString> &parameters, const Credentials &credentials = kDemoKey,
                       SignatureVersion version = SignatureVersion::V3) {
        return send(sign(action, parameters, credentials, version, SigningContext::fresh(), apiVersion));
    }

    QNetworkAccessManager &manager() { return m_manager; }

private:
    QUrl m_endpoint;
    QNetworkAccessManager m_manager;
};

/// The id of the demo image called `name` in `regionId`.
inline QString demoImageId(const EcsSimulator &simulator, const QString &name,
                           const QString &regionId = QStringLiteral("cn-hangzhou")) {
    for (const SimImage &image : simulator.dataset().images()) {
        if (image.imageName == name && image.regionId == regionId)
            return image.imageId;
    }
    return {};
}

inline const SimImage *demoImage(const EcsSimulator &simulator, const QString &imageId) {
    return simulator.dataset().findImage(imageId);
}

/// Replaces (or adds) a header of a signed request, e.g. to tamper with it after signing.
inline void setHeader(SignedRequest &request, const QByteArray &name, const QByteArray &value) {
    for (auto &header : request.headers) {
        if (header.first == name) {
            header.second = value;
            return;
        }
    }
    request.headers.append({name, value});
}

inline void removeHeader(SignedRequest &request, const QByteArray &name) {
    request.headers.removeIf([&](const auto &header) { return header.first == name; });
}

} // namespace isb::test
