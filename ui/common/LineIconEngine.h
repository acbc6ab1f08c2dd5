#pragma once

#include <QIconEngine>

namespace Kohtaamo {

// Kohtaamo's icons, drawn as lines in the current palette's text colour, so that they stay sharp at any size and
// follow dark and high-contrast colour schemes. The application icon is drawn in its brand colours, after
// packaging/fi.kohtaamo.Kohtaamo.svg (Qt needs a plugin to read SVG files; drawing needs none).
class LineIconEngine : public QIconEngine
{
public:
    enum class Shape { Application, Today, Requests, Workers, Reports, Settings };

    explicit LineIconEngine(Shape shape);

    static QIcon icon(Shape shape);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    void paintApplication(QPainter &p) const;
    void paintLines(QPainter &p) const;

    Shape m_shape;
};

} // namespace Kohtaamo
