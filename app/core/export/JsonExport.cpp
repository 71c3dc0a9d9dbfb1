#include "JsonExport.h"

#include "IsoTime.h"
#include "JsonWriter.h"
#include "accounts/AccountBook.h"

namespace isb {

bool JsonExport::writeSharePermission(QIODevice *device, const QString &regionId, const QString &imageId,
                                      const QString &imageName, const SharePermissionPage &page,
                                      const AccountBook *book) {
    JsonWriter json(device);
    writeSharePermission(json, regionId, imageId, imageName, page, book);
    return json.finish();
}

void JsonExport::writeSharePermission(JsonWriter &json, const QString &regionId, const QString &imageId,
                                      const QString &imageName, const SharePermissionPage &page,
                                      const AccountBook *book) {
    json.beginObject();
    json.writeString(u"RegionId", regionId);
    json.writeString(u"ImageId", imageId);
    if (!imageName.isEmpty())
        json.writeString(u"ImageName", imageName);
    json.writeNumber(u"TotalCount", page.totalCount);
    writeShareLists(json, page, book);
    json.endObject();
}

void JsonExport::writeShareLists(JsonWriter &json, const SharePermissionPage &page, const AccountBook *book) {
    json.beginArray(u"Accounts");
    for (const SharedAccount &account : page.accounts) {
        json.beginObject();
        json.writeString(u"AliyunId", account.aliyunId);
        if (account.sharedTime.isValid())
            json.writeString(u"SharedTime", formatIsoUtc(account.sharedTime));
        if (const QString label = book ? book->labelOf(account.aliyunId) : QString(); !label.isEmpty())
            json.writeString(u"Label", label);
        json.endObject();
    }
    json.endArray();
    json.beginArray(u"ShareGroups");
    for (const QString &group : page.shareGroups) {
        json.beginObject();
        json.writeString(u"Group", group);
        json.endObject();
    }
    json.endArray();
}

bool JsonExport::writeRegions(QIODevice *device, const QList<Region> &regions) {
    JsonWriter json(device);
    json.beginObject();
    json.beginArray(u"Regions");
    for (const Region &region : regions) {
        json.beginObject();
        json.writeString(u"RegionId", region.regionId);
        json.writeString(u"LocalName", region.localName);
        json.writeString(u"RegionEndpoint", region.regionEndpoint);
        json.writeString(u"Status", region.status);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.finish();
}

bool JsonExport::writeImages(QIODevice *device, const QString &regionId, const ImagePage &page,
                             bool withOwner) {
    JsonWriter json(device);
    json.beginObject();
    json.writeString(u"RegionId", regionId);
    json.writeNumber(u"TotalCount", page.totalCount);
    json.beginArray(u"Images");
    for (const Image &image : page.images) {
        json.beginObject();
        json.writeString(u"ImageId", image.imageId);
        json.writeString(u"ImageName", image.imageName);
        json.writeString(u"Description", image.description);
        json.writeString(u"Status", image.status);
        if (image.creationTime.isValid())
            json.writeString(u"CreationTime", formatIsoUtc(image.creationTime));
        json.writeString(u"OSName", image.osName);
        json.writeString(u"OSType", image.osType);
        json.writeString(u"Architecture", image.architecture);
        json.writeNumber(u"Size", image.sizeGiB);
        json.writeBool(u"IsSelfShared", image.isSelfShared);
        if (withOwner)
            json.writeString(u"ImageOwnerId", image.imageOwnerId);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.finish();
}

} // namespace isb
