#pragma once

#include "common/Result.h"
#include "domain/Engagement.h"
#include "domain/KnowledgeEntry.h"
#include "domain/MeetingOutcome.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace Kohtaamo {

class Database;

// Records what came of a held request in one go: the changed engagements (attendance, hours, fee, travel costs,
// preparation, debrief), the meeting outcome (summary, requester's feedback) and new or changed pieces of
// experience knowledge. Everything is written in ONE transaction through the repositories, so that invalid input,
// a record another coordinator changed meanwhile (Conflict) or a database failure changes nothing at all.
class OutcomeRecorder
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::OutcomeRecorder)
public:
    explicit OutcomeRecorder(Database &db);

    struct Changes
    {
        QVector<Engagement> engagements; // each read at its version
        std::optional<MeetingOutcome> outcome; // id 0 = the first outcome of the request
        QVector<KnowledgeEntry> knowledge; // id 0 = new
        bool isEmpty() const { return engagements.isEmpty() && !outcome && knowledge.isEmpty(); }
    };

    // Which record a failure concerns, for the caller to point at it.
    enum class Part { None, Engagement, Outcome, Knowledge };
    struct Failure
    {
        Part part = Part::None;
        int index = -1; // into the list of that part
    };

    // Saves `changes` (all must belong to request `requestId`) and returns them as stored, with new ids and
    // versions. On an error nothing is written and *failure (when given) names the record that failed; the error
    // is InvalidInput (detail: the field), Conflict, NotFound or Database.
    Result<Changes> save(qint64 requestId, const Changes &changes, Failure *failure = nullptr);

    // The rules that need no database, for every record in `changes`; the same as save() checks first.
    static Status validate(qint64 requestId, const Changes &changes, Failure *failure = nullptr);

private:
    Database &m_db;
};

} // namespace Kohtaamo
