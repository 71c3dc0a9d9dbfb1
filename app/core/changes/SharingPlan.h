#pragma once

#include "EcsTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>

namespace isb {

struct AuditImageRecord;

/// What is asked of one image, before the plan checks it against the image's current grants.
struct SharingRequest {
    QString regionId;
    QString imageId;
    QStringList add;
    QStringList remove;
    bool makePrivate = false; // remove share group "all"; the tool never adds it (the console's job)
};

/// Why a plan is refused before anything is sent.
struct SharingRefusal {
    enum class Cause { InvalidAccountId, OwnAccount, TooManyAccounts, AddedAndRemoved };
    Cause cause = Cause::InvalidAccountId;
    QString regionId;
    QString imageId;
    QString account; // the offending account; empty for TooManyAccounts
    int accountsAfter = 0;

    /// One line, translated, naming the cause.
    QString message() const;
};

/// One image of a plan: its state as read, and exactly what will be sent.
struct ImageSharingChange {
    QString regionId;
    QString imageId;
    QString imageName;
    /// The image's owner when the plan spans a Resource Directory (its change is sent with that account's
    /// credentials); empty for a plan of the caller's own account.
    QString accountId;
    QStringList accountsBefore; // as read, the service's order
    bool publicBefore = false;  // shared with group "all"
    QStringList add;            // only accounts not yet granted: applying a plan twice sends nothing
    QStringList remove;         // only accounts granted now
    bool removeAll = false;     // only when the image is shared with "all" now

    bool isEmpty() const { return add.isEmpty() && remove.isEmpty() && !removeAll; }
    /// The accounts the image must have once applied (before, minus remove, plus add).
    QStringList accountsAfter() const;
    bool publicAfter() const { return publicBefore && !removeAll; }
    /// Whether `page` (every page merged) is exactly what this change leads to.
    bool isSatisfiedBy(const SharePermissionPage &page) const;
};

/// A plan: every image it touches and what changes there. Built from the current grants, checked before
/// anything is sent (the API has no DryRun), shown for confirmation, applied, verified and journaled.
class SharingPlan final {
    Q_DECLARE_TR_FUNCTIONS(isb::SharingPlan)

public:
    /// The service keeps at most this many accounts per image (QuotaExceed.ShareImageUser).
    static constexpr int kMaxAccountsPerImage = 50;

    /// Label of an account (from the account book), empty when it has none.
    using LabelLookup = std::function<QString(const QString &aliyunId)>;

    SharingPlan() = default;

    /// The change `request` makes to an image whose grants are `current` (every page merged). `ownerId` is
    /// the image owner's account (the caller's account for a custom image) when known: sharing with it is
    /// refused.
    void addImage(const SharingRequest &request, const QString &imageName, const SharePermissionPage &current,
                  const QString &ownerId = {});
    /// "Revoke `aliyunId` everywhere": every complete record shared with it. `byOwner`: the records are an
    /// organisation audit's, and each change keeps its record's owner (Image::imageOwnerId) as
    /// ImageSharingChange::accountId; otherwise (one account's audit) no change names an owner.
    static SharingPlan revokeEverywhere(const QString &aliyunId, const QList<AuditImageRecord> &records,
                                        bool byOwner = false);
    /// The owner accounts of the images, in order of appearance (empty IDs left out).
    QStringList ownerAccountIds() const;
    /// The part of the plan whose images `accountId` owns.
    SharingPlan ofAccount(const QString &accountId) const;

    const QList<ImageSharingChange> &images() const { return m_images; }
    /// Images with something to send (the others are already as asked).
    QList<ImageSharingChange> changes() const;
    const QList<SharingRefusal> &refusals() const { return m_refusals; }
    bool isRefused() const { return !m_refusals.isEmpty(); }
    bool isEmpty() const { return changes().isEmpty(); }
    int accountsAdded() const;
    int accountsRemoved() const;
    int imagesMadePrivate() const;

    /// The plan for a person, one block per image with labels; translated.
    QString text(const LabelLookup &labelOf = {}) const;
    /// "Revoke 3 accounts from 2 images", the name of the action; translated.
    QString summary() const;
    /// The equivalent `aliyun ecs ModifyImageSharePermission ...` lines, the requests the client sends
    /// (batches of 10).
    QStringList aliyunCliCommands() const;

    /// The account IDs pasted or typed in `text`: separated by spaces, new lines, commas or semicolons,
    /// each once, in order. Nothing is dropped: a word that is no account ID is refused by the plan.
    static QStringList accountIdsIn(const QString &text);

    /// The request that undoes `change`: what was added is removed, what was removed is added again. Group
    /// "all" is never given back (the tool never makes an image public).
    static SharingRequest inverse(const ImageSharingChange &change);

private:
    QList<ImageSharingChange> m_images;
    QList<SharingRefusal> m_refusals;
};

} // namespace isb

Q_DECLARE_METATYPE(isb::SharingPlan)
