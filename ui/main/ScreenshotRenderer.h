#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSize>

namespace Kohtaamo {

class MainWindow;

// Renders every page of the main window into PNG files (today.png, requests.png …) and the request screens, for
// docs/screenshots and for looking at the UI without a display (QT_QPA_PLATFORM=offscreen). Used by `kohtaamo
// --screenshots DIR`.
class ScreenshotRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::ScreenshotRenderer)
public:
    static Status renderPages(MainWindow &window, const QString &directory, const QSize &size = QSize(1280, 800));

private:
    // On a database with requests: request-candidates.png, request-invitations.png, request-editor.png and
    // meeting-outcome.png.
    static Status renderRequestScreens(MainWindow &window, const QString &directory);
};

} // namespace Kohtaamo
