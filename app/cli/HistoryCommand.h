#pragma once

#include "CommandSpec.h"

namespace isb::cli {

/// `image-share-cli history`: see its description().
class HistoryCommand final : public CommandSpec {
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
    bool needsCredentials() const override;
};

} // namespace isb::cli
