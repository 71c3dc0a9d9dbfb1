#pragma once

#include "BufferedOutput.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>

class QIODevice;

namespace isb {

/// Writes RFC 4180 CSV (UTF-8, CRLF line ends) row by row to a QIODevice, guarding every cell against
/// spreadsheet formula injection. Rows are buffered in small chunks, so exporting 100,000 rows neither
/// holds the whole file in memory nor issues a write per cell.
class CsvWriter final {
public:
    struct Options {
        /// Prepend the UTF-8 byte order mark: Excel on Windows needs it to read UTF-8 (Chinese names).
        bool byteOrderMark = false;
        /// Prefix with `'` every cell that needsFormulaGuard() (OWASP "CSV Injection"); quoting alone does
        /// not stop a spreadsheet from evaluating them.
        bool guardFormulas = true;
    };

    /// `device` must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice *device);
    CsvWriter(QIODevice *device, const Options &options);
    /// Flushes what is still buffered; call flush() first to see whether that worked.
    ~CsvWriter() = default;

    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    /// Appends one record. Returns false once a write to the device has failed.
    bool writeRow(const QStringList &fields);
    bool writeRow(std::initializer_list<QStringView> fields);

    /// Hands everything buffered to the device. Returns false if any write failed so far.
    bool flush();

    bool hasError() const { return m_output.hasError(); }
    /// The device's error message after a failed write.
    QString errorString() const { return m_output.errorString(); }
    /// Records written so far (header included).
    qint64 rowCount() const { return m_rowCount; }

    /// A cell as it appears in the file: guarded (if asked) and quoted when it contains , " CR or LF.
    static QString encodeField(QStringView field, bool guardFormulas = true);
    /// Whether a spreadsheet could read `field` as a formula: it starts with TAB, CR or LF, or its first
    /// non-whitespace character is = + - @ or one of their full-width forms ＝ ＋ － ＠. The guard is one
    /// leading `'`, the only change the writer makes to a cell's text (a reader drops it to get the
    /// original back). The clipboard copy of table rows uses the same rule.
    static bool needsFormulaGuard(QStringView field);

private:
    static void appendEncoded(QString &out, QStringView field, bool guardFormulas);
    void endRow();

    Options m_options;
    BufferedOutput m_output;
    QString m_line; // reused for every row to avoid an allocation per record
    qint64 m_rowCount = 0;
};

} // namespace isb
