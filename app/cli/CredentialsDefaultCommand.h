#pragma once

#include "CredentialsCommand.h"

namespace isb::cli {

/// `image-share-cli credentials default`: the profile used when nothing else gives credentials.
class CredentialsDefaultCommand final : public CredentialsCommand {
public:
    QString name() const override;
    Command command() const override;
    QString syntax() const override;
    QString description() const override;
    QString validate(const QCommandLineParser &parser, const QStringList &operands,
                     CliRequest *request) const override;
    void execute(CliRunner &runner) const override;
};

} // namespace isb::cli
