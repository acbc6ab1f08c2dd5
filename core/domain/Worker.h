#pragma once

#include "EnumCodes.h"
#include "UnavailablePeriod.h"
#include "WeeklyAvailability.h"
#include "WorkerExperience.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Kohtaamo {

enum class WorkerTitle {
    ExpertByExperience,
    PeerSupporter,
    PeerRelative,
    ExperiencePartner,
    YouthDeveloper,
    VeturiMentor,
    Other
};

inline constexpr EnumCodeTable<WorkerTitle, 7> kWorkerTitleCodes { {
    { WorkerTitle::ExpertByExperience, "expert_by_experience" },
    { WorkerTitle::PeerSupporter, "peer_supporter" },
    { WorkerTitle::PeerRelative, "peer_relative" },
    { WorkerTitle::ExperiencePartner, "experience_partner" },
    { WorkerTitle::YouthDeveloper, "youth_developer" },
    { WorkerTitle::VeturiMentor, "veturi_mentor" },
    { WorkerTitle::Other, "other" },
} };
inline QString toCode(WorkerTitle t)
{
    return enumToCode(kWorkerTitleCodes, t);
}
inline std::optional<WorkerTitle> workerTitleFromCode(const QString &c)
{
    return enumFromCode(kWorkerTitleCodes, c);
}

enum class WorkerStatus { Active, OnBreak, Left };

inline constexpr EnumCodeTable<WorkerStatus, 3> kWorkerStatusCodes { {
    { WorkerStatus::Active, "active" },
    { WorkerStatus::OnBreak, "on_break" },
    { WorkerStatus::Left, "left" },
} };
inline QString toCode(WorkerStatus s)
{
    return enumToCode(kWorkerStatusCodes, s);
}
inline std::optional<WorkerStatus> workerStatusFromCode(const QString &c)
{
    return enumFromCode(kWorkerStatusCodes, c);
}

// An experience worker with everything the matching needs, except consents, which are a history of their own
// (ConsentRepository). Saved and loaded as one aggregate by WorkerRepository.
struct Worker
{
    qint64 id = 0;
    int version = 0;

    // Profile
    QString displayName;
    bool pseudonym = false; // displayName is a pseudonym, not the legal name
    QString email;
    QString phone;
    qint64 organisationId = 0;
    WorkerTitle title = WorkerTitle::ExpertByExperience;
    QDate dateOfBirth; // may be unknown (invalid) for adults
    QStringList languages; // ISO 639-1 codes: fi, sv, en, ar ...
    QString municipality;
    QString homeRegion;
    QStringList regionsCovered;
    WorkerStatus status = WorkerStatus::Active;
    // The office's day the status became Left (schema 18; set by WorkerRepository, kept while Left), invalid otherwise.
    // Retention counts from it (docs/data-protection.md).
    QDate leftOn;
    QString notes;

    // Training and support
    QString trainingName;
    double trainingHours = 0;
    QDate trainingCompleted;
    QDate lastSupervision;
    QDate lastDebrief;

    // Money: an annual earnings ceiling (e.g. a pension limit), in euro cents; none when not set
    std::optional<qint64> annualEarningsCeilingCents;

    // What and when
    QVector<WorkerExperience> experiences;
    QStringList serviceTypes; // service type codes the worker is willing to do
    WeeklyAvailability weekly;
    QVector<UnavailablePeriod> unavailable;
    int maxEngagementsPerMonth = 0; // 0 = no limit
    int minDaysBetweenEngagements = 0;
    int noticeDays = 0; // how many days ahead the worker needs to be asked

    // Age in whole years on a date; -1 when the date of birth is unknown.
    int ageOn(const QDate &date) const
    {
        if (!dateOfBirth.isValid() || !date.isValid())
            return -1;
        int age = date.year() - dateOfBirth.year();
        if (date.month() < dateOfBirth.month()
            || (date.month() == dateOfBirth.month() && date.day() < dateOfBirth.day()))
            --age;
        return age;
    }
    bool isMinorOn(const QDate &date) const
    {
        const int age = ageOn(date);
        return age >= 0 && age < 18;
    }
};

} // namespace Kohtaamo
