#include "ImageRows.h"

#include "IsoTime.h"

namespace isb {

QStringList ImageRows::header(bool withOwner) {
    QStringList header{
        QStringLiteral("RegionId"),     QStringLiteral("ImageId"),      QStringLiteral("ImageName"),
        QStringLiteral("Status"),       QStringLiteral("CreationTime"), QStringLiteral("OSName"),
        QStringLiteral("OSType"),       QStringLiteral("Architecture"), QStringLiteral("SizeGiB"),
        QStringLiteral("IsSelfShared"), QStringLiteral("Description")};
    if (withOwner)
        header << QStringLiteral("ImageOwnerId");
    return header;
}

QStringList ImageRows::row(const Image &image, bool withOwner) {
    QStringList row{image.regionId,
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
    if (withOwner)
        row << image.imageOwnerId;
    return row;
}

} // namespace isb
