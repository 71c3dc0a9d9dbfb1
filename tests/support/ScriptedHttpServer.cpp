#include "ScriptedHttpServer.h"

#include <QTcpSocket>

namespace isb::test {

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QTcpServer(parent) {
    connect(this, &QTcpServer::newConnection, this, &ScriptedHttpServer::serve);
    listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::url() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(serverPort());
    return url;
}

QByteArray ScriptedHttpServer::response(int status, const QByteArray &body, const QByteArray &extraHeaders) {
    return "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\nContent-Type: application/json\r\n" +
           extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray ScriptedHttpServer::header(const QByteArray &request, const QByteArray &name) {
    for (const QByteArray &line : request.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

void ScriptedHttpServer::serve() {
    while (QTcpSocket *socket = nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            // The client under test sends small requests with empty or short bodies; the header block
            // ends at the blank line.
            QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
            while (true) {
                const int end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    break;
                const QByteArray head = buffer.left(end + 4);
                const int length = header(head, "content-length").toInt();
                if (buffer.size() < end + 4 + length)
                    break;
                m_requests.append(buffer.left(end + 4 + length));
                buffer.remove(0, end + 4 + length);
                const int index = std::min<int>(m_requests.size() - 1, int(m_responses.size()) - 1);
                socket->write(index >= 0 ? m_responses.at(index) : response(500, "{}"));
            }
            socket->setProperty("buffer", buffer);
        });
    }
}

} // namespace isb::test
