#pragma once

#include "CommandSpec.h"

#include "accounts/AccountBook.h"

#include <QCoreApplication>
#include <QString>

namespace isb::cli {

/// What `image-share-cli accounts list|set|delete|import|export` share: they manage the account book the
/// window's Settings > Accounts manages (accounts.csv in the shared configuration folder, or --accounts
/// FILE), send no request and need no credentials.
class AccountsCommand : public CommandSpec {
    Q_DECLARE_TR_FUNCTIONS(isb::cli::AccountsCommand)

public:
    /// The first word of every accounts command.
    static inline const QString kWord = QStringLiteral("accounts");

    unsigned sharedOptions() const override;
    QList<QCommandLineOption> options() const override;
    bool needsCredentials() const override;
    int operandCount() const override;
    QString operandError(const QStringList &operands) const override;

protected:
    /// What the one operand is called in the usage error when it is missing: "an account ID", "a file".
    virtual QString operandName() const;
    /// Saves the book; on failure fails the command with Output and returns false.
    static bool save(CliRunner &runner, const AccountBook &book);
    /// "FILE line N skipped: ..." on standard error for each row of `report` that did not load.
    static void warnAbout(CliRunner &runner, const QString &file, const AccountBook::Report &report);
    /// "123456789012 (QA, trusted)" for messages.
    static QString describe(const AccountBook::Entry &entry);
};

} // namespace isb::cli
