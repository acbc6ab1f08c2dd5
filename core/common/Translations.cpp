#include "Translations.h"

#include <QDebug>
#include <QLibraryInfo>
#include <QTranslator>

namespace Kohtaamo {

namespace {
const QString kResourceDirectory = QStringLiteral(":/i18n");
}

Translations::Translations() = default;

Translations::~Translations()
{
    removeAll();
}

QStringList Translations::supportedLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("fi"), QStringLiteral("sv") };
}

bool Translations::isSupported(const QString &language)
{
    return supportedLanguages().contains(language);
}

QString Translations::systemLanguage()
{
    // uiLanguages() is ordered by preference: "sv-FI", "sv", "fi-FI", "en-GB" …
    for (const QString &uiLanguage : QLocale::system().uiLanguages()) {
        const QString language = QLocale(uiLanguage).name().section(QLatin1Char('_'), 0, 0);
        if (isSupported(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Translations::choose(const QString &requested, const QString &setting)
{
    if (!requested.isEmpty())
        return requested;
    if (isSupported(setting))
        return setting;
    return systemLanguage();
}

QString Translations::currentLanguage()
{
    const QString language = QLocale().name().left(2);
    return isSupported(language) ? language : QStringLiteral("en");
}

QLocale Translations::localeFor(const QString &language)
{
    if (language == QLatin1String("fi"))
        return QLocale(QLocale::Finnish, QLocale::Finland);
    if (language == QLatin1String("sv"))
        return QLocale(QLocale::Swedish, QLocale::Finland);
    return QLocale(QLocale::English, QLocale::Finland);
}

QString Translations::nativeName(const QString &language)
{
    if (language == QLatin1String("fi"))
        return QStringLiteral("suomi");
    if (language == QLatin1String("sv"))
        return QStringLiteral("svenska");
    return QStringLiteral("English");
}

QString Translations::displayName(const QString &language)
{
    if (language == QLatin1String("fi"))
        return tr("Finnish");
    if (language == QLatin1String("sv"))
        return tr("Swedish");
    return tr("English");
}

void Translations::removeAll()
{
    for (const auto &translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
    m_installed.clear();
    m_qtLoaded = false;
    m_kohtaamoLoaded = false;
}

bool Translations::load(const QString &fileName, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(fileName, directory))
        return false;
    QCoreApplication::installTranslator(translator.get());
    m_installed.push_back(std::move(translator));
    return true;
}

Status Translations::install(const QString &language)
{
    if (!isSupported(language))
        return Error(Error::Code::InvalidInput,
                     tr("Kohtaamo does not speak “%1”. Choose one of: %2.")
                         .arg(language, supportedLanguages().join(QStringLiteral(", "))));

    // The locale first: widgets that retranslate on LanguageChange then format numbers and dates in it.
    QLocale::setDefault(localeFor(language));
    removeAll();
    m_language = language;
    if (language == QLatin1String("en")) {
        // Only the singular and plural of texts with a count ("1 worker", "2 workers"); the rest is the source.
        m_kohtaamoLoaded = load(QStringLiteral("kohtaamo_en"), kResourceDirectory);
        return Status::success();
    }

    // Translators installed later are asked first: Qt's catalogue, then Kohtaamo's additions, then Kohtaamo's own.
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    m_qtLoaded = load(QStringLiteral("qtbase_") + language, qtDirectory)
        || load(QStringLiteral("qt_") + language, qtDirectory);
    if (!m_qtLoaded)
        qWarning().noquote() << "Qt's own" << language << "catalogue was not found in" << qtDirectory
                             << "(Debian package qt6-translations-l10n); Qt's dialogs stay in English.";
    load(QStringLiteral("qtbase_extra_") + language, kResourceDirectory); // only where Qt's catalogue has gaps

    m_kohtaamoLoaded = load(QStringLiteral("kohtaamo_") + language, kResourceDirectory);
    if (!m_kohtaamoLoaded)
        return Error(Error::Code::NotFound,
                     tr("The %1 translation of Kohtaamo could not be loaded; Kohtaamo is shown in English.")
                         .arg(nativeName(language)),
                     kResourceDirectory + QStringLiteral("/kohtaamo_") + language + QStringLiteral(".qm"));
    return Status::success();
}

} // namespace Kohtaamo
