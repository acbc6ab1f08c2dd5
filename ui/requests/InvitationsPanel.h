#pragma once

#include "common/Error.h"
#include "domain/Invitation.h"
#include "domain/Request.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Kohtaamo {

class Database;
class OfficeService;
class InvitationListModel;

// The answers to a request's invitations, per worker: record an acceptance, a decline (with the reason given), no
// reply; log a reminder; withdraw an invitation. Each change is saved at once through InvitationRepository (audited,
// version-checked). The buttons offer only what the selected invitation allows.
class InvitationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InvitationsPanel(QWidget *parent = nullptr);

    void setOffice(OfficeService *office);
    void setRequest(const Request &request);
    void reload();

    InvitationListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summaryText() const;

    // The actions behind the buttons, on the selected invitation. Decline asks for the reason unless one is given.
    bool recordAccepted();
    bool recordDeclined(const QString &reason = {});
    bool recordNoReply();
    bool logReminder();
    bool withdraw();
    // A worker kept in reserve joins the team (an engagement at the request's time).
    bool takeIntoTeam();
    // The workers still to be told of a new time or a cancellation have been told.
    bool markNoticesDone();

signals:
    // An answer or reminder was saved: the request's counts (accepted …) may have changed.
    void invitationsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void showHistory();
    void showNotices();
    const Invitation *selected() const;
    bool applyResult(bool ok, const QString &failure, const Error &error, qint64 id);

    OfficeService *m_office = nullptr;
    Request m_request;

    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
    InvitationListModel *m_model = nullptr;
    QPushButton *m_accepted = nullptr;
    QPushButton *m_declined = nullptr;
    QPushButton *m_noReply = nullptr;
    QPushButton *m_reminder = nullptr;
    QPushButton *m_withdraw = nullptr;
    QPushButton *m_takeIntoTeam = nullptr;
    QLabel *m_history = nullptr;
    QLabel *m_notices = nullptr;
    QPushButton *m_noticesDone = nullptr;
    QHash<qint64, QString> m_coordinatorNames;
};

} // namespace Kohtaamo
