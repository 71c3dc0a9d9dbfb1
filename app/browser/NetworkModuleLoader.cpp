// createHttpTransport() for the window: Qt Network, and Kerberos and libproxy with it, load on the first
// request, after the first paint, instead of before main() (README, "Start-up").
#include "HttpTransport.h"

#include <QCoreApplication>
#include <QDir>

namespace isb {

std::unique_ptr<HttpTransport> createHttpTransport(QString *error) {
    // Cleaned: an error names /usr/lib/..., not /usr/bin/../lib/...
    return loadHttpTransportModule(
        QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/" ISB_NETWORK_MODULE)),
        error);
}

} // namespace isb
