#include "CliCommands.h"
#include "ReportCommands.h"

#include "common/Version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTranslator>

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
    // The tool speaks English; this catalogue gives it the singular and plural of texts with a count.
    QTranslator plurals;
    if (plurals.load(QStringLiteral("kohtaamo_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&plurals);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return Kohtaamo::Cli::run(args, out, err);
}
