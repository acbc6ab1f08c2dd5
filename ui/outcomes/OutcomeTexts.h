#pragma once

#include "domain/Engagement.h"
#include "domain/KnowledgeEntry.h"

#include <QCoreApplication>
#include <QVector>

namespace Kohtaamo {

// How the meeting outcome screens name things: attendance, life-course phases, euros and dates in the UI locale.
class OutcomeTexts
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::OutcomeTexts)
public:
    static QString attendanceName(Attendance attendance);
    static QVector<Attendance> attendances(); // in the order a picker offers them

    static QString phaseName(LifeCoursePhase phase);
    static QVector<LifeCoursePhase> phases();

    // "150,00 €" in Finnish and Swedish, "€150.00" in English.
    static QString euros(qint64 cents);
    // Hours with at most two decimals: "3", "2,75".
    static QString hours(double hours);
    // The short date of the UI locale; empty for an invalid date.
    static QString date(const QDate &date);
    static QString yesNo(bool value);
};

} // namespace Kohtaamo
