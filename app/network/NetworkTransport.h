#pragma once

#include "HttpTransport.h"

#include <QNetworkAccessManager>

namespace isb {

/// HttpTransport on Qt Network: one QNetworkAccessManager, redirects reported instead of followed.
class NetworkTransport final : public HttpTransport {
public:
    NetworkTransport();
    std::unique_ptr<HttpExchange> send(const SignedRequest &request) override;

private:
    QNetworkAccessManager m_network;
};

} // namespace isb
