#pragma once

#include "EcsError.h"
#include "EcsTypes.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace isb {

/// The one rule for reading a list that the service returns in pages (an image's accounts from
/// DescribeImageSharePermission, a region's images from DescribeImages): the result is the complete list as
/// it stands at the end, or an error; never a list that silently misses an entry. EcsClient (sequential
/// pages) and AuditRunner (pages as pool tasks, in any order) both drive it.
///
/// - TotalCount may not exceed kMaxTotalCount, and its page count is computed in 64 bits.
/// - Every page must be the page asked for, and hold exactly as many entries as TotalCount leaves for it.
/// - A TotalCount that changes between pages, or an entry seen on two pages, means the list changed
///   while it was read: the caller starts again from page 1 (Step::Restart), at most kMaxRestarts times,
///   then the list fails with EcsError::Kind::Changed.
/// - A list of several pages is confirmed by reading page 1 again (Step::Confirm): a grant removed and
///   another added between pages keeps TotalCount, but not page 1.
/// - Pages are handed out one at a time (nextPage()), so no work is created for pages that may never be
///   needed.
///
/// Answers from an earlier pass carry an older generation() and are ignored (Step::Stale).
class PagedListAssembler final {
public:
    enum class Subject { SharePermissions, Images, DirectoryAccounts };
    enum class Step {
        Stale,    // an answer of an earlier pass (before a restart): ignore it
        Continue, // more pages to read: ask nextPage() until it returns 0
        Confirm,  // every page is in: read page 1 again and pass it to addConfirmation()
        Restart,  // the list changed: drop what was merged and read page 1 again
        Complete, // the list is complete and current
        Failed,   // error() says why
    };

    /// The most entries a list may promise: a sane account has far fewer grants or images, and a larger
    /// TotalCount would plan thousands of requests.
    static constexpr qint64 kMaxTotalCount = 100000;
    /// Passes after the first one, before the list is given up as changing too fast.
    static constexpr int kMaxRestarts = 3;

    PagedListAssembler(Subject subject, int pageSize);

    /// Pages needed for `totalCount` entries (at least 1), in 64 bits.
    static qint64 pageCount(qint64 totalCount, int pageSize);

    /// What a page is checked by: its entries' IDs, and (share permissions) its groups in a stable order.
    static QStringList idsOf(const ImagePage &page);
    static QStringList idsOf(const SharePermissionPage &page);
    static QStringList groupsOf(const SharePermissionPage &page);

    Subject subject() const { return m_subject; }
    int pageSize() const { return m_pageSize; }
    /// Increases with every restart; pass it back with each answer.
    int generation() const { return m_generation; }
    /// Known after page 1; 0 before.
    qint64 totalCount() const { return m_totalCount; }
    qint64 pageCount() const { return m_pageCount; }
    qint64 pagesDone() const { return m_pagesDone; }
    /// Pages of this pass handed out by nextPage() so far.
    qint64 pagesAsked() const { return m_nextPage - 1; }
    /// Forgets everything and starts a new read from page 1 (a retry after a failure); answers to the
    /// old read are stale.
    void reset();
    /// The next page to ask for in this pass (page 1 first), or 0 when every page has been asked for.
    qint64 nextPage();
    const EcsError &error() const { return m_error; }

    /// One page's answer: the page number asked for and the one returned, TotalCount and the keys of the
    /// entries (AliyunId, ImageId) in order. `wholeList` is what comes whole on every page (an image's
    /// share groups): if it differs between pages, the list changed. On Continue, Confirm and Complete
    /// the caller keeps the page's entries; on Restart it drops everything merged so far.
    Step addPage(int generation, qint64 askedPage, qint64 returnedPage, qint64 totalCount,
                 const QStringList &keys, const QStringList &wholeList = {});
    /// The second read of page 1 after every page was in.
    Step addConfirmation(int generation, qint64 returnedPage, qint64 totalCount, const QStringList &keys,
                         const QStringList &wholeList = {});

    /// The checks one page passes on its own (for a caller that shows a single page): the page asked for,
    /// TotalCount within the cap, as many entries as TotalCount leaves for that page, no key twice.
    static EcsError checkPage(Subject subject, int pageSize, qint64 askedPage, qint64 returnedPage,
                              qint64 totalCount, const QStringList &keys);

private:
    static QString entryName(Subject subject);
    Step fail(EcsError error);
    Step restart();

    Subject m_subject;
    int m_pageSize;
    int m_generation = 0;
    int m_restarts = 0;
    qint64 m_totalCount = 0;
    qint64 m_pageCount = 0;
    qint64 m_nextPage = 1;
    qint64 m_pagesDone = 0;
    bool m_firstPageDone = false;
    QStringList m_firstPageKeys;
    QStringList m_wholeList;
    QSet<QString> m_seen;
    EcsError m_error;
};

} // namespace isb
