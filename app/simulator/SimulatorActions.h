#pragma once

#include "SimulatorAnswer.h"
#include "SimulatorDataset.h"

#include <QMap>
#include <QString>

namespace isb {

/// The API actions of the simulated ECS service (DescribeRegions, DescribeImages,
/// DescribeImageSharePermission) over a dataset: parameter validation, filtering and paging with the
/// service's defaults, limits and error codes. Authentication has already happened.
class SimulatorActions final {
public:
    explicit SimulatorActions(const SimulatorDataset &dataset);

    SimulatorAnswer handle(const QString &action, const QMap<QString, QString> &parameters) const;

    /// DescribeImageSharePermission never returns more accounts than this per page (reference page).
    static constexpr int kMaxSharePageSize = 50;
    /// DescribeImages' page size limit.
    static constexpr int kMaxImagePageSize = 100;

private:
    SimulatorAnswer describeRegions(const QMap<QString, QString> &parameters) const;
    SimulatorAnswer describeImages(const QMap<QString, QString> &parameters) const;
    SimulatorAnswer describeImageSharePermission(const QMap<QString, QString> &parameters) const;

    const SimulatorDataset &m_dataset;
};

} // namespace isb
