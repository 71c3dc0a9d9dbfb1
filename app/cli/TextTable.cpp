#include "TextTable.h"

namespace isb::cli {

namespace {

// The East Asian Wide and Fullwidth blocks that matter in practice (CJK, Hangul, fullwidth forms, emoji).
bool isWide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x1F680 && c <= 0x1F6FF) || (c >= 0x1F900 && c <= 0x1F9FF) ||
           (c >= 0x1FA70 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

TextTable::TextTable(const QStringList &header)
    : m_header(header) {}

void TextTable::addRow(const QStringList &row) {
    m_rows.append(row);
}

int TextTable::displayWidth(QStringView text) {
    int width = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        const auto c = static_cast<char32_t>(codePoint);
        const auto category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
            category == QChar::Other_Format)
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString TextTable::sanitized(QStringView text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            out += QLatin1Char(' ');
        else if (c.category() == QChar::Other_Control)
            out += QChar(QChar::ReplacementCharacter);
        else
            out += c;
    }
    return out;
}

QString TextTable::toString() const {
    const qsizetype columns = m_header.size();
    QList<QStringList> lines;
    lines.reserve(m_rows.size() + 1);
    lines.append(m_header);
    for (const QStringList &row : m_rows) {
        QStringList clean;
        clean.reserve(columns);
        for (qsizetype i = 0; i < columns; ++i)
            clean.append(sanitized(i < row.size() ? QStringView(row.at(i)) : QStringView()));
        lines.append(clean);
    }

    QList<int> widths(columns, 0);
    for (const QStringList &line : lines) {
        for (qsizetype i = 0; i < columns; ++i)
            widths[i] = qMax(widths.at(i), displayWidth(line.at(i)));
    }

    QStringList rule;
    for (qsizetype i = 0; i < columns; ++i)
        rule.append(QString(widths.at(i), QLatin1Char('-')));
    lines.insert(1, rule);

    QString out;
    for (const QStringList &line : lines) {
        QString text;
        for (qsizetype i = 0; i < columns; ++i) {
            if (i > 0)
                text += QStringLiteral("  ");
            text += line.at(i);
            if (i + 1 < columns)
                text += QString(widths.at(i) - displayWidth(line.at(i)), QLatin1Char(' '));
        }
        // Trailing spaces come from empty last columns; they only make diffs noisy.
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out += text + QLatin1Char('\n');
    }
    return out;
}

} // namespace isb::cli
