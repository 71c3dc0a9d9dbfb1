#pragma once

#include "AccountsCommand.h"

namespace isb::cli {

/// `image-share-cli accounts set`.
class AccountsSetCommand final : public AccountsCommand {
public:
    QString name() const override;
    Command command() const override;
    QString syntax() const override;
    QString description() const override;
    QString validate(const QCommandLineParser &parser, const QStringList &operands,
                     CliRequest *request) const override;
    void execute(CliRunner &runner) const override;
    QList<QCommandLineOption> options() const override;

protected:
    QString operandName() const override;
};

} // namespace isb::cli
