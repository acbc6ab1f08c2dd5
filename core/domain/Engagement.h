#pragma once

#include "EnumCodes.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Kohtaamo {

enum class Attendance { Planned, Attended, NoShow, Cancelled };
inline constexpr EnumCodeTable<Attendance, 4> kAttendanceCodes { {
    { Attendance::Planned, "planned" },
    { Attendance::Attended, "attended" },
    { Attendance::NoShow, "no_show" },
    { Attendance::Cancelled, "cancelled" },
} };
inline QString toCode(Attendance a)
{
    return enumToCode(kAttendanceCodes, a);
}
inline std::optional<Attendance> attendanceFromCode(const QString &c)
{
    return enumFromCode(kAttendanceCodes, c);
}

enum class PaymentState { NotDue, Unpaid, Paid, Declined };
inline constexpr EnumCodeTable<PaymentState, 4> kPaymentStateCodes { {
    { PaymentState::NotDue, "not_due" },
    { PaymentState::Unpaid, "unpaid" },
    { PaymentState::Paid, "paid" },
    { PaymentState::Declined, "declined" },
} };
inline QString toCode(PaymentState p)
{
    return enumToCode(kPaymentStateCodes, p);
}
inline std::optional<PaymentState> paymentStateFromCode(const QString &c)
{
    return enumFromCode(kPaymentStateCodes, c);
}

// A worker's confirmed participation in a request, and what came of it.
struct Engagement
{
    qint64 id = 0;
    int version = 0;
    qint64 requestId = 0;
    qint64 workerId = 0;
    qint64 invitationId = 0; // 0 = engaged without an invitation on record
    QDateTime starts;
    QDateTime ends;
    Attendance attendance = Attendance::Planned;
    double hours = 0;
    qint64 feeCents = 0;
    qint64 travelCents = 0;
    bool feeDeclined = false;
    PaymentState payment = PaymentState::NotDue;
    QDate paidOn;
    bool preparationDone = false;
    bool debriefDone = false;
    QDate debriefOn;
    QString debriefBy;
    QString note;
};

} // namespace Kohtaamo
