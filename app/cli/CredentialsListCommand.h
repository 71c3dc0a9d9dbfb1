#pragma once

#include "CredentialsCommand.h"

namespace isb::cli {

/// `image-share-cli credentials list`: the profiles, and which one a command would use.
class CredentialsListCommand final : public CredentialsCommand {
public:
    QString name() const override;
    Command command() const override;
    QString syntax() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString notApplicable(const QString &option) const override;
    QString validate(const QCommandLineParser &parser, const QStringList &operands,
                     CliRequest *request) const override;
    void execute(CliRunner &runner) const override;
};

} // namespace isb::cli
