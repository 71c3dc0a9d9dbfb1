#pragma once

#include "CommandSpec.h"

namespace isb::cli {

/// `image-share-cli diff OLD.json NEW.json`: compares two audit snapshots; sends no request.
class DiffCommand final : public CommandSpec {
public:
    QString name() const override;
    Command command() const override;
    QString syntax() const override;
    QString description() const override;
    unsigned sharedOptions() const override;
    QList<QCommandLineOption> options() const override;
    int operandCount() const override;
    QString operandError(const QStringList &operands) const override;
    bool needsCredentials() const override;
    QString validate(const QCommandLineParser &parser, const QStringList &operands,
                     CliRequest *request) const override;
    void execute(CliRunner &runner) const override;
};

} // namespace isb::cli
