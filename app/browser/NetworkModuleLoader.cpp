// createHttpTransport() for the window: Qt Network, and Kerberos and libproxy with it, load on the first
// request, after the first paint, instead of before main() (README, "Start-up").
#include "HttpTransport.h"

#include <QCoreApplication>

namespace isb {

std::unique_ptr<HttpTransport> createHttpTransport(QString *error) {
    return loadHttpTransportModule(
        QCoreApplication::applicationDirPath() + QStringLiteral("/" ISB_NETWORK_MODULE), error);
}

} // namespace isb
