#include "ThemeIcons.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>

namespace isb {

void applyThemeIcons(QObject *root) {
    const QList<QAction *> actions = root->findChildren<QAction *>();
    for (QAction *action : actions) {
        const QString name = action->property(themeIconProperty).toString();
        // As uic's <iconset theme="..."> does: the theme's icon when it has one, else the bundled one.
        if (!name.isEmpty() && QIcon::hasThemeIcon(name))
            action->setIcon(QIcon::fromTheme(name));
    }
    const QList<QLineEdit *> edits = root->findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->property(clearButtonAfterFirstPaintProperty).toBool())
            edit->setClearButtonEnabled(true);
    }
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->property(selectableAfterFirstPaintProperty).toBool())
            label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
}

} // namespace isb
