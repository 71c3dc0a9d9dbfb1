#include "HttpTransport.h"

#include <QCoreApplication>
#include <QLibrary>

namespace isb {

std::unique_ptr<HttpTransport> loadHttpTransportModule(const QString &path, QString *error) {
    QLibrary module(path); // stays loaded: QLibrary unloads only when asked to
    using Create = HttpTransport *(*)();
    const auto create = reinterpret_cast<Create>(module.resolve("isb_create_http_transport"));
    if (!create) {
        if (error)
            //: %1 is the error the system gave, which names the file.
            *error = QCoreApplication::translate("isb::HttpTransport",
                                                 "The network module could not be loaded: %1")
                         .arg(module.errorString());
        return nullptr;
    }
    return std::unique_ptr<HttpTransport>(create());
}

} // namespace isb
