#include "CommandSpec.h"

#include "CommandLine.h"
#include "CommandOptions.h"
#include "EcsTypes.h"

#include <QCoreApplication>

namespace isb::cli {

// The strings keep the context they had in CommandLine (or main), so that their translations still match.

CommandSpec::~CommandSpec() = default;

QList<QCommandLineOption> CommandSpec::options() const {
    return {};
}

QStringList CommandSpec::repeatableOptions() const {
    return {};
}

int CommandSpec::operandCount() const {
    return 0;
}

bool CommandSpec::acceptsOperandCount(qsizetype count) const {
    return count == operandCount();
}

QString CommandSpec::operandError(const QStringList &operands) const {
    return QCoreApplication::translate("isb::cli::CommandLine", "unexpected argument \"%1\"")
        .arg(operands.value(operandCount()));
}

QString CommandSpec::notApplicable(const QString &option) const {
    //: %1 is an option, %2 a command.
    return QCoreApplication::translate("isb::cli::CommandLine", "%1 does not apply to %2")
        .arg(option, name());
}

QString CommandSpec::usageErrorLine(const QString &error) const {
    return QCoreApplication::translate("main", "%1 (see --help)").arg(error);
}

bool CommandSpec::needsCredentials() const {
    return true;
}

QString CommandSpec::readRequiredRegion(const QCommandLineParser &parser, CliRequest *request) const {
    if (!parser.isSet(CommandOptions::region()))
        //: %1 is a command.
        return QCoreApplication::translate("isb::cli::CommandLine", "%1 needs --region").arg(name());
    request->regionId = parser.value(CommandOptions::region());
    if (!Region::isValidId(request->regionId))
        return CommandLine::invalidRegionId(request->regionId);
    return {};
}

QString CommandSpec::readImageId(const QCommandLineParser &parser, CliRequest *request) {
    request->imageId = parser.value(CommandOptions::image());
    if (!Image::isValidId(request->imageId))
        return CommandLine::invalidImageId(request->imageId);
    return {};
}

} // namespace isb::cli
