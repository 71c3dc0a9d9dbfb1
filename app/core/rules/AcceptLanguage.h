#pragma once

#include <QLocale>
#include <QString>

namespace isb {

/// The AcceptLanguage sent with DescribeRegions, so that region names (LocalName) come in the language of
/// the interface: "zh-CN" for Chinese, "en-US" for every other language (the API offers more, but the
/// interface speaks only these two). Every window asks with the interface's language (Translator's choice),
/// never with the system locale, so that the main window and the audit name regions alike.
class AcceptLanguage final {
public:
    AcceptLanguage() = delete;

    static QString forLocale(const QLocale &locale);
    /// For a locale name as Translator gives it ("en", "zh_CN").
    static QString forLanguage(const QString &localeName);
};

} // namespace isb
