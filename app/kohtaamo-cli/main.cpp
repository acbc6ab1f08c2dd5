#include "CliCommands.h"

#include "common/Version.h"

#include <QCoreApplication>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
