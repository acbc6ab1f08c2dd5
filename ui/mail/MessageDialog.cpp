#include "MessageDialog.h"
#include "common/DateTexts.h"

#include "OutboxModel.h"
#include "mail/CalendarEntry.h"
#include "mail/MessageTemplates.h"
#include "office/OfficeService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Kohtaamo {

QString MessageDialog::calendarSummary(const QByteArray &ics)
{
    if (ics.isEmpty())
        return tr("No calendar entry.");
    const std::optional<CalendarEntry> entry = CalendarEntry::read(ics);
    if (!entry)
        return tr("The calendar entry cannot be read.");
    const QString method = entry->method;
    const QDateTime starts = entry->starts;
    const QDateTime ends = entry->ends;
    const QString location = entry->location;
    const QLocale locale;
    QString when = starts.isValid() ? DateTexts::shortText(starts, locale) : tr("time not set");
    if (starts.isValid() && ends.isValid())
        when += QStringLiteral("–") + DateTexts::shortText(ends.time(), locale);
    if (starts.isValid() && starts.timeZone().isValid() && starts.timeSpec() == Qt::TimeZone)
        when += QStringLiteral(" (%1)").arg(QString::fromUtf8(starts.timeZone().id()));
    const QString what = method == QLatin1String("CANCEL")
        ? tr("The calendar entry is removed (METHOD:CANCEL)")
        : tr("Calendar entry (METHOD:%1, update %2)").arg(method, QString::number(entry->sequence));
    return tr("%1: %2, %3").arg(what, when, location.isEmpty() ? tr("no place") : location);
}

MessageDialog::MessageDialog(OfficeService &office, const OutboxMessage &message, QWidget *parent)
    : QDialog(parent), m_office(office), m_message(message)
{
    setWindowTitle(tr("Message: %1").arg(MessageTemplates::kindName(message.kind)));
    setObjectName(QStringLiteral("messageDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *to = new QLabel(message.recipientName.isEmpty()
                              ? message.recipientAddress
                              : QStringLiteral("%1 <%2>").arg(message.recipientName, message.recipientAddress),
                          this);
    to->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("To:"), to);
    auto *state = new QLabel(OutboxModel::stateName(message.state), this);
    form->addRow(tr("State:"), state);
    if (message.state == OutboxState::Failed && !message.lastError.isEmpty()) {
        auto *answer = new QLabel(message.lastError, this);
        answer->setWordWrap(true);
        form->addRow(tr("Server's answer:"), answer);
    }
    m_subject = new QLineEdit(message.subject, this);
    m_subject->setObjectName(QStringLiteral("messageSubject"));
    auto *subjectLabel = new QLabel(tr("&Subject:"), this);
    subjectLabel->setBuddy(m_subject);
    form->addRow(subjectLabel, m_subject);
    m_calendar = new QLabel(calendarSummary(message.ics), this);
    m_calendar->setObjectName(QStringLiteral("messageCalendar"));
    m_calendar->setWordWrap(true);
    form->addRow(tr("Calendar:"), m_calendar);
    layout->addLayout(form);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("messageBody"));
    m_body->setPlainText(message.body);
    m_body->setTabChangesFocus(true);
    m_body->setAccessibleName(tr("Text of the message"));
    m_body->setMinimumSize(520, 280);
    layout->addWidget(m_body, 1);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    const bool draft = message.state == OutboxState::Draft;
    m_subject->setReadOnly(!draft);
    m_body->setReadOnly(!draft);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_approve = buttons->addButton(tr("&Approve"), QDialogButtonBox::AcceptRole);
    m_approve->setObjectName(QStringLiteral("approveMessage"));
    m_approveAll = buttons->addButton(tr("Approve a&ll"), QDialogButtonBox::ActionRole);
    m_approveAll->setObjectName(QStringLiteral("approveAllMessages"));
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discardMessage"));
    m_approve->setVisible(draft);
    m_approveAll->setVisible(draft);
    m_discard->setVisible(message.state != OutboxState::Sent);
    // A viewer reads the message but is offered no approving or discarding: the service's refusal says why.
    if (const Status mayWrite = office.requireWriter(); !mayWrite) {
        m_subject->setReadOnly(true);
        m_body->setReadOnly(true);
        for (QPushButton *b : { m_approve, m_approveAll, m_discard }) {
            b->setEnabled(false);
            b->setToolTip(mayWrite.error().message);
        }
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, &MessageDialog::approve);
    connect(m_approveAll, &QPushButton::clicked, this, &MessageDialog::approveAll);
    connect(m_discard, &QPushButton::clicked, this, &MessageDialog::discard);
    (draft ? static_cast<QWidget *>(m_subject) : buttons->button(QDialogButtonBox::Close))->setFocus();
}

bool MessageDialog::fail(const Error &error)
{
    m_problem->setText(error.message);
    m_problem->show();
    return false;
}

bool MessageDialog::approve()
{
    auto approved = m_office.approveMessage(m_message.id, m_message.version, m_subject->text(), m_body->toPlainText());
    if (!approved)
        return fail(approved.error());
    m_message = *approved;
    accept();
    return true;
}

bool MessageDialog::approveAll()
{
    if (m_message.state == OutboxState::Draft) {
        auto approved
            = m_office.approveMessage(m_message.id, m_message.version, m_subject->text(), m_body->toPlainText());
        if (!approved)
            return fail(approved.error());
        m_message = *approved;
    }
    auto all = m_office.approveAll(m_message.requestId);
    if (!all)
        return fail(all.error());
    accept();
    return true;
}

bool MessageDialog::discard()
{
    const Status discarded = m_office.discardMessage(m_message.id, m_message.version);
    if (!discarded)
        return fail(discarded.error());
    accept();
    return true;
}

} // namespace Kohtaamo
