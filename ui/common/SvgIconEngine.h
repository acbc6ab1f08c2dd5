#pragma once

#include <QIconEngine>

namespace Kohtaamo {

// Kohtaamo's icons, drawn as SVG files under resources/icons and embedded in the program (:/kohtaamo/icons).
// The page icons are line drawings in `currentColor`: each is rendered in the current palette's text colour (the
// highlighted text colour when selected, the disabled one when disabled), so they stay sharp at any size and follow
// light, dark and high-contrast colour schemes. The application icon keeps its own colours; the same file is
// installed into the hicolor theme. Qt SVG renders them; no image plugin is needed.
class SvgIconEngine : public QIconEngine
{
public:
    enum class Shape { Application, Today, Requests, Workers, Reports, Settings };

    explicit SvgIconEngine(Shape shape);

    static QIcon icon(Shape shape);
    // The embedded SVG file of a shape, e.g. ":/kohtaamo/icons/pages/today.svg".
    static QString resourcePath(Shape shape);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    // The SVG document with `currentColor` replaced by the palette colour for mode (page icons only).
    QByteArray document(QIcon::Mode mode) const;

    Shape m_shape;
    QByteArray m_source;
};

} // namespace Kohtaamo
