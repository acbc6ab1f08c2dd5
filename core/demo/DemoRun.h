#pragma once

#include "DemoGenerator.h"

namespace Kohtaamo {

class Database;

// The demo office's records decided from the seed and written (organisations, coordinators and workers through
// their repositories; requests with everything that follows from them in memory first, then by RequestBulkWriter),
// inside the caller's transaction and audit pause (DemoGenerator::generate).
Result<DemoGenerator::Summary> runDemo(Database &db, const DemoGenerator::Options &options,
                                       const DemoGenerator::Progress &progress);

} // namespace Kohtaamo
