#pragma once

#include "CommandSpec.h"

namespace isb::cli {

/// `image-share-cli audit`: the share audit of the regions (AuditReport on the window's engine).
class AuditCommand final : public CommandSpec {
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

    /// --resource-directory, --role-name, --external-id and the member filter `memberOption` (audit and
    /// check: --account; revoke: --member), checked into `request`; the error line, or empty.
    static QString validateOrganisation(const QCommandLineParser &parser,
                                        const QCommandLineOption &memberOption, CliRequest *request);
};

} // namespace isb::cli
