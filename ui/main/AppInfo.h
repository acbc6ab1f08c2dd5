#pragma once

#include <QString>

namespace Kohtaamo {

// Who the application is: names that decide where settings and data live, the desktop file that the window
// belongs to, the version. main() applies them first thing; tests do the same to get the same paths.
class AppInfo
{
public:
    static QString version();
    static QString desktopFileName() { return QStringLiteral("fi.kohtaamo.kohtaamo"); }

    // Organisation "Kohtaamo", application "kohtaamo", display name, version, desktop file name and window icon.
    static void apply();
};

} // namespace Kohtaamo
