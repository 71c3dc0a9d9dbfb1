#pragma once

#include <QFrame>

#include <memory>

class QAction;

namespace Ui {
class MessageBanner;
}

namespace isb {

class ElidedLabel;

/// A colored strip with an icon, a bold title and a sentence or two, for what must not be overlooked
/// (an image shared with every account) or a note the user should read once (an image that vanished).
/// Colors are set explicitly, foreground and background together, so that the banner reads the same in
/// light and dark desktop themes.
class MessageBanner final : public QFrame {
    Q_OBJECT
public:
    enum class Kind {
        Warning,
        Information,
    };

    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;

    void setKind(Kind kind);
    Kind kind() const { return m_kind; }
    void setMessage(const QString &title, const QString &text);
    QString title() const;
    QString text() const;
    /// One line instead of a paragraph: the title and the text side by side, cut with "…" where the
    /// banner is too narrow (the whole message in the tooltip), with a small icon. For panes where two
    /// banners would otherwise take the rows of the table below them.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    /// Shows a close button; the banner hides itself when it is pressed.
    void setDismissible(bool dismissible);
    /// A button for `action` at the banner's end (e.g. "Make Private…"), showing the action's text.
    void setAction(QAction *action);
    /// Sets up the look on the first showing: the style's icons, which may come from the desktop's icon
    /// theme, whose first look-up is slow (ThemeIcons.h), and the colors, a style sheet, whose engine Qt
    /// builds on the first style sheet of the program (bench-startup --instructions), and the selectable
    /// text. A banner hidden at start-up needs none of them before.
    void setVisible(bool visible) override;

Q_SIGNALS:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateAppearance();
    void updateIcons();
    void updateLine();

    std::unique_ptr<Ui::MessageBanner> m_ui;
    Kind m_kind = Kind::Warning;
    bool m_lookSetUp = false; // the icons and the colors, from the first showing on
    bool m_compact = false;
    ElidedLabel *m_line = nullptr; // the compact form's one line
};

} // namespace isb
