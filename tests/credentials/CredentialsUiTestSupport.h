#pragma once

// Shared by the credentials dialog tests: finding the dialog's widgets by objectName, filling fields
// with real key clicks, and the demo key of the ECS simulator.

#include "CredentialsDialog.h"
#include "EcsSimulator.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

namespace isb::test {

inline const QString kDemoKeyId = QStringLiteral("LTAI5tDemoReadOnly0001");
inline const QString kDemoSecret = QStringLiteral("demo-secret-not-a-real-key");
inline const QString kDemoDataPath = QStringLiteral(ISB_SOURCE_DIR "/resources/demo-data.json");

template<typename T> T *child(const QWidget *parent, const char *name) {
    return parent->findChild<T *>(QString::fromLatin1(name));
}

/// Replaces a line edit's text the way a user does: select all, type.
inline void typeInto(QLineEdit *edit, const QString &text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline void click(const QWidget *parent, const char *buttonName) {
    auto *button = child<QPushButton>(parent, buttonName);
    QVERIFY2(button, buttonName);
    QVERIFY2(button->isEnabled(), buttonName);
    QTest::mouseClick(button, Qt::LeftButton);
}

/// Every text a user (or a screenshot) can see in `dialog` apart from the password fields themselves:
/// labels, titles, tool tips, list items, plain line edits.
inline QStringList visibleTexts(const QWidget *dialog) {
    QStringList texts{dialog->windowTitle()};
    for (const QWidget *widget : dialog->findChildren<QWidget *>()) {
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription()
              << widget->windowTitle();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts << button->text();
        if (const auto *edit = qobject_cast<const QLineEdit *>(widget)) {
            if (edit->echoMode() == QLineEdit::Normal)
                texts << edit->text();
            texts << edit->placeholderText();
        }
        if (const auto *tree = qobject_cast<const QTreeWidget *>(widget)) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                for (int column = 0; column < tree->columnCount(); ++column)
                    texts << tree->topLevelItem(i)->text(column) << tree->topLevelItem(i)->toolTip(column);
            }
        }
    }
    return texts;
}

inline bool anyContains(const QStringList &texts, const QString &needle) {
    for (const QString &text : texts) {
        if (text.contains(needle))
            return true;
    }
    return false;
}

/// Options that point a client at `simulator` and give up quickly.
inline ClientOptions simulatorOptions(const EcsSimulator &simulator) {
    ClientOptions options;
    options.endpointOverride = simulator.url();
    options.maxRetries = 0;
    options.timeout = std::chrono::milliseconds(10000);
    return options;
}

} // namespace isb::test
