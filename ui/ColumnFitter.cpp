#include "ColumnFitter.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace isb {

ColumnFitter::ColumnFitter(QTableView *view, int fillColumn, QList<int> essentialColumns)
    : QObject(view)
    , m_view(view)
    , m_fillColumn(fillColumn)
    , m_essential(std::move(essentialColumns))
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &ColumnFitter::fit);

    QHeaderView *header = view->horizontalHeader();
    applyModes();
    view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (!m_fitting && logical != m_fillColumn) {
            m_byHand.insert(logical);
            scheduleFit(); // the fill column takes up the difference
        }
    });
    connect(header, &QHeaderView::sectionMoved, this, &ColumnFitter::scheduleFit);
    // New rows may need more room; the first answer replaces the header-only widths.
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::scheduleFit);
    }
}

void ColumnFitter::setLimits(int column, int floorLetters, int capLetters) {
    m_floorLetters.insert(column, floorLetters);
    m_capLetters.insert(column, capLetters);
    if (floorLetters > 0 && column != m_fillColumn && !m_shrinkOrder.contains(column))
        m_shrinkOrder.append(column);
    scheduleFit();
}

void ColumnFitter::adoptRestoredState() {
    applyModes();
    scheduleFit();
}

void ColumnFitter::applyModes() {
    QHeaderView *header = m_view->horizontalHeader();
    // States saved by earlier versions stretch the last section (Size): the room goes to Name instead.
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    for (int column = 0; column < header->count(); ++column)
        header->setSectionResizeMode(column,
                                     column == m_fillColumn ? QHeaderView::Fixed : QHeaderView::Interactive);
}

void ColumnFitter::scheduleFit() {
    if (!m_fitting)
        m_timer->start();
}

int ColumnFitter::letters(int count) const {
    return m_view->fontMetrics().horizontalAdvance(QLatin1Char('n')) * count;
}

int ColumnFitter::headerWidth(int column) const {
    // The label whole, with the style's margins; the room for a sort arrow only where the arrow is (the
    // header's own size hint keeps it on every section, which would cost Name a column's width).
    const QHeaderView *header = m_view->horizontalHeader();
    const QString text =
        header->model() ? header->model()->headerData(column, Qt::Horizontal).toString() : QString();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    int width = header->fontMetrics().horizontalAdvance(text) + 2 * margin + 2;
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == column)
        width += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header) + margin;
    return std::min(width, header->sectionSizeHint(column));
}

int ColumnFitter::contentWidth(int column) const {
    // The rows on screen (QTableView measures only those), and the header's label and sort arrow.
    // (QTableView makes sizeHintForColumn protected; QAbstractItemView's is public and virtual.)
    const QAbstractItemView *view = m_view;
    return std::max(view->sizeHintForColumn(column), headerWidth(column));
}

void ColumnFitter::fit() {
    m_timer->stop();
    QHeaderView *header = m_view->horizontalHeader();
    if (header->count() <= m_fillColumn)
        return;
    // The viewport shrinks when a vertical scroll bar appears: measure as if it were always there, so
    // the widths do not flip as rows come and go.
    int available = m_view->viewport()->width();
    if (!m_view->verticalScrollBar()->isVisible())
        available -= m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    if (available <= 0)
        return;

    QHash<int, int> widths;
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column == m_fillColumn || header->isSectionHidden(column))
            continue;
        widths[column] = m_byHand.contains(column) ? header->sectionSize(column) : contentWidth(column);
        others += widths[column];
    }
    const int fillContent = contentWidth(m_fillColumn);
    const int fillFloor = std::min(fillContent, letters(m_floorLetters.value(m_fillColumn)));
    int fill = available - others;
    // Name cut off while another column shows all of its content: those with a cap give way first.
    for (auto it = m_capLetters.cbegin(); it != m_capLetters.cend() && fill < fillContent; ++it) {
        const int column = it.key();
        if (it.value() <= 0 || m_byHand.contains(column) || !widths.contains(column))
            continue;
        // Never below the header: a cut header ("ze (Gi") names no column; the cap cuts content only.
        const int cap = std::max(letters(it.value()), headerWidth(column));
        const int give = std::clamp(fillContent - fill, 0, std::max(0, widths[column] - cap));
        widths[column] -= give;
        fill += give;
    }
    for (int column : std::as_const(m_shrinkOrder)) {
        if (fill >= fillFloor)
            break;
        if (m_byHand.contains(column) || !widths.contains(column))
            continue;
        const int floor = std::max(letters(m_floorLetters[column]), headerWidth(column));
        const int give = std::clamp(fillFloor - fill, 0, std::max(0, widths[column] - floor));
        widths[column] -= give;
        fill += give;
    }
    if (fill < fillFloor) {
        // Too narrow for every column: the essential ones end at the right edge, the rest scroll.
        int lastEssential = -1;
        for (int column : std::as_const(m_essential)) {
            if (!header->isSectionHidden(column))
                lastEssential = std::max(lastEssential, header->visualIndex(column));
        }
        int before = 0;
        for (int visual = 0; visual <= lastEssential; ++visual) {
            const int column = header->logicalIndex(visual);
            if (column != m_fillColumn && widths.contains(column))
                before += widths[column];
        }
        fill = std::max(fillFloor, available - before);
    }

    m_fitting = true;
    for (auto it = widths.cbegin(); it != widths.cend(); ++it)
        header->resizeSection(it.key(), it.value());
    header->resizeSection(m_fillColumn, fill);
    m_fitting = false;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        scheduleFit();
    return false;
}

} // namespace isb
