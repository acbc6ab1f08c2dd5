#include "InterchangeCommands.h"

#include "CliCommands.h"
#include "CliOptions.h"

#include "common/PrivateFileMode.h"
#include "office/OfficeService.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace Kohtaamo::Cli {

namespace {
const QString kStandardStream = QStringLiteral("-");
}

int InterchangeCommands::importFile(Context &c)
{
    const CliOptions &options = c.options;
    const QString path = options.positional(0);
    QFile file;
    const bool opened = path == kStandardStream ? file.open(stdin, QIODevice::ReadOnly)
                                                : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        c.err << tr("Cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return file.exists() || path == kStandardStream ? Failure : NotFound;
    }
    // Read a record at a time; standard input (which cannot seek back) is read whole first.
    auto summary = c.office.importInterchange(file);
    if (!summary) {
        c.err << summary.error().message << '\n';
        const Error::Code code = summary.error().code;
        if (code == Error::Code::InvalidInput)
            c.err << tr("Nothing was imported.") << '\n';
        // A newer file or a database that already holds an office: the input does not fit, nothing was changed.
        return code == Error::Code::NewerSchema || code == Error::Code::NotAllowed ? BadUsage
                                                                                   : exitCodeFor(summary.error());
    }
    const InterchangeSummary &s = *summary;
    c.out << tr("topics: %1 created, %2 updated, %3 already there")
                 .arg(s.topicsCreated)
                 .arg(s.topicsUpdated)
                 .arg(s.topicsKept)
          << '\n'
          << tr("organisations: %1 created, %2 already there").arg(s.organisationsCreated).arg(s.organisationsKept)
          << '\n'
          << tr("coordinators: %1 created, %2 already there").arg(s.coordinatorsCreated).arg(s.coordinatorsKept) << '\n'
          << tr("workers: %1").arg(s.workers) << '\n'
          << tr("consents: %1").arg(s.consents) << '\n'
          << tr("requests: %1").arg(s.requests) << '\n'
          << tr("invitations: %1").arg(s.invitations) << '\n'
          << tr("invitation history steps: %1").arg(s.invitationEvents) << '\n'
          << tr("engagements: %1").arg(s.engagements) << '\n'
          << tr("outcomes: %1").arg(s.outcomes) << '\n'
          << tr("knowledge entries: %1").arg(s.knowledgeEntries) << '\n'
          << tr("change notices: %1").arg(s.changeNotices) << '\n'
          << (s.officeSettingsUpdated ? tr("office settings: set as in the file")
                                      : tr("office settings: kept as they were"))
          << '\n'
          << tr("funded activities: %1").arg(s.fundedActivities) << '\n'
          << tr("payment batches: %1").arg(s.paymentBatches) << '\n'
          << tr("own message wordings: %1").arg(s.messageTemplates) << '\n'
          << tr("outbox messages: %1").arg(s.outboxMessages) << '\n'
          << (s.mailAccountSet ? tr("mail account: set as in the file (the password is not in it)")
                               : tr("mail account: kept as it was"))
          << '\n';
    return Ok;
}

int InterchangeCommands::exportFile(Context &c)
{
    const CliOptions &options = c.options;
    const QString path = options.positional(0);
    if (path == kStandardStream) {
        c.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            c.err << tr("Cannot write to standard output: %1").arg(out.errorString()) << '\n';
            return Failure;
        }
        // Written a record at a time, never whole in memory.
        if (Status s = c.office.exportInterchange(out); !s) {
            c.err << s.error().message << '\n';
            return exitCodeFor(s.error());
        }
        return logExport(c, { ExportRecord::Kind::OfficeData, QStringLiteral("JSON"), {}, {} });
    }
    // Written whole or not at all, and readable by the owner only from its first byte: the file holds personal data.
    // A file that is replaced keeps the mode its owner gave it.
    QSaveFile file(path);
    bool opened = false;
    {
        const PrivateFileMode privateFiles;
        opened = file.open(QIODevice::WriteOnly);
    }
    if (!opened) {
        c.err << tr("Cannot write %1: %2").arg(path, file.errorString()) << '\n';
        return Failure;
    }
    if (Status s = c.office.exportInterchange(file); !s) {
        // A write that failed is the file's problem; anything else (the database) is said as it is.
        const bool writeFailed = file.error() != QFileDevice::NoError;
        c.err << (writeFailed ? tr("Cannot write %1: %2").arg(path, file.errorString()) : s.error().message) << '\n';
        file.cancelWriting();
        return writeFailed ? Failure : exitCodeFor(s.error());
    }
    if (!file.commit()) {
        c.err << tr("Cannot write %1: %2").arg(path, file.errorString()) << '\n';
        return Failure;
    }
    return logExport(c, { ExportRecord::Kind::OfficeData, QStringLiteral("JSON"), path, {} });
}

} // namespace Kohtaamo::Cli
