#include "AccountsListCommand.h"

#include "CliRunner.h"
#include "CommandOptions.h"
#include "export/JsonWriter.h"

namespace isb::cli {

// The strings use the context of AccountsCommand, as every accounts command does.

QString AccountsListCommand::name() const {
    return kWord + QStringLiteral(" list");
}

Command AccountsListCommand::command() const {
    return Command::AccountsList;
}

QString AccountsListCommand::syntax() const {
    return QStringLiteral("accounts list [--accounts FILE] [--format table|csv|json] [--output FILE]");
}

QString AccountsListCommand::description() const {
    return QCoreApplication::translate("isb::cli::AccountsCommand",
                                       "The account book: every account ID with its label and trust (own, "
                                       "trusted or\nnone). csv is the book's own format.");
}

unsigned AccountsListCommand::sharedOptions() const {
    return FormatOption | OutputOption;
}

int AccountsListCommand::operandCount() const {
    return 0;
}

QString AccountsListCommand::validate(const QCommandLineParser &parser, const QStringList &,
                                      CliRequest *request) const {
    request->accountsFile = parser.value(CommandOptions::accounts());
    return {};
}

void AccountsListCommand::execute(CliRunner &runner) const {
    const AccountBook *book = runner.accountBook();
    if (!book)
        return;
    QList<QStringList> rows;
    for (const AccountBook::Entry &entry : book->entries())
        rows.append({entry.accountId, entry.label, AccountBook::trustName(entry.trust)});
    const QString footer = QLatin1Char('\n') +
                           QCoreApplication::translate("isb::cli::AccountsCommand", "%n account(s) in %1.",
                                                       nullptr, int(rows.size()))
                               .arg(book->filePath()) +
                           QLatin1Char('\n');
    runner.writeResult(
        {QStringLiteral("AccountId"), QStringLiteral("Label"), QStringLiteral("Trust")}, rows,
        [book](QIODevice *device) {
            JsonWriter json(device);
            json.beginObject();
            json.beginArray(u"Accounts");
            for (const AccountBook::Entry &entry : book->entries()) {
                json.beginObject();
                json.writeString(u"AccountId", entry.accountId);
                // Values the book does not have are left out, as in every JSON output.
                if (!entry.label.isEmpty())
                    json.writeString(u"Label", entry.label);
                if (entry.trust != AccountBook::Trust::None)
                    json.writeString(u"Trust", AccountBook::trustName(entry.trust));
                json.endObject();
            }
            json.endArray();
            json.endObject();
            return json.finish();
        },
        footer);
}

} // namespace isb::cli
