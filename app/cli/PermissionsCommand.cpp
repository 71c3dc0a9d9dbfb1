#include "PermissionsCommand.h"

#include "CliRunner.h"
#include "CommandOptions.h"
#include "accounts/AccountBook.h"
#include "export/JsonExport.h"
#include "export/SharePermissionRows.h"

namespace isb::cli {

namespace {

constexpr int kMaxPageNumber = 1000000; // far beyond any real image, small enough to stay an int

void writePermissions(CliRunner &runner, const SharePermissionPage &permissions, const QString &imageName) {
    const AccountBook *book = runner.accountBook();
    if (!book)
        return;
    const CliRequest &request = runner.request();
    const SharePermissionRows rows(request.regionId, request.imageId, imageName, permissions, book);
    QStringList header = SharePermissionRows::header();
    QList<QStringList> cells = rows.rows();
    if (request.format == OutputFormat::Table) {
        // A terminal shows the trust too; the CSV keeps its columns.
        header << QStringLiteral("Trust");
        for (QStringList &row : cells)
            row << (row.at(3) == QLatin1String("Account") ? AccountBook::trustName(book->trustOf(row.at(4)))
                                                          : QString());
    }
    QString footer;
    if (!request.allPages && permissions.pageCount() > 1) {
        //: Below the table of one page of accounts; %3 is at least 2.
        footer =
            QLatin1Char('\n') +
            QCoreApplication::translate("isb::cli::CliRunner",
                                        "Page %1 of %2, %3 accounts in all; --page N or --all for the rest.")
                .arg(permissions.pageNumber)
                .arg(permissions.pageCount())
                .arg(permissions.totalCount) +
            QLatin1Char('\n');
    }
    runner.writeResult(
        header, cells,
        [&request, &imageName, &permissions, book](QIODevice *device) {
            return JsonExport::writeSharePermission(device, request.regionId, request.imageId, imageName,
                                                    permissions, book);
        },
        footer);
}

/// DescribeImages filtered by ImageId, for the ImageName column, then the result.
void lookUpImageName(CliRunner &runner, const SharePermissionPage &permissions) {
    // DescribeImageSharePermission does not return the image's name. Every status is asked for, because
    // DescribeImages otherwise returns Available images only, and a Deprecated image can still be shared.
    ImageQuery query;
    query.regionId = runner.request().regionId;
    query.imageIds = {runner.request().imageId};
    query.statuses = Image::allStatuses();
    ImagesCall *call = runner.client()->describeImages(query);
    QObject::connect(call, &EcsCall::finished, &runner, [&runner, call, permissions] {
        call->deleteLater();
        QString imageName;
        if (call->succeeded()) {
            for (const Image &image : call->result().images) {
                if (image.imageId == runner.request().imageId)
                    imageName = image.imageName;
            }
        }
        // The share list itself has arrived: a missing name (say, the RAM user lacks ecs:DescribeImages)
        // leaves the column empty rather than failing the command.
        writePermissions(runner, permissions, imageName);
    });
}

} // namespace

// The strings keep the context they had in CommandLine, so that their translations still match.

QString PermissionsCommand::name() const {
    return QStringLiteral("permissions");
}

Command PermissionsCommand::command() const {
    return Command::Permissions;
}

QString PermissionsCommand::syntax() const {
    return QStringLiteral("permissions --region REGION --image ID [--page N] [--page-size N | --all]");
}

QString PermissionsCommand::description() const {
    //: %1 is the list of output columns. Kind, Account and Group are a column name and its values: keep
    //: them as they are.
    return QCoreApplication::translate("isb::cli::CommandLine",
                                       "List the accounts and groups the image is shared with. Columns:\n%1 "
                                       "(Kind is Account or Group).")
        .arg(QStringLiteral("RegionId,ImageId,ImageName,Kind,Principal,SharedTime"));
}

unsigned PermissionsCommand::sharedOptions() const {
    return RequestOptions | FormatOption | OutputOption;
}

QList<QCommandLineOption> PermissionsCommand::options() const {
    return {CommandOptions::region(),   CommandOptions::image(), CommandOptions::page(),
            CommandOptions::pageSize(), CommandOptions::all(),   CommandOptions::accounts()};
}

QString PermissionsCommand::validate(const QCommandLineParser &parser, const QStringList &,
                                     CliRequest *request) const {
    if (const QString error = readRequiredRegion(parser, request); !error.isEmpty())
        return error;
    if (!parser.isSet(CommandOptions::image()))
        return QCoreApplication::translate("isb::cli::CommandLine", "permissions needs --image");
    if (const QString error = readImageId(parser, request); !error.isEmpty())
        return error;

    request->accountsFile = parser.value(CommandOptions::accounts());
    request->allPages = parser.isSet(CommandOptions::all());
    const bool pageSet = parser.isSet(CommandOptions::page());
    const bool pageSizeSet = parser.isSet(CommandOptions::pageSize());
    if (request->allPages && (pageSet || pageSizeSet))
        return QCoreApplication::translate(
            "isb::cli::CommandLine",
            "--all fetches every page; it cannot be combined with --page or --page-size");
    if (pageSet) {
        bool ok = false;
        const QString text = parser.value(CommandOptions::page());
        request->pageNumber = text.toInt(&ok);
        if (!ok || request->pageNumber < 1 || request->pageNumber > kMaxPageNumber)
            return QCoreApplication::translate("isb::cli::CommandLine",
                                               "--page must be a whole number of at least 1, not \"%1\"")
                .arg(text);
    }
    if (pageSizeSet) {
        bool ok = false;
        const QString text = parser.value(CommandOptions::pageSize());
        request->pageSize = text.toInt(&ok);
        if (!ok || request->pageSize < 1 || request->pageSize > EcsClient::kMaxSharePermissionPageSize)
            return QCoreApplication::translate("isb::cli::CommandLine",
                                               "--page-size must be a whole number from 1 to 50, not \"%1\"")
                .arg(text);
    }
    if (request->allPages)
        request->pageSize = EcsClient::kMaxSharePermissionPageSize; // fewest requests
    return {};
}

void PermissionsCommand::execute(CliRunner &runner) const {
    if (!runner.openOutput())
        return;
    const CliRequest &request = runner.request();
    SharePermissionQuery query;
    query.regionId = request.regionId;
    query.imageId = request.imageId;
    query.pageNumber = request.pageNumber;
    query.pageSize = request.pageSize;
    query.allPages = request.allPages;
    SharePermissionCall *call = runner.client()->describeImageSharePermission(query);
    QObject::connect(call, &EcsCall::finished, &runner, [&runner, call] {
        call->deleteLater();
        if (!call->succeeded()) {
            runner.failWithError(call->error());
            return;
        }
        lookUpImageName(runner, call->result());
    });
}

} // namespace isb::cli
