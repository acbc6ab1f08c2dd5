#pragma once

#include "domain/Request.h"
#include "domain/RequestStatus.h"

#include <QMap>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;

namespace Kohtaamo {

class CandidatesPanel;
class CommissionSummaryDialog;
class Database;
class InvitationsPanel;
class OutboxPanel;
class OfficeService;

// One request beside the inbox: what is asked, by whom and when; the workflow steps it may take now (only the legal
// ones, each disabled with the reason when a condition is not met); and the tabs for its candidates and invitations.
// Editing and the meeting outcome open dialogs; the page owns them and hears editRequested / outcomeRequested.
class RequestDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit RequestDetailView(QWidget *parent = nullptr);

    // Works on `office` (nullptr: none); ranks with `matching`.
    void setOffice(OfficeService *office);
    // Shows the stored request with this id; 0 shows a hint instead.
    void showRequest(qint64 id);
    void reload();
    const Request &request() const { return m_request; }

    CandidatesPanel *candidates() const { return m_candidates; }
    InvitationsPanel *invitations() const { return m_invitations; }
    OutboxPanel *outbox() const { return m_outbox; }
    QTabWidget *tabs() const { return m_tabs; }
    // The button for a workflow step, when the current status offers it.
    QPushButton *stepButton(RequestStatus to) const { return m_stepButtons.value(to); }
    // Where the focus goes after a step or a dialog: the next enabled step, else Record Outcome, else the tabs.
    QWidget *nextControl() const;

    // Moves the request to `to` (asking for a reason when cancelling unless one is given). Confirming also turns the
    // accepted invitations into engagements. Returns false, after saying why, when the step was refused.
    bool moveTo(RequestStatus to, const QString &reason = {});
    // Admins only: a closed request back to held, with a reason (asked for when empty).
    bool reopenRequest(const QString &reason = {});

    static QString stepLabel(RequestStatus to);

    // The request's commission summary in a preview with Print… and Save as PDF… (window-modal, deleted on close);
    // returns the dialog, nullptr while no request is shown.
    CommissionSummaryDialog *showCommissionSummary();

signals:
    // The stored request changed (status, invitations …): the inbox should show it anew.
    void requestChanged(qint64 id);
    void editRequested(qint64 id);
    void outcomeRequested(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Field {
        Received,
        Requester,
        Contact,
        ServiceTypeField,
        Topics,
        PerspectiveField,
        When,
        Where,
        Duration,
        Audience,
        Language,
        Workers,
        Conditions,
        Fee,
        Description,
        History,
        FieldCount
    };

    QWidget *createDetailsTab();
    void retranslateUi();
    void showFields();
    void rebuildSteps();
    QString fieldLabel(Field field) const;
    QString whenText() const;
    QString topicsText() const;
    QString historyText() const;

    OfficeService *m_office = nullptr;
    Request m_request;
    int m_acceptedCount = 0;

    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_stepBar = nullptr;
    QMap<RequestStatus, QPushButton *> m_stepButtons;
    QPushButton *m_edit = nullptr;
    QPushButton *m_outcome = nullptr;
    QPushButton *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QFormLayout *m_form = nullptr;
    QVector<QLabel *> m_labels;
    QVector<QLabel *> m_values;
    CandidatesPanel *m_candidates = nullptr;
    InvitationsPanel *m_invitations = nullptr;
    OutboxPanel *m_outbox = nullptr;
};

} // namespace Kohtaamo
