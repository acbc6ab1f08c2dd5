#include "SvgIconEngine.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace Kohtaamo {

SvgIconEngine::SvgIconEngine(Shape shape) : m_shape(shape)
{
    QFile file(resourcePath(shape));
    if (file.open(QIODevice::ReadOnly))
        m_source = file.readAll();
    Q_ASSERT_X(!m_source.isEmpty(), "SvgIconEngine", "icon missing from the embedded resources");
}

QIcon SvgIconEngine::icon(Shape shape)
{
    return QIcon(new SvgIconEngine(shape));
}

QString SvgIconEngine::resourcePath(Shape shape)
{
    switch (shape) {
    case Shape::Application:
        return QStringLiteral(":/kohtaamo/icons/application/fi.kohtaamo.kohtaamo.svg");
    case Shape::Today:
        return QStringLiteral(":/kohtaamo/icons/pages/today.svg");
    case Shape::Requests:
        return QStringLiteral(":/kohtaamo/icons/pages/requests.svg");
    case Shape::Workers:
        return QStringLiteral(":/kohtaamo/icons/pages/workers.svg");
    case Shape::Reports:
        return QStringLiteral(":/kohtaamo/icons/pages/reports.svg");
    case Shape::Settings:
        return QStringLiteral(":/kohtaamo/icons/pages/settings.svg");
    }
    return {};
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(*this);
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("KohtaamoSvgIconEngine");
}

bool SvgIconEngine::isNull()
{
    return m_source.isEmpty();
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    QPixmap pixmap(size * scale);
    pixmap.fill(Qt::transparent);
    pixmap.setDevicePixelRatio(scale);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QByteArray SvgIconEngine::document(QIcon::Mode mode) const
{
    if (m_shape == Shape::Application)
        return m_source;
    const QPalette palette = QGuiApplication::palette();
    QColor colour = palette.color(QPalette::Active, QPalette::WindowText);
    if (mode == QIcon::Selected)
        colour = palette.color(QPalette::Active, QPalette::HighlightedText);
    else if (mode == QIcon::Disabled)
        colour = palette.color(QPalette::Disabled, QPalette::WindowText);
    QByteArray svg = m_source;
    return svg.replace(QByteArrayLiteral("currentColor"), colour.name(QColor::HexRgb).toLatin1());
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    QSvgRenderer renderer(document(mode));
    if (!renderer.isValid())
        return;
    // Square drawings, centred in the rectangle.
    const int side = qMin(rect.width(), rect.height());
    const QRect square(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    renderer.render(painter, QRectF(square));
    painter->restore();
}

} // namespace Kohtaamo
