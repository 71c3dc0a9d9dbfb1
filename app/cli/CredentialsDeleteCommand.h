#pragma once

#include "CredentialsCommand.h"

namespace isb::cli {

/// `image-share-cli credentials delete`: removes a profile and its keychain entry.
class CredentialsDeleteCommand final : public CredentialsCommand {
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
