#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace isb::cli {

/// A plain-text table with aligned columns for the terminal (`--format table`). Widths count terminal
/// cells, so Chinese image names (two cells per character) stay aligned. Control characters from the
/// service are replaced: an image name must not be able to send escape sequences to the terminal.
class TextTable final {
public:
    explicit TextTable(const QStringList &header);

    void addRow(const QStringList &row);
    qsizetype rowCount() const { return m_rows.size(); }

    /// Header, a dashed rule, then the rows; every line ends with '\n'; no trailing spaces.
    QString toString() const;

    /// Terminal cells `text` occupies: 2 for East Asian wide characters, 0 for combining marks.
    static int displayWidth(QStringView text);
    /// `text` with control characters replaced (tab and line breaks by a space, the rest by U+FFFD).
    static QString sanitized(QStringView text);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace isb::cli
