#pragma once

#include "GroupMeetingRhythm.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace Kohtaamo {

class Database;

// Reads and saves the office's group meeting rhythm (table group_meeting_rhythm, schema version 4: one row).
// A save names the version it read and fails with Error::Code::Conflict when another coordinator saved meanwhile;
// it is written with an audit entry in one transaction.
class GroupMeetingRhythmRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::GroupMeetingRhythmRepository)
public:
    explicit GroupMeetingRhythmRepository(Database &db);

    // The stored rhythm; the defaults (not set, every 28 days) with version 0 if the row is missing.
    Result<GroupMeetingRhythm> load();

    // Saves a rhythm read at rhythm.version; returns it with the stored version.
    Result<GroupMeetingRhythm> save(const GroupMeetingRhythm &rhythm);

    static Status validate(const GroupMeetingRhythm &rhythm);

private:
    Database &m_db;
};

} // namespace Kohtaamo
