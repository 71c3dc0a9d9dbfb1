#pragma once

#include "CommandSpec.h"

namespace isb::cli {

/// `image-share-cli check`: the audit, reduced to its findings (public images and grants to accounts the
/// account book does not mark own or trusted), for cron and CI. Exit 0: complete, nothing found; 10: at
/// least one finding; 3, 4 or 5 as the audit when a lookup failed, findings or not, because an incomplete
/// check proves nothing.
class CheckCommand final : public CommandSpec {
public:
    QString name() const override;
    Command command() const override;
    QString syntax() const override;
    QString description() const override;
    unsigned sharedOptions() const override;
    QList<QCommandLineOption> options() const override;
    QStringList repeatableOptions() const override;
    QString validate(const QCommandLineParser &parser, const QStringList &operands,
                     CliRequest *request) const override;
    void execute(CliRunner &runner) const override;
};

} // namespace isb::cli
