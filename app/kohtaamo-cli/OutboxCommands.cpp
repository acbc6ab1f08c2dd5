#include "OutboxCommands.h"

#include "CliCommands.h"
#include "CliOptions.h"
#include "TerminalText.h"

#include "office/OfficeService.h"

#include <QHash>

namespace Kohtaamo::Cli {

int OutboxCommands::outbox(Context &c)
{
    const QString action = c.options.positional(0);
    if (action == QLatin1String("list"))
        return list(c);
    if (action == QLatin1String("send"))
        return send(c);
    c.err << tr("Unknown outbox action “%1”: write list or send.").arg(action) << '\n';
    return BadUsage;
}

int OutboxCommands::list(Context &c)
{
    OutboxFilter filter;
    if (c.options.has(QStringLiteral("state"))) {
        filter.state = outboxStateFromCode(c.options.value(QStringLiteral("state")));
        if (!filter.state) {
            c.err << tr("Unknown state “%1”: write draft, queued, sent or failed.")
                         .arg(c.options.value(QStringLiteral("state")))
                  << '\n';
            return BadUsage;
        }
    }
    if (c.options.has(QStringLiteral("request"))) {
        const QString reference = c.options.value(QStringLiteral("request")).trimmed();
        auto request = c.office.requestByReference(reference);
        if (!request) {
            c.err << (request.error().code == Error::Code::NotFound
                          ? tr("No request has the reference %1.").arg(reference)
                          : request.error().message)
                  << '\n';
            return exitCodeFor(request.error());
        }
        filter.requestId = request->id;
    }
    auto messages = c.office.outbox(filter);
    if (!messages) {
        c.err << messages.error().message << '\n';
        return exitCodeFor(messages.error());
    }
    QHash<qint64, QString> references;
    c.out << "id\tstate\tkind\trequest\tto\tattempts\tsubject\tserver's answer\n";
    for (const OutboxMessage &m : std::as_const(*messages)) {
        if (!references.contains(m.requestId)) {
            auto r = c.office.request(m.requestId);
            references.insert(m.requestId, r ? r->reference : QString::number(m.requestId));
        }
        c.out << m.id << '\t' << toCode(m.state) << '\t' << toCode(m.kind) << '\t'
              << TerminalText::field(references.value(m.requestId)) << '\t' << TerminalText::field(m.recipientAddress)
              << '\t' << m.attempts << '\t' << TerminalText::field(m.subject) << '\t' << TerminalText::cell(m.lastError)
              << '\n';
    }
    return Ok;
}

int OutboxCommands::send(Context &c)
{
    // The account: KOHTAAMO_SMTP_URL if set, else the office's (Settings ▸ E-mail); the sender's address from the
    // office's settings (or KOHTAAMO_SMTP_FROM); the password only ever from the environment.
    auto settings = c.office.mailSettings();
    if (!settings) {
        c.err << settings.error().message << '\n';
        return exitCodeFor(settings.error());
    }
    SmtpAccount account;
    const QString url = qEnvironmentVariable("KOHTAAMO_SMTP_URL");
    if (!url.isEmpty()) {
        auto fromUrl = SmtpAccount::fromUrl(url);
        if (!fromUrl) {
            c.err << fromUrl.error().message << '\n';
            return BadUsage;
        }
        account = *fromUrl;
        account.fromAddress = settings->fromAddress;
        account.fromName = settings->fromName;
    } else if (settings->hasAccount()) {
        account = SmtpAccount::fromSettings(*settings);
    } else {
        c.err << tr("No mail account: set one in Settings ▸ E-mail, or give KOHTAAMO_SMTP_URL (see docs/mail.md).")
              << '\n';
        return BadUsage;
    }
    if (qEnvironmentVariableIsSet("KOHTAAMO_SMTP_USER"))
        account.user = qEnvironmentVariable("KOHTAAMO_SMTP_USER");
    if (qEnvironmentVariableIsSet("KOHTAAMO_SMTP_FROM"))
        account.fromAddress = qEnvironmentVariable("KOHTAAMO_SMTP_FROM");
    account.password = qEnvironmentVariable("KOHTAAMO_SMTP_PASSWORD");
    account.caFile = qEnvironmentVariable("KOHTAAMO_SMTP_CA_FILE");
    if (account.fromAddress.isEmpty()) {
        c.err << tr("No sender address: set it in Settings ▸ E-mail, or give KOHTAAMO_SMTP_FROM.") << '\n';
        return BadUsage;
    }
    if (c.options.flag(QStringLiteral("approve-drafts"))) {
        auto approved = c.office.approveAll(0);
        if (!approved) {
            c.err << approved.error().message << '\n';
            return exitCodeFor(approved.error());
        }
        c.out << "approved: " << *approved << '\n';
    }
    auto report = c.office.sendOutbox(account);
    if (!report) {
        c.err << report.error().message << '\n';
        return exitCodeFor(report.error());
    }
    c.out << "sent: " << report->sent << '\n' << "failed: " << report->failed << '\n';
    if (report->failed > 0) {
        c.err << tr("%n message(s) could not be sent; they go again with the next send. The server said: %1", "",
                    report->failed)
                     .arg(report->lastError)
              << '\n';
        return Failure;
    }
    return Ok;
}

} // namespace Kohtaamo::Cli
