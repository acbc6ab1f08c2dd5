#pragma once

#include "EnumCodes.h"
#include "Perspective.h"
#include "RequestStatus.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace Kohtaamo {

enum class TopicWeight { Primary, Secondary };

inline constexpr EnumCodeTable<TopicWeight, 2> kTopicWeightCodes { {
    { TopicWeight::Primary, "primary" },
    { TopicWeight::Secondary, "secondary" },
} };
inline QString toCode(TopicWeight w)
{
    return enumToCode(kTopicWeightCodes, w);
}
inline std::optional<TopicWeight> topicWeightFromCode(const QString &c)
{
    return enumFromCode(kTopicWeightCodes, c);
}

struct RequestTopic
{
    qint64 topicId = 0;
    TopicWeight weight = TopicWeight::Primary;
    friend bool operator==(const RequestTopic &a, const RequestTopic &b)
    {
        return a.topicId == b.topicId && a.weight == b.weight;
    }
};

// A proposed time for the meeting or event.
struct DateOption
{
    qint64 id = 0;
    QDateTime starts;
    QDateTime ends;
    bool chosen = false;
    friend bool operator==(const DateOption &a, const DateOption &b)
    {
        return a.starts == b.starts && a.ends == b.ends && a.chosen == b.chosen;
    }
};

// A commission (toimeksianto): what a professional asks the experience workers for.
struct Request
{
    qint64 id = 0;
    int version = 0;
    QString reference; // e.g. "2026-0042"
    QDate receivedOn;

    QString requesterName;
    QString requesterUnit;
    QString requesterEmail;
    QString requesterPhone;

    QString title;
    QString description;
    QString serviceType; // ServiceType code
    QVector<RequestTopic> topics;
    Perspective wantedPerspective = Perspective::Any;
    int workersNeeded = 1;

    QVector<DateOption> dateOptions;
    QDate deadline; // for work without a meeting (a brochure review); invalid = none
    bool remote = false;
    QString place;
    QString region; // where it happens, for in-person work
    int durationMinutes = 0;
    QString audience;
    QString feeTerms;
    std::optional<qint64> feeCents; // offered fee per worker
    QString language = QStringLiteral("fi");
    bool supervised = false; // an adult of the organisation is present (required for minors)
    bool recorded = false;
    QVector<qint64> organisationScope; // empty = all organisations
    qint64 fundedActivityId = 0; // 0 = none (saving chooses the organisation's only activity)
    QString requesterSector; // RequesterSector code, empty = not said

    RequestStatus status = RequestStatus::New;
    QString cancelReason;
    QString notes;

    // The day the work happens: the chosen option, else the earliest option, else the deadline.
    QDate workDate() const
    {
        QDate best;
        for (const auto &o : dateOptions) {
            if (o.chosen)
                return o.starts.date();
            if (!best.isValid() || o.starts.date() < best)
                best = o.starts.date();
        }
        return best.isValid() ? best : deadline;
    }
};

// One step in a request's history.
struct RequestStatusChange
{
    qint64 id = 0;
    qint64 requestId = 0;
    std::optional<RequestStatus> from; // none for the creation
    RequestStatus to = RequestStatus::New;
    QDateTime changedAt;
    QString changedBy;
    QString reason;
};

} // namespace Kohtaamo
