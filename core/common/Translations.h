#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <memory>
#include <vector>

class QTranslator;

namespace Kohtaamo {

// The user interface language. Installs, for Finnish and Swedish:
//  1. Qt's own catalogue (qtbase_<lang>.qm, else qt_<lang>.qm, from QLibraryInfo::TranslationsPath — Debian
//     package qt6-translations-l10n) for the texts of Qt's dialogs, buttons and context menus;
//  2. Kohtaamo's additions to it (:/i18n/qtbase_extra_<lang>.qm): Qt 6.4's Swedish catalogue lacks the standard
//     dialog buttons and a few other texts, so Kohtaamo carries them;
//  3. Kohtaamo's own catalogue (:/i18n/kohtaamo_<lang>.qm), built from translations/*.ts and embedded.
// English is the source language and needs no catalogue. Dates, numbers and euros follow the language
// (QLocale::setDefault), in their Finnish forms: fi_FI, sv_FI, en_FI.
// Installing sends a LanguageChange event to every widget, which then retranslates itself.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Translations)
public:
    Translations();
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // "en", "fi", "sv".
    static QStringList supportedLanguages();
    static bool isSupported(const QString &language);
    // The first of the system's preferred languages that Kohtaamo speaks; English when none is.
    static QString systemLanguage();
    // requested (e.g. --lang) if given, else the saved setting, else the system's.
    static QString choose(const QString &requested, const QString &setting);
    static QLocale localeFor(const QString &language);
    // The language's name in itself ("suomi", "svenska", "English"), for language pickers.
    static QString nativeName(const QString &language);
    // The language's name in the interface's language ("engelska" in a Swedish window), for sentences about it.
    static QString displayName(const QString &language);
    // The language the interface speaks now ("en", "fi", "sv"), read from the default locale that install() sets;
    // for choosing the fi/sv/en names of topics and service types.
    static QString currentLanguage();

    // Switches the application to `language`, replacing what this object installed before. Fails (InvalidInput)
    // for an unsupported language and (NotFound) when Kohtaamo's own catalogue cannot be loaded; a missing Qt
    // catalogue is only logged, because Kohtaamo's texts still work without it.
    Status install(const QString &language);

    QString language() const { return m_language; }
    bool qtCatalogueLoaded() const { return m_qtLoaded; }
    bool kohtaamoCatalogueLoaded() const { return m_kohtaamoLoaded; }

private:
    void removeAll();
    bool load(const QString &fileName, const QString &directory);

    std::vector<std::unique_ptr<QTranslator>> m_installed;
    QString m_language;
    bool m_qtLoaded = false;
    bool m_kohtaamoLoaded = false;
};

} // namespace Kohtaamo
