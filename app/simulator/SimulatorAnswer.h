#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace isb {

/// One answer of the simulated service before it is rendered: a success body or an error (HTTP status,
/// Code, Message). RequestId and HostId are added at rendering time because every answer gets a fresh
/// RequestId, and the same answer renders as JSON or XML depending on what the request asked for.
class SimulatorAnswer final {
public:
    enum class Format {
        Json, // V3 always; V1 with Format=JSON
        Xml,  // V1 without Format (the service's default) or Format=XML
    };

    /// `action`Response is the XML root element; `body` holds the fields besides RequestId.
    static SimulatorAnswer success(const QString &action, const QJsonObject &body);
    static SimulatorAnswer error(int httpStatus, const QString &code, const QString &message);

    bool isError() const { return !m_code.isEmpty(); }
    int httpStatus() const { return m_httpStatus; }
    const QString &code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QJsonObject &body() const { return m_body; }
    /// For faults that alter an answer after it was computed.
    void setBody(const QJsonObject &body) { m_body = body; }
    void setMessage(const QString &message) { m_message = message; }

    /// The bytes to send; `contentType` receives the matching Content-Type.
    QByteArray render(Format format, const QString &requestId, const QString &hostId,
                      QByteArray *contentType) const;

    /// Upper-case 8-4-4-4-12 UUID, like the service's RequestIds.
    static QString newRequestId();
    /// The troubleshooting URL the service puts into Recommend.
    static QString recommendUrl(const QString &code, const QString &requestId);

private:
    int m_httpStatus = 200;
    QString m_code;
    QString m_message;
    QString m_rootName;
    QJsonObject m_body;
};

} // namespace isb
