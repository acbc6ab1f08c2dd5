#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace Kohtaamo::Cli {

// `outbox list [--state S] [--request REF]`: the office's outbox, one message a line. `outbox send
// [--approve-drafts]`: sends what is queued or failed (with --approve-drafts the drafts first), with the office's
// account or the one in KOHTAAMO_SMTP_URL / KOHTAAMO_SMTP_USER / KOHTAAMO_SMTP_PASSWORD (docs/mail.md). For a
// scheduled job.
class OutboxCommands
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Cli::OutboxCommands)
public:
    static int outbox(Context &c);

private:
    static int list(Context &c);
    static int send(Context &c);
};

} // namespace Kohtaamo::Cli
