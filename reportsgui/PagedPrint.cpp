#include "PagedPrint.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace Kohtaamo {

Result<int> PagedPrint::print(QPagedPaintDevice *device, const QString &officeName, const QString &title,
                              const Fill &fill, const QString &cannotDraw)
{
    QPainter painter;
    if (!painter.begin(device))
        return Error(Error::Code::CannotOpen, cannotDraw);
    const int width = device->width();
    const int height = device->height();
    QFont small = painter.font();
    small.setPointSizeF(8);
    const QFontMetrics fm(small, device);
    const int header = fm.height() * 2;
    const int footer = fm.height() * 2;
    const int body = height - header - footer;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    QFont base = doc.defaultFont();
    base.setPointSizeF(10);
    doc.setDefaultFont(base);
    fill(doc, width);
    doc.setPageSize(QSizeF(width, body));
    const int pages = doc.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage())
            return Error(Error::Code::CannotOpen, tr("A new page could not be started."));
        painter.setFont(small);
        painter.setPen(Qt::black);
        painter.drawText(QRect(0, 0, width, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, officeName);
        painter.drawText(QRect(0, 0, width, fm.height()), Qt::AlignRight | Qt::AlignVCenter, title);
        painter.drawLine(0, fm.height() + fm.height() / 3, width, fm.height() + fm.height() / 3);
        painter.drawText(QRect(0, height - fm.height(), width, fm.height()), Qt::AlignHCenter | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(page + 1).arg(pages));
        painter.save();
        painter.translate(0, header - page * body);
        doc.drawContents(&painter, QRectF(0, page * body, width, body));
        painter.restore();
    }
    painter.end();
    return pages;
}

Result<int> PagedPrint::writePdf(const QString &path, const QString &title,
                                 const std::function<Result<int>(QPagedPaintDevice *)> &print)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return Error(Error::Code::CannotOpen, tr("Cannot write the file %1: %2").arg(path, probe.errorString()),
                         QStringLiteral("path"));
    }
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 15, 18, 15),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Kohtaamo"));
    return print(&writer);
}

} // namespace Kohtaamo
