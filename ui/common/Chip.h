#pragma once

#include <QMetaType>
#include <QString>
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

// The chips as one line of text, for screen readers, tooltips and copying.
inline QString chipsAsText(const ChipList &chips)
{
    QStringList texts;
    for (const Chip &c : chips)
        texts.append(c.text);
    return texts.join(QStringLiteral("; "));
}

} // namespace Kohtaamo

Q_DECLARE_METATYPE(Kohtaamo::ChipList)
