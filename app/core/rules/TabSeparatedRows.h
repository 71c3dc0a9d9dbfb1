#pragma once

#include <QList>
#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;

namespace isb {

/// Rows of a table as tab-separated text, the form a spreadsheet or a text editor takes from the
/// clipboard (Ctrl+C of rows in the main window and in the audit). No widgets: the view hands over its
/// model, the selected rows and its visible columns in the order the user arranged them.
///
/// Each cell is made safe for a paste: a tab, CR or LF inside it becomes a space (else it would shift the
/// columns or rows), and a cell a spreadsheet would run as a formula (`=HYPERLINK(...)`) gets the `'`
/// prefix of the CSV export (CsvWriter::needsFormulaGuard), since a paste is evaluated like a file.
class TabSeparatedRows final {
public:
    TabSeparatedRows() = delete;

    enum class LastLine {
        Open,       // lines are separated: "a\tb\nc\td" (what the main window's tables copy)
        Terminated, // every line ends with '\n', the last one too (the audit's rows)
    };

    /// `rows` are indexes of the rows to copy (any column; the row and parent are used), copied from top
    /// to bottom whatever their order in the list; `columns` are logical column numbers in display order;
    /// each cell's text is `model`'s data for `role`.
    static QString text(const QAbstractItemModel &model, QModelIndexList rows, const QList<int> &columns,
                        int role = Qt::DisplayRole, LastLine lastLine = LastLine::Open);

    /// The logical columns of a header in the order the user sees them, hidden ones left out. A template
    /// so that the core needs no widget: `header` is a QHeaderView, or anything with count(),
    /// logicalIndex(visual) and isSectionHidden(logical).
    template<typename Header> static QList<int> visibleColumns(const Header &header) {
        QList<int> columns;
        for (int visual = 0; visual < header.count(); ++visual) {
            const int logical = header.logicalIndex(visual);
            if (!header.isSectionHidden(logical))
                columns << logical;
        }
        return columns;
    }

    /// One cell as text() writes it.
    static QString cell(QString text);
};

} // namespace isb
