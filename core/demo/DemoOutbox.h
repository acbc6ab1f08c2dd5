#pragma once

#include "common/Result.h"

#include <QDate>

namespace Kohtaamo {

class Database;

// The demo office's e-mail: a sender address (no server: nothing can leave the demo; messages wait in the outbox or
// go to the desktop's mail client), the invitations of the requests being invited for as sent messages with their
// calendar entries, and reminders written for the oldest unanswered ones, waiting for the coordinator to read and
// approve them. Runs inside DemoGenerator's transaction.
class DemoOutbox
{
public:
    explicit DemoOutbox(Database &db);
    // Returns the number of messages written.
    Result<int> fill(const QDate &today);

private:
    Database &m_db;
};

} // namespace Kohtaamo
