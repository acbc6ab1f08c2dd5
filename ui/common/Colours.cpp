#include "Colours.h"

#include <QtMath>

#include <algorithm>

namespace Kohtaamo::Colours {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

double worstContrast(const QColor &colour, const QVector<QColor> &backgrounds)
{
    double worst = 21;
    for (const QColor &b : backgrounds)
        worst = std::min(worst, contrast(colour, b));
    return worst;
}

// The accents the tones start from (a light desktop's); withContrast() moves them as the palette needs.
QColor accent(const QPalette &palette, Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case Tone::Caution:
        return QColor(0x9a, 0x4a, 0x07);
    case Tone::Problem:
        return QColor(0xa4, 0x1e, 0x22);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::Text);
}

QVector<QColor> surfaces(const QPalette &palette)
{
    return { palette.color(QPalette::Base), palette.color(QPalette::Window), palette.color(QPalette::AlternateBase) };
}

QPalette lightPalette()
{
    QPalette p;
    const QColor text(0x1b, 0x1b, 0x1b);
    p.setColor(QPalette::Window, QColor(0xf2, 0xf2, 0xf2));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf8));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xea, 0xea, 0xea));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe4, 0xe4, 0xe4));
    p.setColor(QPalette::Mid, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Dark, QColor(0x76, 0x76, 0x76));
    p.setColor(QPalette::Shadow, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x5f, 0xa8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3d, 0x9a));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::PlaceholderText, QColor(0x5c, 0x5c, 0x5c));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor text(0xee, 0xee, 0xee);
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x27));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x38, 0x38, 0x38));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x5f, 0xb0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x9b, 0xf0));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xab, 0xab, 0xab));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

QPalette highContrastPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, Qt::black);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, Qt::black);
    p.setColor(QPalette::AlternateBase, QColor(0x12, 0x12, 0x12));
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Button, Qt::black);
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0x24, 0x24, 0x24));
    p.setColor(QPalette::Mid, QColor(0xc8, 0xc8, 0xc8));
    p.setColor(QPalette::Dark, Qt::white);
    p.setColor(QPalette::Shadow, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0xff, 0xe0, 0x00));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x7f, 0xdb, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xe0, 0xa8, 0xff));
    p.setColor(QPalette::ToolTipBase, Qt::black);
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xd8, 0xd8, 0xd8));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

} // namespace

double luminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor withContrast(QColor colour, const QVector<QColor> &backgrounds, double ratio)
{
    if (backgrounds.isEmpty() || worstContrast(colour, backgrounds) >= ratio)
        return colour;
    double average = 0;
    for (const QColor &b : backgrounds)
        average += luminance(b);
    average /= backgrounds.size();
    const QColor target = average > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    for (int step = 1; step <= 40; ++step) {
        const QColor moved = mix(colour, target, step / 40.0);
        if (worstContrast(moved, backgrounds) >= ratio)
            return moved;
    }
    return target;
}

Scheme schemeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Scheme::Light;
    if (name == QLatin1String("dark"))
        return Scheme::Dark;
    if (name == QLatin1String("high-contrast"))
        return Scheme::HighContrast;
    return Scheme::System;
}

QPalette palette(Scheme scheme, const QPalette &system)
{
    switch (scheme) {
    case Scheme::Light:
        return accessible(lightPalette());
    case Scheme::Dark:
        return accessible(darkPalette());
    case Scheme::HighContrast:
        return accessible(highContrastPalette());
    case Scheme::System:
        break;
    }
    return accessible(system);
}

