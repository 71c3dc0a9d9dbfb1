// createHttpTransport() for the programs that link Qt Network: the CLI, the simulator's tools, the tests.
#include "NetworkTransport.h"

namespace isb {

std::unique_ptr<HttpTransport> createHttpTransport(QString *) {
    return std::make_unique<NetworkTransport>();
}

} // namespace isb
