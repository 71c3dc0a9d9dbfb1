#include "ImageRows.h"

#include "IsoTime.h"

namespace isb {

QStringList ImageRows::header() {
    return {QStringLiteral("RegionId"),     QStringLiteral("ImageId"),      QStringLiteral("ImageName"),
            QStringLiteral("Status"),       QStringLiteral("CreationTime"), QStringLiteral("OSName"),
            QStringLiteral("OSType"),       QStringLiteral("Architecture"), QStringLiteral("SizeGiB"),
            QStringLiteral("IsSelfShared"), QStringLiteral("Description")};
}

QStringList ImageRows::row(const Image &image) {
    return {image.regionId,
            image.imageId,
            image.imageName,
            image.status,
            formatIsoUtc(image.creationTime),
            image.osName,
            image.osType,
            image.architecture,
            QString::number(image.sizeGiB),
            image.isSelfShared ? QStringLiteral("true") : QStringLiteral("false"),
            image.description};
}

} // namespace isb
