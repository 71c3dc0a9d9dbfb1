#pragma once

#include <QCoreApplication>
#include <QString>

namespace isb {

/// What AssumeRole is asked for: the role, the session name, the optional ExternalId and the lifetime.
/// The rules for each field are written here once; the CLI, the credentials dialog, the importers and
/// RoleSession check them before anything is sent.
struct RoleSpec {
    Q_DECLARE_TR_FUNCTIONS(isb::RoleSpec)

public:
    static constexpr int kDefaultDurationSeconds = 3600;
    /// STS allows 900 seconds up to the role's MaxSessionDuration, which is at most 12 hours.
    static constexpr int kMinDurationSeconds = 900;
    static constexpr int kMaxDurationSeconds = 43200;

    /// "image-share-browser": what ActionTrail shows as the session of this program's calls.
    static QString defaultSessionName();

    QString roleArn;
    QString sessionName = defaultSessionName();
    QString externalId; // empty: not sent
    int durationSeconds = kDefaultDurationSeconds;

    /// Why a value is refused (a sentence for the user), or empty when it is fine.
    static QString roleArnProblem(const QString &roleArn);
    static QString sessionNameProblem(const QString &sessionName);
    static QString externalIdProblem(const QString &externalId);
    static QString durationProblem(int durationSeconds);
    /// The first problem of the four, or empty.
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }

    /// The account of `acs:ram::<account>:role/<name>`; empty when the ARN is malformed.
    static QString accountOf(const QString &roleArn);
    /// The role name of the ARN; empty when the ARN is malformed.
    static QString roleNameOf(const QString &roleArn);

    bool operator==(const RoleSpec &other) const = default;
};

} // namespace isb
