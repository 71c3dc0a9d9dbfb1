// The entry point of the module the browser loads on its first request (app/browser/NetworkModuleLoader.h).
#include "NetworkTransport.h"

extern "C" Q_DECL_EXPORT isb::HttpTransport *isb_create_http_transport() {
    return new isb::NetworkTransport;
}
