#pragma once

#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace Kohtaamo::Test {

// A fresh, empty database on the backend the test runs against (KOHTAAMO_TEST_BACKEND=sqlite|postgresql).
// SQLite: a file in a temporary folder. PostgreSQL: a new database on the server named by the PG* environment
// (as set by pg_virtualenv in `make test`), dropped again at the end.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    static bool postgres();
    static QString backendName();

    // Where the database is; each call to open() gives a new, independent connection (a second coordinator).
    const DatabaseLocation &location() const { return m_location; }
    Result<std::unique_ptr<Database>> open(const Database::OpenOptions &options = {}) const;
    // Opens and fails the test on error.
    std::unique_ptr<Database> openOrFail(const Database::OpenOptions &options = {}) const;

    bool ready() const { return m_ready; }
    QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    DatabaseLocation m_location;
    QString m_pgName;
    bool m_ready = false;
    QString m_error;
};

} // namespace Kohtaamo::Test

// Fails (never skips) when the backend is not reachable.
#define KOHTAAMO_REQUIRE_DB(testDb)                                                                                    \
    do {                                                                                                               \
        if (!(testDb).ready())                                                                                         \
            QFAIL(qPrintable((testDb).error()));                                                                       \
    } while (false)
