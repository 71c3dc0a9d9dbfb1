#pragma once

#include <QWidget>

#include <memory>

class QAction;

namespace Ui {
class PagerWidget;
}

namespace isb {

/// First / previous / next / last, "page N of M", a page size and "all pages", for a list the server
/// hands out in pages. The pager only asks (pageRequested, ...); the owner loads and then confirms with
/// setPosition(). "Page N of M" always names the page shown (the last one confirmed), so it never
/// describes rows that are not on screen; a page asked for and not yet shown is noted beside it. Moves
/// count from the page asked for, so that pressing Next three times asks for three pages ahead instead of
/// page 2 three times.
class PagerWidget final : public QWidget {
    Q_OBJECT
public:
    explicit PagerWidget(QWidget *parent = nullptr);
    ~PagerWidget() override;

    /// The page sizes offered, smallest first; after them the combo offers "Fit", a page of as many rows
    /// as the table shows (setFitSize()).
    static QList<int> pageSizes();
    /// The most rows "Fit" asks for: DescribeImageSharePermission's page limit.
    static constexpr int kMaxFitSize = 50;

    /// The page asked for last (the one moves count from); shownPage() until a move is made.
    int currentPage() const { return m_page; }
    /// The page on screen, as the last setPosition() said.
    int shownPage() const { return m_shownPage; }
    int pageCount() const { return m_pageCount; }
    /// The size chosen, or with "Fit" the rows that fit.
    int pageSize() const;
    /// Selects the offered size nearest to `size` (0: "Fit"), without emitting pageSizeChanged().
    void setPageSize(int size);
    bool isFitToTable() const;
    /// The rows the table shows (clamped to 1 to kMaxFitSize); with "Fit" chosen, a change is a new page
    /// size and emits pageSizeChanged().
    void setFitSize(int rows);
    bool allPages() const;
    void setAllPages(bool allPages);

    /// What the last answer said; pageCount 0 means nothing is loaded (navigation disabled).
    void setPosition(int page, int pageCount);
    /// The page being loaded, e.g. asked for by the owner; shownPage() when nothing is loading.
    void setRequestedPage(int page);
    void reset() { setPosition(1, 0); }

    QAction *firstPageAction() const { return m_firstAction; }
    QAction *previousPageAction() const { return m_previousAction; }
    QAction *nextPageAction() const { return m_nextAction; }
    QAction *lastPageAction() const { return m_lastAction; }

Q_SIGNALS:
    void pageRequested(int page);
    void pageSizeChanged(int pageSize);
    void allPagesChanged(bool allPages);

private:
    void requestPage(int page);
    void updateState();

    std::unique_ptr<Ui::PagerWidget> m_ui;
    QAction *m_firstAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_lastAction = nullptr;
    int m_page = 1;
    int m_shownPage = 1;
    int m_pageCount = 0;
    int m_fitSize = kMaxFitSize; // until the table has been measured
};

} // namespace isb
