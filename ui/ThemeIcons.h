#pragma once

class QObject;

namespace isb {

/// The dynamic property, on a QAction, that names the icon of the desktop's icon theme replacing the
/// action's own icon (one bundled in the resources) once applyThemeIcons() ran. Set in the .ui files:
/// `<property name="themeIcon" stdset="0"><string>go-first</string></property>`.
inline constexpr char themeIconProperty[] = "themeIcon";

/// The dynamic property, on a QLineEdit, that asks for its clear button once applyThemeIcons() ran:
/// `<property name="clearButtonAfterFirstPaint" stdset="0"><bool>true</bool></property>`. The button's icon
/// is the theme's edit-clear, and QLineEdit looks it up as soon as the button is enabled.
inline constexpr char clearButtonAfterFirstPaintProperty[] = "clearButtonAfterFirstPaint";

/// The dynamic property, on a QLabel, that makes its text selectable with the mouse once applyThemeIcons()
/// ran: `<property name="selectableAfterFirstPaint" stdset="0"><bool>true</bool></property>`. A selectable
/// label lays its text out in a text document, 0.5 M instructions each, and nobody selects text before the
/// window is on screen.
inline constexpr char selectableAfterFirstPaintProperty[] = "selectableAfterFirstPaint";

/// Gives every action under `root` that names a theme icon (themeIconProperty) that icon, where the
/// desktop's theme has it; the others keep theirs. Start-up (issue 11): the first look-up of any theme icon
/// reads the theme's whole index (hicolor's alone has 650 sections: about 29 M instructions, a fifth of
/// the start-up), so the window paints its first frame with the bundled icons and the theme's come after.
/// Line edits under `root` that ask for it (clearButtonAfterFirstPaintProperty) get their clear button,
/// labels that ask for it (selectableAfterFirstPaintProperty) their selectable text.
void applyThemeIcons(QObject *root);

} // namespace isb
