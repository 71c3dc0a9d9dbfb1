#include "ProfileSourceLabels.h"

namespace isb {

QString ProfileSourceLabels::label(CredentialProfile::Source source) {
    switch (source) {
    case CredentialProfile::Source::Environment:
        return tr("Environment (read-only)");
    case CredentialProfile::Source::Session:
        return tr("This session only");
    case CredentialProfile::Source::Role:
        return tr("RAM role");
    case CredentialProfile::Source::Keychain:
        break;
    }
    return tr("Keychain");
}

QString ProfileSourceLabels::description(CredentialProfile::Source source) {
    switch (source) {
    case CredentialProfile::Source::Environment:
        return tr(
            "Environment variables ALIBABA_CLOUD_* (read-only; change them in the shell that starts the "
            "application)");
    case CredentialProfile::Source::Session:
        return tr("Memory, for this session only: nothing is on disk and it is gone when the application "
                  "quits");
    case CredentialProfile::Source::Role:
        return tr("A RAM role assumed with the keys of another profile; its temporary key is kept in memory "
                  "only and renewed before it expires");
    case CredentialProfile::Source::Keychain:
        break;
    }
    return tr("Secret in the system keychain; name, AccessKey ID and region in the settings");
}

} // namespace isb
