#include "CliCommands.h"
#include "ReportCommands.h"
#include "TerminalText.h"

#include "common/Translations.h"
#include "common/Version.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // A command that draws (report results --pdf) needs Qt Gui for its fonts: a QGuiApplication on the offscreen
    // platform, so that no display is needed. Every other command stays a plain QCoreApplication.
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application;
    if (Kohtaamo::Cli::ReportCommands::drawsWith(raw)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Kohtaamo"));
    QCoreApplication::setApplicationName(QStringLiteral("kohtaamo"));
    QCoreApplication::setApplicationVersion(Kohtaamo::kohtaamoVersion());
    // Nothing from the data reaches the terminal as a control character (TerminalText).
    Kohtaamo::Cli::TerminalText::Device standardOutput(stdout);
    Kohtaamo::Cli::TerminalText::Device standardError(stderr);
    QTextStream out(&standardOutput);
    QTextStream err(&standardError);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();

    // The tool speaks the language of the desktop (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) or the one given with
    // --lang fi|sv|en, before anything is printed: help, messages, reasons and tables alike.
    QString language;
    const qsizetype at = args.indexOf(QStringLiteral("--lang"));
    if (at >= 0) {
        if (at + 1 >= args.size()) {
            err << "--lang needs a value: fi, sv or en\n";
            return Kohtaamo::Cli::BadUsage;
        }
        language = args.at(at + 1);
        args.remove(at, 2);
    }
    Kohtaamo::Translations translations;
    if (const Kohtaamo::Status s = translations.install(Kohtaamo::Translations::choose(language, QString())); !s) {
        err << s.error().message << '\n';
        if (!language.isEmpty())
            return Kohtaamo::Cli::BadUsage;
    }
    return Kohtaamo::Cli::run(args, out, err);
}
