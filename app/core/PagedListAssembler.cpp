#include "PagedListAssembler.h"

#include <QCoreApplication>

#include <algorithm>

namespace isb {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("isb::PagedListAssembler", text);
}

EcsError badResponse(const QString &message) {
    return EcsError::local(EcsError::Kind::BadResponse, message, QStringLiteral("InconsistentPages"));
}

} // namespace

PagedListAssembler::PagedListAssembler(Subject subject, int pageSize)
    : m_subject(subject)
    , m_pageSize(std::max(1, pageSize)) {}

qint64 PagedListAssembler::pageCount(qint64 totalCount, int pageSize) {
    const qint64 size = std::max(1, pageSize);
    return std::max<qint64>(1, (std::max<qint64>(0, totalCount) + size - 1) / size);
}

qint64 PagedListAssembler::nextPage() {
    if (m_error.isError())
        return 0;
    // Page 1 alone first: only its TotalCount says how many pages there are.
    if (!m_firstPageDone)
        return m_nextPage == 1 ? m_nextPage++ : 0;
    if (m_nextPage > m_pageCount)
        return 0;
    return m_nextPage++;
}

QStringList PagedListAssembler::idsOf(const ImagePage &page) {
    QStringList ids;
    ids.reserve(page.images.size());
    for (const Image &image : page.images)
        ids.append(image.imageId);
    return ids;
}

QStringList PagedListAssembler::idsOf(const SharePermissionPage &page) {
    QStringList ids;
    ids.reserve(page.accounts.size());
    for (const SharedAccount &account : page.accounts)
        ids.append(account.aliyunId);
    return ids;
}

QStringList PagedListAssembler::groupsOf(const SharePermissionPage &page) {
    QStringList groups = page.shareGroups; // the service's order is not part of the list's identity
    groups.sort();
    return groups;
}

QString PagedListAssembler::entryName(Subject subject) {
    return subject == Subject::Images ? tr("image") : tr("account");
}

PagedListAssembler::Step PagedListAssembler::fail(EcsError error) {
    m_error = std::move(error);
    ++m_generation; // answers still in flight are stale now
    return Step::Failed;
}

void PagedListAssembler::reset() {
    m_restarts = 0;
    m_error = {};
    ++m_generation;
    m_totalCount = 0;
    m_pageCount = 0;
    m_nextPage = 1;
    m_pagesDone = 0;
    m_firstPageDone = false;
    m_firstPageKeys.clear();
    m_wholeList.clear();
    m_seen.clear();
}

PagedListAssembler::Step PagedListAssembler::restart() {
    if (m_restarts >= kMaxRestarts) {
        EcsError error =
            m_subject == Subject::SharePermissions
                ? EcsError::local(EcsError::Kind::Changed,
                                  tr("The image's sharing changed while it was being read; try "
                                     "again."),
                                  QStringLiteral("SharingChanged"))
                : EcsError::local(EcsError::Kind::Changed,
                                  tr("The image list changed while it was being read; try again."),
                                  QStringLiteral("ImageListChanged"));
        return fail(error);
    }
    const int restarts = m_restarts + 1;
    reset();
    m_restarts = restarts;
    return Step::Restart;
}

EcsError PagedListAssembler::checkPage(Subject subject, int pageSize, qint64 askedPage, qint64 returnedPage,
                                       qint64 totalCount, const QStringList &keys) {
    if (returnedPage != askedPage) {
        return badResponse(tr("Page %1 was asked for, but the service answered with page %2; the list "
                              "cannot be read completely.")
                               .arg(askedPage)
                               .arg(returnedPage));
    }
    if (totalCount < 0 || totalCount > kMaxTotalCount) {
        return badResponse(tr("The service claims %1 entries (TotalCount); more than %2 is refused as "
                              "implausible.")
                               .arg(totalCount)
                               .arg(kMaxTotalCount));
    }
    const qint64 size = std::max(1, pageSize);
    const qint64 expected = std::clamp<qint64>(totalCount - (askedPage - 1) * size, 0, size);
    if (keys.size() < expected) {
        return badResponse(tr("Page %1 holds %2 entries, but TotalCount %3 promises %4; the list cannot be "
                              "read completely.")
                               .arg(askedPage)
                               .arg(keys.size())
                               .arg(totalCount)
                               .arg(expected));
    }
    if (keys.size() > expected) {
        return badResponse(tr("Page %1 holds %2 entries, more than TotalCount %3 leaves for it (%4).")
                               .arg(askedPage)
                               .arg(keys.size())
                               .arg(totalCount)
                               .arg(expected));
    }
    QSet<QString> onThisPage;
    onThisPage.reserve(keys.size());
    for (const QString &key : keys) {
        if (onThisPage.contains(key)) {
            return badResponse(
                tr("The service listed %1 %2 twice on page %3.").arg(entryName(subject), key).arg(askedPage));
        }
        onThisPage.insert(key);
    }
    return {};
}

PagedListAssembler::Step PagedListAssembler::addPage(int generation, qint64 askedPage, qint64 returnedPage,
                                                     qint64 totalCount, const QStringList &keys,
                                                     const QStringList &wholeList) {
    if (generation != m_generation || m_error.isError())
        return Step::Stale;
    if (!m_firstPageDone && askedPage != 1)
        return Step::Stale;
    if (m_firstPageDone && (totalCount != m_totalCount || wholeList != m_wholeList))
        return restart();
    EcsError error = checkPage(m_subject, m_pageSize, askedPage, returnedPage, totalCount, keys);
    if (error.isError())
        return fail(error);
    if (!m_firstPageDone) {
        m_firstPageDone = true;
        m_totalCount = totalCount;
        m_pageCount = pageCount(totalCount, m_pageSize);
        m_firstPageKeys = keys;
        m_wholeList = wholeList;
        m_seen.reserve(qsizetype(std::min<qint64>(totalCount, kMaxTotalCount)));
    }
    for (const QString &key : keys) {
        // Seen on an earlier page: the list shifted under us (a grant removed before this page and another
        // added), or the service repeats pages. Either way this pass cannot be trusted.
        if (m_seen.contains(key))
            return restart();
    }
    for (const QString &key : keys)
        m_seen.insert(key);
    ++m_pagesDone;
    if (m_pagesDone < m_pageCount)
        return Step::Continue;
    if (m_seen.size() != m_totalCount) {
        return fail(badResponse(
            tr("The pages hold %1 entries, but TotalCount is %2.").arg(m_seen.size()).arg(m_totalCount)));
    }
    if (m_pageCount > 1)
        return Step::Confirm;
    ++m_generation; // done: nothing else belongs to this list
    return Step::Complete;
}

PagedListAssembler::Step PagedListAssembler::addConfirmation(int generation, qint64 returnedPage,
                                                             qint64 totalCount, const QStringList &keys,
                                                             const QStringList &wholeList) {
    if (generation != m_generation || m_error.isError())
        return Step::Stale;
    if (returnedPage != 1) {
        return fail(badResponse(tr("Page 1 was asked for, but the service answered with page %1; the list "
                                   "cannot be read completely.")
                                    .arg(returnedPage)));
    }
    if (totalCount != m_totalCount || keys != m_firstPageKeys || wholeList != m_wholeList)
        return restart();
    ++m_generation;
    return Step::Complete;
}

} // namespace isb
