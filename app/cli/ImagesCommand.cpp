#include "ImagesCommand.h"

#include "CliRunner.h"
#include "CommandOptions.h"
#include "export/ImageRows.h"
#include "export/JsonExport.h"

namespace isb::cli {

// The strings keep the context they had in CommandLine, so that their translations still match.

QString ImagesCommand::name() const {
    return QStringLiteral("images");
}

Command ImagesCommand::command() const {
    return Command::Images;
}

QString ImagesCommand::syntax() const {
    return QStringLiteral("images --region REGION [--name TEXT] [--shared-with-me]");
}

QString ImagesCommand::description() const {
    return QCoreApplication::translate("isb::cli::CommandLine",
                                       "List the custom images of a region (every page).");
}

unsigned ImagesCommand::sharedOptions() const {
    return RequestOptions | FormatOption | OutputOption;
}

QList<QCommandLineOption> ImagesCommand::options() const {
    return {CommandOptions::region(), CommandOptions::name(), CommandOptions::sharedWithMe()};
}

QString ImagesCommand::validate(const QCommandLineParser &parser, const QStringList &,
                                CliRequest *request) const {
    if (const QString error = readRequiredRegion(parser, request); !error.isEmpty())
        return error;
    if (parser.isSet(CommandOptions::name())) {
        request->imageName = parser.value(CommandOptions::name());
        if (request->imageName.isEmpty())
            return QCoreApplication::translate("isb::cli::CommandLine", "--name needs a non-empty value");
    }
    request->sharedWithMe = parser.isSet(CommandOptions::sharedWithMe());
    return {};
}

void ImagesCommand::execute(CliRunner &runner) const {
    if (!runner.openOutput())
        return;
    ImageQuery query;
    query.regionId = runner.request().regionId;
    query.imageName = runner.request().imageName;
    query.allPages = true;
    if (runner.request().sharedWithMe)
        query.ownerAlias = QStringLiteral("others");
    ImagesCall *call = runner.client()->describeImages(query);
    QObject::connect(call, &EcsCall::finished, &runner, [&runner, call] {
        call->deleteLater();
        if (!call->succeeded()) {
            runner.failWithError(call->error());
            return;
        }
        const ImagePage &page = call->result();
        const bool withOwner = runner.request().sharedWithMe;
        QList<QStringList> rows;
        for (const Image &image : page.images)
            rows.append(ImageRows::row(image, withOwner));
        runner.writeResult(
            ImageRows::header(withOwner), rows, [&runner, &page, withOwner](QIODevice *device) {
                return JsonExport::writeImages(device, runner.request().regionId, page, withOwner);
            });
    });
}

} // namespace isb::cli
