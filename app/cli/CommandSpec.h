#pragma once

#include "CliRequest.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace isb::cli {

class CliRunner;

/// One command of image-share-cli, after KeePassXC's `src/cli/Command`: its name, its help, the options it
/// takes, its validation and what it runs. CommandLine asks every command for its options, so the help, the
/// set of accepted options and the validation all come from this one declaration. Commands are stateless:
/// execute() keeps what it needs in the CliRunner and in the lambdas it connects.
class CommandSpec {
public:
    /// The options that several commands take, declared once in CommandOptions; read into the CliRequest by
    /// CommandLine before validate() is called.
    enum SharedOption : unsigned {
        NoSharedOptions = 0,
        RequestOptions = 1 << 0, // --endpoint, --profile, --signature, --timeout: the command sends requests
        FormatOption = 1 << 1,   // --format
        OutputOption = 1 << 2,   // --output
    };

    virtual ~CommandSpec();

    /// The words that name the command on the command line: "regions", "credentials set".
    virtual QString name() const = 0;
    virtual Command command() const = 0;
    /// The syntax line of its help, never translated: "images --region REGION [--name TEXT]".
    virtual QString syntax() const = 0;
    /// What it does, translated; may have line breaks.
    virtual QString description() const = 0;
    /// A combination of SharedOption.
    virtual unsigned sharedOptions() const = 0;
    /// The options only this command (or a few) take, beyond the shared ones.
    virtual QList<QCommandLineOption> options() const;
    /// Long names of options that may be given more than once; any other value option given twice is an
    /// error (the last value would silently win).
    virtual QStringList repeatableOptions() const;
    /// Operands after the command's name (diff's two files).
    virtual int operandCount() const;
    /// Whether `count` operands are accepted; by default exactly operandCount() (undo's ENTRY is optional).
    virtual bool acceptsOperandCount(qsizetype count) const;
    /// The usage error for a wrong number of operands; by default the first unexpected one.
    virtual QString operandError(const QStringList &operands) const;
    /// The usage error for `option` ("--image"), which this command does not take.
    virtual QString notApplicable(const QString &option) const;
    /// The hint after a usage error, "%1 (see --help)", with the error as %1.
    virtual QString usageErrorLine(const QString &error) const;

    /// Reads the command's own options (the shared ones are already in `request`) and checks them; returns
    /// the usage error, one line without the program name, or an empty string.
    virtual QString validate(const QCommandLineParser &parser, const QStringList &operands,
                             CliRequest *request) const = 0;

    /// Whether the runner resolves credentials before execute().
    virtual bool needsCredentials() const;
    /// Starts the command on `runner`, which outlives everything execute() connects; the command ends with
    /// one of the runner's finish() or fail().
    virtual void execute(CliRunner &runner) const = 0;

protected:
    CommandSpec() = default;

    /// --region, which images, permissions and export need: into request->regionId, or the usage error.
    QString readRequiredRegion(const QCommandLineParser &parser, CliRequest *request) const;
    /// --image: into request->imageId, or the usage error for an invalid id.
    static QString readImageId(const QCommandLineParser &parser, CliRequest *request);
};

} // namespace isb::cli
