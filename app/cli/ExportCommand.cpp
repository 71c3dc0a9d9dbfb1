#include "ExportCommand.h"

#include "CliRunner.h"
#include "CommandOptions.h"
#include "accounts/AccountBook.h"
#include "export/ExportJob.h"

namespace isb::cli {

// The strings keep the context they had in CommandLine, so that their translations still match.

QString ExportCommand::name() const {
    return QStringLiteral("export");
}

Command ExportCommand::command() const {
    return Command::Export;
}

QString ExportCommand::syntax() const {
    return QStringLiteral(
        "export --region REGION (--image ID | --all-images) --output FILE [--format csv|json] [--bom]");
}

QString ExportCommand::description() const {
    //: File > Export is the window's menu command (translate it as the menu is translated).
    return QCoreApplication::translate(
        "isb::cli::CommandLine",
        "Save every page of the image's share permissions, or of every custom image of the\nregion, to "
        "FILE (csv by default); the same file the window's File > Export writes.");
}

unsigned ExportCommand::sharedOptions() const {
    return RequestOptions | FormatOption | OutputOption;
}

QList<QCommandLineOption> ExportCommand::options() const {
    return {CommandOptions::region(), CommandOptions::image(), CommandOptions::allImages(),
            CommandOptions::bom(), CommandOptions::accounts()};
}

QString ExportCommand::validate(const QCommandLineParser &parser, const QStringList &,
                                CliRequest *request) const {
    if (const QString error = readRequiredRegion(parser, request); !error.isEmpty())
        return error;
    // A file for spreadsheets or scripts, never a terminal table: csv unless --format says json.
    if (!parser.isSet(CommandOptions::format()))
        request->format = OutputFormat::Csv;
    else if (request->format == OutputFormat::Table)
        return QCoreApplication::translate("isb::cli::CommandLine", "export writes csv or json, not a table");
    if (request->outputFile.isEmpty())
        return QCoreApplication::translate("isb::cli::CommandLine", "export needs --output FILE");
    request->allImages = parser.isSet(CommandOptions::allImages());
    if (request->allImages == parser.isSet(CommandOptions::image()))
        return QCoreApplication::translate("isb::cli::CommandLine",
                                           "export needs either --image ID or --all-images");
    if (!request->allImages) {
        if (const QString error = readImageId(parser, request); !error.isEmpty())
            return error;
    }
    request->accountsFile = parser.value(CommandOptions::accounts());
    request->byteOrderMark = parser.isSet(CommandOptions::bom());
    if (request->byteOrderMark && request->format != OutputFormat::Csv)
        return QCoreApplication::translate("isb::cli::CommandLine", "--bom applies to --format csv only");
    return {};
}

void ExportCommand::execute(CliRunner &runner) const {
    const AccountBook *book = runner.accountBook();
    if (!book)
        return;
    const CliRequest &request = runner.request();
    ExportOptions options;
    options.format = request.format == OutputFormat::Json ? ExportFormat::Json : ExportFormat::Csv;
    options.byteOrderMark = request.byteOrderMark;
    // The same job as the window's File > Export, so both write the same bytes for the same scope; it checks
    // and replaces the --output file itself.
    const ExportScope scope = request.allImages ? ExportScope::region(request.regionId)
                                                : ExportScope::image(request.regionId, request.imageId);
    auto *job = new ExportJob(runner.client(), scope, options, request.outputFile, &runner);
    QObject::connect(job, &ExportJob::finished, &runner, [&runner, job] {
        job->deleteLater();
        const ExportError &error = job->error();
        switch (job->status()) {
        case ExportJob::Status::Succeeded:
            runner.finish(ExitCode::Ok);
            break;
        case ExportJob::Status::Failed:
            if (error.kind == ExportError::Kind::Request)
                runner.failWithError(error.request);
            else
                runner.fail(ExitCode::Output, error.toOneLine());
            break;
        case ExportJob::Status::Ready:
        case ExportJob::Status::Running:
        case ExportJob::Status::Cancelled:
            runner.fail(ExitCode::Internal, error.toOneLine()); // only a signal cancels, and ends the process
            break;
        }
    });
    job->setAccountBook(book);
    job->start();
}

} // namespace isb::cli
