#include "AppInfo.h"

#include "common/LineIconEngine.h"
#include "common/Version.h"

#include <QApplication>

namespace Kohtaamo {

QString AppInfo::version()
{
    return kohtaamoVersion();
}

void AppInfo::apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kohtaamo"));
    QCoreApplication::setApplicationName(QStringLiteral("kohtaamo"));
    QCoreApplication::setApplicationVersion(version());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Kohtaamo"));
    QGuiApplication::setDesktopFileName(desktopFileName());
    // Drawn, not read from the installed SVG: Qt needs an extra plugin for SVG files.
    QApplication::setWindowIcon(LineIconEngine::icon(LineIconEngine::Shape::Application));
}

} // namespace Kohtaamo
