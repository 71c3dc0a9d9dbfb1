#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class QTableView;
class QTimer;

namespace isb {

/// Sizes the columns of a table to the view, whatever the window's size and the saved header state:
/// - every column is as wide as its content needs (header and the rows on screen);
/// - the fill column (an image's name) takes whatever room is left, so no column stretches while the
///   fill column is cut off; it cannot be dragged, as with QHeaderView::Stretch;
/// - when the fill column would be cut off, columns with a cap give up room first, down to their cap;
///   when it would fall below its floor, the shrinkable columns give up room, down to their floor
///   (neither ever below the column's header, so every header stays whole; the fill column elides); if
///   the columns still do not fit, the essential columns (e.g. ID, Name, Status) stay inside the viewport
///   and the columns after them are reached by scrolling.
///
/// A column the user resized by hand keeps the user's width for the rest of the session. Columns stay
/// movable and hideable; after QHeaderView::restoreState() call adoptRestoredState(), since a restored
/// state carries resize modes and stretchLastSection that would otherwise undo the above.
///
/// Widths are given in letters ('n' of the view's font), so that they follow the font size; a CJK font's
/// average character is about twice as wide and would skew an average-character measure.
class ColumnFitter final : public QObject {
    Q_OBJECT
public:
    ColumnFitter(QTableView *view, int fillColumn, QList<int> essentialColumns);

    /// `floorLetters` (0: no shrinking) and `capLetters` (0: no cap) for `column`. Shrinkable columns give
    /// up room in the order of these calls.
    void setLimits(int column, int floorLetters, int capLetters);
    /// Puts the resize modes back after a restoreState() (order, hidden columns and sorting are kept).
    void adoptRestoredState();
    /// Fits at once; otherwise fitting happens on the next event-loop turn after a change.
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyModes();
    void scheduleFit();
    int contentWidth(int column) const;
    int headerWidth(int column) const;
    int letters(int count) const;

    QTableView *m_view;
    int m_fillColumn;
    QList<int> m_essential;
    QList<int> m_shrinkOrder;
    QHash<int, int> m_floorLetters;
    QHash<int, int> m_capLetters;
    QSet<int> m_byHand;
    QTimer *m_timer;
    bool m_fitting = false;
};

} // namespace isb
