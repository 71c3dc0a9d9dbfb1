#pragma once

#include "AuditTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace isb {

/// The result of one share audit as a file, so that two audits can be compared (AuditDiff) and a past
/// audit shown again without asking the API. JSON, UTF-8, keys in this order:
///
///   {"ExportedAt": "2024-05-01T10:00:00Z", "Endpoint": "https://ecs.aliyuncs.com",
///    "Regions": ["cn-hangzhou", ...],
///    "Images": [{"RegionId", "ImageId", "ImageName", "TotalCount",
///                "Accounts": [{"AliyunId", "SharedTime"?}], "ShareGroups": [{"Group"}]}],
///    "Failures": [{"RegionId", "ImageId"?, "Code", "Message", "RequestId"}]}
///
/// An organisation's snapshot (OrganisationAudit) names each image's owner: `"AccountId"` before
/// RegionId in every image, and in every failure that concerns one account (a failure with an AccountId
/// and no RegionId: the account could not be reached). Single-account snapshots stay as they were.
///
/// Loading validates everything that could go back into a request or a diff line: region, image and
/// account IDs have their shapes (Region/Image/Account::isValidId), every image is in a listed region, no
/// image, account or group is listed twice, and lists, names and the file itself have size caps.
///
/// Images are written sorted by region and ID, so two snapshots of the same state differ only in
/// ExportedAt. Only complete images are listed; a lookup that failed or was cancelled is a Failure, which
/// tells a reader that the image's grants are unknown, not empty.
class AuditSnapshot final {
    Q_DECLARE_TR_FUNCTIONS(AuditSnapshot)
public:
    QDateTime exportedAt() const { return m_exportedAt; }
    void setExportedAt(const QDateTime &time) { m_exportedAt = time; }
    QString endpoint() const { return m_endpoint; }
    void setEndpoint(const QString &endpoint) { m_endpoint = endpoint; }
    QStringList regions() const { return m_regions; }
    void setRegions(const QStringList &regions) { m_regions = regions; }
    const QList<AuditImageRecord> &images() const { return m_images; }
    void setImages(const QList<AuditImageRecord> &images);
    const QList<AuditFailure> &failures() const { return m_failures; }
    void setFailures(const QList<AuditFailure> &failures) { m_failures = failures; }
    /// An organisation's snapshot: images and failures carry their AccountId (Image::imageOwnerId,
    /// AuditFailure::accountId). Loading sets it when any image or failure has one.
    bool isOrganisation() const { return m_organisation; }
    void setOrganisation(bool organisation) { m_organisation = organisation; }

    /// The rows of every image, in file order (for a table or a CSV export); an organisation's rows carry
    /// their AccountId.
    QList<AuditRow> rows() const;
    /// A failure names this image, or its whole region (its image list is incomplete).
    bool isUnknown(const QString &regionId, const QString &imageId) const {
        return isUnknown({}, regionId, imageId);
    }
    /// The same for an organisation's image: a failure of another account says nothing about it; a
    /// failure of its account without a region (unreachable) covers all of its images.
    bool isUnknown(const QString &accountId, const QString &regionId, const QString &imageId) const;
    /// Whether the audit looked at this region: it is in regions(), or, when that list is empty (files
    /// from before it existed), an image or failure names it. What a snapshot did not cover is unknown.
    bool covers(const QString &regionId) const;

    QByteArray toJson() const;
    /// Parses and validates a snapshot; on failure returns nullopt and sets `error` to one line naming the
    /// place (JSON syntax: the offset; content: the field path such as `Images[3].Accounts[0].AliyunId`).
    static std::optional<AuditSnapshot> fromJson(const QByteArray &json, QString *error = nullptr);

    /// Writes through QSaveFile, so an interrupted write never leaves half a snapshot behind.
    bool save(const QString &path, QString *error = nullptr) const;
    static std::optional<AuditSnapshot> load(const QString &path, QString *error = nullptr);

private:
    QDateTime m_exportedAt;
    QString m_endpoint;
    QStringList m_regions;
    QList<AuditImageRecord> m_images;
    QList<AuditFailure> m_failures;
    bool m_organisation = false;
};

} // namespace isb
