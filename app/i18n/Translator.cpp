#include "Translator.h"

#include "SettingsKeys.h"
#include "rules/AcceptLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "isb.i18n")

namespace isb {

namespace {

const QString kCatalogName = QStringLiteral("image-share-browser");
const QString kCatalogDirectory = QStringLiteral(":/i18n");
const QString kEnglish = QStringLiteral("en");

// Owned by the application object; QPointer notices when it is destroyed with it.
QPointer<QTranslator> s_appTranslator;
QPointer<QTranslator> s_qtTranslator;
QString s_currentLanguage = kEnglish;

void removeInstalled() {
    for (QPointer<QTranslator> *translator : {&s_appTranslator, &s_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete translator->data();
        }
    }
}

} // namespace

QString Translator::settingsKey() {
    return SettingsKeys::interfaceLanguage;
}

QString Translator::savedLanguage() {
    return QSettings().value(settingsKey()).toString();
}

QStringList Translator::availableLanguages() {
    const QString prefix = kCatalogName + QLatin1Char('_');
    QStringList languages;
    const QStringList files =
        QDir(kCatalogDirectory).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(prefix.size()).chopped(3)); // drop the prefix and ".qm"
    languages.sort();
    return languages;
}

QString Translator::install(QCoreApplication &app, const QString &languageOverride) {
    removeInstalled();

    QString language = languageOverride;
    // A stored value from another version, or edited by hand: QLocale would read "no-such" as Norwegian.
    if (!language.isEmpty() && !availableLanguages().contains(language)) {
        qCWarning(lcI18n) << "No catalog for the language" << language << "- following the system locale";
        language.clear();
    }
    const QLocale requested = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(requested);

    // QTranslator::load(QLocale, ...) tries each of the locale's uiLanguages, from the most specific
    // (zh_CN) to the least (zh). English has a catalog of its own: it holds the plural forms ("1 image",
    // "2 images") of the source's "%n image(s)".
    auto *appTranslator = new QTranslator(&app);
    if (!appTranslator->load(requested, kCatalogName, QStringLiteral("_"), kCatalogDirectory) &&
        !appTranslator->load(QLocale(QLocale::English), kCatalogName, QStringLiteral("_"),
                             kCatalogDirectory)) {
        qCWarning(lcI18n) << "No translation catalog in" << kCatalogDirectory;
        delete appTranslator;
        s_currentLanguage = kEnglish;
        return s_currentLanguage;
    }
    QCoreApplication::installTranslator(appTranslator);
    s_appTranslator = appTranslator;
    // The catalog's own language attribute, e.g. "zh_CN": the language the window will speak.
    s_currentLanguage = appTranslator->language().isEmpty() ? kEnglish : appTranslator->language();

    // Qt's catalog for the same language, from the system's Qt (Debian: qt6-translations-l10n). Qt's
    // source strings are English, so English needs none.
    if (QLocale(s_currentLanguage).language() != QLocale::English) {
        auto *qtTranslator = new QTranslator(&app);
        const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (qtTranslator->load(QLocale(s_currentLanguage), QStringLiteral("qtbase"), QStringLiteral("_"),
                               qtDirectory)) {
            QCoreApplication::installTranslator(qtTranslator);
            s_qtTranslator = qtTranslator;
        } else {
            qCInfo(lcI18n) << "No Qt catalog for" << s_currentLanguage << "in" << qtDirectory;
            delete qtTranslator;
        }
    }
    qCDebug(lcI18n) << "Interface language" << s_currentLanguage;
    return s_currentLanguage;
}

QString Translator::currentLanguage() {
    return s_currentLanguage;
}

QString Translator::acceptLanguage() {
    return AcceptLanguage::forLanguage(s_currentLanguage);
}

} // namespace isb
