#pragma once

#include "common/Error.h"
#include "mail/OutboxMessage.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Kohtaamo {

class OfficeService;

// One message of the outbox as it will go: recipient, subject and text — editable while it is a draft — and what its
// calendar entry says (new or cancelled, when, where). Approve queues it as edited, Approve all queues it and every
// other draft of the request, Discard removes it. Each goes through the office service; the dialog closes when done.
class MessageDialog : public QDialog
{
    Q_OBJECT
public:
    MessageDialog(OfficeService &office, const OutboxMessage &message, QWidget *parent = nullptr);

    bool approve();
    bool approveAll();
    bool discard();

    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLabel *calendarLabel() const { return m_calendar; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *approveAllButton() const { return m_approveAll; }
    QPushButton *discardButton() const { return m_discard; }

    // What the calendar file says, in a line for the coordinator ("New entry: Tue 3.3.2026 13:00–15:00, Turku").
    static QString calendarSummary(const QByteArray &ics);

private:
    bool fail(const Error &error);

    OfficeService &m_office;
    OutboxMessage m_message;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_calendar = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_approveAll = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace Kohtaamo
