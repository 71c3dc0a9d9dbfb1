#include "RowsThatFit.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace isb {

RowsThatFit::RowsThatFit(QAbstractItemView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_timer, &QTimer::timeout, this, &RowsThatFit::settle);
    view->viewport()->installEventFilter(this);
}

int RowsThatFit::rows() const {
    const auto *table = qobject_cast<const QTableView *>(m_view);
    const int rowHeight = table ? table->verticalHeader()->defaultSectionSize() : m_view->sizeHintForRow(0);
    return std::max(1, m_view->viewport()->height() / std::max(1, rowHeight));
}

void RowsThatFit::settle() {
    const int now = rows();
    if (now != m_rows) {
        m_rows = now;
        Q_EMIT rowsChanged(now);
    }
}

bool RowsThatFit::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_timer->start();
    return false;
}

} // namespace isb
