#include "TabSeparatedRows.h"

#include "export/CsvWriter.h"

#include <QAbstractItemModel>
#include <QStringList>

#include <algorithm>

namespace isb {

QString TabSeparatedRows::cell(QString text) {
    text.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (CsvWriter::needsFormulaGuard(text))
        text.prepend(QLatin1Char('\''));
    return text;
}

QString TabSeparatedRows::text(const QAbstractItemModel &model, QModelIndexList rows,
                               const QList<int> &columns, int role, LastLine lastLine) {
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QString out;
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        cells.reserve(columns.size());
        for (const int column : columns)
            cells << cell(model.index(row.row(), column, row.parent()).data(role).toString());
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += cells.join(QLatin1Char('\t'));
    }
    if (lastLine == LastLine::Terminated && !rows.isEmpty())
        out += QLatin1Char('\n');
    return out;
}

} // namespace isb
