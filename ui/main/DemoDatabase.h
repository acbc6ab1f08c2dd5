#pragma once

#include "common/Result.h"
#include "office/DatabaseLocation.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <memory>

namespace Kohtaamo {

// The demo office behind `kohtaamo --demo`: a database of its own, <AppDataLocation>/demo/kohtaamo-demo.sqlite,
// beside the coordinator's own database and never mixed with it.
class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::DemoDatabase)
public:
    static QString path();
    static DatabaseLocation location();
    static bool isDemo(const DatabaseLocation &location);

    // Opens the demo database. When the file does not exist yet, this is where it is created: the one place that
    // makes a new demo database, so that filling it with the demo office belongs here as well. For now a new
    // demo database is created as an empty Kohtaamo database.
    static Result<std::unique_ptr<Database>> open();
};

} // namespace Kohtaamo
