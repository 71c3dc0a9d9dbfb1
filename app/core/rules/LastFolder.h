#pragma once

#include <QAnyStringView>
#include <QString>

namespace isb {

/// "The last folder used" by a file dialog, kept in the application's QSettings under a key of
/// SettingsKeys.h: each dialog opens where the user last saved or opened a file of its kind.
class LastFolder final {
public:
    LastFolder() = delete;

    /// The folder stored under `key` if it still is one; else Documents; else (a fresh account may have no
    /// Documents, and the dialog would open in the working folder) the home folder.
    static QString folder(QAnyStringView key);
    /// Stores the folder of `chosenFile` (a file the user chose in a dialog) under `key`.
    static void remember(QAnyStringView key, const QString &chosenFile);
};

} // namespace isb
