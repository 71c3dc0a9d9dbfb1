#pragma once

#include <QLabel>

namespace isb {

/// A one-line label that ends in "…" when it is narrower than its text, with the whole text as tooltip.
/// For the status bar, where a long message must neither widen the window nor be cut mid-letter.
class ElidedLabel final : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace isb
