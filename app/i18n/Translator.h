#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace isb {

/// Puts the user interface in the operator's language: installs the application's catalog
/// (`:/i18n/image-share-browser_<lang>.qm`, embedded at build time) and Qt's own `qtbase_<lang>.qm`
/// (standard dialog buttons, shortcuts), both for the same language so that a window never mixes two.
///
/// The language follows the system locale unless the user chose one in Preferences, which stores it in
/// QSettings under settingsKey(). A locale without a catalog falls back to English.
class Translator final {
public:
    Translator() = delete;

    /// SettingsKeys::interfaceLanguage ("ui/language"): "en", "zh_CN", or empty (or missing) for the system
    /// locale.
    static QString settingsKey();

    /// The value stored under settingsKey() in the application's default QSettings (set the organization
    /// and application names first).
    static QString savedLanguage();

    /// The languages with an embedded catalog, as locale names ("en", "zh_CN"), sorted. For a
    /// Preferences list: QLocale(name).nativeLanguageName() gives the label.
    static QStringList availableLanguages();

    /// Installs the catalogs on `app` for `languageOverride` ("en", "zh_CN"), or for the system locale when
    /// it is empty or not one of availableLanguages(), replacing those of an earlier call. With an override,
    /// QLocale's default becomes that language too, so numbers and dates match the text. Returns the language
    /// in effect ("en", "zh_CN").
    static QString install(QCoreApplication &app, const QString &languageOverride = {});

    /// The language install() put in effect; "en" before any call.
    static QString currentLanguage();

    /// The AcceptLanguage to send with DescribeRegions so that region names (LocalName) come in the
    /// interface's language (AcceptLanguage::forLanguage(currentLanguage())). Every window asks with this.
    static QString acceptLanguage();
};

} // namespace isb
