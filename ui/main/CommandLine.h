#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Kohtaamo {

// The command line of the `kohtaamo` window application:
//   --db PATH|postgresql://user@host:port/database   the database to open (else the saved one, else the default file)
//   FILE                                            the same as --db FILE (the desktop file passes one)
//   --demo                                          the demo database (created on first use)
//   --lang fi|sv|en                                 the language (else the saved one, else the system's)
//   --screenshots DIR                               hidden: render every page into DIR and quit (tools/screenshots.sh)
// Help and errors are translated: the language is picked from the arguments before the real parse.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::CommandLine)
public:
    // The value of --lang / --lang=xx in raw arguments, empty when absent; read before translations exist.
    static QString peekLanguage(const QStringList &arguments);

    // Parses the arguments. --help and --version print and exit the process, as QCommandLineParser does.
    // Returns false with error() set for a wrong combination or value.
    bool parse(const QStringList &arguments);

    QString error() const { return m_error; }
    QString helpText() const { return m_helpText; }

    QString database() const { return m_database; }
    bool demo() const { return m_demo; }
    QString language() const { return m_language; }
    QString screenshotsDirectory() const { return m_screenshots; }
    // "light", "dark", "high-contrast", or empty for the desktop's own colours (common/Colours).
    QString paletteName() const { return m_palette; }

private:
    QString m_error;
    QString m_helpText;
    QString m_database;
    bool m_demo = false;
    QString m_language;
    QString m_screenshots;
    QString m_palette;
};

} // namespace Kohtaamo