QPalette accessible(QPalette p)
{
    for (auto group : { QPalette::Active, QPalette::Inactive }) {
        const auto c = [&p, group](QPalette::ColorRole role) { return p.color(group, role); };
        // Help texts and placeholders stand on every surface, and on a hovered Today line (Midlight).
        QColor secondary = c(QPalette::PlaceholderText);
        secondary.setAlpha(255); // Qt's default is the text at half opacity
        if (c(QPalette::PlaceholderText).alpha() < 255)
            secondary = mix(c(QPalette::Text), c(QPalette::Base), 0.35);
        p.setColor(group, QPalette::PlaceholderText,
                   withContrast(secondary,
                                { c(QPalette::Base), c(QPalette::Window), c(QPalette::AlternateBase),
                                  c(QPalette::Midlight), c(QPalette::Button) },
                                kTextContrast));
        for (auto [fg, bg] :
             { std::pair { QPalette::Text, QPalette::Base }, std::pair { QPalette::WindowText, QPalette::Window },
               std::pair { QPalette::ButtonText, QPalette::Button },
               std::pair { QPalette::ToolTipText, QPalette::ToolTipBase } })
            p.setColor(group, fg, withContrast(c(fg), { c(bg) }, kTextContrast));
        p.setColor(group, QPalette::Text,
                   withContrast(c(QPalette::Text), { c(QPalette::AlternateBase) }, kTextContrast));
        // The selection: its text at 4.5:1, and the selected row told from the others at 3:1.
        QColor highlight = c(QPalette::Highlight);
        highlight = withContrast(highlight, { c(QPalette::Base) }, kNonTextContrast);
        p.setColor(group, QPalette::Highlight, highlight);
        const QColor selectedText
            = contrast(Qt::white, highlight) >= contrast(Qt::black, highlight) ? QColor(Qt::white) : QColor(Qt::black);
        if (contrast(c(QPalette::HighlightedText), highlight) < kTextContrast)
            p.setColor(group, QPalette::HighlightedText, selectedText);
        for (auto link : { QPalette::Link, QPalette::LinkVisited })
            p.setColor(group, link, withContrast(c(link), surfaces(p), kTextContrast));
        // Lines and frames drawn with Mid (the Today lines, the sidebar's rule) and Dark (frames) at 3:1.
        p.setColor(group, QPalette::Mid,
                   withContrast(c(QPalette::Mid), { c(QPalette::Base), c(QPalette::Window) }, kNonTextContrast));
        p.setColor(group, QPalette::Dark,
                   withContrast(c(QPalette::Dark), { c(QPalette::Base), c(QPalette::Window) }, kNonTextContrast));
    }
    return p;
}

QColor toneText(const QPalette &palette, Tone tone)
{
    QVector<QColor> on = surfaces(palette);
    on << palette.color(QPalette::Midlight);
    return withContrast(accent(palette, tone), on, kTextContrast);
}

QColor chipFill(const QPalette &palette, Tone tone, bool selected)
{
    if (selected)
        return palette.color(QPalette::Highlight);
    return mix(palette.color(QPalette::Base), accent(palette, tone), tone == Tone::Neutral ? 0.08 : 0.14);
}

QColor chipBorder(const QPalette &palette, Tone tone, bool selected)
{
    if (selected)
        return withContrast(palette.color(QPalette::HighlightedText), { palette.color(QPalette::Highlight) },
                            kNonTextContrast);
    return withContrast(
        accent(palette, tone),
        { palette.color(QPalette::Base), palette.color(QPalette::AlternateBase), chipFill(palette, tone, false) },
        kNonTextContrast);
}

QColor chipText(const QPalette &palette, Tone tone, bool selected)
{
    if (selected)
        return withContrast(palette.color(QPalette::HighlightedText), { chipFill(palette, tone, true) }, kTextContrast);
    return withContrast(palette.color(QPalette::Text), { chipFill(palette, tone, false) }, kTextContrast);
}

QColor barTrack(const QPalette &palette, bool selected)
{
    return selected ? mix(palette.color(QPalette::Highlight), palette.color(QPalette::HighlightedText), 0.25)
                    : palette.color(QPalette::Midlight);
}

QColor barFill(const QPalette &palette, bool selected)
{
    if (selected)
        return withContrast(palette.color(QPalette::HighlightedText),
                            { palette.color(QPalette::Highlight), barTrack(palette, true) }, kNonTextContrast);
    return withContrast(
        QColor(0x1f, 0x6f, 0x8b),
        { palette.color(QPalette::Base), palette.color(QPalette::AlternateBase), barTrack(palette, false) },
        kNonTextContrast);
}

QColor focusFrame(const QPalette &palette, bool onSelection)
{
    if (onSelection)
        return withContrast(palette.color(QPalette::HighlightedText), { palette.color(QPalette::Highlight) },
                            kNonTextContrast);
    return withContrast(palette.color(QPalette::Highlight),
                        { palette.color(QPalette::Base), palette.color(QPalette::Window),
                          palette.color(QPalette::AlternateBase), palette.color(QPalette::Button),
                          palette.color(QPalette::Midlight) },
                        kNonTextContrast);
}

QColor secondaryText(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

QColor indicatorFrame(const QPalette &palette)
{
    return withContrast(mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.45),
                        { palette.color(QPalette::Base), palette.color(QPalette::Window),
                          palette.color(QPalette::Button), palette.color(QPalette::AlternateBase) },
                        kNonTextContrast + 0.5); // headroom: a radio button's circle is antialiased
}

