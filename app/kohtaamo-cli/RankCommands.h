#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace Kohtaamo::Cli {

// `rank REF [--date D] [--limit N] [--excluded] [--json]` and `suggest-team REF [--date D] [--json]`: the ranking
// the request page shows (SnapshotLoader + RankingEngine with the stored weights, TeamSuggester), as a table or as
// JSON (docs/interchange.md). An unknown reference exits with 3.
class RankCommands
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Cli::RankCommands)
public:
    static int rank(Context &c);
    static int suggestTeam(Context &c);
};

} // namespace Kohtaamo::Cli
