#include "CsvWriter.h"

namespace isb {

namespace {

bool needsQuotes(QStringView field) {
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') ||
            c == QLatin1Char('\n'))
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device)
    : CsvWriter(device, Options{}) {}

CsvWriter::CsvWriter(QIODevice *device, const Options &options)
    : m_options(options)
    , m_output(device) {
    if (m_options.byteOrderMark)
        m_output.buffer().append("\xEF\xBB\xBF");
}

bool CsvWriter::needsFormulaGuard(QStringView field) {
    if (field.isEmpty())
        return false;
    // A cell that starts with a line break or a tab is guarded whatever follows: spreadsheets strip or
    // reinterpret leading control whitespace, and the OWASP list names TAB and CR.
    switch (field.front().unicode()) {
    case '\t':
    case '\r':
    case '\n':
        return true;
    default:
        break;
    }
    // Spreadsheets trim leading spaces before deciding whether a cell is a formula, and Excel and
    // LibreOffice map the full-width forms (typed by an input method) onto the ASCII operators.
    for (const QChar c : field) {
        if (c.isSpace())
            continue;
        switch (c.unicode()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case 0xFF1D: // FULLWIDTH EQUALS SIGN
        case 0xFF0B: // FULLWIDTH PLUS SIGN
        case 0xFF0D: // FULLWIDTH HYPHEN-MINUS
        case 0xFF20: // FULLWIDTH COMMERCIAL AT
            return true;
        default:
            return false;
        }
    }
    return false;
}

QString CsvWriter::encodeField(QStringView field, bool guardFormulas) {
    QString out;
    appendEncoded(out, field, guardFormulas);
    return out;
}

// Appends into the caller's string so that a row costs no allocation per cell.
void CsvWriter::appendEncoded(QString &out, QStringView field, bool guardFormulas) {
    const bool guard = guardFormulas && needsFormulaGuard(field);
    const bool quote = needsQuotes(field);
    if (quote)
        out += QLatin1Char('"');
    if (guard)
        out += QLatin1Char('\'');
    if (!quote) {
        out += field;
    } else {
        for (const QChar c : field) {
            if (c == QLatin1Char('"'))
                out += QLatin1Char('"'); // RFC 4180: a quote inside a quoted field is doubled
            out += c;
        }
        out += QLatin1Char('"');
    }
}

void CsvWriter::endRow() {
    m_line += QLatin1String("\r\n");
    m_output.buffer() += m_line.toUtf8();
    m_line.clear();
    ++m_rowCount;
    m_output.flushIfFull();
}

bool CsvWriter::writeRow(const QStringList &fields) {
    if (m_output.hasError())
        return false;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line += QLatin1Char(',');
        appendEncoded(m_line, fields.at(i), m_options.guardFormulas);
    }
    endRow();
    return !m_output.hasError();
}

bool CsvWriter::writeRow(std::initializer_list<QStringView> fields) {
    if (m_output.hasError())
        return false;
    bool first = true;
    for (const QStringView field : fields) {
        if (!first)
            m_line += QLatin1Char(',');
        first = false;
        appendEncoded(m_line, field, m_options.guardFormulas);
    }
    endRow();
    return !m_output.hasError();
}

bool CsvWriter::flush() {
    return m_output.flush();
}

} // namespace isb
