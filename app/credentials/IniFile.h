#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace isb {

/// A minimal INI reader for the Alibaba Cloud credentials file: `[section]` headers and `key = value`
/// lines, `#` and `;` comment lines. Written by hand because QSettings' IniFormat treats `/`, `\` and `%`
/// in keys and values specially and would change some of them.
///
/// Values are taken verbatim after trimming (one pair of surrounding double quotes is removed); there are
/// no inline comments, since a secret may contain `#` or `;`. Error messages name the line number only:
/// the line could hold a secret.
class IniFile final {
public:
    struct Section {
        QString name;
        QHash<QString, QString> values; // keys as written; lookups use value(), which ignores case
        int line = 0;

        QString value(const QString &key) const;
    };

    /// Parses `data` (UTF-8, an optional BOM, LF or CRLF line ends). Returns false and sets `error` on the
    /// first malformed line: a key outside a section, a line that is neither, an unterminated or empty
    /// section header, a section that appears twice.
    bool parse(const QByteArray &data, QString *error);

    const QList<Section> &sections() const { return m_sections; }

private:
    QList<Section> m_sections;
};

} // namespace isb
