#include "PagerWidget.h"

#include "ui_PagerWidget.h"

#include <QAction>
#include <QSignalBlocker>

namespace isb {

PagerWidget::PagerWidget(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PagerWidget>()) {
    m_ui->setupUi(this);

    // Alt-based shortcuts (in the .ui file): Ctrl+Home/End and PgUp/PgDn already move inside the tables.
    m_firstAction = m_ui->actionFirstPage;
    m_previousAction = m_ui->actionPreviousPage;
    m_nextAction = m_ui->actionNextPage;
    m_lastAction = m_ui->actionLastPage;
    for (QAction *action : {m_firstAction, m_previousAction, m_nextAction, m_lastAction}) {
        // The tooltip carries the shortcut because the buttons show icons only.
        action->setToolTip(
            tr("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
    }
    m_ui->firstButton->setDefaultAction(m_firstAction);
    m_ui->previousButton->setDefaultAction(m_previousAction);
    m_ui->nextButton->setDefaultAction(m_nextAction);
    m_ui->lastButton->setDefaultAction(m_lastAction);

    connect(m_firstAction, &QAction::triggered, this, [this] { requestPage(1); });
    connect(m_previousAction, &QAction::triggered, this, [this] { requestPage(m_page - 1); });
    connect(m_nextAction, &QAction::triggered, this, [this] { requestPage(m_page + 1); });
    connect(m_lastAction, &QAction::triggered, this, [this] { requestPage(m_pageCount); });

    for (int size : pageSizes())
        m_ui->pageSizeCombo->addItem(QString::number(size), size);
    m_ui->pageSizeCombo->addItem(tr("Fit", "page size: as many rows as the table shows"), 0);
    m_ui->pageSizeCombo->setItemData(m_ui->pageSizeCombo->count() - 1,
                                     tr("As many accounts per page as the table shows"), Qt::ToolTipRole);
    connect(m_ui->pageSizeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_page = 1;
        updateState();
        Q_EMIT pageSizeChanged(pageSize());
    });
    connect(m_ui->allPagesCheck, &QCheckBox::toggled, this, [this](bool checked) {
        m_page = 1;
        updateState();
        Q_EMIT allPagesChanged(checked);
    });
    updateState();
}

PagerWidget::~PagerWidget() = default;

QList<int> PagerWidget::pageSizes() {
    return {10, 20, 50};
}

int PagerWidget::pageSize() const {
    return isFitToTable() ? m_fitSize : m_ui->pageSizeCombo->currentData().toInt();
}

bool PagerWidget::isFitToTable() const {
    return m_ui->pageSizeCombo->currentData().toInt() == 0;
}

void PagerWidget::setFitSize(int rows) {
    rows = qBound(1, rows, kMaxFitSize);
    if (rows == m_fitSize)
        return;
    m_fitSize = rows;
    if (!isFitToTable())
        return;
    m_page = 1;
    updateState();
    Q_EMIT pageSizeChanged(rows);
}

void PagerWidget::setPageSize(int size) {
    int best = 0;
    for (int i = 0; i < m_ui->pageSizeCombo->count(); ++i) {
        const int offered = m_ui->pageSizeCombo->itemData(i).toInt();
        if (size == 0 ? offered == 0 : offered > 0 && offered <= size)
            best = i;
    }
    const QSignalBlocker blocker(m_ui->pageSizeCombo);
    m_ui->pageSizeCombo->setCurrentIndex(best);
}

bool PagerWidget::allPages() const {
    return m_ui->allPagesCheck->isChecked();
}

void PagerWidget::setAllPages(bool allPages) {
    const QSignalBlocker blocker(m_ui->allPagesCheck);
    m_ui->allPagesCheck->setChecked(allPages);
    updateState();
}

void PagerWidget::setPosition(int page, int pageCount) {
    m_pageCount = qMax(0, pageCount);
    m_page = qBound(1, page, qMax(1, m_pageCount));
    m_shownPage = m_page;
    updateState();
}

void PagerWidget::setRequestedPage(int page) {
    page = qBound(1, page, qMax(1, m_pageCount));
    if (page == m_page)
        return;
    m_page = page;
    updateState();
}

void PagerWidget::requestPage(int page) {
    if (m_pageCount <= 0 || allPages())
        return;
    page = qBound(1, page, m_pageCount);
    if (page == m_page)
        return;
    m_page = page;
    updateState();
    Q_EMIT pageRequested(page);
}

void PagerWidget::updateState() {
    const bool paged = !allPages() && m_pageCount > 0;
    m_firstAction->setEnabled(paged && m_page > 1);
    m_previousAction->setEnabled(paged && m_page > 1);
    m_nextAction->setEnabled(paged && m_page < m_pageCount);
    m_lastAction->setEnabled(paged && m_page < m_pageCount);
    m_ui->pageSizeCombo->setEnabled(!allPages());
    m_ui->pageSizeLabel->setEnabled(!allPages());
    if (allPages())
        m_ui->pageLabel->setText(tr("All pages"));
    else if (m_pageCount > 0 && m_page != m_shownPage)
        m_ui->pageLabel->setText(
            tr("Page %1 of %2 (loading page %3…)").arg(m_shownPage).arg(m_pageCount).arg(m_page));
    else if (m_pageCount > 0)
        m_ui->pageLabel->setText(tr("Page %1 of %2").arg(m_shownPage).arg(m_pageCount));
    else
        m_ui->pageLabel->setText(tr("Page –"));
}

} // namespace isb
