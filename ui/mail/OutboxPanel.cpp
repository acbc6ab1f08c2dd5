#include "OutboxPanel.h"

#include "MessageDialog.h"
#include "OutboxModel.h"
#include "PasswordStore.h"
#include "common/ItemRoles.h"
#include "office/OfficeService.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace Kohtaamo {

OutboxPanel::OutboxPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("outboxStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_model = new OutboxModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("outboxView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("outboxMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    // Two rows: the coordinator's own steps, then the ways out. One row would make the request panel (and with it
    // the window) wider than a 1280-pixel screen in Finnish.
    auto *buttons = new QHBoxLayout;
    auto *ways = new QHBoxLayout;
    const auto button = [&](QHBoxLayout *row, QPushButton *&b, const char *name) {
        b = new QPushButton(this);
        b->setObjectName(QLatin1String(name));
        row->addWidget(b);
    };
    button(buttons, m_open, "openMessage");
    button(buttons, m_approveAll, "approveAllOutbox");
    buttons->addStretch(1);
    button(buttons, m_send, "sendOutbox");
    ways->addStretch(1);
    button(ways, m_mailProgram, "openInMailProgram");
    button(ways, m_saveEml, "saveAsEml");
    layout->addLayout(buttons);
    layout->addLayout(ways);

    connect(m_open, &QPushButton::clicked, this, &OutboxPanel::openSelected);
    connect(m_approveAll, &QPushButton::clicked, this, &OutboxPanel::approveAll);
    connect(m_send, &QPushButton::clicked, this, &OutboxPanel::sendNow);
    connect(m_mailProgram, &QPushButton::clicked, this, &OutboxPanel::openInMailProgram);
    connect(m_saveEml, &QPushButton::clicked, this, [this] { saveAsEml(); });
    connect(m_view, &QTableView::activated, this, &OutboxPanel::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutboxPanel::updateButtons);
    retranslateUi();
}

void OutboxPanel::setOffice(OfficeService *office)
{
    if (m_office)
        disconnect(m_office, nullptr, this, nullptr);
    m_office = office;
    if (m_office)
        connect(m_office, &OfficeService::changed, this, &OutboxPanel::onChanged);
    m_requestId = 0;
    reload();
}

void OutboxPanel::setRequest(qint64 requestId)
{
    m_requestId = requestId;
    m_message->hide();
    reload();
}

void OutboxPanel::onChanged(const OfficeChange &change)
{
    if (change.touches(OfficeChange::Kind::Outbox) || change.touches(OfficeChange::Kind::Settings))
        reload();
}

void OutboxPanel::reload()
{
    const qint64 current = m_view->currentIndex().data(ItemRoles::IdRole).toLongLong();
    QVector<OutboxMessage> messages;
    m_hasAccount = false;
    if (m_office && m_requestId != 0) {
        OutboxFilter filter;
        filter.requestId = m_requestId;
        auto found = m_office->outbox(filter);
        if (found)
            messages = *found;
        else
            say(found.error().message, true);
        auto account = m_office->smtpAccount();
        m_hasAccount = account && account->isValid();
    }
    m_model->setMessages(messages);
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->resizeColumnsToContents();
    m_status->setText(summaryText());
    updateButtons();
}

QString OutboxPanel::summaryText() const
{
    if (m_model->rowCount() == 0)
        return tr("No messages about this request. Messages are written when workers are invited by e-mail and the "
                  "office has a sender address (Settings ▸ E-mail).");
    const QLocale l;
    return tr("Drafts to read: %1 · approved, to send: %2 · could not be sent: %3 · sent: %4")
        .arg(l.toString(m_model->count(OutboxState::Draft)), l.toString(m_model->count(OutboxState::Queued)),
             l.toString(m_model->count(OutboxState::Failed)), l.toString(m_model->count(OutboxState::Sent)));
}

const OutboxMessage *OutboxPanel::selected() const
{
    return m_model->messageAt(m_view->currentIndex().row());
}

void OutboxPanel::say(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem);
    m_message->setVisible(!text.isEmpty());
}

void OutboxPanel::updateButtons()
{
    // A viewer (or a read-only office) is offered no approving or sending: the buttons say the service's refusal.
    const Status mayWrite = m_office ? m_office->requireWriter() : Status::success();
    const bool writer = m_office && mayWrite;
    const OutboxMessage *m = selected();
    m_open->setEnabled(m != nullptr);
    m_approveAll->setEnabled(writer && m_model->count(OutboxState::Draft) > 0);
    m_approveAll->setToolTip(mayWrite ? QString() : mayWrite.error().message);
    const bool waiting = m_model->count(OutboxState::Queued) + m_model->count(OutboxState::Failed) > 0;
    m_send->setEnabled(writer && m_hasAccount && waiting);
    m_send->setToolTip(!mayWrite          ? mayWrite.error().message
                           : m_hasAccount ? tr("Sends every approved message of the office, and those that could not "
                                               "be sent before.")
                                          : tr("The office has no mail account: set one in Settings ▸ E-mail, or open "
                                               "the message in the mail program."));
    m_mailProgram->setEnabled(m != nullptr);
    m_saveEml->setEnabled(m != nullptr);
}

