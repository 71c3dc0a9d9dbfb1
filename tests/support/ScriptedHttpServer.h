#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>

namespace isb::test {

/// A loopback HTTP server that answers with canned raw responses in order and records every request it
/// received. For what the simulator deliberately never does: redirects, and inspecting the exact bytes a
/// client sends on each retry.
class ScriptedHttpServer final : public QTcpServer {
public:
    explicit ScriptedHttpServer(QObject *parent = nullptr);

    /// Raw responses, one per request; the last one repeats.
    void setResponses(const QList<QByteArray> &responses) { m_responses = responses; }
    const QList<QByteArray> &requests() const { return m_requests; }
    QUrl url() const;

    /// A raw HTTP/1.1 response with the given status line, extra headers and body.
    static QByteArray response(int status, const QByteArray &body, const QByteArray &extraHeaders = {});
    /// The value of `name` in a raw request recorded by this server.
    static QByteArray header(const QByteArray &request, const QByteArray &name);

private:
    void serve();

    QList<QByteArray> m_responses;
    QList<QByteArray> m_requests;
};

} // namespace isb::test
