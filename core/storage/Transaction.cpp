#include "Transaction.h"

#include "Database.h"

namespace Kohtaamo {

Transaction::Transaction(Database &db) : Transaction(db, Database::Access::ReadWrite) { }

Transaction::Transaction(Database &db, Database::Access access) : m_db(db), m_begin(db.beginTransaction(access))
{
    m_done = !m_begin.ok();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollbackTransaction();
}

Status Transaction::commit()
{
    if (!m_begin.ok())
        return m_begin;
    if (m_done)
        return Status::success();
    m_done = true;
    return m_db.commitTransaction();
}

} // namespace Kohtaamo
