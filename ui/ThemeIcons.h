#pragma once

class QObject;

namespace isb {

/// The dynamic property, on a QAction, that names the icon of the desktop's icon theme replacing the
/// action's own icon (one bundled in the resources) once applyThemeIcons() ran. Set in the .ui files:
/// `<property name="themeIcon" stdset="0"><string>go-first</string></property>`.
inline constexpr char themeIconProperty[] = "themeIcon";

/// Gives every action under `root` that names a theme icon (themeIconProperty) that icon, where the
/// desktop's theme has it; the others keep theirs. Start-up (issue 11): the first look-up of any theme icon
/// reads the theme's whole index (hicolor's alone has 650 sections: about 29 M instructions, a fifth of
/// the start-up), so the window paints its first frame with the bundled icons and the theme's come after.
void applyThemeIcons(QObject *root);

} // namespace isb
