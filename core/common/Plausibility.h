#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

namespace Kohtaamo::Plausibility {

// The limits of plausible input, in one place: the repositories refuse what lies outside them (whoever asks: a form,
// the import, kohtaamo-cli), and the forms read the same numbers for their spin boxes and fields. A value outside is
// a slip (a year typed as 1800, a stuck key, a pasted document), never a real case.

// The earliest date of birth; a later one than today is refused too.
inline QDate earliestDateOfBirth()
{
    return QDate(1900, 1, 1);
}

// One-line texts: names, places, a training's name.
constexpr int kMaxNameLength = 200;
// Longer texts: notes, summaries, feedback, knowledge entries.
constexpr int kMaxNoteLength = 10000;

// An amount of money in cents: a fee, travel costs, an earnings ceiling, the office's largest fee (100,000 €).
constexpr qint64 kMaxAmountCents = 10000000;

// A worker's training, and the pace they keep.
constexpr double kMaxTrainingHours = 10000;
constexpr int kMaxEngagementsPerMonth = 99;
constexpr int kMaxPaceDays = 365; // days between engagements, notice needed

// The people a meeting reached (the audience).
constexpr int kMaxAudience = 1000000;

// An InvalidInput error naming `field` when `text` is longer than `max` characters.
Status checkLength(const QString &text, int max, const char *field);
// An InvalidInput error naming `field` when `cents` is more than kMaxAmountCents.
Status checkAmount(qint64 cents, const char *field);

} // namespace Kohtaamo::Plausibility
