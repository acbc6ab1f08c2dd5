#pragma once

#include "Database.h"
#include "common/Result.h"

namespace Kohtaamo {

// Scope guard: begins a (possibly nested) transaction and rolls it back unless commit() succeeded. One that only
// reads says so (Database::Access::ReadOnly): it then does not wait for or hold SQLite's write lock.
class Transaction
{
public:
    explicit Transaction(Database &db);
    Transaction(Database &db, Database::Access access);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &beginStatus() const { return m_begin; }
    Status commit();

private:
    Database &m_db;
    Status m_begin;
    bool m_done = false;
};

} // namespace Kohtaamo
