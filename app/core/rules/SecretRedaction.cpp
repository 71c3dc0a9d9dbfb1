#include "SecretRedaction.h"

namespace isb {

QString SecretRedaction::mask() {
    return QStringLiteral("<redacted>");
}

QString SecretRedaction::redacted(QString text, const Credentials &credentials,
                                  const QStringList &otherSecrets) {
    QStringList secrets{credentials.accessKeySecret, credentials.securityToken};
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
