#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Kohtaamo {

// A short fact shown as a rounded label ("Emergency placement — exact, as parent"). The tone says whether it counts
// for (Good), against (Caution) or is only information (Neutral).
struct Chip
{
    enum class Tone { Neutral, Good, Caution };
    QString text;
    Tone tone = Tone::Neutral;
};

using ChipList = QVector<Chip>;

// The chip as drawn: a mark before the text says its tone without colour ("+ exact topic", "− far away").
inline QString chipLabel(const Chip &chip)
{
    switch (chip.tone) {
    case Chip::Tone::Good:
        return QStringLiteral("+ ") + chip.text;
    case Chip::Tone::Caution:
        return QStringLiteral("\u2212 ") + chip.text;
    case Chip::Tone::Neutral:
        break;
    }
    return chip.text;
}

// A chip with its meaning in words, so the tone is not carried by colour alone ("speaks for: …").
inline QString chipMeaning(const Chip &chip)
{
    switch (chip.tone) {
    case Chip::Tone::Good:
        return QCoreApplication::translate("Kohtaamo::Chip", "speaks for: %1").arg(chip.text);
    case Chip::Tone::Caution:
        return QCoreApplication::translate("Kohtaamo::Chip", "speaks against: %1").arg(chip.text);
    case Chip::Tone::Neutral:
        break;
    }
    return QCoreApplication::translate("Kohtaamo::Chip", "neutral: %1").arg(chip.text);
}

// The chips as one line of text with their meanings, for screen readers, tooltips and copying.
inline QString chipsAsText(const ChipList &chips)
{
    QStringList texts;
    for (const Chip &c : chips)
        texts.append(chipMeaning(c));
    return texts.join(QStringLiteral("; "));
}

} // namespace Kohtaamo

Q_DECLARE_METATYPE(Kohtaamo::ChipList)
