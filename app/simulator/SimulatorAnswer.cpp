#include "SimulatorAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <QXmlStreamWriter>

namespace isb {

namespace {

QString scalarText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

// The service's XML mirrors its JSON: an object becomes nested elements and an array under key K
// becomes one <K> element per item (e.g. ShareGroups/ShareGroup[] -> <ShareGroups><ShareGroup>...).
void writeXmlValue(QXmlStreamWriter &xml, const QString &name, const QJsonValue &value) {
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items)
            writeXmlValue(xml, name, item);
        return;
    }
    xml.writeStartElement(name);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            writeXmlValue(xml, it.key(), it.value());
    } else {
        xml.writeCharacters(scalarText(value));
    }
    xml.writeEndElement();
}

} // namespace

SimulatorAnswer SimulatorAnswer::success(const QString &action, const QJsonObject &body) {
    SimulatorAnswer answer;
    answer.m_rootName = action % QStringLiteral("Response");
    answer.m_body = body;
    return answer;
}

SimulatorAnswer SimulatorAnswer::error(int httpStatus, const QString &code, const QString &message) {
    SimulatorAnswer answer;
    answer.m_httpStatus = httpStatus;
    answer.m_code = code;
    answer.m_message = message;
    answer.m_rootName = QStringLiteral("Error");
    return answer;
}

QString SimulatorAnswer::newRequestId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
}

QString SimulatorAnswer::recommendUrl(const QString &code, const QString &requestId) {
    QUrl url(QStringLiteral("https://api.aliyun.com/troubleshoot"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), code);
    query.addQueryItem(QStringLiteral("product"), QStringLiteral("Ecs"));
    query.addQueryItem(QStringLiteral("requestId"), requestId);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QByteArray SimulatorAnswer::render(Format format, const QString &requestId, const QString &hostId,
                                   QByteArray *contentType) const {
    QJsonObject object = m_body;
    object.insert(QStringLiteral("RequestId"), requestId);
    if (isError()) {
        object.insert(QStringLiteral("HostId"), hostId);
        object.insert(QStringLiteral("Code"), m_code);
        object.insert(QStringLiteral("Message"), m_message);
        object.insert(QStringLiteral("Recommend"), recommendUrl(m_code, requestId));
    }

    if (format == Format::Json) {
        if (contentType)
            *contentType = QByteArrayLiteral("application/json;charset=utf-8");
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    if (contentType)
        *contentType = QByteArrayLiteral("text/xml;charset=utf-8");
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    writeXmlValue(xml, m_rootName, object);
    xml.writeEndDocument();
    return out;
}

} // namespace isb
