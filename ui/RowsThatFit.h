#pragma once

#include <QObject>

class QAbstractItemView;
class QTimer;

namespace isb {

/// How many rows of a table fit in its viewport, told when it changes: the share pane's page size follows
/// it. Told once the size has settled (a drag of the window edge is one change, not a request per pixel).
class RowsThatFit final : public QObject {
    Q_OBJECT
public:
    explicit RowsThatFit(QAbstractItemView *view, QObject *parent = nullptr);

    /// Whole rows of the view's default height in its viewport now; at least 1.
    int rows() const;

Q_SIGNALS:
    void rowsChanged(int rows);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void settle();

    QAbstractItemView *m_view;
    QTimer *m_timer;
    int m_rows = 0;
};

} // namespace isb
