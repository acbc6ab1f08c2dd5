#pragma once

#include "EnumCodes.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace Kohtaamo {

// Phases of the life course along which critical points are collected.
enum class LifeCoursePhase {
    Unspecified,
    Pregnancy,
    EarlyChildhood,
    SchoolAge,
    Youth,
    TransitionToAdulthood,
    Adulthood,
    Parenthood,
    OldAge
};
inline constexpr EnumCodeTable<LifeCoursePhase, 9> kLifeCoursePhaseCodes { {
    { LifeCoursePhase::Unspecified, "unspecified" },
    { LifeCoursePhase::Pregnancy, "pregnancy" },
    { LifeCoursePhase::EarlyChildhood, "early_childhood" },
    { LifeCoursePhase::SchoolAge, "school_age" },
    { LifeCoursePhase::Youth, "youth" },
    { LifeCoursePhase::TransitionToAdulthood, "transition_to_adulthood" },
    { LifeCoursePhase::Adulthood, "adulthood" },
    { LifeCoursePhase::Parenthood, "parenthood" },
    { LifeCoursePhase::OldAge, "old_age" },
} };
inline QString toCode(LifeCoursePhase p)
{
    return enumToCode(kLifeCoursePhaseCodes, p);
}
inline std::optional<LifeCoursePhase> lifeCoursePhaseFromCode(const QString &c)
{
    return enumFromCode(kLifeCoursePhaseCodes, c);
}

// A piece of experience knowledge a meeting produced.
struct KnowledgeEntry
{
    qint64 id = 0;
    int version = 0;
    qint64 requestId = 0; // 0 = not tied to a request (raised by the group itself)
    QDate recordedOn;
    QString text;
    QVector<qint64> topicIds;
    LifeCoursePhase phase = LifeCoursePhase::Unspecified;
    bool criticalPoint = false;
};

} // namespace Kohtaamo
