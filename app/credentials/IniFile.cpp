#include "IniFile.h"

#include <QObject>
#include <QSet>

namespace isb {

QString IniFile::Section::value(const QString &key) const {
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

bool IniFile::parse(const QByteArray &data, QString *error) {
    m_sections.clear();
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    QSet<QString> seen;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = int(index) + 1;
        const QString line = lines.at(index).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;

        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']'))) {
                *error = QObject::tr("line %1: a section header must end with ']'").arg(lineNumber);
                return false;
            }
            const QString name = line.mid(1, line.size() - 2).trimmed();
            if (name.isEmpty()) {
                *error = QObject::tr("line %1: empty section name").arg(lineNumber);
                return false;
            }
            if (seen.contains(name)) {
                *error = QObject::tr("line %1: section [%2] appears twice").arg(lineNumber).arg(name);
                return false;
            }
            seen.insert(name);
            m_sections.append(Section{name, {}, lineNumber});
            continue;
        }

        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *error = QObject::tr("line %1: expected 'key = value' or '[section]'").arg(lineNumber);
            return false;
        }
        if (m_sections.isEmpty()) {
            *error = QObject::tr("line %1: a key before the first [section]").arg(lineNumber);
            return false;
        }
        const QString key = line.left(equals).trimmed();
        QString value = line.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2);
        m_sections.last().values.insert(key, value);
    }
    return true;
}

} // namespace isb
