#include "KeychainError.h"

#include <qt6keychain/keychain.h>

namespace isb {

namespace {

bool containsAny(const QString &text, std::initializer_list<QLatin1StringView> needles) {
    for (const QLatin1StringView needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

QString KeychainError::kindName(Kind kind) {
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::NoBackend:
        return QStringLiteral("no-backend");
    case Kind::AccessDenied:
        return QStringLiteral("access-denied");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

KeychainError KeychainError::fromQtKeychain(int code, const QString &message) {
    KeychainError error;
    error.message = message;
    switch (static_cast<QKeychain::Error>(code)) {
    case QKeychain::NoError:
        error.message.clear();
        return error;
    case QKeychain::EntryNotFound:
        error.kind = Kind::NotFound;
        return error;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        error.kind = Kind::AccessDenied;
        return error;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        error.kind = Kind::NoBackend;
        return error;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }

    // QtKeychain 0.13's libsecret backend reports every GError as OtherError with the GError's message,
    // so a missing bus or Secret Service and a locked collection can only be told apart by that text
    // (GDBus and libsecret wording; English, since the daemons run without a translation for us).
    if (containsAny(message,
                    {QLatin1StringView("org.freedesktop.secrets"),
                     QLatin1StringView("org.freedesktop.DBus.Error.ServiceUnknown"),
                     QLatin1StringView("org.freedesktop.DBus.Error.NameHasNoOwner"),
                     QLatin1StringView("not provided by any .service files"), QLatin1StringView("autolaunch"),
                     QLatin1StringView("session bus"), QLatin1StringView("DBUS_SESSION_BUS_ADDRESS"),
                     QLatin1StringView("No keychain service available")})) {
        error.kind = Kind::NoBackend;
    } else if (containsAny(message, {QLatin1StringView("locked"), QLatin1StringView("dismissed"),
                                     QLatin1StringView("prompt"), QLatin1StringView("AccessDenied")})) {
        error.kind = Kind::AccessDenied;
    } else {
        error.kind = Kind::Other;
    }
    return error;
}

} // namespace isb
