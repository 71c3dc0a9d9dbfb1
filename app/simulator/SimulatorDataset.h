#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace isb {

// The simulator's data file is one JSON object (see app/simulator/README.md):
//
//   {
//     "AccountId": "1000000000000001"?,
//     "AccessKeys": [ {"AccessKeyId": "...", "AccessKeySecret": "...", "SecurityToken": "..."?,
//                      "UserName": "..."?, "ReadOnly": true?} ],
//     "Regions":    [ {"RegionId": "cn-hangzhou",
//                      "LocalName": "China (Hangzhou)" | {"zh-CN": "华东1（杭州）", "en-US": "China
//                      (Hangzhou)"}, "RegionEndpoint": "ecs.cn-hangzhou.aliyuncs.com", "Status":
//                      "available"?} ],
//     "Images":     [ {"RegionId", "ImageId", "ImageName", "Description"?, "Status", "OSName", "OSNameEn"?,
//                      "OSType"?, "Platform"?, "Architecture"?, "Usage"?, "CreationTime", "Size",
//                      "Accounts": [ {"AliyunId": "123456789012", "SharedTime": "2024-01-02T03:04:05Z"?} ]?,
//                      "ShareGroups": [ "all" ]?, "Encrypted": true?} ],
//     "KnownAccountIds": [ "123456789012" ]?,
//     "DisplayName": "..."?,
//     "CloudAccounts": [ {"AccountId", "DisplayName"?, "AccessKeys"?, "Images"?,
//                         "Roles": [ {"RoleName", "TrustedAccountIds": [...], "ExternalId"?,
//                                     "MaxSessionDuration"?} ]?} ]?,
//     "ResourceDirectory": {"ManagementAccountId", "MemberAccountIds": [...]?}?
//   }
//
// The top level is one account (AccountId, AccessKeys, Images; the last two optional when CloudAccounts
// is given); CloudAccounts adds more. Regions are shared by every account.
//
// Keys with a SecurityToken are STS credentials: requests signed with them must carry that token.

/// An AccessKey the simulated service knows.
struct SimAccessKey {
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // empty unless STS
    QString accountId;     // the account every request signed with this key is served for
    QString userName;      // a RAM user's name; empty: the account's own (root) key
    bool readOnly = false; // may read but not change (ModifyImageSharePermission is 403 Forbidden.RAM)
    // Temporary keys issued by AssumeRole:
    QDateTime expiration; // invalid: never expires
    QString roleName;     // the assumed role; empty for keys of the data file
    QString roleId;
    QString sessionName;
};

/// One account of the data file: the top level of a one-account file, or a CloudAccounts entry.
struct SimCloudAccount {
    QString accountId;
    QString displayName;
};

/// A RAM role that AssumeRole can assume.
struct SimRole {
    QString accountId; // the role's own account
    QString roleName;
    QString roleId;
    QStringList trustedAccountIds; // accounts whose keys may assume it
    QString externalId;            // empty: none required
    int maxSessionDuration = 3600;
};

/// A region; LocalName is kept per language ("" holds a name given as a plain string).
struct SimRegion {
    QString regionId;
    QMap<QString, QString> localNames;
    QString regionEndpoint;
    QString status = QStringLiteral("available");

    /// The name in `language`, else en-US, else any.
    QString localName(const QString &language) const;
};

/// An account a custom image is shared with; SharedTime is optional (newer than the reference page).
struct SimSharedAccount {
    QString aliyunId;
    QString sharedTime; // yyyy-MM-ddTHH:mm:ssZ or empty
};

/// A custom image of the caller, with its share permissions.
struct SimImage {
    QString regionId;
    QString imageId;
    QString imageName;
    QString description;
    QString status;
    QString osName;
    QString osNameEn;
    QString osType;
    QString platform;
    QString architecture;
    QString usage;
    QString creationTime;
    qint64 size = 0;
    QList<SimSharedAccount> accounts;
    QStringList shareGroups;
    QString ownerAccountId; // the account the image belongs to
    bool encrypted = false; // built from encrypted snapshots: cannot be shared with more accounts

    bool isSelfShared() const { return !accounts.isEmpty() || !shareGroups.isEmpty(); }
};

/// The simulated account's data: keys, regions and images, loaded from a JSON file and validated so
/// that a mistake in the file is reported with its place instead of surfacing as odd answers.
class SimulatorDataset final {
public:
    /// Parses and validates; on failure returns nullopt and sets `error` to a one-line message that
    /// names the line (JSON syntax) or the field path (e.g. `Images[3].Size`).
    static std::optional<SimulatorDataset> fromJson(const QByteArray &json, QString *error = nullptr);
    static std::optional<SimulatorDataset> fromFile(const QString &path, QString *error = nullptr);

    /// The account of a file that describes one account: its top-level `AccountId`, or this default.
    static constexpr const char *kDefaultAccountId = "1000000000000001";
    const QString &accountId() const { return m_accountId; }
    const QList<SimAccessKey> &accessKeys() const { return m_accessKeys; }
    /// Every account: the top-level one first, then CloudAccounts in file order.
    const QList<SimCloudAccount> &cloudAccounts() const { return m_cloudAccounts; }
    const SimCloudAccount *findCloudAccount(const QString &accountId) const;
    const QList<SimRole> &roles() const { return m_roles; }
    /// Role names are case-insensitive, as in RAM.
    const SimRole *findRole(const QString &accountId, const QString &roleName) const;
    /// Empty when the file has no ResourceDirectory.
    const QString &managementAccountId() const { return m_managementAccountId; }
    const QStringList &memberAccountIds() const { return m_memberAccountIds; }
    /// A temporary key issued by AssumeRole.
    void addAccessKey(const SimAccessKey &key) { m_accessKeys.append(key); }
    const QList<SimRegion> &regions() const { return m_regions; }
    /// The top-level account's images (all of a one-account file's images).
    const QList<SimImage> &images() const { return m_images; }
    /// Every account's images: the top-level account's, then CloudAccounts' in file order.
    QList<const SimImage *> allImages() const;

    const SimAccessKey *findAccessKey(const QString &accessKeyId) const;
    const SimRegion *findRegion(const QString &regionId) const;
    /// Looks in every region and account; the caller checks the image's region and owner.
    const SimImage *findImage(const QString &imageId) const;
    /// For changes kept in memory (ModifyImageSharePermission); null when there is no such image.
    SimImage *mutableImage(const QString &imageId);
    /// Whether the file names `accountId` anywhere (an AccountId, a grant, KnownAccountIds): the
    /// simulator's stand-in for "an Alibaba Cloud account with this ID exists".
    bool accountExists(const QString &accountId) const { return m_knownAccounts.contains(accountId); }
    /// Unshares the image's first account (the `shift` fault); false when it has none.
    bool removeFirstAccount(const QString &imageId);

    /// The statuses DescribeImages knows (Creating, Waiting, Available, ...).
    static const QStringList &imageStatuses();

private:
    QString m_accountId = QLatin1String(kDefaultAccountId);
    QList<SimCloudAccount> m_cloudAccounts;
    QList<SimRole> m_roles;
    QString m_managementAccountId;
    QStringList m_memberAccountIds;
    QList<SimAccessKey> m_accessKeys;
    QList<SimRegion> m_regions;
    QList<SimImage> m_images;      // the top-level account's
    QList<SimImage> m_otherImages; // CloudAccounts'
    QSet<QString> m_knownAccounts;
};

} // namespace isb
