#include "LastFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace isb {

QString LastFolder::folder(QAnyStringView key) {
    const QString last = QSettings().value(key).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void LastFolder::remember(QAnyStringView key, const QString &chosenFile) {
    QSettings().setValue(key, QFileInfo(chosenFile).absolutePath());
}

} // namespace isb
