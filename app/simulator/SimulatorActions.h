#pragma once

#include "SimulatorAnswer.h"
#include "SimulatorDataset.h"

#include <QDateTime>
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
    static const QString kResourceManagerVersion;
    /// Every API version the simulator answers; anything else is InvalidVersion.
    static const QStringList &knownVersions();

    /// `now` is the server clock; temporary keys live DurationSeconds × `stsLifetimeScale` (a scale below
    /// 1 lets tests see keys expire without waiting 15 minutes).
    explicit SimulatorActions(SimulatorDataset &dataset,
                              const QDateTime &now = QDateTime::currentDateTimeUtc(),
                              double stsLifetimeScale = 1.0);

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
    SimulatorAnswer describeImages(const SimAccessKey &caller,
                                   const QMap<QString, QString> &parameters) const;
    SimulatorAnswer describeImageSharePermission(const SimAccessKey &caller,
                                                 const QMap<QString, QString> &parameters) const;
    SimulatorAnswer assumeRole(const SimAccessKey &caller, const QMap<QString, QString> &parameters);
    SimulatorAnswer listAccounts(const SimAccessKey &caller, const QMap<QString, QString> &parameters) const;
    SimulatorAnswer modifyImageSharePermission(const SimAccessKey &caller,
                                               const QMap<QString, QString> &parameters);
    SimulatorAnswer getCallerIdentity(const SimAccessKey &caller) const;

    SimulatorDataset &m_dataset;
    QDateTime m_now;
    double m_stsLifetimeScale = 1.0;
};

} // namespace isb
