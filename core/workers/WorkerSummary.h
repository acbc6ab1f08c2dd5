#pragma once

#include "domain/Worker.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace Kohtaamo {

// One line of the worker register: what a coordinator scans the list by, read without loading the whole worker.
// The marks are worked out for "today" (the Clock).
struct WorkerSummary
{
    qint64 id = 0;
    int version = 0;
    QString displayName;
    bool pseudonym = false;
    qint64 organisationId = 0;
    QString organisationName;
    WorkerTitle title = WorkerTitle::ExpertByExperience;
    WorkerStatus status = WorkerStatus::Active;
    QString homeRegion;
    QStringList languages; // alphabetically
    int age = -1; // whole years today; -1 = date of birth unknown

    bool minor() const { return age >= 0 && age < 18; }
    QDate recoveryBreakUntil; // the last day of a recovery break covering today; invalid = not on one
    bool onRecoveryBreak() const { return recoveryBreakUntil.isValid(); }
    int maxEngagementsPerMonth = 0; // 0 = no limit
    int engagementsThisMonth = 0; // not cancelled, starting this calendar month
    bool atMonthlyLimit() const { return maxEngagementsPerMonth > 0 && engagementsThisMonth >= maxEngagementsPerMonth; }
    bool contactConsentValid = false; // a consent to be contacted holds today
    QDate contactConsentExpires; // its expiry when it holds and expires; invalid = none or open-ended
};

} // namespace Kohtaamo
