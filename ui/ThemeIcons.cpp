#include "ThemeIcons.h"

#include <QAction>
#include <QIcon>

namespace isb {

void applyThemeIcons(QObject *root) {
    const QList<QAction *> actions = root->findChildren<QAction *>();
    for (QAction *action : actions) {
        const QString name = action->property(themeIconProperty).toString();
        // As uic's <iconset theme="..."> does: the theme's icon when it has one, else the bundled one.
        if (!name.isEmpty() && QIcon::hasThemeIcon(name))
            action->setIcon(QIcon::fromTheme(name));
    }
}

} // namespace isb