bool OutboxPanel::openSelected()
{
    const OutboxMessage *m = selected();
    if (!m_office || !m)
        return false;
    MessageDialog dialog(*m_office, *m, this);
    const bool done = dialog.exec() == QDialog::Accepted;
    if (done)
        emit outboxChanged();
    return done;
}

bool OutboxPanel::approveAll()
{
    if (!m_office || m_requestId == 0)
        return false;
    auto approved = m_office->approveAll(m_requestId);
    if (!approved) {
        say(approved.error().message, true);
        return false;
    }
    say(tr("Approved: %1. They go with the next send.").arg(QLocale().toString(*approved)), false);
    emit outboxChanged();
    return true;
}

bool OutboxPanel::sendNow()
{
    if (!m_office)
        return false;
    auto stored = m_office->smtpAccount();
    if (!stored) {
        say(stored.error().message, true);
        return false;
    }
    SmtpAccount account = *stored;
    if (!account.isValid()) {
        say(tr("The office has no mail account: set one in Settings ▸ E-mail, or open the message in the mail "
               "program."),
            true);
        return false;
    }
    if (!account.user.isEmpty()) {
        auto settings = m_office->mailSettings();
        Result<QString> kept = settings ? PasswordStore::instance().read(PasswordStore::keyFor(*settings))
                                        : Result<QString>(settings.error());
        if (kept && !kept->isEmpty()) {
            account.password = *kept;
        } else {
            bool ok = false;
            const QString why
                = kept ? tr("No password for %1 is kept in the keyring.").arg(account.user) : kept.error().message;
            account.password = QInputDialog::getText(this, tr("Password of the mail account"),
                                                     why + QLatin1Char('\n') + tr("Password for %1:").arg(account.user),
                                                     QLineEdit::Password, QString(), &ok);
            if (!ok)
                return false;
        }
    }
    auto report = m_office->sendOutbox(account);
    if (!report) {
        say(report.error().message, true);
        return false;
    }
    m_report = *report;
    const QLocale l;
    if (report->failed > 0)
        say(tr("Sent: %1. Could not be sent: %2. The server answered: %3")
                .arg(l.toString(report->sent), l.toString(report->failed), report->lastError),
            true);
    else
        say(tr("Sent: %1.").arg(l.toString(report->sent)), false);
    emit outboxChanged();
    return report->failed == 0;
}

QStringList OutboxPanel::mailProgramArguments(const OutboxMessage &message, const QString &icsPath)
{
    QStringList args { QStringLiteral("--utf8"), QStringLiteral("--subject"), message.subject, QStringLiteral("--body"),
                       message.body };
    if (!icsPath.isEmpty())
        args << QStringLiteral("--attach") << icsPath;
    args << message.recipientAddress;
    return args;
}

bool OutboxPanel::openInMailProgram()
{
    const OutboxMessage *m = selected();
    if (!m_office || !m)
        return false;
    QString icsPath;
    if (!m->ics.isEmpty()) {
        // Kept after Kohtaamo closes: the mail program reads it when the coordinator sends.
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/outbox");
        QDir().mkpath(dir);
        icsPath = dir + QStringLiteral("/message-%1.ics").arg(m->id);
        QFile file(icsPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(m->ics) != m->ics.size()) {
            say(tr("The calendar file could not be written to %1.").arg(QDir::toNativeSeparators(icsPath)), true);
            return false;
        }
    }
    if (!QProcess::startDetached(QStringLiteral("xdg-email"), mailProgramArguments(*m, icsPath))) {
        say(tr("The mail program could not be started (xdg-email). Save the message as an .eml file instead."), true);
        return false;
    }
    say(tr("The message was handed to the mail program; send it there. It stays in the outbox."), false);
    return true;
}

bool OutboxPanel::saveAsEml(const QString &givenPath)
{
    const OutboxMessage *m = selected();
    if (!m_office || !m)
        return false;
    const qint64 id = m->id;
    QString path = givenPath;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Save the message"),
                                            QDir::home().filePath(QStringLiteral("message-%1.eml").arg(id)),
                                            tr("E-mail messages (*.eml)"));
    if (path.isEmpty())
        return false;
    auto bytes = m_office->messageFile(id);
    if (!bytes) {
        say(bytes.error().message, true);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size()) {
        say(tr("The message could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            true);
        return false;
    }
    say(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void OutboxPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OutboxPanel::retranslateUi()
{
    m_view->setAccessibleName(tr("Messages about the request"));
    m_open->setText(tr("Open…"));
    m_approveAll->setText(tr("Approve &all"));
    m_send->setText(tr("Sen&d now"));
    m_mailProgram->setText(tr("Open in &mail program"));
    m_saveEml->setText(tr("Sa&ve as .eml…"));
    m_status->setText(summaryText());
    updateButtons();
}

} // namespace Kohtaamo
