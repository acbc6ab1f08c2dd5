#pragma once

#include "common/Result.h"

#include <QCoreApplication>

#include <functional>

class QPagedPaintDevice;
class QTextDocument;

namespace Kohtaamo {

// The pages of Kohtaamo's printed documents (the results report, the commission summary): the office's name and the
// document's title above a rule, "Page N of M" below, and the document's HTML flowed between them, at 10 pt.
class PagedPrint
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::PagedPrint)
public:
    // Fills `doc` (already set up for the device) for a body `width` device pixels wide.
    using Fill = std::function<void(QTextDocument &doc, int width)>;

    // Returns the number of pages; `cannotDraw` is the message when the device refuses the painter.
    static Result<int> print(QPagedPaintDevice *device, const QString &officeName, const QString &title,
                             const Fill &fill, const QString &cannotDraw);
    // An A4 PDF at `path` (refused before anything is drawn when the file cannot be written), drawn by `print`.
    static Result<int> writePdf(const QString &path, const QString &title,
                                const std::function<Result<int>(QPagedPaintDevice *)> &print);
};

} // namespace Kohtaamo
