#pragma once

#include "EcsTypes.h"

#include <QStringList>

namespace isb {

/// The flat form of DescribeImages for table and CSV output. Columns: RegionId, ImageId, ImageName, Status,
/// CreationTime (`yyyy-MM-ddTHH:mm:ssZ` UTC or empty), OSName, OSType, Architecture, SizeGiB,
/// IsSelfShared (`true`/`false`), Description; then, for images shared with you (`withOwner`), ImageOwnerId.
/// New columns go last, so that scripts reading the old ones by position keep working.
class ImageRows final {
public:
    static QStringList header(bool withOwner = false);
    static QStringList row(const Image &image, bool withOwner = false);
};

} // namespace isb
