#include "CliCommands.h"

#include "CliContext.h"
#include "CliOptions.h"
#include "InterchangeCommands.h"
#include "RankCommands.h"

#include "common/Version.h"
#include "office/DatabaseLocation.h"
#include "office/OfficeService.h"

#include <QElapsedTimer>
#include <QHash>

#include <cstdio>
#include <functional>
#include <map>

#include <unistd.h>

namespace Kohtaamo::Cli {

namespace {

const char *kUsage
    = "Usage: kohtaamo-cli --db PATH|postgresql://user@host[:port]/database COMMAND [options]\n"
      "       kohtaamo-cli --help | --version\n"
      "\n"
      "Commands:\n"
      "  info                                     schema version and what the database holds\n"
      "  demo [--workers N] [--requests M] [--seed S] [--today YYYY-MM-DD]\n"
      "                                           fill an EMPTY database with a deterministic demo office\n"
      "  export FILE.json                         write the whole office as an interchange document (- = stdout)\n"
      "  import FILE.json                         read an interchange document, all or nothing (- = stdin),\n"
      "                                           into a database without workers or requests yet\n"
      "  rank REF [--date YYYY-MM-DD] [--limit N] [--excluded] [--json]\n"
      "                                           rank the workers for the request with reference REF, as on\n"
      "                                           day --date (default today); --excluded lists who is left out\n"
      "  suggest-team REF [--date YYYY-MM-DD] [--json]\n"
      "                                           suggest a team for a request that needs several workers\n"
      "\n"
      "The file format and the JSON output are described in docs/interchange.md.\n"
      "Exit codes: 0 ok, 1 failure, 2 bad usage or input, 3 not found.\n";

} // namespace

int exitCodeFor(const Error &e)
{
    switch (e.code) {
    case Error::Code::InvalidInput:
        return BadUsage;
    case Error::Code::NotFound:
        return NotFound;
    default:
        return Failure;
    }
}

namespace {

int commandInfo(Context &c)
{
    if (!c.args.isEmpty()) {
        c.err << kUsage;
        return BadUsage;
    }
    auto info = c.office.storeInfo();
    if (!info) {
        c.err << info.error().message << '\n';
        return Failure;
    }
    c.out << "database: " << info->where << " (" << info->kind << ")\n";
    c.out << "schema: " << info->schemaVersion << '\n';
    for (const auto &[table, rows] : std::as_const(info->tables))
        c.out << table << ": " << rows << '\n';
    return Ok;
}

int commandDemo(Context &c)
{
    CliOptions opts;
    if (!opts.parse(
            c.args,
            { QStringLiteral("workers"), QStringLiteral("requests"), QStringLiteral("seed"), QStringLiteral("today") },
            {}, 0, c.err))
        return BadUsage;
    DemoGenerator::Options o;
    int seed = 1;
    if (!opts.intValue(QStringLiteral("workers"), o.workers, 0, 1000000, c.err)
        || !opts.intValue(QStringLiteral("requests"), o.requests, 0, 5000000, c.err)
        || !opts.intValue(QStringLiteral("seed"), seed, 0, 2147483647, c.err))
        return BadUsage;
    o.seed = quint32(seed);
    if (!opts.dateValue(QStringLiteral("today"), o.today, c.err))
        return BadUsage;
    QElapsedTimer timer;
    timer.start();
    // Progress only for a person at a terminal: one line rewritten in place, ended when the stage changes. A
    // script's stderr carries only real messages.
    DemoGenerator::Progress progress;
    QString shownStage;
    if (isatty(fileno(stderr))) {
        progress = [&c, &shownStage](const QString &stage, int done, int total) {
            if (!shownStage.isEmpty() && stage != shownStage)
                c.err << '\n';
            shownStage = stage;
            c.err << '\r' << stage << ": " << done << "/" << total;
            c.err.flush();
        };
    }
    auto summary = c.office.generateDemo(o, progress);
    if (!shownStage.isEmpty())
        c.err << '\n';
    if (!summary) {
        c.err << summary.error().message << '\n';
        return summary.error().code == Error::Code::NotAllowed ? BadUsage : exitCodeFor(summary.error());
    }
    c.out << "organisations: " << summary->organisations << '\n'
          << "coordinators: " << summary->coordinators << '\n'
          << "workers: " << summary->workers << '\n'
          << "consents: " << summary->consents << '\n'
          << "requests: " << summary->requests << '\n'
          << "invitations: " << summary->invitations << '\n'
          << "engagements: " << summary->engagements << '\n'
          << "outcomes: " << summary->outcomes << '\n'
          << "knowledge entries: " << summary->knowledgeEntries << '\n'
          << "seconds: " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << '\n';
    return Ok;
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString dbText;
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString a = arguments.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << kUsage;
            return Ok;
        }
        if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            out << "kohtaamo-cli " << kohtaamoVersion() << '\n';
            return Ok;
        }
        if (a == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                err << "--db needs a value\n" << kUsage;
                return BadUsage;
            }
            dbText = arguments.at(++i);
        } else {
            rest << a;
        }
    }
    if (rest.isEmpty() || dbText.isEmpty()) {
        err << kUsage;
        return BadUsage;
    }
    const std::map<QString, std::function<int(Context &)>> commands {
        { QStringLiteral("info"), commandInfo },
        { QStringLiteral("demo"), commandDemo },
        { QStringLiteral("import"), InterchangeCommands::importFile },
        { QStringLiteral("export"), InterchangeCommands::exportFile },
        { QStringLiteral("rank"), RankCommands::rank },
        { QStringLiteral("suggest-team"), RankCommands::suggestTeam },
    };
    const auto command = commands.find(rest.first());
    if (command == commands.end()) {
        err << "Unknown command: " << rest.first() << "\n\n" << kUsage;
        return BadUsage;
    }
    auto location = DatabaseLocation::parse(dbText);
    if (!location) {
        err << location.error().message << '\n';
        return BadUsage;
    }
    auto office = OfficeService::open(*location);
    if (!office) {
        err << office.error().message << '\n';
        return office.error().code == Error::Code::NotFound ? NotFound : Failure;
    }
    // The command line loads and reads whole offices (demo, import, export, rankings): the audit names it.
    (*office)->actAsTool(QStringLiteral("kohtaamo-cli"));
    Context context { *office.value(), rest.mid(1), out, err };
    return command->second(context);
}

} // namespace Kohtaamo::Cli
