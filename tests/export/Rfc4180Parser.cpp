#include "Rfc4180Parser.h"

bool Rfc4180Parser::parse(const QByteArray &bytes, QList<QStringList> *records, QString *error) {
    const QString text = QString::fromUtf8(bytes);
    records->clear();
    QStringList record;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto fail = [&](const char *what) {
        *error = QString::fromLatin1(what) + QStringLiteral(" at offset ") + QString::number(i);
        return false;
    };
    if (n == 0)
        return true;
    while (true) {
        QString field;
        if (i < n && text.at(i) == QLatin1Char('"')) {
            ++i;
            while (true) {
                if (i >= n)
                    return fail("unterminated quoted field");
                const QChar c = text.at(i++);
                if (c == QLatin1Char('"')) {
                    if (i < n && text.at(i) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        ++i;
                    } else {
                        break;
                    }
                } else {
                    field += c;
                }
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')) {
                const QChar c = text.at(i);
                if (c == QLatin1Char('"'))
                    return fail("quote inside an unquoted field");
                if (c == QLatin1Char('\n'))
                    return fail("bare LF");
                field += c;
                ++i;
            }
        }
        record.append(field);
        if (i >= n)
            return fail("last record not terminated by CRLF");
        if (text.at(i) == QLatin1Char(',')) {
            ++i;
            continue;
        }
        if (text.at(i) != QLatin1Char('\r'))
            return fail("garbage after a quoted field");
        if (i + 1 >= n || text.at(i + 1) != QLatin1Char('\n'))
            return fail("bare CR");
        i += 2;
        records->append(record);
        record.clear();
        if (i == n)
            return true;
    }
}
