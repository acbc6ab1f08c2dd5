#include "OfficeCommands.h"

#include "CliCommands.h"
#include "CliOptions.h"
#include "TerminalText.h"

#include "demo/DemoGenerator.h"
#include "office/DatabaseLocation.h"
#include "office/OfficeService.h"

#include <QElapsedTimer>

#include <cstdio>

#include <unistd.h>

namespace Kohtaamo::Cli {

int OfficeCommands::info(Context &c)
{
    auto info = c.office.storeInfo();
    if (!info) {
        c.err << info.error().message << '\n';
        return Failure;
    }
    c.out << "database: " << TerminalText::field(info->where) << " (" << info->kind << ")\n";
    c.out << "schema: " << info->schemaVersion << '\n';
    c.out << "search: " << info->search << '\n';
    for (const auto &[table, rows] : std::as_const(info->tables))
        c.out << table << ": " << rows << '\n';
    return Ok;
}

int OfficeCommands::init(Context &c)
{
    auto info = c.office.storeInfo();
    if (!info) {
        c.err << info.error().message << '\n';
        return Failure;
    }
    if (c.office.location().kind != DatabaseLocation::Kind::SQLite)
        c.out
            << tr("The office is ready: %1 (schema %2).").arg(TerminalText::field(info->where)).arg(info->schemaVersion)
            << '\n';
    else if (c.officeCreated)
        c.out << tr("Created a new, empty office: %1 (schema %2).")
                     .arg(TerminalText::field(info->where))
                     .arg(info->schemaVersion)
              << '\n';
    else
        c.out << tr("%1 is already a Kohtaamo office (schema %2); it was left as it is.")
                     .arg(TerminalText::field(info->where))
                     .arg(info->schemaVersion)
              << '\n';
    return Ok;
}

int OfficeCommands::demo(Context &c)
{
    const CliOptions &opts = c.options;
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
            // The tool's own line, rewritten in place: its carriage return goes to the terminal as it is, past the
            // filter of c.err (TerminalText), which would show it as a replacement character.
            c.err.flush();
            const QString line
                = QStringLiteral("%1\r%2: %3/%4")
                      .arg(!shownStage.isEmpty() && stage != shownStage ? QStringLiteral("\n") : QString(),
                           TerminalText::field(stage))
                      .arg(done)
                      .arg(total);
            shownStage = stage;
            std::fputs(line.toUtf8().constData(), stderr);
            std::fflush(stderr);
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

} // namespace Kohtaamo::Cli
