#include "CredentialsLog.h"

namespace isb {

Q_LOGGING_CATEGORY(lcCredentials, "isb.credentials")

} // namespace isb
