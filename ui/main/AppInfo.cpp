#include "AppInfo.h"

#include "common/LineIconEngine.h"

#include <QApplication>

#ifndef KOHTAAMO_VERSION
#error "KOHTAAMO_VERSION is defined by ui/CMakeLists.txt"
#endif

namespace Kohtaamo {

QString AppInfo::version()
{
    return QStringLiteral(KOHTAAMO_VERSION);
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
