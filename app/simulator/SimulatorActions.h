#pragma once

#include "SimulatorAnswer.h"
#include "SimulatorDataset.h"

#include <QMap>
#include <QString>

namespace isb {

/// The API actions of the simulated services over a dataset: ECS 2014-05-26 (DescribeRegions,
/// DescribeImages, DescribeImageSharePermission, ModifyImageSharePermission), STS 2015-04-01
/// (GetCallerIdentity). Parameter validation, filtering and paging with the services' defaults, limits and
/// error codes. Authentication has already happened: `caller` is the key the request was signed with.
class SimulatorActions final {
public:
    static const QString kEcsVersion;
    static const QString kStsVersion;
    /// Every API version the simulator answers; anything else is InvalidVersion.
    static const QStringList &knownVersions();

    explicit SimulatorActions(SimulatorDataset &dataset);

    SimulatorAnswer handle(const SimAccessKey &caller, const QString &apiVersion, const QString &action,
                           const QMap<QString, QString> &parameters);

    /// DescribeImageSharePermission never returns more accounts than this per page (reference page).
    static constexpr int kMaxSharePageSize = 50;
    /// DescribeImages' page size limit.
    static constexpr int kMaxImagePageSize = 100;
    /// ModifyImageSharePermission reads AddAccount.1..10 and RemoveAccount.1..10 and ignores the rest.
    static constexpr int kMaxAccountsPerList = 10;
    /// An image can be shared with at most this many accounts.
    static constexpr int kMaxSharedAccounts = 50;

private:
    SimulatorAnswer describeRegions(const QMap<QString, QString> &parameters) const;
    SimulatorAnswer describeImages(const QMap<QString, QString> &parameters) const;
    SimulatorAnswer describeImageSharePermission(const QMap<QString, QString> &parameters) const;
    SimulatorAnswer modifyImageSharePermission(const SimAccessKey &caller,
                                               const QMap<QString, QString> &parameters);
    SimulatorAnswer getCallerIdentity(const SimAccessKey &caller) const;

    SimulatorDataset &m_dataset;
};

} // namespace isb
