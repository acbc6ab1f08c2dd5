#include "LineIconEngine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace Kohtaamo {

LineIconEngine::LineIconEngine(Shape shape) : m_shape(shape) { }

QIcon LineIconEngine::icon(Shape shape)
{
    return QIcon(new LineIconEngine(shape));
}

QIconEngine *LineIconEngine::clone() const
{
    return new LineIconEngine(m_shape);
}

QString LineIconEngine::key() const
{
    return QStringLiteral("KohtaamoLineIconEngine");
}

QPixmap LineIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap LineIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    QPixmap pixmap(size * scale);
    pixmap.fill(Qt::transparent);
    pixmap.setDevicePixelRatio(scale);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

void LineIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Every shape is drawn on a 24 × 24 grid, centred in the rectangle.
    const qreal side = qMin(rect.width(), rect.height());
    painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
    painter->scale(side / 24.0, side / 24.0);

    if (m_shape == Shape::Application) {
        paintApplication(*painter);
    } else {
        const QPalette palette = QGuiApplication::palette();
        QColor colour = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Selected)
            colour = palette.color(QPalette::Active, QPalette::HighlightedText);
        else if (mode == QIcon::Disabled)
            colour = palette.color(QPalette::Disabled, QPalette::WindowText);
        QPen pen(colour, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        paintLines(*painter);
    }
    painter->restore();
}

void LineIconEngine::paintApplication(QPainter &p) const
{
    // packaging/fi.kohtaamo.Kohtaamo.svg on a 128 grid, scaled to 24.
    p.scale(24.0 / 128.0, 24.0 / 128.0);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x2f, 0x6f, 0x73));
    p.drawRoundedRect(QRectF(4, 4, 120, 120), 24, 24);
    const QColor light(0xf4, 0xef, 0xe6);
    const QColor warm(0xf2, 0xb1, 0x34);
    auto person = [&p](qreal x, const QColor &colour) {
        p.setBrush(colour);
        p.drawEllipse(QPointF(x + 26, 52), 16, 16);
        QPainterPath body;
        body.moveTo(x, 104);
        body.cubicTo(x + 4, 84, x + 16, 74, x + 26, 74);
        body.cubicTo(x + 36, 74, x + 48, 84, x + 52, 104);
        body.closeSubpath();
        p.drawPath(body);
    };
    person(20, light);
    person(56, warm);
}

void LineIconEngine::paintLines(QPainter &p) const
{
    switch (m_shape) {
    case Shape::Application:
        break;
    case Shape::Today:
        // A calendar sheet with rings and the day marked.
        p.drawRoundedRect(QRectF(3.5, 5, 17, 15.5), 2.5, 2.5);
        p.drawLine(QPointF(3.5, 9.5), QPointF(20.5, 9.5));
        p.drawLine(QPointF(8, 3), QPointF(8, 6.5));
        p.drawLine(QPointF(16, 3), QPointF(16, 6.5));
        p.setBrush(p.pen().color());
        p.drawRoundedRect(QRectF(13, 13.5, 4, 3.5), 0.8, 0.8);
        break;
    case Shape::Requests: {
        // An inbox tray.
        QPainterPath tray;
        tray.moveTo(3.5, 13);
        tray.lineTo(6.5, 5);
        tray.lineTo(17.5, 5);
        tray.lineTo(20.5, 13);
        tray.lineTo(20.5, 19);
        tray.quadTo(20.5, 20, 19.5, 20);
        tray.lineTo(4.5, 20);
        tray.quadTo(3.5, 20, 3.5, 19);
        tray.closeSubpath();
        p.drawPath(tray);
        QPainterPath slot;
        slot.moveTo(3.5, 13);
        slot.lineTo(8.5, 13);
        slot.lineTo(10, 15.5);
        slot.lineTo(14, 15.5);
        slot.lineTo(15.5, 13);
        slot.lineTo(20.5, 13);
        p.drawPath(slot);
        break;
    }
    case Shape::Workers: {
        // Two people side by side.
        p.drawEllipse(QPointF(9, 8), 3, 3);
        QPainterPath front;
        front.moveTo(3, 20);
        front.cubicTo(3, 15.5, 5.5, 13.5, 9, 13.5);
        front.cubicTo(12.5, 13.5, 15, 15.5, 15, 20);
        p.drawPath(front);
        p.drawEllipse(QPointF(16.5, 7), 2.5, 2.5);
        QPainterPath back;
        back.moveTo(15.5, 12.2);
        back.cubicTo(19, 11.8, 21, 14, 21, 18);
        p.drawPath(back);
        break;
    }
    case Shape::Reports:
        // A bar chart on a base line.
        p.drawLine(QPointF(3.5, 20), QPointF(20.5, 20));
        p.drawRoundedRect(QRectF(5, 12, 3.5, 8), 0.8, 0.8);
        p.drawRoundedRect(QRectF(10.25, 5, 3.5, 15), 0.8, 0.8);
        p.drawRoundedRect(QRectF(15.5, 9, 3.5, 11), 0.8, 0.8);
        break;
    case Shape::Settings:
        // Three sliders.
        for (const qreal y : { 6.0, 12.0, 18.0 }) {
            p.drawLine(QPointF(3.5, y), QPointF(20.5, y));
        }
        p.setBrush(p.pen().color());
        p.drawEllipse(QPointF(8, 6), 2.2, 2.2);
        p.drawEllipse(QPointF(15.5, 12), 2.2, 2.2);
        p.drawEllipse(QPointF(10, 18), 2.2, 2.2);
        break;
    }
}

} // namespace Kohtaamo
