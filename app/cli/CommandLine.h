#pragma once

#include "CliRequest.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace isb::cli {

/// Parses and validates image-share-cli's arguments. Every check happens here, before any request, so a
/// typo costs no API call and produces a usage error (exit 2) naming the offending option.
class CommandLine final {
public:
    enum class Action { Run, ShowHelp, ShowVersion, UsageError };

    struct Result {
        Action action = Action::UsageError;
        CliRequest request;
        QString error; // for UsageError: one line, without the program name
    };

    CommandLine();

    /// `arguments` as QCoreApplication::arguments(): the program name first.
    Result parse(const QStringList &arguments);

    /// Options, commands and exit codes.
    QString helpText() const;
    /// "image-share-cli <version>"
    static QString versionText();

    static bool isValidRegionId(const QString &regionId);
    static bool isValidImageId(const QString &imageId);
    /// Why `url` cannot be an endpoint (not http(s), no host, credentials or a path in it, plain http to a
    /// non-loopback host); empty if it can.
    static QString endpointProblem(const QUrl &url);

private:
    QString validate(CliRequest *request) const;

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
