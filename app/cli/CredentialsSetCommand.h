#pragma once

#include "CredentialsCommand.h"

namespace isb::cli {

/// `image-share-cli credentials set`: saves a profile. The AccessKey Secret (and, with
/// --with-security-token, then the STS token) is read from standard input, one line each, so that secrets
/// never appear in the process list or the shell history; on a terminal it prompts with echo off. With
/// --role-arn it saves a role profile instead (no secret: the source profile's keys assume the role).
class CredentialsSetCommand final : public CredentialsCommand {
public:
    QString name() const override;
    Command command() const override;
    QString syntax() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    QString validate(const QCommandLineParser &parser, const QStringList &operands,
                     CliRequest *request) const override;
    void execute(CliRunner &runner) const override;

private:
    QString validateRole(const QCommandLineParser &parser, CliRequest *request) const;
    void executeRole(CliRunner &runner) const;
};

} // namespace isb::cli
