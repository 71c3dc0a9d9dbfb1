#include "SharePermissionRows.h"

#include "CsvWriter.h"
#include "IsoTime.h"
#include "accounts/AccountBook.h"

namespace isb {

SharePermissionRows::SharePermissionRows(const QString &regionId, const QString &imageId,
                                         const QString &imageName, const SharePermissionPage &page,
                                         const AccountBook *book)
    : m_regionId(regionId)
    , m_imageId(imageId)
    , m_imageName(imageName)
    , m_page(page)
    , m_book(book) {}

QStringList SharePermissionRows::header() {
    return {QStringLiteral("RegionId"), QStringLiteral("ImageId"),   QStringLiteral("ImageName"),
            QStringLiteral("Kind"),     QStringLiteral("Principal"), QStringLiteral("SharedTime"),
            QStringLiteral("Label")};
}

qsizetype SharePermissionRows::size() const {
    return m_page.accounts.size() + m_page.shareGroups.size();
}

QStringList SharePermissionRows::row(qsizetype index) const {
    Q_ASSERT(index >= 0 && index < size());
    const qsizetype accountCount = m_page.accounts.size();
    if (index < accountCount) {
        const SharedAccount &account = m_page.accounts.at(index);
        return {m_regionId,
                m_imageId,
                m_imageName,
                QStringLiteral("Account"),
                account.aliyunId,
                formatIsoUtc(account.sharedTime),
                m_book ? m_book->labelOf(account.aliyunId) : QString()};
    }
    return {m_regionId,
            m_imageId,
            m_imageName,
            QStringLiteral("Group"),
            m_page.shareGroups.at(index - accountCount),
            QString(),
            QString()};
}

QList<QStringList> SharePermissionRows::rows() const {
    QList<QStringList> all;
    all.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        all.append(row(i));
    return all;
}

bool SharePermissionRows::writeCsv(CsvWriter &writer) const {
    writer.writeRow(header());
    for (qsizetype i = 0; i < size() && !writer.hasError(); ++i)
        writer.writeRow(row(i));
    return writer.flush();
}

} // namespace isb
