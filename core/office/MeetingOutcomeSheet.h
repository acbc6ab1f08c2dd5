#pragma once

#include "domain/Engagement.h"
#include "domain/KnowledgeEntry.h"
#include "domain/MeetingOutcome.h"
#include "domain/Request.h"
#include "domain/Topic.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace Kohtaamo {

// Everything the meeting-outcome dialog shows of one request, read together (OfficeService::meetingOutcomeSheet):
// the request, its engagements with the workers' names, the outcome recorded so far and the experience knowledge,
// and the taxonomy to name the knowledge's topics.
struct MeetingOutcomeSheet
{
    Request request;
    QVector<Engagement> engagements; // in the order they were made
    QHash<qint64, QString> workerNames; // by worker id; empty for a worker no longer stored
    std::optional<MeetingOutcome> outcome; // none recorded yet
    QVector<KnowledgeEntry> knowledge; // latest first
    QVector<Topic> taxonomy; // every topic, retired ones included
};

} // namespace Kohtaamo
