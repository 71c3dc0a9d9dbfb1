#include "SharingPlan.h"

#include "EcsClient.h"
#include "audit/AuditTypes.h"

#include <QRegularExpression>
#include <QSet>

namespace isb {

namespace {

const QString kGroupAll = QStringLiteral("all");

QStringList accountIds(const SharePermissionPage &page) {
    QStringList ids;
    ids.reserve(page.accounts.size());
    for (const SharedAccount &account : page.accounts)
        ids.append(account.aliyunId);
    return ids;
}

QStringList withoutDuplicates(const QStringList &list) {
    QStringList result;
    for (const QString &item : list) {
        if (!result.contains(item))
            result.append(item);
    }
    return result;
}

} // namespace

QString SharingRefusal::message() const {
    const QString image =
        imageId.isEmpty() ? QStringLiteral("revoke") : regionId + QLatin1Char(' ') + imageId;
    switch (cause) {
    case Cause::InvalidAccountId:
        return SharingPlan::tr("%1: \"%2\" is not an account ID (digits only)").arg(image, account);
    case Cause::OwnAccount:
        return SharingPlan::tr("%1: %2 is the image's own account; an image cannot be shared with its owner")
            .arg(image, account);
    case Cause::TooManyAccounts:
        return SharingPlan::tr("%1: the image would be shared with %2 accounts; at most %3 are allowed")
            .arg(image)
            .arg(accountsAfter)
            .arg(SharingPlan::kMaxAccountsPerImage);
    case Cause::AddedAndRemoved:
        return SharingPlan::tr("%1: %2 is both added and removed").arg(image, account);
    }
    return {};
}

QStringList ImageSharingChange::accountsAfter() const {
    QStringList after;
    for (const QString &id : accountsBefore) {
        if (!remove.contains(id))
            after.append(id);
    }
    after += add;
    return after;
}

bool ImageSharingChange::isSatisfiedBy(const SharePermissionPage &page) const {
    const QStringList expected = accountsAfter();
    const QStringList found = accountIds(page);
    return QSet<QString>(expected.cbegin(), expected.cend()) == QSet<QString>(found.cbegin(), found.cend()) &&
           found.size() == expected.size() && page.isSharedWithEveryone() == publicAfter();
}

void SharingPlan::addImage(const SharingRequest &request, const QString &imageName,
                           const SharePermissionPage &current, const QString &ownerId) {
    ImageSharingChange change;
    change.regionId = request.regionId;
    change.imageId = request.imageId;
    change.imageName = imageName;
    change.accountsBefore = accountIds(current);
    change.publicBefore = current.isSharedWithEveryone();

    const auto refuse = [this, &request](SharingRefusal::Cause cause, const QString &account, int after = 0) {
        m_refusals.append({cause, request.regionId, request.imageId, account, after});
    };
    const QStringList add = withoutDuplicates(request.add);
    const QStringList remove = withoutDuplicates(request.remove);
    for (const QString &id : add + remove) {
        if (!Account::isValidId(id))
            refuse(SharingRefusal::Cause::InvalidAccountId, id);
    }
    for (const QString &id : add) {
        if (!ownerId.isEmpty() && id == ownerId)
            refuse(SharingRefusal::Cause::OwnAccount, id);
        if (remove.contains(id))
            refuse(SharingRefusal::Cause::AddedAndRemoved, id);
        else if (!change.accountsBefore.contains(id))
            change.add.append(id);
    }
    for (const QString &id : remove) {
        if (change.accountsBefore.contains(id) && !add.contains(id))
            change.remove.append(id);
    }
    change.removeAll = request.makePrivate && change.publicBefore;
    const qsizetype after = change.accountsAfter().size();
    if (after > kMaxAccountsPerImage && !change.add.isEmpty())
        refuse(SharingRefusal::Cause::TooManyAccounts, {}, int(after));
    m_images.append(change);
}

SharingPlan SharingPlan::revokeEverywhere(const QString &aliyunId, const QList<AuditImageRecord> &records,
                                          bool byOwner) {
    SharingPlan plan;
    if (!Account::isValidId(aliyunId)) {
        // Refused once, not once per image.
        plan.m_refusals.append({SharingRefusal::Cause::InvalidAccountId, {}, {}, aliyunId, 0});
        return plan;
    }
    for (const AuditImageRecord &record : records) {
        if (!record.complete)
            continue;
        const bool shared =
            std::any_of(record.permissions.accounts.cbegin(), record.permissions.accounts.cend(),
                        [&aliyunId](const SharedAccount &a) { return a.aliyunId == aliyunId; });
        if (!shared)
            continue;
        SharingRequest request;
        request.regionId = record.image.regionId;
        request.imageId = record.image.imageId;
        request.remove = {aliyunId};
        plan.addImage(request, record.image.imageName, record.permissions);
        if (byOwner)
            plan.m_images.last().accountId = record.image.imageOwnerId;
    }
    return plan;
}

QStringList SharingPlan::ownerAccountIds() const {
    QStringList ids;
    for (const ImageSharingChange &change : m_images) {
        if (!change.accountId.isEmpty() && !ids.contains(change.accountId))
            ids.append(change.accountId);
    }
    return ids;
}

SharingPlan SharingPlan::ofAccount(const QString &accountId) const {
    SharingPlan part;
    for (const ImageSharingChange &change : m_images) {
        if (change.accountId == accountId)
            part.m_images.append(change);
    }
    for (const SharingRefusal &refusal : m_refusals) {
        const bool ofPart =
            std::any_of(part.m_images.cbegin(), part.m_images.cend(), [&refusal](const auto &c) {
                return c.regionId == refusal.regionId && c.imageId == refusal.imageId;
            });
        if (ofPart || refusal.imageId.isEmpty())
            part.m_refusals.append(refusal);
    }
    return part;
}

QList<ImageSharingChange> SharingPlan::changes() const {
    QList<ImageSharingChange> result;
    for (const ImageSharingChange &change : m_images) {
        if (!change.isEmpty())
            result.append(change);
    }
    return result;
}

int SharingPlan::accountsAdded() const {
    int count = 0;
    for (const ImageSharingChange &change : m_images)
        count += int(change.add.size());
    return count;
}

int SharingPlan::accountsRemoved() const {
    int count = 0;
    for (const ImageSharingChange &change : m_images)
        count += int(change.remove.size());
    return count;
}

int SharingPlan::imagesMadePrivate() const {
    return int(std::count_if(m_images.cbegin(), m_images.cend(),
                             [](const ImageSharingChange &change) { return change.removeAll; }));
}

QString SharingPlan::summary() const {
    const int images = int(changes().size());
    QStringList parts;
    if (accountsRemoved() > 0)
        parts << tr("Revoke %n account(s)", nullptr, accountsRemoved());
    if (accountsAdded() > 0)
        parts << tr("share with %n account(s)", nullptr, accountsAdded());
    if (imagesMadePrivate() > 0)
        parts << tr("make %n image(s) private", nullptr, imagesMadePrivate());
    if (parts.isEmpty())
        return tr("Nothing to change");
    QString text = parts.join(QStringLiteral(", "));
    text[0] = text.at(0).toUpper();
    return tr("%1 on %n image(s)", nullptr, images).arg(text);
}

QString SharingPlan::text(const LabelLookup &labelOf) const {
    const auto named = [&labelOf](const QString &id) {
        const QString label = labelOf ? labelOf(id) : QString();
        return label.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(id, label);
    };
    QString text;
    for (const ImageSharingChange &change : m_images) {
        text += QStringLiteral("%1 %2").arg(change.regionId, change.imageId);
        if (!change.imageName.isEmpty())
            text += QStringLiteral(" \"%1\"").arg(change.imageName);
        text += QLatin1Char('\n');
        if (!change.accountId.isEmpty())
            //: The account that owns an image of a plan across a Resource Directory.
            text += QStringLiteral("  ") + tr("owner: %1").arg(named(change.accountId)) + QLatin1Char('\n');
        for (const QString &id : change.remove)
            text += QStringLiteral("  - %1\n").arg(named(id));
        for (const QString &id : change.add)
            text += QStringLiteral("  + %1\n").arg(named(id));
        if (change.removeAll)
            text += QStringLiteral("  - all  ") +
                    tr("(every Alibaba Cloud account: the image becomes private)") + QLatin1Char('\n');
        if (change.isEmpty())
            text += QStringLiteral("  ") + tr("(already as asked: nothing is sent)") + QLatin1Char('\n');
        //: Resulting counts of one image in a plan.
        text += QStringLiteral("  ") +
                tr("accounts: %1 -> %2; public: %3")
                    .arg(change.accountsBefore.size())
                    .arg(change.accountsAfter().size())
                    .arg(change.publicAfter() ? tr("yes") : tr("no")) +
                QLatin1Char('\n');
    }
    text += summary() + QLatin1Char('\n');
    return text;
}

QStringList SharingPlan::aliyunCliCommands() const {
    // The very requests the client sends (EcsClient::shareChangeRequests: its batches of ten), so that the
    // runbook and the change cannot differ.
    const auto numbered = [](const QMap<QString, QString> &parameters, const QString &list) {
        QString text;
        for (int n = 1; parameters.contains(list + QLatin1Char('.') + QString::number(n)); ++n)
            text += QStringLiteral(" --%1.%2 %3")
                        .arg(list)
                        .arg(n)
                        .arg(parameters.value(list + QLatin1Char('.') + QString::number(n)));
        return text;
    };
    QStringList lines;
    QString account;
    for (const ImageSharingChange &change : m_images) {
        if (change.accountId != account) {
            // Each account's lines are run with that account's credentials (its role, say).
            account = change.accountId;
            lines.append(QStringLiteral("# ") + tr("as account %1:").arg(account));
        }
        const QList<ApiRequest> requests = EcsClient::shareChangeRequests(
            change.regionId, change.imageId, change.add, change.remove, change.removeAll);
        for (const ApiRequest &request : requests) {
            const QMap<QString, QString> &parameters = request.parameters;
            QString line = QStringLiteral("aliyun ecs %1 --RegionId %2 --ImageId %3")
                               .arg(request.action, parameters.value(QStringLiteral("RegionId")),
                                    parameters.value(QStringLiteral("ImageId")));
            line += numbered(parameters, QStringLiteral("AddAccount"));
            line += numbered(parameters, QStringLiteral("RemoveAccount"));
            if (parameters.contains(QStringLiteral("IsPublic")))
                line += QStringLiteral(" --IsPublic ") + parameters.value(QStringLiteral("IsPublic"));
            lines.append(line);
        }
    }
    return lines;
}

QStringList SharingPlan::accountIdsIn(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return withoutDuplicates(text.split(separators, Qt::SkipEmptyParts));
}

SharingRequest SharingPlan::inverse(const ImageSharingChange &change) {
    SharingRequest request;
    request.regionId = change.regionId;
    request.imageId = change.imageId;
    request.add = change.remove;
    request.remove = change.add;
    return request;
}

} // namespace isb
