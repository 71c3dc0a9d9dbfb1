#pragma once

#include <QLoggingCategory>

namespace isb {

// "isb.credentials". Messages name profiles, key IDs (masked) and keychain errors, never a secret.
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)

} // namespace isb
