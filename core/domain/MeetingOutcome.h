#pragma once

#include <QDate>
#include <QString>

namespace Kohtaamo {

// What a held request produced: the meeting summary and the requester's feedback. One per request.
struct MeetingOutcome
{
    qint64 id = 0;
    int version = 0;
    qint64 requestId = 0;
    QDate heldOn;
    QString summary;
    QString requesterFeedback;
    int audienceSize = 0; // people reached (the audience, participants), 0 = not recorded
};

} // namespace Kohtaamo
