#include "OutcomeTexts.h"
#include "common/DateTexts.h"

#include "matching/MatchTexts.h"

#include <QLocale>

namespace Kohtaamo {

QString OutcomeTexts::attendanceName(Attendance attendance)
{
    switch (attendance) {
    case Attendance::Planned:
        return tr("Planned");
    case Attendance::Attended:
        return tr("Attended");
    case Attendance::NoShow:
        return tr("Did not come");
    case Attendance::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVector<Attendance> OutcomeTexts::attendances()
{
    return { Attendance::Planned, Attendance::Attended, Attendance::NoShow, Attendance::Cancelled };
}

QString OutcomeTexts::phaseName(LifeCoursePhase phase)
{
    switch (phase) {
    case LifeCoursePhase::Unspecified:
        return tr("Not specified");
    case LifeCoursePhase::Pregnancy:
        return tr("Pregnancy and birth");
    case LifeCoursePhase::EarlyChildhood:
        return tr("Early childhood");
    case LifeCoursePhase::SchoolAge:
        return tr("School age");
    case LifeCoursePhase::Youth:
        return tr("Youth");
    case LifeCoursePhase::TransitionToAdulthood:
        return tr("Becoming an adult");
    case LifeCoursePhase::Adulthood:
        return tr("Adulthood");
    case LifeCoursePhase::Parenthood:
        return tr("Parenthood");
    case LifeCoursePhase::OldAge:
        return tr("Old age");
    }
    return {};
}

QVector<LifeCoursePhase> OutcomeTexts::phases()
{
    QVector<LifeCoursePhase> all;
    for (const auto &entry : kLifeCoursePhaseCodes)
        all.append(entry.first);
    return all;
}

QString OutcomeTexts::euros(qint64 cents)
{
    return MatchTexts::euros(cents); // one format for money everywhere
}

QString OutcomeTexts::hours(double hours)
{
    QLocale locale;
    QString text = locale.toString(hours, 'f', 2);
    // 3,00 -> 3 and 2,50 -> 2,5: the decimals are shown only as far as they say something.
    const QString zero = locale.zeroDigit();
    while (text.endsWith(zero) && text.contains(locale.decimalPoint()))
        text.chop(zero.size());
    if (text.endsWith(locale.decimalPoint()))
        text.chop(locale.decimalPoint().size());
    return text;
}

QString OutcomeTexts::date(const QDate &date)
{
    return date.isValid() ? DateTexts::shortText(date) : QString();
}

QString OutcomeTexts::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

} // namespace Kohtaamo
