#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace Kohtaamo {

// One fee of the "Fees to pay" list: an engagement whose work was done and whose fee or travel costs are due or paid.
struct FeeRow
{
    enum class State { Due, Paid };

    qint64 engagementId = 0;
    int engagementVersion = 0; // what markFeesPaid names as read
    qint64 requestId = 0;
    QString requestReference; // "2026-0042"
    QString requestTitle;
    qint64 workerId = 0;
    QString workerName;
    qint64 organisationId = 0; // the worker's organisation
    QString organisationName;
    QDate heldOn; // the meeting outcome's date, else the engagement's day
    qint64 feeCents = 0;
    qint64 travelCents = 0;
    State state = State::Due;
    QDate paidOn; // when paid
    qint64 batchId = 0; // 0 = paid without a batch (recorded before schema 10, or imported)
    QString batchReference; // "2026-12/1"
    std::optional<qint64> ceilingCents; // the worker's annual earnings ceiling, if any
    qint64 yearPaidCents = 0; // the worker's fees paid in the held date's year (travel costs are not earnings)

    qint64 totalCents() const { return feeCents + travelCents; }
};

} // namespace Kohtaamo
