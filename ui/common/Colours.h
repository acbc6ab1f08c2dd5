#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <QVector>

namespace Kohtaamo {

// Every colour Kohtaamo draws with, in one place, derived from the palette's roles so that light, dark and
// high-contrast palettes all stay readable (WCAG 2.1 AA): text at least 4.5:1 against what it stands on, focus
// frames, chip borders and bars at least 3:1. Delegates and widgets ask here instead of writing fixed colours; the
// contrast test (tests/ui/tst_contrast) checks every pair listed by pairsInUse() under the three palettes.
namespace Colours {

enum class Scheme { System, Light, Dark, HighContrast };

constexpr double kTextContrast = 4.5;
constexpr double kNonTextContrast = 3.0;

// WCAG 2.1 relative luminance and contrast ratio (1 … 21).
double luminance(const QColor &colour);
double contrast(const QColor &a, const QColor &b);

// `colour` made lighter or darker (whichever moves away from `background`) until it reaches `ratio` against every
// colour of `backgrounds`; the hue stays.
QColor withContrast(QColor colour, const QVector<QColor> &backgrounds, double ratio);

// "light", "dark", "high-contrast" (the --palette option); an unknown name is System.
Scheme schemeFromName(const QString &name);
// The palette of a scheme, made accessible; System starts from `system`.
QPalette palette(Scheme scheme, const QPalette &system);
// The roles a palette gets wrong for AA repaired: the placeholder and secondary text (Qt's is half transparent,
// 4:1 or less), the selection, the disabled text, the link.
QPalette accessible(QPalette palette);

// Semantic colours, from the palette.
enum class Tone { Neutral, Good, Caution, Problem };
QColor toneText(const QPalette &palette, Tone tone); // text of that tone on Base, Window and AlternateBase
QColor chipFill(const QPalette &palette, Tone tone, bool selected);
QColor chipBorder(const QPalette &palette, Tone tone, bool selected);
QColor chipText(const QPalette &palette, Tone tone, bool selected);
QColor barTrack(const QPalette &palette, bool selected);
QColor barFill(const QPalette &palette, bool selected);
QColor focusFrame(const QPalette &palette, bool onSelection = false); // the keyboard focus, 3:1 around it
QColor secondaryText(const QPalette &palette); // help texts and sub-lines: the palette's PlaceholderText role
// The frame of an unchecked check box or radio button (AccessibleStyle), 3:1 against Base, Window and Button: Fusion
// draws it from the Window colour, which is invisible on a dark palette.
QColor indicatorFrame(const QPalette &palette);

// One foreground/background pair used somewhere, with the ratio it needs.
struct Pair
{
    QString where;
    QColor foreground;
    QColor background;
    double needed = kTextContrast;
};
QVector<Pair> pairsInUse(const QPalette &palette);

} // namespace Colours

} // namespace Kohtaamo
