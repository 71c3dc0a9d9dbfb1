#pragma once

#include "CredentialProfile.h"

#include <QCoreApplication>
#include <QString>

namespace isb {

/// What a profile's source is called where people read it (the credentials dialog, the main window's
/// profile list), translated. Scripts get CredentialProfile::sourceName() instead, which never changes.
class ProfileSourceLabels final {
    Q_DECLARE_TR_FUNCTIONS(isb::ProfileSourceLabels)
public:
    ProfileSourceLabels() = delete;

    /// A few words for a list column: "Keychain", "Environment (read-only)", "This session only".
    static QString label(CredentialProfile::Source source);
    /// A sentence saying where the secret is kept, for a tooltip or a detail line.
    static QString description(CredentialProfile::Source source);
};

} // namespace isb
