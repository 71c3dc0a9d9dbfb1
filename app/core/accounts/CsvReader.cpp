#include "CsvReader.h"

namespace isb {

namespace {

class Parser {
public:
    explicit Parser(QStringView text)
        : m_text(text) {}

    QList<CsvReader::Record> run() {
        QList<CsvReader::Record> out;
        while (m_pos < m_text.size()) {
            CsvReader::Record record;
            record.line = m_line;
            if (!readRecord(&record.fields, &record.error)) {
                record.fields.clear();
                skipToNextLine();
            }
            out.append(record);
        }
        return out;
    }

private:
    QChar at(qsizetype i) const { return i < m_text.size() ? m_text.at(i) : QChar(); }
    bool atLineEnd() const {
        return m_pos >= m_text.size() || at(m_pos) == QLatin1Char('\n') ||
               (at(m_pos) == QLatin1Char('\r') && at(m_pos + 1) == QLatin1Char('\n'));
    }
    void consumeLineEnd() {
        if (at(m_pos) == QLatin1Char('\r'))
            ++m_pos;
        if (m_pos < m_text.size()) {
            ++m_pos; // the LF
            ++m_line;
        }
    }
    void skipToNextLine() {
        while (m_pos < m_text.size() && at(m_pos) != QLatin1Char('\n'))
            ++m_pos;
        consumeLineEnd();
    }

    bool readRecord(QStringList *fields, QString *error) {
        while (true) {
            QString field;
            if (at(m_pos) == QLatin1Char('"')) {
                if (!readQuoted(&field, error))
                    return false;
            } else if (!readPlain(&field, error)) {
                return false;
            }
            fields->append(field);
            if (at(m_pos) == QLatin1Char(',')) {
                ++m_pos;
                continue;
            }
            if (!atLineEnd()) {
                *error = at(m_pos) == QLatin1Char('\r') ? QStringLiteral("bare CR")
                                                        : QStringLiteral("text after a closing quote");
                return false;
            }
            consumeLineEnd();
            return true;
        }
    }

    bool readPlain(QString *field, QString *error) {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = at(m_pos);
            if (c == QLatin1Char(',') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                break;
            if (c == QLatin1Char('"')) {
                *error = QStringLiteral("quote inside an unquoted field");
                return false;
            }
            ++m_pos;
        }
        *field = m_text.mid(start, m_pos - start).toString();
        return true;
    }

    bool readQuoted(QString *field, QString *error) {
        ++m_pos; // the opening quote
        while (true) {
            if (m_pos >= m_text.size()) {
                *error = QStringLiteral("unterminated quoted field");
                return false;
            }
            const QChar c = at(m_pos++);
            if (c == QLatin1Char('"')) {
                if (at(m_pos) != QLatin1Char('"'))
                    return true;
                ++m_pos;
            } else if (c == QLatin1Char('\n')) {
                ++m_line; // a line break inside a field: later records start on later lines
            }
            field->append(c);
        }
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

QList<CsvReader::Record> CsvReader::records(QStringView text) {
    return Parser(text).run();
}

} // namespace isb
