#include "AppInfo.h"

#include "common/SvgIconEngine.h"
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
    // The embedded copy of the installed hicolor icon, rendered by Qt SVG.
    QApplication::setWindowIcon(SvgIconEngine::icon(SvgIconEngine::Shape::Application));
}

} // namespace Kohtaamo
