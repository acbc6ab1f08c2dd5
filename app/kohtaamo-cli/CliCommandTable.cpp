#include "CliCommandTable.h"

#include "AdminCommands.h"
#include "AuditCommands.h"
#include "BackupCommands.h"
#include "FeeCommands.h"
#include "InterchangeCommands.h"
#include "OfficeCommands.h"
#include "OutboxCommands.h"
#include "RankCommands.h"
#include "ReportCommands.h"
#include "RightsCommands.h"
#include "WorkerImportCommands.h"

namespace Kohtaamo::Cli {

namespace {

QCommandLineOption valueOption(const QString &name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(QStringList { name }, description, valueName);
}

QCommandLineOption flagOption(const QString &name, const QString &description)
{
    return QCommandLineOption(QStringList { name }, description);
}

} // namespace

QList<CliCommand> CliCommandTable::commands()
{
    const QString date = tr("YYYY-MM-DD");
    const QCommandLineOption dateOption
        = valueOption(QStringLiteral("date"),
                      tr("Rank as on day <YYYY-MM-DD> (default: today): availability, consents and limits "
                         "are those of that day."),
                      date);
    const QCommandLineOption jsonOption
        = flagOption(QStringLiteral("json"), tr("Print JSON as described in docs/interchange.md instead of a table."));
    const QString reference = tr("REF");
    const QString referenceText = tr("The reference of the request, such as 2026-0014.");

    QList<CliCommand> list;
    list << CliCommand(QStringLiteral("info"), tr("Print the schema version and what the database holds"),
                       tr("Prints the kind of database, its schema version and the number of rows in each table."),
                       OfficeCommands::info);
    list << CliCommand(QStringLiteral("init"), tr("Create a new, empty office"),
                       tr("Creates a new, empty office in the file given with --db (its folder must exist) or sets "
                          "up Kohtaamo in an empty PostgreSQL database. An existing office is left as it is."),
                       OfficeCommands::init)
                .createsOffice();
    list << CliCommand(QStringLiteral("demo"), tr("Fill an empty database with a deterministic demo office"),
                       tr("Fills an empty database with a fictional office: organisations, coordinators, experience "
                          "workers with consents, and requests at every step of their workflow. The same options "
                          "give the same office. A database that already holds workers or requests is refused."),
                       OfficeCommands::demo)
                .createsOffice()
                .addOption(
                    valueOption(QStringLiteral("workers"), tr("Create <n> experience workers (default 120)."), tr("n")))
                .addOption(valueOption(QStringLiteral("requests"), tr("Create <n> requests (default 240)."), tr("n")))
                .addOption(valueOption(QStringLiteral("seed"), tr("Start the random choices from <seed> (default 1)."),
                                       tr("seed")))
                .addOption(valueOption(QStringLiteral("today"),
                                       tr("Date the office around <YYYY-MM-DD> (default: today)."), date));
    list << CliCommand(QStringLiteral("export"), tr("Write the whole office as an interchange document"),
                       tr("Writes the whole office as one JSON interchange document (docs/interchange.md). The file "
                          "holds personal data: it is created readable and writable by its owner only."),
                       InterchangeCommands::exportFile)
                .addArgument(tr("FILE"), tr("The file to write, or - for standard output."));
    list << CliCommand(QStringLiteral("import"), tr("Read an interchange document into an empty office"),
                       tr("Reads a JSON interchange document (docs/interchange.md) into an office that has no workers "
                          "or requests yet, all or nothing: on any problem nothing is imported, and the message names "
                          "the place in the file."),
                       InterchangeCommands::importFile)
                .createsOffice()
                .addArgument(tr("FILE"), tr("The file to read, or - for standard input."));
    list << CliCommand(QStringLiteral("import-workers"), tr("Import a worker register from a CSV or XLSX file"),
                       tr("Reads a worker register kept in a spreadsheet (CSV with ; or , and UTF-8, or the first "
                          "sheet of an XLSX workbook) and adds each row as a new experience worker, all or nothing: "
                          "when any row is refused nothing is stored, and each refused row is named with its row and "
                          "column. The columns are guessed from their headers (Finnish, Swedish or English); --map "
                          "sets one. Likely duplicates are warned about. No consent is recorded unless the "
                          "contact-consent column is mapped. See docs/interchange.md."),
                       WorkerImportCommands::importWorkers)
                .addOption(valueOption(QStringLiteral("map"),
                                       tr("Fill <field> from <column> (its header, letter or number); may be given "
                                          "more than once. Fields: name, first-name, last-name, pseudonym, email, "
                                          "phone, organisation, title, date-of-birth, languages, municipality, "
                                          "region, regions-covered, status, notes, contact-consent."),
                                       tr("field=column")))
                .addOption(valueOption(QStringLiteral("organisation"),
                                       tr("The organisation of rows that name none (default: the office's only "
                                          "organisation)."),
                                       tr("NAME")))
                .addOption(flagOption(QStringLiteral("dry-run"),
                                      tr("Check every row and print what would be imported; store nothing.")))
                .addArgument(tr("FILE"), tr("The CSV or XLSX file to read."));
    list << CliCommand(QStringLiteral("rank"), tr("Rank the experience workers for a request, with the reasons"),
                       tr("Ranks the experience workers for a request by relevant experience, availability and "
                          "consent, with the stored weights: the ranking the request page shows."),
                       RankCommands::rank)
                .addOption(dateOption)
                .addOption(valueOption(QStringLiteral("limit"), tr("Show at most <n> workers (default 50)."), tr("n")))
                .addOption(flagOption(QStringLiteral("excluded"), tr("Also list the workers left out, and why.")))
                .addOption(jsonOption)
                .addArgument(reference, referenceText);
    list << CliCommand(QStringLiteral("suggest-team"), tr("Suggest a team for a request that needs several workers"),
                       tr("Suggests a team for a request that needs several experience workers: the best ranked, "
                          "chosen so that together they cover the request's topics and perspectives."),
                       RankCommands::suggestTeam)
                .addOption(dateOption)
                .addOption(jsonOption)
                .addArgument(reference, referenceText);
    list << CliCommand(QStringLiteral("fees"), tr("List the fees to pay, or mark fees paid as one batch"),
                       tr("fees list: the fees due (or paid, or both) of the work done in a period, as a table or "
                          "written for bookkeeping as CSV (UTF-8, semicolons, decimal comma) or XLSX, with the totals. "
                          "fees mark-paid: marks the fees named paid on a date as one payment batch, all or nothing; "
                          "a request's reference names every fee due in it, a number one engagement. When the batch "
                          "would take a worker's fees of the year over their earnings ceiling, nothing is marked "
                          "unless --acknowledge-ceiling is given."),
                       FeeCommands::fees)
                .addOption(valueOption(QStringLiteral("from"), tr("list: work held on or after <YYYY-MM-DD>."), date))
                .addOption(valueOption(QStringLiteral("to"), tr("list: work held on or before <YYYY-MM-DD>."), date))
                .addOption(valueOption(QStringLiteral("state"), tr("list: due (default), paid or all."), tr("state")))
                .addOption(valueOption(QStringLiteral("csv"), tr("list: write the fees as CSV to <FILE>."), tr("FILE")))
                .addOption(
                    valueOption(QStringLiteral("xlsx"), tr("list: write the fees as XLSX to <FILE>."), tr("FILE")))
                .addOption(valueOption(QStringLiteral("on"), tr("mark-paid: the date the fees were paid."), date))
                .addOption(valueOption(QStringLiteral("batch-note"), tr("mark-paid: a note for the payment batch."),
                                       tr("TEXT")))
                .addOption(flagOption(QStringLiteral("acknowledge-ceiling"),
                                      tr("mark-paid: mark paid even over a worker's earnings ceiling.")))
                .addArgument(tr("ACTION"), tr("list or mark-paid."))
                .addArgument(QStringLiteral("REF..."), tr("mark-paid: request references or engagement ids."));
    list << CliCommand(QStringLiteral("report"), tr("Write the funder's results report"),
                       tr("report results: the funder's results report (docs/reports.md) for a year, a quarter or the "
                          "days from --from to --to, for the whole office, one organisation or one funded activity: "
                          "printed as text, or written as a PDF (A4, charts, page numbers), as CSV files (one per "
                          "table in a folder) and as an XLSX workbook. No worker is named; counts of fewer than 5 "
                          "people are shown as \"< 5\"."),
                       ReportCommands::report)
                .addOption(valueOption(QStringLiteral("year"), tr("The report's year, such as 2026."), tr("YEAR")))
                .addOption(valueOption(QStringLiteral("quarter"), tr("Only this quarter of the year (1–4)."), tr("N")))
                .addOption(valueOption(QStringLiteral("from"), tr("The first day of a period of any length."), date))
                .addOption(valueOption(QStringLiteral("to"), tr("The last day of that period."), date))
                .addOption(valueOption(QStringLiteral("organisation"),
                                       tr("Only this organisation (its name or short name)."), tr("NAME")))
                .addOption(
                    valueOption(QStringLiteral("activity"), tr("Only this funded activity (its name)."), tr("NAME")))
                .addOption(valueOption(QStringLiteral("pdf"), tr("Write the report as a PDF to <FILE>."), tr("FILE")))
                .addOption(
                    valueOption(QStringLiteral("csv"), tr("Write one CSV file per table into <DIR>."), tr("DIR")))
                .addOption(
                    valueOption(QStringLiteral("xlsx"), tr("Write every table as a sheet of <FILE>."), tr("FILE")))
                .addOption(valueOption(QStringLiteral("office-name"),
                                       tr("The office's name on the PDF's pages (default: the database's name)."),
                                       tr("NAME")))
                .addArgument(tr("REPORT"), tr("results."));
    list << CliCommand(QStringLiteral("summary"), tr("Print or write one commission's summary"),
                       tr("summary REF: the commission summary of the request REF (docs/reports.md) — what was asked, "
                          "its steps, who took part (workers named only with their consent to appear in public), "
                          "hours, the fees in total, the outcome, the feedback and the experience knowledge: printed "
                          "as text, or written as a one-page PDF."),
                       ReportCommands::summary)
                .addOption(valueOption(QStringLiteral("pdf"), tr("Write the summary as a PDF to <FILE>."), tr("FILE")))
                .addOption(valueOption(QStringLiteral("office-name"),
                                       tr("The office's name on the PDF's pages (default: the database's name)."),
                                       tr("NAME")))
                .addArgument(QStringLiteral("REF"), tr("The request's reference, such as 2026-0042."));
    list << CliCommand(QStringLiteral("outbox"), tr("List the outbox, or send the messages waiting in it"),
                       tr("`outbox list` prints the office's e-mail messages, one a line: their state (draft, queued, "
                          "sent, failed), kind, request, recipient and the server's answer to a failed attempt. "
                          "`outbox send` sends every queued or failed message once, with the office's mail account or "
                          "the one in KOHTAAMO_SMTP_URL (smtp://host:587 with STARTTLS, smtps://host:465 with TLS), "
                          "KOHTAAMO_SMTP_USER and KOHTAAMO_SMTP_PASSWORD; a message already sent is never sent again. "
                          "See docs/mail.md."),
                       OutboxCommands::outbox)
                .addOption(valueOption(QStringLiteral("state"),
                                       tr("list: only messages in <state>: draft, queued, sent or failed."),
                                       tr("state")))
                .addOption(
                    valueOption(QStringLiteral("request"), tr("list: only the messages of request <REF>."), reference))
                .addOption(flagOption(QStringLiteral("approve-drafts"),
                                      tr("send: approve every draft as written first (otherwise only messages a "
                                         "coordinator approved are sent).")))
                .addArgument(tr("ACTION"), tr("list or send."));
    list << CliCommand(QStringLiteral("audit"), tr("Check that no audit entry was edited or removed"),
                       tr("`audit verify` walks the audit log's hash chain: each entry carries a hash of its content "
                          "and of the entry before it. It prints that the log is intact and exits 0, or names the "
                          "first entry that was edited or removed and exits 1. `audit list` prints the entries, "
                          "newest first, filtered by worker, request, coordinator and period (admins only). See "
                          "docs/data-protection.md."),
                       AuditCommands::audit)
                .addArgument(tr("ACTION"), tr("verify or list."))
                .addOption(valueOption(QStringLiteral("worker"),
                                       tr("list: the entries about this worker and their consents, invitations and "
                                          "engagements."),
                                       tr("ID")))
                .addOption(
                    valueOption(QStringLiteral("request"), tr("list: the entries about this request."), reference))
                .addOption(
                    valueOption(QStringLiteral("coordinator"), tr("list: the entries by this login."), tr("LOGIN")))
                .addOption(valueOption(QStringLiteral("from"), tr("list: from this day on (office time)."), date))
                .addOption(valueOption(QStringLiteral("to"), tr("list: up to and including this day."), date))
                .addOption(
                    valueOption(QStringLiteral("limit"), tr("list: at most <n> entries (default 50)."), tr("n")));
    const QCommandLineOption worker
        = valueOption(QStringLiteral("worker"), tr("The worker's id (the number in the worker register)."), tr("ID"));
    list << CliCommand(QStringLiteral("erase-worker"), tr("Erase a worker's personal data (admins only)"),
                       tr("erase-worker --worker ID --yes: removes the worker's personal fields everywhere, old values "
                          "in the audit log included, and seals the audit chain again; their engagements, hours and "
                          "fees stay as an anonymous row, so the statistics stay correct. It cannot be undone. See "
                          "docs/data-protection.md."),
                       RightsCommands::eraseWorker)
                .addOption(worker)
                .addOption(flagOption(QStringLiteral("yes"), tr("Erase without asking: the erasure is meant.")));
    list << CliCommand(QStringLiteral("retention"), tr("List or apply the office's retention rules (admins apply)"),
                       tr("retention: lists the workers who left longer ago than the office's rule allows (Settings ▸ "
                          "Retention) and how many old audit entries still hold personal data. retention --apply --yes "
                          "erases those workers and prunes those entries, in one transaction, and seals the audit "
                          "chain again (admins only). See docs/data-protection.md."),
                       RightsCommands::retention)
                .addOption(flagOption(QStringLiteral("apply"), tr("Erase and prune what is due.")))
                .addOption(flagOption(QStringLiteral("yes"), tr("Apply without asking: it is meant.")));
    list << CliCommand(QStringLiteral("subject-access"), tr("Write everything held about one worker"),
                       tr("subject-access --worker ID --json FILE --pdf FILE: everything the office holds about the "
                          "worker (record, experiences, consents and their history, unavailable periods, invitations, "
                          "engagements and fees, knowledge naming them, mail to them, audit entries about them) as "
                          "JSON and as a readable PDF, readable by you only. The export is audited. See "
                          "docs/data-protection.md."),
                       RightsCommands::subjectAccess)
                .addOption(worker)
                .addOption(valueOption(QStringLiteral("json"), tr("Write the data as JSON to <FILE>."), tr("FILE")))
                .addOption(valueOption(QStringLiteral("pdf"), tr("Write the data as a PDF to <FILE>."), tr("FILE")))
                .addOption(valueOption(QStringLiteral("office-name"),
                                       tr("The office's name on the PDF's pages (default: the database's name)."),
                                       tr("NAME")));
    list << CliCommand(QStringLiteral("admin"), tr("Set up a shared PostgreSQL database and coordinators' logins"),
                       tr("`admin init-postgres` creates the group roles kohtaamo_viewer, kohtaamo_coordinator and "
                          "kohtaamo_admin, their privileges, the row-level security policies (a coordinator sees the "
                          "workers of their own organisation and the requests whose scope includes it) and the "
                          "append-only audit log; run it as the owner of the tables, again after every upgrade. "
                          "`admin add-coordinator` creates a coordinator's own database login and the coordinator "
                          "record that maps it to an organisation and a role; the password is asked on the terminal "
                          "or taken from KOHTAAMO_COORDINATOR_PASSWORD, never from the command line. See "
                          "docs/shared-database.md."),
                       AdminCommands::admin)
                .addOption(
                    valueOption(QStringLiteral("login"), tr("add-coordinator: the database login."), tr("LOGIN")))
                .addOption(valueOption(QStringLiteral("organisation"),
                                       tr("add-coordinator: the coordinator's organisation (name or short name)."),
                                       tr("NAME")))
                .addOption(valueOption(QStringLiteral("role"),
                                       tr("add-coordinator: admin, coordinator (default) or viewer."), tr("ROLE")))
                .addOption(valueOption(QStringLiteral("name"),
                                       tr("add-coordinator: the coordinator's name as shown (default: the login)."),
                                       tr("NAME")))
                .addArgument(tr("ACTION"), tr("init-postgres or add-coordinator."));
    list << CliCommand(QStringLiteral("backup"), tr("Write an encrypted backup of the office"),
                       tr("backup FILE writes an encrypted copy of an SQLite office to the new file FILE, readable by "
                          "its owner only (libsodium; the key is derived from the passphrase with Argon2id). The "
                          "passphrase is asked twice on the terminal, or taken from KOHTAAMO_BACKUP_PASSPHRASE. A "
                          "PostgreSQL database is backed up with pg_dump. See docs/data-protection.md."),
                       BackupCommands::backup)
                .addArgument(tr("FILE"), tr("The new backup file."));
    list << CliCommand(QStringLiteral("restore"), tr("Replace the office with an encrypted backup"),
                       tr("restore FILE decrypts the backup FILE, checks it (integrity, a Kohtaamo schema this version "
                          "can open) and only then replaces the office with it. A wrong passphrase or a changed byte "
                          "replaces nothing. The passphrase is asked on the terminal, or taken from "
                          "KOHTAAMO_BACKUP_PASSPHRASE. Nobody else may have the office open."),
                       BackupCommands::restore)
                .addArgument(tr("FILE"), tr("The backup file."));
    return list;
}

const CliCommand *CliCommandTable::find(const QList<CliCommand> &commands, const QString &name)
{
    for (const CliCommand &command : commands) {
        if (command.name() == name)
            return &command;
    }
    return nullptr;
}

QString CliCommandTable::overview()
{
    const QList<CliCommand> list = commands();
    qsizetype width = 0;
    for (const CliCommand &command : list)
        width = qMax(width, command.name().size());
    QString lines;
    for (const CliCommand &command : list)
        lines += QStringLiteral("  ") + command.name().leftJustified(width + 3) + command.summary() + QLatin1Char('\n');
    return tr("Usage: kohtaamo-cli --db LOCATION COMMAND [options]\n"
              "       kohtaamo-cli help [COMMAND]\n"
              "       kohtaamo-cli --version\n"
              "\n"
              "Commands:\n"
              "%1"
              "\n"
              "LOCATION is an SQLite file or postgresql://user@host[:port]/database;\n"
              "the password comes from ~/.pgpass or PGPASSWORD. Only init, demo and import\n"
              "create a missing office file; no command creates folders.\n"
              "--lang fi|sv|en chooses the language (default: the desktop's).\n"
              "`kohtaamo-cli help COMMAND` shows the options of a command.\n"
              "The file format and the JSON output are described in docs/interchange.md\n"
              "(installed as /usr/share/doc/kohtaamo/interchange.md.gz).\n"
              "Exit codes: 0 ok, 1 failure, 2 bad usage or input, 3 not found.\n")
        .arg(lines);
}

} // namespace Kohtaamo::Cli
