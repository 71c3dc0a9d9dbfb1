#pragma once

#include "EcsTypes.h"

#include <QStringList>

namespace isb {

/// The flat form of DescribeRegions for table and CSV output: RegionId, LocalName, RegionEndpoint, Status.
class RegionRows final {
public:
    static QStringList header();
    static QStringList row(const Region &region);
};

} // namespace isb
