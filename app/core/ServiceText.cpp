#include "ServiceText.h"

#include <algorithm>

namespace isb {

namespace {

bool isUnsafe(char16_t c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
}

} // namespace

bool hasUnsafeServiceCharacters(const QString &text) {
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return isUnsafe(c.unicode()); });
}

QString sanitizedServiceText(const QString &text) {
    // Most texts are clean: return them without a copy.
    if (!hasUnsafeServiceCharacters(text))
        return text;
    QString clean = text;
    for (QChar &c : clean) {
        if (isUnsafe(c.unicode()))
            c = QChar::ReplacementCharacter;
    }
    return clean;
}

QString plainTextToolTip(const QString &text) {
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() +
           QStringLiteral("</p>");
}

} // namespace isb
