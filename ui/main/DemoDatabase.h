#pragma once

#include "common/Result.h"
#include "demo/DemoGenerator.h"
#include "office/DatabaseLocation.h"
#include "office/OfficeService.h"

#include <QCoreApplication>

#include <memory>

namespace Kohtaamo {

// The demo office behind `kohtaamo --demo` (`make run`): a database of its own,
// <AppDataLocation>/demo/kohtaamo-demo.sqlite, beside the coordinator's own database and never mixed with it.
class DemoDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::DemoDatabase)
public:
    static QString path();
    static DatabaseLocation location();
    static bool isDemo(const DatabaseLocation &location);
    // Whom the desktop acts as in the demo office: its admin, so every screen can be tried.
    static QString coordinatorLogin();
    // What a new demo office holds: a realistic office of ~120 workers and ~240 requests in every state.
    static DemoGenerator::Options contents();

    // Opens the demo office, creating it when it does not exist yet. An office without workers and requests (new, or
    // emptied) is filled with the demo office first, reporting its stages to `progress`.
    static Result<std::unique_ptr<OfficeService>> open(const DemoGenerator::Progress &progress = {});
    // Removes the demo office's files, so that the next open() makes it afresh. Call it with the demo office closed.
    static Status remove();
};

} // namespace Kohtaamo
