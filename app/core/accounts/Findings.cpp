#include "Findings.h"

#include "AccountBook.h"
#include "export/IsoTime.h"

#include <QSet>

namespace isb {

QString Finding::kindName(Kind kind) {
    return kind == Kind::Public ? QStringLiteral("public") : QStringLiteral("untrusted");
}

QStringList Finding::header() {
    return {QStringLiteral("RegionId"),  QStringLiteral("ImageId"),   QStringLiteral("ImageName"),
            QStringLiteral("Finding"),   QStringLiteral("Principal"), QStringLiteral("Label"),
            QStringLiteral("SharedTime")};
}

QStringList Finding::toFields() const {
    return {regionId, imageId, imageName, kindName(kind), principal, label, formatIsoUtc(sharedTime)};
}

QString FindingsSummary::text() const {
    return tr("%n image(s) public", nullptr, imagesPublic) + QStringLiteral(", ") +
           tr("%n grant(s) to %1", nullptr, untrustedGrants)
               .arg(tr("%n untrusted account(s)", nullptr, untrustedAccounts));
}

std::optional<Finding::Kind> Findings::kindOf(AuditRow::Kind kind, const QString &principal,
                                              const AccountBook &book) {
    if (kind == AuditRow::Kind::Group)
        return principal == QLatin1String("all") ? std::optional(Finding::Kind::Public) : std::nullopt;
    return book.isExpected(principal) ? std::nullopt : std::optional(Finding::Kind::Untrusted);
}

QList<Finding> Findings::of(const Image &image, const SharePermissionPage &permissions,
                            const AccountBook &book) {
    QList<Finding> out;
    const QString &regionId = permissions.regionId.isEmpty() ? image.regionId : permissions.regionId;
    const QString &imageId = permissions.imageId.isEmpty() ? image.imageId : permissions.imageId;
    for (const QString &group : permissions.shareGroups) {
        if (kindOf(AuditRow::Kind::Group, group, book))
            out.append(
                {regionId, imageId, image.imageName, Finding::Kind::Public, group, QString(), QDateTime()});
    }
    for (const SharedAccount &account : permissions.accounts) {
        if (kindOf(AuditRow::Kind::Account, account.aliyunId, book)) {
            out.append({regionId, imageId, image.imageName, Finding::Kind::Untrusted, account.aliyunId,
                        book.labelOf(account.aliyunId), account.sharedTime});
        }
    }
    return out;
}

QList<Finding> Findings::of(const QList<AuditImageRecord> &records, const AccountBook &book) {
    QList<Finding> out;
    for (const AuditImageRecord &record : records)
        out += of(record, book);
    return out;
}

FindingsSummary Findings::summarize(const QList<Finding> &findings) {
    FindingsSummary summary;
    QSet<QString> accounts;
    QSet<QString> images;
    for (const Finding &finding : findings) {
        images.insert(finding.regionId + QLatin1Char('/') + finding.imageId);
        if (finding.kind == Finding::Kind::Public) {
            ++summary.imagesPublic;
        } else {
            ++summary.untrustedGrants;
            accounts.insert(finding.principal);
        }
    }
    summary.untrustedAccounts = int(accounts.size());
    summary.imagesWithFindings = int(images.size());
    return summary;
}

} // namespace isb
