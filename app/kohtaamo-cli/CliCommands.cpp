#include "CliCommands.h"

#include "CliContext.h"
#include "CliOptions.h"
#include "InterchangeCommands.h"
#include "RankCommands.h"

#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

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
    c.out << "database: " << c.db.location().displayName() << " (" << c.db.dialect().name() << ")\n";
    c.out << "schema: " << c.db.schemaVersion() << '\n';
    for (const char *table : { "organisations", "coordinators", "workers", "consents", "topics", "requests",
                               "invitations", "engagements", "knowledge_entries", "audit_log" }) {
        SqlQuery q(c.db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
        auto n = q.scalar();
        if (!n) {
            c.err << n.error().message << '\n';
            return Failure;
        }
        c.out << table << ": " << n->toLongLong() << '\n';
    }
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
    DemoGenerator generator(c.db);
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
    auto summary = generator.generate(o, progress);
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
    auto db = Database::open(*location);
    if (!db) {
        err << db.error().message << '\n';
        return db.error().code == Error::Code::NotFound ? NotFound : Failure;
    }
    (*db)->setActor(QStringLiteral("kohtaamo-cli"));
    Context context { *db.value(), rest.mid(1), out, err };
    return command->second(context);
}

} // namespace Kohtaamo::Cli
