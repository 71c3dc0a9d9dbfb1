#include "CredentialProfile.h"

namespace isb {

QString CredentialProfile::sourceName(Source source) {
    switch (source) {
    case Source::Keychain:
        return QStringLiteral("keychain");
    case Source::Environment:
        return QStringLiteral("environment");
    case Source::Role:
        return QStringLiteral("role");
    case Source::Session:
        break;
    }
    return QStringLiteral("session");
}

} // namespace isb
