#pragma once

#include <QProxyStyle>

namespace Kohtaamo {

// The application's style (Fusion, or the desktop's) with what WCAG 2.1 needs on top: the frame of a check box and a
// radio button drawn at 3:1 (Colours::indicatorFrame) under every palette. Fusion derives that frame from the Window
// colour, so under a dark palette an unchecked box all but vanished (issue 19).
class AccessibleStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // Wraps `base` (owned), or the application's current style when null.
    explicit AccessibleStyle(QStyle *base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace Kohtaamo
