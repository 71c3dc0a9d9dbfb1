#include "CredentialResolver.h"

#include "CredentialsLog.h"
#include "ProfileStore.h"

#include <QObject>

namespace isb {

namespace {

CredentialResolver::Choice failed(CredentialError::Kind kind, const QString &message,
                                  const QString &name = {}) {
    CredentialResolver::Choice choice;
    choice.error = CredentialError::make(kind, message, name);
    return choice;
}

} // namespace

CredentialResolver::CredentialResolver(const ProfileStore *store)
    : m_store(store) {}

CredentialResolver::Choice CredentialResolver::choose(const QString &explicitProfile) const {
    if (!explicitProfile.isEmpty()) {
        if (auto profile = m_store->profile(explicitProfile))
            return {*profile, Reason::ExplicitProfile, {}};
        if (explicitProfile == ProfileStore::environmentProfileName()) {
            return failed(CredentialError::Kind::ProfileNotFound,
                          QObject::tr("The Environment profile needs ALIBABA_CLOUD_ACCESS_KEY_ID and "
                                      "ALIBABA_CLOUD_ACCESS_KEY_SECRET to be set."),
                          explicitProfile);
        }
        return failed(CredentialError::Kind::ProfileNotFound,
                      QObject::tr("There is no profile \"%1\". The known profiles are listed by "
                                  "`credentials list`.")
                          .arg(explicitProfile),
                      explicitProfile);
    }

    const QProcessEnvironment &environment = m_store->environment();
    const bool hasId = !environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")).isEmpty();
    const bool hasSecret = !environment.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET")).isEmpty();
    if (hasId && hasSecret) {
        if (auto profile = m_store->profile(ProfileStore::environmentProfileName()))
            return {*profile, Reason::Environment, {}};
    } else if (hasId || hasSecret) {
        return failed(
            CredentialError::Kind::IncompleteEnvironment,
            hasId ? QObject::tr("ALIBABA_CLOUD_ACCESS_KEY_ID is set but ALIBABA_CLOUD_ACCESS_KEY_SECRET "
                                "is not. Set both, or unset both to use a saved profile.")
                  : QObject::tr("ALIBABA_CLOUD_ACCESS_KEY_SECRET is set but ALIBABA_CLOUD_ACCESS_KEY_ID "
                                "is not. Set both, or unset both to use a saved profile."),
            ProfileStore::environmentProfileName());
    }

    const QString variableProfile = environment.value(QStringLiteral("ALIBABA_CLOUD_PROFILE"));
    if (!variableProfile.isEmpty()) {
        if (auto profile = m_store->profile(variableProfile))
            return {*profile, Reason::ProfileVariable, {}};
        return failed(CredentialError::Kind::ProfileNotFound,
                      QObject::tr("ALIBABA_CLOUD_PROFILE names the profile \"%1\", which does not exist. "
                                  "Unset the variable or add the profile.")
                          .arg(variableProfile),
                      variableProfile);
    }

    const QString defaultName = m_store->defaultProfileName();
    if (!defaultName.isEmpty()) {
        if (auto profile = m_store->profile(defaultName))
            return {*profile, Reason::DefaultProfile, {}};
    }

    return failed(
        CredentialError::Kind::NoCredentials,
        QObject::tr("No credentials: add a profile (it is stored in the system keychain), choose one "
                    "with --profile, or set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                    "ALIBABA_CLOUD_ACCESS_KEY_SECRET."));
}

void CredentialResolver::resolve(const QString &explicitProfile, QObject *context, Handler done) const {
    const Choice choice = choose(explicitProfile);
    if (choice.error.isError()) {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), error = choice.error]() { done(Resolved{}, error); },
            Qt::QueuedConnection);
        return;
    }
    qCDebug(lcCredentials) << "using profile" << choice.profile.name << "-" << reasonText(choice.reason);
    m_store->loadCredentials(
        choice.profile.name, context,
        [choice, done = std::move(done)](const Credentials &credentials, const CredentialError &error) {
            if (error.isError()) {
                done(Resolved{}, error);
                return;
            }
            done(Resolved{credentials, choice.profile, choice.reason}, {});
        });
}

QString CredentialResolver::reasonText(Reason reason) {
    switch (reason) {
    case Reason::ExplicitProfile:
        return QObject::tr("chosen explicitly (--profile or the profile menu)");
    case Reason::Environment:
        return QObject::tr("from ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    case Reason::ProfileVariable:
        return QObject::tr("named by ALIBABA_CLOUD_PROFILE");
    case Reason::DefaultProfile:
        break;
    }
    return QObject::tr("the default profile");
}

} // namespace isb
