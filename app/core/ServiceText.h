#pragma once

#include <QString>

namespace isb {

/// Every text the service sends (Code, Message, RequestId, names, descriptions, Recommend, ...) passes
/// through this before anything else sees it: C0 controls (tab and newline included), DEL, C1 controls and
/// the Unicode line and paragraph separators are replaced with U+FFFD. A hostile or broken service can then
/// neither clear or retitle a terminal (ESC sequences, BEL) nor forge extra lines in a log, a CSV cell or a
/// diff. The parser applies it once, so the rest of the program holds only clean text.
QString sanitizedServiceText(const QString &text);

/// `text` as a tooltip that Qt shows as the plain text it is: a tooltip that looks like markup
/// (Qt::mightBeRichText) is rendered as rich text, so a description such as "<b>x</b>" or an <img> tag
/// would be interpreted. The text is HTML-escaped inside an explicit paragraph that keeps its spacing.
QString plainTextToolTip(const QString &text);

/// Whether `text` holds a character sanitizedServiceText() replaces.
bool hasUnsafeServiceCharacters(const QString &text);

} // namespace isb
