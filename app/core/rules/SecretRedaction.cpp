#include "SecretRedaction.h"

#include "sts/RoleSession.h"

namespace isb {

QString SecretRedaction::mask() {
    return QStringLiteral("<redacted>");
}

QString SecretRedaction::redacted(QString text, const Credentials &credentials,
                                  const QStringList &otherSecrets) {
    QStringList secrets{credentials.accessKeySecret, credentials.securityToken};
    // A role's temporary key and, down the chain, the source key it was assumed with.
    for (const RoleSession *role = credentials.role.get(); role; role = role->source().role.get()) {
        secrets << role->current().accessKeySecret << role->current().securityToken
                << role->source().accessKeySecret << role->source().securityToken;
    }
    secrets += otherSecrets;
    for (const QString &secret : std::as_const(secrets)) {
        // The longer form first: replacing the trimmed one first would leave its blanks around the mask.
        for (const QString &form : {secret, secret.trimmed()}) {
            if (!form.isEmpty())
                text.replace(form, mask());
        }
    }
    return text;
}

EcsError SecretRedaction::redacted(EcsError error, const Credentials &credentials) {
    for (QString *field : {&error.code, &error.message, &error.recommend, &error.requestId, &error.hostId})
        *field = redacted(*field, credentials);
    return error;
}

} // namespace isb
