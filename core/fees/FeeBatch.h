#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Kohtaamo {

// A payment batch: the fees marked paid together on one date, handed to bookkeeping as one file.
struct FeeBatch
{
    qint64 id = 0;
    int version = 0;
    QString reference; // "2026-12/1": the month paid and the batch's number in that month
    QDate paidOn;
    QString note;
    QString createdBy; // the coordinator's login (or the tool's name)
    QDateTime createdAt;
    int fees = 0; // engagements paid in it
    qint64 totalCents = 0; // their fees and travel costs
};

} // namespace Kohtaamo
