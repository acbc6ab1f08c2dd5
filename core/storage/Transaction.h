#pragma once

#include "common/Result.h"

namespace Kohtaamo {

class Database;

// Scope guard: begins a (possibly nested) transaction and rolls it back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
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
