#pragma once

#include "EcsTypes.h"

#include <QList>
#include <QString>

class QIODevice;

namespace isb {

class AccountBook;

class JsonWriter;

/// The JSON documents the CLI prints and the window exports. They mirror the API's field names and order,
/// with the API's single-key wrappers (`Accounts: {Account: [...]}`) flattened to plain arrays. Optional
/// values the service did not give (SharedTime, CreationTime, an unknown ImageName) are omitted, never
/// null. Keys are part of the interface: scripts depend on them, so only ever add.
///
/// - share permission: `{RegionId, ImageId, [ImageName], TotalCount, Accounts: [{AliyunId, [SharedTime]}],
///   ShareGroups: [{Group}]}`; TotalCount is the service's count of accounts.
/// - regions: `{Regions: [{RegionId, LocalName, RegionEndpoint, Status}]}`
/// - region share export (ExportJob): `{ExportedAt, Endpoint, RegionId, Images: [<share permission>, ...]}`,
///   ExportedAt as `yyyy-MM-ddTHH:mm:ssZ` UTC, Endpoint the base URL the requests went to.
/// - images: `{RegionId, TotalCount, Images: [{ImageId, ImageName, Description, Status, [CreationTime],
///   OSName, OSType, Architecture, Size, IsSelfShared}]}`; Size in GiB as a number, IsSelfShared a boolean.
///
/// Each function writes one indented document ending in a newline and returns false if the device failed.
class JsonExport final {
public:
    static bool writeSharePermission(QIODevice *device, const QString &regionId, const QString &imageId,
                                     const QString &imageName, const SharePermissionPage &page,
                                     const AccountBook *book = nullptr);
    static bool writeRegions(QIODevice *device, const QList<Region> &regions);
    /// `withOwner`: every image also names its ImageOwnerId (the images shared with you).
    static bool writeImages(QIODevice *device, const QString &regionId, const ImagePage &page,
                            bool withOwner = false);

    /// The share permission document as one value of a larger document (an element of the region export's
    /// `Images` array), so both carry exactly the same members.
    static void writeSharePermission(JsonWriter &json, const QString &regionId, const QString &imageId,
                                     const QString &imageName, const SharePermissionPage &page,
                                     const AccountBook *book = nullptr);
    /// The `Accounts` and `ShareGroups` members of the share permission document, into the object `json`
    /// is in; for documents that embed share lists (the audit snapshot).
    /// With a book, each account with a label gets a "Label" field after its SharedTime.
    static void writeShareLists(JsonWriter &json, const SharePermissionPage &page,
                                const AccountBook *book = nullptr);
};

} // namespace isb
