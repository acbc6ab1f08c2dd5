#include "CommandLine.h"

#include "common/Colours.h"
#include "common/Translations.h"

#include <QCommandLineParser>

#include <cstdio>

namespace Kohtaamo {

QString CommandLine::peekLanguage(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if ((a == QLatin1String("--lang") || a == QLatin1String("-lang")) && i + 1 < arguments.size())
            return arguments.at(i + 1);
        for (const QLatin1String prefix : { QLatin1String("--lang="), QLatin1String("-lang=") }) {
            if (a.startsWith(prefix))
                return a.mid(prefix.size());
        }
    }
    return {};
}

bool CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Kohtaamo helps coordinators match professionals' requests with experience workers."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringList { QStringLiteral("db") },
        tr("Open the database at <location>: an SQLite file, or a shared PostgreSQL database given as "
           "postgresql://user@host:port/database (the password comes from ~/.pgpass or PGPASSWORD). "
           "Without this, Kohtaamo opens the database used last, or its own file in the application data folder."),
        tr("location"));
    const QCommandLineOption demoOption(
        QStringList { QStringLiteral("demo") },
        tr("Open the demo database, a fictional office kept apart from your own data. It is created on first use."));
    const QCommandLineOption langOption(QStringList { QStringLiteral("lang") },
                                        tr("Show Kohtaamo in <language>: fi (Finnish), sv (Swedish) or en "
                                           "(English). Without this, the system's language is used."),
                                        tr("language"));
    QCommandLineOption screenshotsOption(QStringList { QStringLiteral("screenshots") },
                                         tr("Save a picture of every page into <folder> and quit."), tr("folder"));
    screenshotsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption paletteOption(
        QStringList { QStringLiteral("palette") },
        tr("Show Kohtaamo in <colours>: light, dark or high-contrast. Without this, the desktop's colours are used, "
           "with the contrast of texts raised where they are too faint."),
        tr("colours"));
    parser.addOption(paletteOption);
    parser.addOption(dbOption);
    parser.addOption(demoOption);
    parser.addOption(langOption);
    parser.addOption(screenshotsOption);
    // The desktop file starts `kohtaamo %f`: a file opened from a file manager arrives as an argument.
    parser.addPositionalArgument(tr("file"), tr("A database file to open, the same as --db."), tr("[file]"));

    const bool parsed = parser.parse(arguments);
    m_helpText = parser.helpText();
    if (parser.isSet(helpOption))
        parser.showHelp(0);
    if (parser.isSet(versionOption))
        parser.showVersion();
    if (!parsed) {
        m_error = parser.errorText();
        return false;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.size() == 1 && parser.isSet(dbOption))) {
        m_error = tr("Kohtaamo opens one database at a time; “%1” was given in addition.").arg(files.constLast());
        return false;
    }

    m_database = files.isEmpty() ? parser.value(dbOption).trimmed() : files.constFirst();
    m_demo = parser.isSet(demoOption);
    m_language = parser.value(langOption).trimmed().toLower();
    m_screenshots = parser.value(screenshotsOption);
    m_palette = parser.value(paletteOption).trimmed().toLower();
    if (parser.isSet(paletteOption) && Colours::schemeFromName(m_palette) == Colours::Scheme::System) {
        m_error = tr("Unknown colours “%1”. Use light, dark or high-contrast.").arg(parser.value(paletteOption));
        return false;
    }

    if (parser.isSet(dbOption) && m_database.isEmpty()) {
        m_error = tr("--db needs a database file or a postgresql:// address.");
        return false;
    }
    if (m_demo && !m_database.isEmpty()) {
        m_error = tr("Use either a database or --demo, not both.");
        return false;
    }
    if (parser.isSet(langOption) && !Translations::isSupported(m_language)) {
        m_error = tr("Unknown language “%1”. Use fi, sv or en.").arg(parser.value(langOption));
        return false;
    }
    return true;
}

} // namespace Kohtaamo
