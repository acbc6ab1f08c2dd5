#include "GroupMeetingRhythmRepository.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

namespace Kohtaamo {

namespace {
const QString kTable = QStringLiteral("group_meeting_rhythm");
} // namespace

GroupMeetingRhythmRepository::GroupMeetingRhythmRepository(Database &db) : m_db(db) { }

Result<GroupMeetingRhythm> GroupMeetingRhythmRepository::load()
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, version, first_meeting, interval_days FROM group_meeting_rhythm "
                              "ORDER BY id LIMIT 1"));
    if (Status s = q.exec(); !s)
        return s.error();
    GroupMeetingRhythm rhythm;
    if (q.next()) {
        rhythm.id = q.value(0).toLongLong();
        rhythm.version = q.value(1).toInt();
        rhythm.firstMeeting = SqlQuery::toDate(q.value(2));
        rhythm.intervalDays = q.value(3).toInt();
    }
    return rhythm;
}

Status GroupMeetingRhythmRepository::validate(const GroupMeetingRhythm &rhythm)
{
    if (rhythm.intervalDays < 1 || rhythm.intervalDays > GroupMeetingRhythm::kMaxIntervalDays)
        return Error(Error::Code::InvalidInput,
                     tr("The group meets every 1 to %1 days.").arg(GroupMeetingRhythm::kMaxIntervalDays),
                     QStringLiteral("intervalDays"));
    return Status::success();
}

Result<GroupMeetingRhythm> GroupMeetingRhythmRepository::save(const GroupMeetingRhythm &rhythm)
{
    if (Status s = validate(rhythm); !s)
        return s.error();
    Row row;
    row.set(QStringLiteral("first_meeting"), SqlQuery::fromDate(rhythm.firstMeeting))
        .set(QStringLiteral("interval_days"), rhythm.intervalDays);

    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    RecordStore store(m_db);
    GroupMeetingRhythm saved = rhythm;
    if (rhythm.id == 0) {
        // Only when the row is missing (it is created with the table): a second coordinator's insert would find it.
        SqlQuery exists(m_db, QStringLiteral("SELECT COUNT(*) FROM group_meeting_rhythm"));
        auto n = exists.scalar();
        if (!n)
            return n.error();
        if (n->toInt() > 0)
            return store.conflict(kTable, 0, tr("The group meeting rhythm"));
        auto id = store.insert(kTable, row);
        if (!id)
            return id.error();
        saved.id = *id;
        saved.version = 1;
    } else {
        auto version = store.update(kTable, rhythm.id, rhythm.version, row, tr("The group meeting rhythm"));
        if (!version)
            return version.error();
        saved.version = *version;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

} // namespace Kohtaamo
