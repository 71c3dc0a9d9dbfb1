#pragma once

#include "CommandSpec.h"

#include "CredentialError.h"

#include <QCoreApplication>
#include <QString>

namespace isb::cli {

/// What `image-share-cli credentials set|list|delete|default` share. They manage the profiles the window's
/// Credentials dialog manages, in the same keychain and settings; they need no credentials themselves, take
/// --profile (their own, not the shared one) as the profile to manage, and never write a secret to standard
/// output or error.
class CredentialsCommand : public CommandSpec {
    Q_DECLARE_TR_FUNCTIONS(isb::cli::CredentialsCommand)

public:
    /// The first word of every credentials command.
    static inline const QString kWord = QStringLiteral("credentials");

    /// `credentials --help`: the subcommands.
    static QString overviewHelp();
    /// Where a command's credentials can come from, for the main help; the order is in the top-level
    /// README's "Credentials" section.
    static QString sourcesHelp();
    /// "%1 (see credentials --help)"
    static QString usageHint(const QString &error);
    /// The usage error for `credentials` followed by `words`, which name no subcommand.
    static QString subcommandError(const QStringList &words);

    /// The settings file of the window (organization "ImageShareBrowser", application
    /// "image-share-browser"), so that profiles saved by either program are seen by both. On Linux the
    /// window's native settings format is this INI file.
    static QString sharedSettingsFile();

    unsigned sharedOptions() const override;
    QList<QCommandLineOption> options() const override;
    QString notApplicable(const QString &option) const override;
    QString usageErrorLine(const QString &error) const override;
    bool needsCredentials() const override;

protected:
    /// set, delete and default: --profile NAME into request->profile, or the usage error.
    QString readProfile(const QCommandLineParser &parser, CliRequest *request) const;
    /// Fails with Credentials and the CLI's message for `error`.
    static void failWithError(CliRunner &runner, const CredentialError &error);
};

} // namespace isb::cli
