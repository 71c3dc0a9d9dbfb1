#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace isb {

/// One entry of DescribeRegions.
struct Region {
    QString regionId;       // "cn-hangzhou"
    QString localName;      // in the AcceptLanguage of the request
    QString regionEndpoint; // "ecs.cn-hangzhou.aliyuncs.com"
    QString status;         // "available" or "soldOut"

    /// Whether `regionId` has the shape of a region id (lower-case letters, digits and '-', e.g.
    /// cn-hangzhou), checked before it goes into a request.
    static bool isValidId(const QString &regionId);
    /// Whether a RegionEndpoint from DescribeRegions may receive signed requests: a host name under
    /// aliyuncs.com. Anything else would send the caller's signed requests wherever the answer says.
    static bool isTrustedEndpoint(const QString &host);
};

/// One entry of DescribeImages (the fields the product shows).
struct Image {
    QString regionId;
    QString imageId;
    QString imageName;
    QString description;
    QString status;   // Available, Creating, ...
    QString osName;   // in the service's language (often Chinese)
    QString osNameEn; // the English form
    QString osType;
    QString architecture;
    QDateTime creationTime; // UTC; invalid when the service gave none
    qint64 sizeGiB = 0;
    bool isSelfShared = false;
    QString imageOwnerId; // the owner's account ID (ImageOwnerAlias=others: the account that shares it)

    /// Every status DescribeImages knows. Without a Status filter it returns Available images only, yet an
    /// image that is Creating, Deprecated, ... can be shared too.
    static QStringList allStatuses() {
        return {QStringLiteral("Creating"),    QStringLiteral("Waiting"),      QStringLiteral("Available"),
                QStringLiteral("UnAvailable"), QStringLiteral("CreateFailed"), QStringLiteral("Deprecated")};
    }
    /// Whether `imageId` has the shape of an image id (letters, digits, '-', '_' and '.'), checked before
    /// it goes into a request.
    static bool isValidId(const QString &imageId);
};

/// An Alibaba Cloud account (AliyunId in DescribeImageSharePermission, AddAccount.N in
/// ModifyImageSharePermission).
struct Account {
    /// Whether `aliyunId` has the shape of an account ID: ASCII digits only, 1 to 20 of them. The service
    /// documents no length (its examples have 12 digits, current accounts 16); 20 digits is the most an
    /// unsigned 64-bit number has. Spaces, signs and separators are refused, not stripped, so that
    /// "6258 6514 0555" is an error the user sees rather than a guess.
    static bool isValidId(QStringView aliyunId);
};

/// One page of DescribeImages, or every page merged (then pageNumber is 1 and pageSize the total).
struct ImagePage {
    QString regionId;
    int totalCount = 0;
    int pageNumber = 1;
    int pageSize = 0;
    QList<Image> images;
    QString requestId;
};

/// An account an image is shared with.
struct SharedAccount {
    QString aliyunId;
    QDateTime sharedTime; // UTC; newer than the reference page, invalid when absent

    friend bool operator==(const SharedAccount &, const SharedAccount &) = default;
};

/// One page of DescribeImageSharePermission, or every page merged. TotalCount counts accounts; share
/// groups come whole on every page, and merging keeps each group once.
struct SharePermissionPage {
    QString regionId;
    QString imageId;
    int totalCount = 0;
    int pageNumber = 1;
    int pageSize = 10;
    QList<SharedAccount> accounts;
    QStringList shareGroups; // "all" means every Alibaba Cloud account
    QString requestId;

    bool isSharedWithEveryone() const { return shareGroups.contains(QLatin1String("all")); }
    /// In 64 bits (PagedListAssembler::pageCount): TotalCount comes from the service.
    qint64 pageCount() const;
};

/// STS AssumeRole: a temporary key of the role's account. The secret and token are secrets: never log them.
struct AssumedRole {
    QString arn;           // AssumedRoleUser.Arn: acs:ram::<account>:role/<role>/<session>
    QString assumedRoleId; // <roleId>:<session>
    QString accessKeyId;   // STS.…
    QString accessKeySecret;
    QString securityToken;
    QDateTime expiration; // UTC
    QString requestId;
};

/// One account of a Resource Directory (ResourceManager ListAccounts).
struct DirectoryAccount {
    QString accountId;
    QString displayName;
    QString type;   // ResourceAccount, CloudAccount
    QString status; // CreateSuccess, ...
    QString folderId;
    QString joinMethod; // created, invited
    QString resourceDirectoryId;
};

/// STS GetCallerIdentity: who the credentials in use belong to.
struct CallerIdentity {
    QString accountId;    // the account the key belongs to
    QString arn;          // acs:ram::<account>:root, ...:user/<name>, ...:assumed-role/<role>/<session>
    QString identityType; // Account, RAMUser or AssumedRoleUser
    QString userId;
    QString principalId;
    QString requestId;
};

} // namespace isb

Q_DECLARE_METATYPE(isb::Region)
Q_DECLARE_METATYPE(isb::Image)
Q_DECLARE_METATYPE(isb::SharePermissionPage)
