#include "RegionsCommand.h"

#include "CliRunner.h"
#include "CommandOptions.h"
#include "export/JsonExport.h"
#include "export/RegionRows.h"

namespace isb::cli {

namespace {

const QStringList kLanguages = {QStringLiteral("zh-CN"), QStringLiteral("zh-TW"), QStringLiteral("en-US"),
                                QStringLiteral("ja"),    QStringLiteral("fr"),    QStringLiteral("de"),
                                QStringLiteral("ko")};

} // namespace

// The strings keep the context they had in CommandLine, so that their translations still match.

QString RegionsCommand::name() const {
    return QStringLiteral("regions");
}

Command RegionsCommand::command() const {
    return Command::Regions;
}

QString RegionsCommand::syntax() const {
    return QStringLiteral("regions [--language LANG]");
}

QString RegionsCommand::description() const {
    return QCoreApplication::translate("isb::cli::CommandLine", "List the regions.");
}

unsigned RegionsCommand::sharedOptions() const {
    return RequestOptions | FormatOption | OutputOption;
}

QList<QCommandLineOption> RegionsCommand::options() const {
    return {CommandOptions::language()};
}

QString RegionsCommand::validate(const QCommandLineParser &parser, const QStringList &,
                                 CliRequest *request) const {
    request->language = parser.value(CommandOptions::language());
    if (!kLanguages.contains(request->language))
        //: %1 lists the language codes.
        return QCoreApplication::translate("isb::cli::CommandLine",
                                           "--language must be one of %1, not \"%2\"")
            .arg(kLanguages.join(QStringLiteral(", ")), request->language);
    return {};
}

void RegionsCommand::execute(CliRunner &runner) const {
    if (!runner.openOutput())
        return;
    RegionsCall *call = runner.client()->describeRegions(runner.request().language);
    QObject::connect(call, &EcsCall::finished, &runner, [&runner, call] {
        call->deleteLater();
        if (!call->succeeded()) {
            runner.failWithError(call->error());
            return;
        }
        const QList<Region> &regions = call->result();
        QList<QStringList> rows;
        for (const Region &region : regions)
            rows.append(RegionRows::row(region));
        runner.writeResult(RegionRows::header(), rows, [&regions](QIODevice *device) {
            return JsonExport::writeRegions(device, regions);
        });
    });
}

} // namespace isb::cli
