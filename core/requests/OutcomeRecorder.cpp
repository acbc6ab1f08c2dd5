#include "OutcomeRecorder.h"

#include "repositories/EngagementRepository.h"
#include "repositories/OutcomeRepository.h"
#include "storage/Transaction.h"

#include <QLocale>

namespace Kohtaamo {

namespace {
Error fail(OutcomeRecorder::Failure *failure, OutcomeRecorder::Part part, int index, const Error &error)
{
    if (failure)
        *failure = { part, index };
    return error;
}
} // namespace

OutcomeRecorder::OutcomeRecorder(Database &db) : m_db(db) { }

Status OutcomeRecorder::validate(qint64 requestId, const Changes &changes, Failure *failure)
{
    const Error otherRequest(Error::Code::InvalidInput, tr("A record of another request was given."),
                             QStringLiteral("requestId"));
    for (int i = 0; i < changes.engagements.size(); ++i) {
        const Engagement &e = changes.engagements.at(i);
        if (e.requestId != requestId)
            return fail(failure, Part::Engagement, i, otherRequest);
        if (Status s = EngagementRepository::validate(e); !s)
            return fail(failure, Part::Engagement, i, s.error());
    }
    if (changes.outcome) {
        if (changes.outcome->requestId != requestId)
            return fail(failure, Part::Outcome, 0, otherRequest);
        if (Status s = OutcomeRepository::validateOutcome(*changes.outcome); !s)
            return fail(failure, Part::Outcome, 0, s.error());
    }
    for (int i = 0; i < changes.knowledge.size(); ++i) {
        const KnowledgeEntry &k = changes.knowledge.at(i);
        if (k.requestId != requestId)
            return fail(failure, Part::Knowledge, i, otherRequest);
        if (Status s = OutcomeRepository::validateRecordedKnowledge(k); !s)
            return fail(failure, Part::Knowledge, i, s.error());
    }
    if (failure)
        *failure = {};
    return Status::success();
}

Result<OutcomeRecorder::Changes> OutcomeRecorder::save(qint64 requestId, const Changes &changes, Failure *failure)
{
    if (Status s = validate(requestId, changes, failure); !s)
        return s.error();

    // The repositories' own transactions join this one: a failure in any of them rolls back all that went before.
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return fail(failure, Part::None, -1, tx.beginStatus().error());
    Changes stored;
    EngagementRepository engagements(m_db);
    for (int i = 0; i < changes.engagements.size(); ++i) {
        Engagement e = changes.engagements.at(i);
        // A paid fee is bookkeeping's: its amount, the attendance it pays for and its payment stay as paid (an admin
        // undoes the payment batch first, OfficeService::undoFeePayment).
        if (e.id > 0) {
            auto stored = engagements.get(e.id);
            if (!stored)
                return fail(failure, Part::Engagement, i, stored.error());
            if (stored->payment == PaymentState::Paid
                && (e.feeCents != stored->feeCents || e.travelCents != stored->travelCents
                    || e.feeDeclined != stored->feeDeclined || e.payment != stored->payment
                    || e.paidOn != stored->paidOn || e.attendance != stored->attendance))
                return fail(failure, Part::Engagement, i,
                            Error(Error::Code::NotAllowed,
                                  tr("The fee was paid on %1, so its amount and the attendance it pays for stay as "
                                     "they are. An admin can undo the payment batch first.")
                                      .arg(QLocale().toString(stored->paidOn, QLocale::ShortFormat)),
                                  QStringLiteral("feeCents")));
        }
        // The outcome decides the fee: a fee or travel costs for work that was done, and not declined, is due (the
        // treasurer's list and Today follow it); work that was not done owes nothing.
        if (e.attendance == Attendance::Attended && !e.feeDeclined && e.payment == PaymentState::NotDue
            && e.feeCents + e.travelCents > 0)
            e.payment = PaymentState::Unpaid;
        else if (e.attendance != Attendance::Attended && e.payment == PaymentState::Unpaid)
            e.payment = PaymentState::NotDue;
        auto saved = engagements.save(e);
        if (!saved)
            return fail(failure, Part::Engagement, i, saved.error());
        stored.engagements.append(*saved);
    }
    OutcomeRepository outcomes(m_db);
    if (changes.outcome) {
        auto saved = outcomes.saveOutcome(*changes.outcome);
        if (!saved)
            return fail(failure, Part::Outcome, 0, saved.error());
        stored.outcome = *saved;
    }
    for (int i = 0; i < changes.knowledge.size(); ++i) {
        auto saved = outcomes.saveKnowledge(changes.knowledge.at(i));
        if (!saved)
            return fail(failure, Part::Knowledge, i, saved.error());
        stored.knowledge.append(*saved);
    }
    if (Status s = tx.commit(); !s)
        return fail(failure, Part::None, -1, s.error());
    if (failure)
        *failure = {};
    return stored;
}

} // namespace Kohtaamo
