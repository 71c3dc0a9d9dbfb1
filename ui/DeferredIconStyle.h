#pragma once

#include <QProxyStyle>

namespace isb {

/// The application's style: the one Qt chose (the desktop's, or -style and QT_STYLE_OVERRIDE), with the
/// icon of the menu bar's overflow button ("»", shown only when the menus do not fit the window) looked up
/// when it is first painted instead of when the menu bar is built.
///
/// Start-up (issue 11): QMenuBar asks for that icon in its constructor, and Qt's common style reads it
/// from PNG files. The program's first read of an image file loads every image format plugin (SVG, JPEG,
/// GIF, ICO, and Qt SVG with them) to ask each whether it reads the file, about a millisecond before the
/// first paint (bench-startup) for an icon the first frame does not show.
class DeferredIconStyle final : public QProxyStyle {
    Q_OBJECT
public:
    /// Takes ownership of `base`; without one, the style Qt would have chosen (QProxyStyle's rule).
    explicit DeferredIconStyle(QStyle *base = nullptr);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace isb
