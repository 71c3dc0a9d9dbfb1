#pragma once

#include "CredentialError.h"
#include "CredentialProfile.h"
#include "Credentials.h"

#include <QString>

#include <functional>

class QObject;

namespace isb {

class ProfileStore;

/// Decides which credentials the application uses, the same way for the window and the CLI, and loads
/// them (the keychain read is asynchronous). The order, first match wins:
///
/// 1. An explicit profile: `--profile NAME` on the command line, or the profile chosen in the window.
///    "Environment" names the environment profile. An unknown name is an error, never a fallback.
/// 2. The environment: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (optional
///    ALIBABA_CLOUD_SECURITY_TOKEN, ALIBABA_CLOUD_REGION_ID). Only one of the two set is an error rather
///    than a silent fall-through to a saved profile the user did not mean.
/// 3. ALIBABA_CLOUD_PROFILE=NAME: a per-shell choice of saved profile; an unknown name is an error.
/// 4. The default profile saved in the settings.
/// 5. Otherwise CredentialError::NoCredentials, whose message says how to add credentials.
///
/// Steps 2 and 3 follow the official SDKs' default chain, where the AccessKey variables come before the
/// credentials file and ALIBABA_CLOUD_PROFILE picks the profile inside that file; the aliyun CLI also
/// lets `--profile` win over everything.
///
/// The resolver reads the profiles and the environment of `store` (ProfileStore::environment()), which
/// must outlive it.
class CredentialResolver final {
public:
    enum class Reason {
        ExplicitProfile, // step 1
        Environment,     // step 2
        ProfileVariable, // step 3
        DefaultProfile,  // step 4
    };

    /// The profile resolution picks, without touching the keychain (status bar, `credentials list`).
    struct Choice {
        CredentialProfile profile;
        Reason reason = Reason::DefaultProfile;
        CredentialError error; // set when no profile could be chosen
    };

    /// Credentials ready for EcsClient::setCredentials, with the profile they came from.
    struct Resolved {
        Credentials credentials;
        CredentialProfile profile;
        Reason reason = Reason::DefaultProfile;
    };

    using Handler = std::function<void(const Resolved &resolved, const CredentialError &error)>;

    explicit CredentialResolver(const ProfileStore *store);

    /// Steps 1-5 on the profiles and environment as they are now. `explicitProfile` empty: none given.
    Choice choose(const QString &explicitProfile = {}) const;
    /// choose(), then loads the chosen profile's credentials. `done` is called from the event loop, not
    /// at all if `context` is destroyed first.
    void resolve(const QString &explicitProfile, QObject *context, Handler done) const;

    /// Why a profile was used, for the CLI's `--verbose` and the window's status tip.
    static QString reasonText(Reason reason);

private:
    const ProfileStore *m_store;
};

} // namespace isb
