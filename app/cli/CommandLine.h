#pragma once

#include "CliRequest.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace isb::cli {

/// Parses and validates image-share-cli's arguments. Every check happens here, before any request, so a
/// typo costs no API call and produces a usage error (exit 2) naming the offending option.
class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(isb::cli::CommandLine)

public:
    enum class Action { Run, ShowHelp, ShowVersion, UsageError };

    struct Result {
        Action action = Action::UsageError;
        CliRequest request;
        QString error; // for UsageError: one line, without the program name
    };

    /// Option descriptions are translated here: install the translator first.
    CommandLine();

    /// `arguments` as QCoreApplication::arguments(): the program name first.
    Result parse(const QStringList &arguments);

    /// Options, commands and exit codes.
    QString helpText() const;
    /// One entry of a command list in a help text: `syntax` (never translated) indented by two spaces, then
    /// each line of `description` by six.
    static QString commandHelp(const QString &syntax, const QString &description);
    /// "image-share-cli <version>"
    static QString versionText();

    /// Every option that takes a value, as written on the command line ("--region"): the word after it is
    /// that value, never the command.
    QStringList valueOptionNames() const;
    /// The same for any option definitions ("-r", "--region" for each of `options` that takes a value).
    static QStringList valueOptionNames(const QList<QCommandLineOption> &options);

    /// The usage errors for an id that Region::isValidId() or Image::isValidId() rejects.
    static QString invalidRegionId(const QString &regionId);
    static QString invalidImageId(const QString &imageId);
    /// Why `url` cannot be an endpoint (not http(s), no host, credentials or a path in it, plain http to a
    /// non-loopback host); empty if it can.
    static QString endpointProblem(const QUrl &url);

private:
    QString validate(CliRequest *request) const;
    QList<QCommandLineOption> options() const;

    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
    QCommandLineOption m_endpoint;
    QCommandLineOption m_profile;
    QCommandLineOption m_signature;
    QCommandLineOption m_format;
    QCommandLineOption m_output;
    QCommandLineOption m_timeout;
    QCommandLineOption m_language;
    QCommandLineOption m_region;
    QCommandLineOption m_name;
    QCommandLineOption m_image;
    QCommandLineOption m_page;
    QCommandLineOption m_pageSize;
    QCommandLineOption m_all;
    QCommandLineOption m_allImages;
    QCommandLineOption m_bom;
    QCommandLineOption m_pool;
};

} // namespace isb::cli
