#include "AuditDiff.h"

#include "accounts/AccountBook.h"
#include "accounts/Findings.h"
#include "export/IsoTime.h"

#include "AuditSnapshot.h"

#include <QMap>
#include <QStringBuilder>

#include <algorithm>
#include <tuple>

namespace isb {

namespace {

using Grant = AuditDiff::Grant;
// account (organisation snapshots only), region, image: QMap keeps them sorted
using Key = std::tuple<QString, QString, QString>;

QList<Grant> grantsOf(const AuditImageRecord &record) {
    QList<Grant> grants;
    for (const SharedAccount &account : record.permissions.accounts)
        grants.append({AuditRow::Kind::Account, account.aliyunId});
    for (const QString &group : record.permissions.shareGroups)
        grants.append({AuditRow::Kind::Group, group});
    std::sort(grants.begin(), grants.end());
    grants.erase(std::unique(grants.begin(), grants.end()), grants.end());
    return grants;
}

QMap<Key, const AuditImageRecord *> indexImages(const AuditSnapshot &snapshot, bool byAccount) {
    QMap<Key, const AuditImageRecord *> index;
    for (const AuditImageRecord &record : snapshot.images())
        index.insert(
            {byAccount ? record.image.imageOwnerId : QString(), record.image.regionId, record.image.imageId},
            &record);
    return index;
}

} // namespace

AuditDiff AuditDiff::compare(const AuditSnapshot &before, const AuditSnapshot &after) {
    AuditDiff diff;
    diff.m_beforeTime = before.exportedAt();
    diff.m_afterTime = after.exportedAt();
    // Two organisations' snapshots compare image by owner too (the same image ID cannot be in two
    // accounts, but a key with the owner says whose image changed); a single-account snapshot on either
    // side compares as before.
    const bool byAccount = before.isOrganisation() && after.isOrganisation();
    const auto oldImages = indexImages(before, byAccount);
    const auto newImages = indexImages(after, byAccount);
    QMap<Key, bool> keys;
    for (auto it = oldImages.cbegin(); it != oldImages.cend(); ++it)
        keys.insert(it.key(), true);
    for (auto it = newImages.cbegin(); it != newImages.cend(); ++it)
        keys.insert(it.key(), true);

    QStringList regions = before.regions() + after.regions();
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        regions.append(std::get<1>(it.key()));
    regions.sort();
    regions.removeDuplicates();
    for (const QString &region : std::as_const(regions)) {
        if (before.covers(region) != after.covers(region))
            diff.m_regionsUnknown.append(region);
    }

    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        const Key &key = it.key();
        const AuditImageRecord *oldRecord = oldImages.value(key);
        const AuditImageRecord *newRecord = newImages.value(key);
        ImageDiff image;
        image.accountId = std::get<0>(key);
        image.regionId = std::get<1>(key);
        image.imageId = std::get<2>(key);
        const QString &region = image.regionId;
        image.imageName = (newRecord ? newRecord : oldRecord)->image.imageName;
        const QList<Grant> oldGrants = oldRecord ? grantsOf(*oldRecord) : QList<Grant>();
        const QList<Grant> newGrants = newRecord ? grantsOf(*newRecord) : QList<Grant>();

        if (!oldRecord && !before.covers(region)) {
            image.change = ImageChange::Unknown;
            image.regionNotAudited = true;
        } else if (!newRecord && !after.covers(region)) {
            image.change = ImageChange::Unknown;
            image.regionNotAudited = true;
        } else if (!oldRecord && before.isUnknown(image.accountId, region, image.imageId)) {
            image.change = ImageChange::Unknown;
        } else if (!newRecord && after.isUnknown(image.accountId, region, image.imageId)) {
            image.change = ImageChange::Unknown;
        } else {
            std::set_difference(newGrants.cbegin(), newGrants.cend(), oldGrants.cbegin(), oldGrants.cend(),
                                std::back_inserter(image.added));
            std::set_difference(oldGrants.cbegin(), oldGrants.cend(), newGrants.cbegin(), newGrants.cend(),
                                std::back_inserter(image.removed));
            std::set_intersection(newGrants.cbegin(), newGrants.cend(), oldGrants.cbegin(), oldGrants.cend(),
                                  std::back_inserter(image.unchanged));
            if (!oldRecord)
                image.change = ImageChange::Added;
            else if (!newRecord)
                image.change = ImageChange::Removed;
            else if (!image.added.isEmpty() || !image.removed.isEmpty())
                image.change = ImageChange::Changed;
        }

        switch (image.change) {
        case ImageChange::Added:
            ++diff.m_imagesAdded;
            break;
        case ImageChange::Removed:
            ++diff.m_imagesRemoved;
            break;
        case ImageChange::Unknown:
            ++diff.m_imagesUnknown;
            break;
        default:
            break;
        }
        diff.m_grantsAdded += int(image.added.size());
        diff.m_grantsRemoved += int(image.removed.size());
        diff.m_grantsUnchanged += int(image.unchanged.size());
        diff.m_images.append(image);
    }
    return diff;
}

