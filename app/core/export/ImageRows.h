#pragma once

#include "EcsTypes.h"

#include <QStringList>

namespace isb {

/// The flat form of DescribeImages for table and CSV output. Columns: RegionId, ImageId, ImageName, Status,
/// CreationTime (`yyyy-MM-ddTHH:mm:ssZ` UTC or empty), OSName, OSType, Architecture, SizeGiB,
/// IsSelfShared (`true`/`false`), Description.
class ImageRows final {
public:
    static QStringList header();
    static QStringList row(const Image &image);
};

} // namespace isb
