#include "AuditTypes.h"

#include "export/IsoTime.h"

namespace isb {

bool AuditRow::isSharedWithEveryone() const {
    return kind == Kind::Group && principal == QLatin1String("all");
}

QString AuditRow::kindName(Kind kind) {
    return kind == Kind::Group ? QStringLiteral("Group") : QStringLiteral("Account");
}

bool AuditRow::kindFromName(const QString &name, Kind *kind) {
    if (name == QLatin1String("Account"))
        *kind = Kind::Account;
    else if (name == QLatin1String("Group"))
        *kind = Kind::Group;
    else
        return false;
    return true;
}

QStringList AuditRow::toFields() const {
    return {regionId, imageId, imageName, kindName(kind), principal, formatIsoUtc(sharedTime)};
}

QList<AuditRow> AuditImageRecord::rows() const {
    QList<AuditRow> rows;
    rows.reserve(permissions.accounts.size() + permissions.shareGroups.size());
    AuditRow row;
    row.regionId = image.regionId;
    row.imageId = image.imageId;
    row.imageName = image.imageName;
    row.kind = AuditRow::Kind::Account;
    for (const SharedAccount &account : permissions.accounts) {
        row.principal = account.aliyunId;
        row.sharedTime = account.sharedTime;
        rows.append(row);
    }
    row.kind = AuditRow::Kind::Group;
    row.sharedTime = {};
    for (const QString &group : permissions.shareGroups) {
        row.principal = group;
        rows.append(row);
    }
    return rows;
}

} // namespace isb