QString AuditDiff::plainText(QStringView text) {
    QString plain = text.toString();
    for (QChar &c : plain) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph)
            c = QChar::ReplacementCharacter;
    }
    return plain;
}

QString AuditDiff::toText(bool withUnchanged) const {
    QString text;
    // An organisation's lines start with the owner: "+ 1500000000000002 cn-hangzhou m-... Account ...".
    const auto place = [](const ImageDiff &image) -> QString {
        const QString where = plainText(image.regionId) % QLatin1Char(' ') % plainText(image.imageId);
        return image.accountId.isEmpty() ? where : plainText(image.accountId) % QLatin1Char(' ') % where;
    };
    const auto grantLine = [&](QChar marker, const ImageDiff &image, const Grant &grant) {
        text += marker % QLatin1Char(' ') % place(image) % QLatin1Char(' ') % AuditRow::kindName(grant.kind) %
                QLatin1Char(' ') % plainText(grant.principal) % QLatin1Char('\n');
    };
    for (const QString &region : m_regionsUnknown)
        text += QLatin1String("?region ") % plainText(region) % QLatin1String(" unknown\n");
    for (const ImageDiff &image : m_images) {
        switch (image.change) {
        case ImageChange::Added:
            text += QLatin1String("+image ") % place(image) % QLatin1String(" (") %
                    plainText(image.imageName) % QLatin1String(")\n");
            break;
        case ImageChange::Removed:
            text += QLatin1String("-image ") % place(image) % QLatin1String(" (") %
                    plainText(image.imageName) % QLatin1String(")\n");
            break;
        case ImageChange::Unknown:
            text += QLatin1String("? ") % place(image) % QLatin1String(" unknown\n");
            break;
        default:
            break;
        }
        // Removals first: read top to bottom, a line never shows a grant that a later line takes back.
        for (const Grant &grant : image.removed)
            grantLine(QLatin1Char('-'), image, grant);
        for (const Grant &grant : image.added)
            grantLine(QLatin1Char('+'), image, grant);
        if (withUnchanged) {
            for (const Grant &grant : image.unchanged)
                grantLine(QLatin1Char('='), image, grant);
        }
    }
    return text;
}

QString AuditDiff::period() const {
    //: %1 and %2 are the times of the two snapshots, yyyy-MM-ddTHH:mm:ssZ.
    return tr("Snapshots of %1 and %2.").arg(formatIsoUtc(m_beforeTime), formatIsoUtc(m_afterTime));
}

QList<Finding> AuditDiff::newFindings(const AccountBook &book) const {
    QList<Finding> findings;
    for (const ImageDiff &image : m_images) {
        for (const Grant &grant : image.added) {
            const std::optional<Finding::Kind> kind = Findings::kindOf(grant.kind, grant.principal, book);
            if (!kind)
                continue;
            const bool account = grant.kind == AuditRow::Kind::Account;
            findings.append({image.regionId, image.imageId, image.imageName, *kind, grant.principal,
                             account ? book.labelOf(grant.principal) : QString(), QDateTime()});
        }
    }
    // Public images before untrusted accounts: the wider exposure first.
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.kind < b.kind; });
    return findings;
}

QString AuditDiff::reportText(const AccountBook *book, bool withUnchanged) const {
    const QString findings = book ? findingsText(newFindings(*book)) : QString();
    return findings + toText(withUnchanged) + summary() + QLatin1Char(' ') + period() + QLatin1Char('\n');
}

QString AuditDiff::findingsText(const QList<Finding> &findings) {
    QString text;
    for (const Finding &finding : findings) {
        const bool group = finding.kind == Finding::Kind::Public;
        text += QLatin1String("! ") % plainText(finding.regionId) % QLatin1Char(' ') %
                plainText(finding.imageId) % QLatin1Char(' ') %
                AuditRow::kindName(group ? AuditRow::Kind::Group : AuditRow::Kind::Account) %
                QLatin1Char(' ') % plainText(finding.principal) % QLatin1Char(' ') %
                Finding::kindName(finding.kind) %
                (finding.label.isEmpty() ? QString() : QLatin1Char(' ') + plainText(finding.label)) %
                QLatin1Char('\n');
    }
    return text;
}

QString AuditDiff::summary() const {
    QString text = tr("%1 grants added, %2 removed, %3 unchanged; %4 images added, %5 removed, %6 unknown.")
                       .arg(m_grantsAdded)
                       .arg(m_grantsRemoved)
                       .arg(m_grantsUnchanged)
                       .arg(m_imagesAdded)
                       .arg(m_imagesRemoved)
                       .arg(m_imagesUnknown);
    if (!m_regionsUnknown.isEmpty())
        text += QLatin1Char(' ') + tr("Unknown, audited in one snapshot only: %1.")
                                       .arg(plainText(m_regionsUnknown.join(QStringLiteral(", "))));
    return text;
}

} // namespace isb
