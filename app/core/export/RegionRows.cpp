#include "RegionRows.h"

namespace isb {

QStringList RegionRows::header() {
    return {QStringLiteral("RegionId"), QStringLiteral("LocalName"), QStringLiteral("RegionEndpoint"),
            QStringLiteral("Status")};
}

QStringList RegionRows::row(const Region &region) {
    return {region.regionId, region.localName, region.regionEndpoint, region.status};
}

} // namespace isb
