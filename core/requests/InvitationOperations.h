#pragma once

#include "common/Result.h"
#include "domain/Engagement.h"
#include "domain/Invitation.h"

#include <QCoreApplication>
#include <optional>

namespace Kohtaamo {

class Database;

// An invitation's steps that reach the request's team, each in one transaction: an answer recorded or changed, a
// withdrawal. The rule they hold: on a confirmed request, an accepted invitation has its engagement (or is kept in
// reserve by the coordinator's choice), and an answer that is no longer "yes" cancels the planned engagement.
class InvitationOperations
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::InvitationOperations)
public:
    explicit InvitationOperations(Database &db);

    // What to do with a "yes" that comes when the confirmed request's team is already full.
    enum class TeamChoice {
        Ask, // refuse with NotAllowed, detail "teamFull": the coordinator chooses
        AddToTeam, // engage the worker beyond the number needed
        KeepInReserve, // record the acceptance; no engagement until taken into the team
    };

    struct AnswerResult
    {
        Invitation invitation; // as stored
        std::optional<Engagement> engagement; // created, planned again or cancelled by this answer
    };

    // Records or changes the worker's answer. The earlier answer and its decline reason stay in the invitation's
    // history. NotAllowed once the request is held, closed or cancelled.
    Result<AnswerResult> recordAnswer(qint64 invitationId, int expectedVersion, InvitationResponse response,
                                      const QString &declineReason, TeamChoice choice);

    // Takes the invitation back; a planned engagement from it is cancelled.
    Result<AnswerResult> withdraw(qint64 invitationId, int expectedVersion, const QString &reason);

    // Takes a worker kept in reserve into the team (an engagement at the request's time).
    Result<AnswerResult> joinTeam(qint64 invitationId, int expectedVersion);

    Result<Invitation> remind(qint64 invitationId, int expectedVersion);

private:
    Database &m_db;
};

} // namespace Kohtaamo
