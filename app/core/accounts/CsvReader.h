#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace isb {

/// Splits RFC 4180 text into records, each with the line it starts on. Files people keep in a spreadsheet
/// or in git end their lines with CRLF or LF, so both are record ends; everything else is strict (quotes
/// only around whole fields, doubled inside them). A record that breaks a rule is returned with its error
/// and the reader carries on at the next line, so one bad row does not hide the rest of the file.
class CsvReader final {
public:
    struct Record {
        int line = 0; // 1-based line the record starts on
        QStringList fields;
        QString error; // untranslated rule name; empty when the record is well formed

        /// A line with nothing on it (a trailing newline, a gap between rows).
        bool isBlank() const { return error.isEmpty() && fields.size() == 1 && fields.front().isEmpty(); }
    };

    /// Parses `text` (already decoded, without a byte order mark).
    static QList<Record> records(QStringView text);
};

} // namespace isb
