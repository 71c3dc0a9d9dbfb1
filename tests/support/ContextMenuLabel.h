#pragma once

#include "LabelAccountDialog.h"
#include "accounts/AccountBook.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QObject>
#include <QTest>
#include <QTimer>

#include <functional>

namespace isb::test {

/// The "Label…" flow every table offers on an account ID: `openMenu` requests the context menu; its
/// action named actionLabelAccount is triggered, and the LabelAccountDialog it opens is given `label` and
/// `trust` and accepted. Returns the account ID the dialog showed; empty when there was no menu, no such
/// action or no dialog.
inline QString labelFromContextMenu(QObject *context, const std::function<void()> &openMenu,
                                    const QString &label, AccountBook::Trust trust) {
    QString shownAccount;
    QTimer::singleShot(0, context, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QAction *action = nullptr;
        for (QAction *candidate : menu ? menu->actions() : QList<QAction *>()) {
            if (candidate->objectName() == QLatin1String("actionLabelAccount"))
                action = candidate;
        }
        if (!action) {
            if (menu)
                menu->close();
            return;
        }
        QTimer::singleShot(0, context, [&] {
            auto *dialog = qobject_cast<LabelAccountDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            shownAccount = dialog->findChild<QLabel *>(QStringLiteral("accountIdLabel"))->text();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit")), label);
            auto *trustCombo = dialog->findChild<QComboBox *>(QStringLiteral("trustCombo"));
            trustCombo->setCurrentIndex(trustCombo->findData(int(trust)));
            dialog->accept();
        });
        menu->close();
        action->trigger();
    });
    openMenu();
    return shownAccount;
}

} // namespace isb::test
