#include "RoleSpec.h"

#include <QRegularExpression>

namespace isb {

namespace {

// acs:ram::<account>:role/<name>: the account is digits (16 for a real account); a RAM role name is
// 1-64 of letters, digits, '.', '-' and '_'. A path-qualified name is not something STS documents.
const QRegularExpression &roleArnPattern() {
    static const QRegularExpression pattern(
        QStringLiteral("\\Aacs:ram::([0-9]{1,32}):role/([A-Za-z0-9._-]{1,64})\\z"));
    return pattern;
}

} // namespace

QString RoleSpec::defaultSessionName() {
    return QStringLiteral("image-share-browser");
}

QString RoleSpec::roleArnProblem(const QString &roleArn) {
    if (roleArn.isEmpty())
        return tr("The role ARN is missing.");
    if (!roleArnPattern().match(roleArn).hasMatch())
        //: %1 is the format, which stays as it is.
        return tr("The role ARN must look like %1.").arg(QStringLiteral("acs:ram::<account>:role/<name>"));
    return {};
}

QString RoleSpec::sessionNameProblem(const QString &sessionName) {
    // STS's own rule for RoleSessionName.
    static const QRegularExpression pattern(QStringLiteral("\\A[A-Za-z0-9.@_-]{2,64}\\z"));
    if (!pattern.match(sessionName).hasMatch())
        return tr("The session name has 2 to 64 characters: letters, digits, '.', '@', '_' and '-'.");
    return {};
}

QString RoleSpec::externalIdProblem(const QString &externalId) {
    // STS: 2-1224 characters of letters, digits and =,.@:/-_ (empty: not sent).
    static const QRegularExpression pattern(QStringLiteral("\\A[A-Za-z0-9=,.@:/_-]{2,1224}\\z"));
    if (!externalId.isEmpty() && !pattern.match(externalId).hasMatch())
        return tr("The ExternalId has 2 to 1224 characters: letters, digits and = , . @ : / _ -.");
    return {};
}

QString RoleSpec::durationProblem(int durationSeconds) {
    if (durationSeconds < kMinDurationSeconds || durationSeconds > kMaxDurationSeconds)
        return tr("The duration is %1 to %2 seconds (and at most the role's maximum session duration).")
            .arg(kMinDurationSeconds)
            .arg(kMaxDurationSeconds);
    return {};
}

QString RoleSpec::problem() const {
    for (const QString &problem : {roleArnProblem(roleArn), sessionNameProblem(sessionName),
                                   externalIdProblem(externalId), durationProblem(durationSeconds)}) {
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString RoleSpec::accountOf(const QString &roleArn) {
    return roleArnPattern().match(roleArn).captured(1);
}

QString RoleSpec::roleNameOf(const QString &roleArn) {
    return roleArnPattern().match(roleArn).captured(2);
}

} // namespace isb
