#pragma once

#include "Credentials.h"
#include "EcsError.h"

#include <QString>
#include <QStringList>

namespace isb {

/// Hides secrets in text that is shown or written anywhere: a window, a dialog, stderr, a log line. The
/// service never echoes a secret, but a proxy, a future error text or a typing mistake (the secret pasted
/// into the key field) might; a shown secret is worse than a garbled message, so every non-empty secret is
/// replaced, however short.
class SecretRedaction final {
public:
    SecretRedaction() = delete;

    /// What stands in for a secret: "<redacted>".
    static QString mask();

    /// `text` with every occurrence of the AccessKey Secret, the STS token and `otherSecrets` (e.g. what
    /// is typed in a dialog's secret field) replaced by mask(). Each secret is also looked for without
    /// surrounding whitespace, as a field's value is used trimmed.
    static QString redacted(QString text, const Credentials &credentials,
                            const QStringList &otherSecrets = {});
    /// The same for every text field of an error (Code, Message, Recommend, RequestId, HostId).
    static EcsError redacted(EcsError error, const Credentials &credentials);
};

} // namespace isb