QVector<Pair> pairsInUse(const QPalette &p)
{
    QVector<Pair> pairs;
    const auto add = [&pairs](const QString &where, const QColor &fg, const QColor &bg, double needed) {
        pairs.append({ where, fg, bg, needed });
    };
    const QColor base = p.color(QPalette::Base);
    const QColor window = p.color(QPalette::Window);
    const QColor alternate = p.color(QPalette::AlternateBase);
    const QColor highlight = p.color(QPalette::Highlight);
    // Plain text of the palette.
    add(QStringLiteral("text on base"), p.color(QPalette::Text), base, kTextContrast);
    add(QStringLiteral("text on alternate rows"), p.color(QPalette::Text), alternate, kTextContrast);
    add(QStringLiteral("window text"), p.color(QPalette::WindowText), window, kTextContrast);
    add(QStringLiteral("button text"), p.color(QPalette::ButtonText), p.color(QPalette::Button), kTextContrast);
    add(QStringLiteral("selected row text"), p.color(QPalette::HighlightedText), highlight, kTextContrast);
    add(QStringLiteral("tooltip"), p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase), kTextContrast);
    add(QStringLiteral("link"), p.color(QPalette::Link), window, kTextContrast);
    // Help texts, placeholders, Today's sub-lines (also on a hovered line).
    for (auto [name, bg] :
         { std::pair { "base", base }, std::pair { "window", window }, std::pair { "alternate rows", alternate },
           std::pair { "hovered Today line", p.color(QPalette::Midlight) } })
        add(QStringLiteral("secondary text on %1").arg(QLatin1String(name)), secondaryText(p), bg, kTextContrast);
    // Tones as text (invitation answers, problems in the settings, the meeting rhythm's error).
    for (auto [name, tone] : { std::pair { "good", Tone::Good }, std::pair { "caution", Tone::Caution },
                               std::pair { "problem", Tone::Problem } }) {
        for (const QColor &bg : { base, window, alternate })
            add(QStringLiteral("%1 text").arg(QLatin1String(name)), toneText(p, tone), bg, kTextContrast);
    }
    // Chips (ChipsDelegate), unselected and on a selected row.
    for (auto [name, tone] : { std::pair { "neutral", Tone::Neutral }, std::pair { "good", Tone::Good },
                               std::pair { "caution", Tone::Caution } }) {
        for (bool selected : { false, true }) {
            const QString where = QStringLiteral("%1 chip%2")
                                      .arg(QLatin1String(name), selected ? QStringLiteral(" (selected)") : QString());
            const QColor row = selected ? highlight : base;
            add(where + QStringLiteral(" text"), chipText(p, tone, selected), chipFill(p, tone, selected),
                kTextContrast);
            add(where + QStringLiteral(" border on row"), chipBorder(p, tone, selected), row, kNonTextContrast);
            if (!selected)
                add(where + QStringLiteral(" border on alternate row"), chipBorder(p, tone, selected), alternate,
                    kNonTextContrast);
        }
    }
    // Score bars (ScoreBarDelegate): the filled part against its track and the row.
    for (bool selected : { false, true }) {
        const QString where = selected ? QStringLiteral("score bar (selected)") : QStringLiteral("score bar");
        add(where + QStringLiteral(" against track"), barFill(p, selected), barTrack(p, selected), kNonTextContrast);
        add(where + QStringLiteral(" against row"), barFill(p, selected), selected ? highlight : base,
            kNonTextContrast);
    }
    // Focus frames (sidebar, Today lines) and the Today line's border.
    for (const QColor &bg : { base, window, alternate })
        add(QStringLiteral("focus frame"), focusFrame(p), bg, kNonTextContrast);
    add(QStringLiteral("focus frame on a pressed Today line"), focusFrame(p), p.color(QPalette::Midlight),
        kNonTextContrast);
    add(QStringLiteral("focus frame on the selected page"), focusFrame(p, true), highlight, kNonTextContrast);
    add(QStringLiteral("selected row against rows"), highlight, base, kNonTextContrast);
    add(QStringLiteral("Today line border"), p.color(QPalette::Mid), base, kNonTextContrast);
    // Check boxes and radio buttons: the indicator's frame inside (Base) and around it (Window, a table's rows).
    for (auto [name, bg] :
         { std::pair { "base", base }, std::pair { "window", window }, std::pair { "alternate rows", alternate } })
        add(QStringLiteral("check box frame on %1").arg(QLatin1String(name)), indicatorFrame(p), bg, kNonTextContrast);
    return pairs;
}

} // namespace Kohtaamo::Colours
