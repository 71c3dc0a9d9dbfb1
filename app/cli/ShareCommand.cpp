#include "ShareCommand.h"

#include "CliRunner.h"
#include "CommandOptions.h"
#include "SharingChangeReport.h"

namespace isb::cli {

QString ShareCommand::name() const {
    return QStringLiteral("share");
}

Command ShareCommand::command() const {
    return Command::Share;
}

QString ShareCommand::syntax() const {
    return QStringLiteral("share --region REGION --image ID [--add ACCOUNT]... [--remove ACCOUNT]... "
                          "[--private] [--yes] [--plan]");
}

QString ShareCommand::description() const {
    return QCoreApplication::translate(
        "isb::cli::ShareCommand",
        "Change who may launch one image: prints the plan, asks on a terminal (or --yes), applies it\nwith "
        "ModifyImageSharePermission, reads the image again and records the change in the journal.\n"
        "Exit 0 only when every change is applied and verified.");
}

unsigned ShareCommand::sharedOptions() const {
    return RequestOptions;
}

QList<QCommandLineOption> ShareCommand::options() const {
    return {CommandOptions::region(),  CommandOptions::image(),       CommandOptions::add(),
            CommandOptions::remove(),  CommandOptions::makePrivate(), CommandOptions::yes(),
            CommandOptions::planOnly()};
}

QStringList ShareCommand::repeatableOptions() const {
    return {CommandOptions::add().names().constLast(), CommandOptions::remove().names().constLast()};
}

QString ShareCommand::validate(const QCommandLineParser &parser, const QStringList &,
                               CliRequest *request) const {
    if (const QString error = readRequiredRegion(parser, request); !error.isEmpty())
        return error;
    if (!parser.isSet(CommandOptions::image()))
        return QCoreApplication::translate("isb::cli::ShareCommand", "share needs --image");
    if (const QString error = readImageId(parser, request); !error.isEmpty())
        return error;
    request->addAccounts = parser.values(CommandOptions::add());
    request->removeAccounts = parser.values(CommandOptions::remove());
    request->makePrivate = parser.isSet(CommandOptions::makePrivate());
    request->assumeYes = parser.isSet(CommandOptions::yes());
    request->planOnly = parser.isSet(CommandOptions::planOnly());
    if (request->addAccounts.isEmpty() && request->removeAccounts.isEmpty() && !request->makePrivate)
        return QCoreApplication::translate("isb::cli::ShareCommand",
                                           "share needs --add, --remove or --private");
    return {};
}

void ShareCommand::execute(CliRunner &runner) const {
    const CliRequest &request = runner.request();
    auto *report = new SharingChangeReport(request, runner.standardOutput(), runner.standardError(), &runner);
    report->setCredentials(runner.credentials());
    report->setAction(name());
    runner.follow(report);
    report->startWithRequests({{request.regionId, request.imageId, request.addAccounts,
                                request.removeAccounts, request.makePrivate}});
}

} // namespace isb::cli
