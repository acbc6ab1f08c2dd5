#include "ScreenshotRenderer.h"

#include "MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>

namespace Kohtaamo {

Status ScreenshotRenderer::renderPages(MainWindow &window, const QString &directory, const QSize &size)
{
    if (!QDir().mkpath(directory))
        return Error(Error::Code::CannotOpen, tr("Could not create the folder “%1”.").arg(directory));
    window.resize(size);
    window.show();
    for (Page page : allPages()) {
        window.showPage(page);
        QApplication::processEvents();
        const QPixmap pixmap = window.grab();
        const QString file = QDir(directory).filePath(pageKey(page) + QStringLiteral(".png"));
        if (!pixmap.save(file, "PNG"))
            return Error(Error::Code::CannotOpen, tr("Could not save the picture “%1”.").arg(file));
    }
    return Status::success();
}

} // namespace Kohtaamo
