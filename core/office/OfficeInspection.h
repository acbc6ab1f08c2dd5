#pragma once

#include "reports/OfficeSummary.h"

#include <QString>

namespace Kohtaamo {

// What OfficeService::inspect found at a database address before the coordinator switches to it. Nothing is created,
// upgraded or changed by looking. A place Kohtaamo cannot use (not a Kohtaamo database, written by a newer Kohtaamo,
// a server that does not answer) is an error instead.
struct OfficeInspection
{
    enum class State {
        Ready, // a Kohtaamo database of this version: `counts` says what is in it
        Older, // from an older Kohtaamo: upgraded when it is used (an SQLite file is backed up first)
        Empty, // an empty PostgreSQL database: using it sets Kohtaamo up in it
        NoFileYet, // no SQLite file there yet: using it creates a new, empty database (if `canCreate`)
    };

    State state = State::Ready;
    OfficeSummary::Counts counts; // Ready
    QString folder; // NoFileYet: the nearest existing folder, where the file would be created
    bool canCreate = true; // NoFileYet: whether that folder can be written
};

} // namespace Kohtaamo
