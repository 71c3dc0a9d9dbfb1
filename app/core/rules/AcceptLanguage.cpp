#include "AcceptLanguage.h"

namespace isb {

QString AcceptLanguage::forLocale(const QLocale &locale) {
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh-CN") : QStringLiteral("en-US");
}

QString AcceptLanguage::forLanguage(const QString &localeName) {
    return forLocale(QLocale(localeName));
}

} // namespace isb
