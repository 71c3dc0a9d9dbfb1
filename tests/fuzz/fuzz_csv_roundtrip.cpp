// CSV write then parse gives back every cell, except the documented guard: a cell that
// CsvWriter::needsFormulaGuard() flags comes back with one leading apostrophe. Read with the tests'
// strict RFC 4180 parser (tests/export/Rfc4180Parser). Input: cells separated by 0x1F, rows by 0x1E,
// UTF-8 (invalid sequences become U+FFFD before writing, as in any QString).
#include "FuzzSupport.h"
#include "Rfc4180Parser.h"
#include "export/CsvWriter.h"

#include <QBuffer>

using namespace isb;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input = fuzz::bytes(data, size);
    const bool guard = fuzz::mode(input, 2) == 0;
    QList<QStringList> rows;
    for (const QByteArray &row : fuzz::payload(input).split('\x1e')) {
        QStringList cells;
        for (const QByteArray &cell : row.split('\x1f'))
            cells.append(QString::fromUtf8(cell));
        rows.append(cells);
    }

    QByteArray csv;
    {
        QBuffer buffer(&csv);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter::Options options;
        options.guardFormulas = guard;
        CsvWriter writer(&buffer, options);
        for (const QStringList &row : rows)
            writer.writeRow(row);
        ISB_FUZZ_CHECK(writer.flush(), "writing to memory failed");
    }

    QList<QStringList> parsed;
    QString error;
    if (!Rfc4180Parser::parse(csv, &parsed, &error)) {
        std::fprintf(stderr, "parser: %s\n", qPrintable(error));
        ISB_FUZZ_CHECK(false, "the writer wrote what a strict RFC 4180 reader refuses");
    }
    ISB_FUZZ_CHECK(parsed.size() == rows.size(), "a different number of records");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList expected;
        for (const QString &cell : rows.at(r))
            expected.append(guard && CsvWriter::needsFormulaGuard(cell) ? QLatin1Char('\'') + cell : cell);
        ISB_FUZZ_CHECK(parsed.at(r) == expected, "a cell changed on the way");
        for (const QString &cell : parsed.at(r))
            ISB_FUZZ_CHECK(!guard || !CsvWriter::needsFormulaGuard(cell),
                           "a guarded cell is still a formula");
    }
    return 0;
}
