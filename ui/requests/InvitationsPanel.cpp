#include "InvitationsPanel.h"
#include "common/DateTexts.h"

#include "InvitationListModel.h"
#include "common/ErrorMessage.h"
#include "common/HeaderTexts.h"
#include "common/ItemRoles.h"
#include "office/OfficeService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Kohtaamo {

InvitationsPanel::InvitationsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("invitationsPanel"));
    m_model = new InvitationListModel(this);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("invitationSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("invitationView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(InvitationListModel::DeclineReason, QHeaderView::Stretch);
    keepHeaderTextsWhole(m_view->horizontalHeader());
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    m_accepted = new QPushButton(this);
    m_accepted->setObjectName(QStringLiteral("recordAccepted"));
    m_declined = new QPushButton(this);
    m_declined->setObjectName(QStringLiteral("recordDeclined"));
    m_noReply = new QPushButton(this);
    m_noReply->setObjectName(QStringLiteral("recordNoReply"));
    m_reminder = new QPushButton(this);
    m_reminder->setObjectName(QStringLiteral("logReminder"));
    m_withdraw = new QPushButton(this);
    m_withdraw->setObjectName(QStringLiteral("withdrawInvitation"));
    m_takeIntoTeam = new QPushButton(this);
    m_takeIntoTeam->setObjectName(QStringLiteral("takeIntoTeam"));
    for (QPushButton *b : { m_accepted, m_declined, m_noReply, m_reminder, m_takeIntoTeam })
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_withdraw);
    layout->addLayout(buttons);

    // The selected invitation's story: every answer (a changed one too), withdrawal and renewed invitation.
    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("invitationHistory"));
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::PlainText);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_history->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_history);

    // Who still has to be told that the request moved or was cancelled.
    auto *notices = new QHBoxLayout;
    m_notices = new QLabel(this);
    m_notices->setObjectName(QStringLiteral("changeNotices"));
    m_notices->setWordWrap(true);
    m_notices->setTextFormat(Qt::PlainText);
    m_noticesDone = new QPushButton(this);
    m_noticesDone->setObjectName(QStringLiteral("changeNoticesDone"));
    notices->addWidget(m_notices, 1);
    notices->addWidget(m_noticesDone);
    layout->addLayout(notices);

    connect(m_accepted, &QPushButton::clicked, this, &InvitationsPanel::recordAccepted);
    connect(m_declined, &QPushButton::clicked, this, [this] { recordDeclined(); });
    connect(m_noReply, &QPushButton::clicked, this, &InvitationsPanel::recordNoReply);
    connect(m_reminder, &QPushButton::clicked, this, &InvitationsPanel::logReminder);
    connect(m_withdraw, &QPushButton::clicked, this, &InvitationsPanel::withdraw);
    connect(m_takeIntoTeam, &QPushButton::clicked, this, &InvitationsPanel::takeIntoTeam);
    connect(m_noticesDone, &QPushButton::clicked, this, &InvitationsPanel::markNoticesDone);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InvitationsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvitationsPanel::updateButtons);
    retranslateUi();
}

void InvitationsPanel::setOffice(OfficeService *office)
{
    m_office = office;
    m_request = Request();
    reload();
}

void InvitationsPanel::setRequest(const Request &request)
{
    m_request = request;
    reload();
}

void InvitationsPanel::reload()
{
    const qint64 current = m_view->currentIndex().data(ItemRoles::IdRole).toLongLong();
    QVector<Invitation> invitations;
    QHash<qint64, QString> names;
    if (m_office && m_request.id != 0) {
        auto found = m_office->invitations(m_request.id);
        if (!found) {
            ErrorMessage::show(this, tr("The invitations could not be read."), found.error());
        } else {
            invitations = *found;
            QVector<qint64> ids;
            for (const Invitation &inv : std::as_const(invitations))
                ids.append(inv.workerId);
            names = m_office->workerNames(ids).valueOr({});
            for (qint64 id : std::as_const(ids))
                if (!names.contains(id))
                    names.insert(id, tr("Worker #%1").arg(id));
        }
    }
    m_model->setInvitations(invitations, names);
    m_coordinatorNames.clear();
    if (m_office) {
        if (auto coordinators = m_office->coordinators())
            for (const Coordinator &c : *coordinators)
                m_coordinatorNames.insert(c.id, c.displayName);
    }
    const int row = m_model->rowOf(current);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
    retranslateUi();
    showNotices();
}

const Invitation *InvitationsPanel::selected() const
{
    return m_model->invitationAt(m_view->currentIndex().row());
}

bool InvitationsPanel::applyResult(bool ok, const QString &failure, const Error &error, qint64 id)
{
    if (!ok) {
        ErrorMessage::show(this, failure, error);
        reload(); // show what is stored now (another coordinator may have answered)
        return false;
    }
    reload();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    emit invitationsChanged();
    return true;
}

bool InvitationsPanel::recordAccepted()
{
    const Invitation *inv = selected();
    if (!m_office || !inv)
        return false;
    const qint64 id = inv->id;
    const int version = inv->version;
    if (inv->response == InvitationResponse::Declined) {
        // A "no" does not turn into a "yes" by a slip of the mouse; the decline stays in the history either way.
        const QString who = m_model->workerName(inv->workerId);
        const QString text = inv->declineReason.isEmpty()
            ? tr("%1 declined this invitation. Record that they now accept?").arg(who)
            : tr("%1 declined this invitation (“%2”). Record that they now accept?").arg(who, inv->declineReason);
        if (QMessageBox::question(this, tr("Change the answer"), text, QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::No)
            != QMessageBox::Yes)
            return false;
    }
    auto r = m_office->recordAnswer(id, version, InvitationResponse::Accepted);
    if (!r && r.error().detail == QLatin1String("teamFull")) {
        // The request was confirmed (perhaps by another coordinator) and its team is full: the coordinator chooses.
        QMessageBox ask(QMessageBox::Question, tr("The team is full"), r.error().message, QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("teamFullQuestion"));
        QPushButton *add = ask.addButton(tr("&Add to the team"), QMessageBox::AcceptRole);
        QPushButton *reserve = ask.addButton(tr("&Keep in reserve"), QMessageBox::ActionRole);
        QPushButton *cancel = ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(reserve);
        ask.setEscapeButton(cancel);
        ask.exec();
        if (ask.clickedButton() != add && ask.clickedButton() != reserve) {
            reload();
            return false;
        }
        r = m_office->recordAnswer(id, version, InvitationResponse::Accepted, {},
                                   ask.clickedButton() == add ? InvitationOperations::TeamChoice::AddToTeam
                                                              : InvitationOperations::TeamChoice::KeepInReserve);
    }
    return applyResult(r.ok(), tr("The answer was not saved."), r.error(), id);
}

bool InvitationsPanel::recordDeclined(const QString &givenReason)
{
    const Invitation *inv = selected();
    if (!m_office || !inv)
        return false;
    const qint64 id = inv->id;
    const int version = inv->version;
    QString reason = givenReason;
    if (reason.isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Declined"),
                                       tr("Why did %1 decline? (optional; helps plan the next invitations)")
                                           .arg(m_model->workerName(inv->workerId)),
                                       QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return false;
    }
    auto r = m_office->recordAnswer(id, version, InvitationResponse::Declined, reason.trimmed());
    return applyResult(r.ok(), tr("The answer was not saved."), r.error(), id);
}

bool InvitationsPanel::recordNoReply()
{
    const Invitation *inv = selected();
    if (!m_office || !inv)
        return false;
    const qint64 id = inv->id;
    auto r = m_office->recordAnswer(id, inv->version, InvitationResponse::NoReply);
    return applyResult(r.ok(), tr("The answer was not saved."), r.error(), id);
}

bool InvitationsPanel::logReminder()
{
    const Invitation *inv = selected();
    if (!m_office || !inv)
        return false;
    const qint64 id = inv->id;
    auto r = m_office->remind(id, inv->version);
    return applyResult(r.ok(), tr("The reminder was not recorded."), r.error(), id);
}

bool InvitationsPanel::withdraw()
{
    const Invitation *inv = selected();
    if (!m_office || !inv)
        return false;
    const qint64 id = inv->id;
    auto r = m_office->withdrawInvitation(id, inv->version);
    return applyResult(r.ok(), tr("The invitation was not withdrawn."), r.error(), id);
}

bool InvitationsPanel::takeIntoTeam()
{
    const Invitation *inv = selected();
    if (!m_office || !inv)
        return false;
    const qint64 id = inv->id;
    auto r = m_office->takeIntoTeam(id, inv->version);
    return applyResult(r.ok(), tr("The worker was not taken into the team."), r.error(), id);
}

bool InvitationsPanel::markNoticesDone()
{
    if (!m_office || m_request.id == 0)
        return false;
    auto notices = m_office->changeNotices(m_request.id);
    if (!notices) {
        ErrorMessage::show(this, tr("The workers to be told could not be read."), notices.error());
        return false;
    }
    for (const ChangeNotice &n : std::as_const(*notices)) {
        if (n.doneAt.isValid())
            continue;
        if (Status s = m_office->markNoticeDone(n.id); !s) {
            ErrorMessage::show(this, tr("The notices were not marked as told."), s.error());
            showNotices();
            return false;
        }
    }
    showNotices();
    return true;
}

void InvitationsPanel::showHistory()
{
    const Invitation *inv = selected();
    if (!m_office || !inv) {
        m_history->clear();
        m_history->setAccessibleName(tr("History of the invitation"));
        m_history->setAccessibleDescription(QString());
        return;
    }
    auto events = m_office->invitationHistory(inv->id);
    QStringList lines;
    const QLocale locale;
    for (const InvitationEvent &e : events.valueOr({})) {
        QString what;
        switch (e.kind) {
        case InvitationEventKind::Invited:
            what = tr("Invited");
            break;
        case InvitationEventKind::InvitedAgain:
            what = tr("Invited again");
            break;
        case InvitationEventKind::Withdrawn:
            what = tr("Withdrawn");
            break;
        case InvitationEventKind::Reserve:
            what = tr("Kept in reserve");
            break;
        case InvitationEventKind::JoinedTeam:
            what = tr("Taken into the team");
            break;
        case InvitationEventKind::Answered:
            what = e.response ? InvitationListModel::responseName(*e.response) : tr("Answered");
            break;
        }
        if (!e.reason.isEmpty())
            what = tr("%1: “%2”").arg(what, e.reason);
        const QString who = m_coordinatorNames.value(e.coordinatorId, e.actor);
        lines.append(tr("%1  %2 (%3)").arg(DateTexts::shortText(e.at.toLocalTime(), locale), what, who));
    }
    m_history->setText(lines.isEmpty() ? QString()
                                       : tr("History:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_history->setAccessibleName(tr("History of the invitation"));
    m_history->setAccessibleDescription(m_history->text()); // what it says, heard as well as seen
}

void InvitationsPanel::showNotices()
{
    QStringList moved;
    QStringList cancelled;
    if (m_office && m_request.id != 0) {
        for (const ChangeNotice &n : m_office->changeNotices(m_request.id).valueOr({})) {
            if (n.doneAt.isValid())
                continue;
            const QString name = m_model->workerName(n.workerId).isEmpty() ? tr("Worker #%1").arg(n.workerId)
                                                                           : m_model->workerName(n.workerId);
            (n.kind == ChangeNoticeKind::Cancelled ? cancelled : moved).append(name);
        }
    }
    QStringList text;
    if (!moved.isEmpty())
        text.append(tr("To be told of the new time: %1").arg(moved.join(QStringLiteral(", "))));
    if (!cancelled.isEmpty())
        text.append(tr("To be told of the cancellation: %1").arg(cancelled.join(QStringLiteral(", "))));
    m_notices->setText(text.join(QLatin1Char('\n')));
    m_notices->setVisible(!text.isEmpty());
    m_noticesDone->setVisible(!text.isEmpty());
}

QString InvitationsPanel::summaryText() const
{
    if (m_request.id == 0)
        return QString();
    if (m_model->rowCount() == 0)
        return tr("Nobody has been invited yet. Choose workers on the Candidates tab and press Invite.");
    const QLocale locale;
    QString text = tr("%1 of the %2 needed have accepted")
                       .arg(locale.toString(m_model->count(InvitationResponse::Accepted)),
                            locale.toString(m_request.workersNeeded));
    const int waiting = m_model->count(InvitationResponse::Pending);
    if (waiting > 0)
        text += tr(" · %n waiting for an answer", nullptr, waiting);
    const int declined = m_model->count(InvitationResponse::Declined);
    if (declined > 0)
        text += tr(" · %n declined", nullptr, declined);
    const int reserve = m_model->reserveCount();
    if (reserve > 0)
        text += tr(" · %n in reserve", nullptr, reserve);
    return text;
}

void InvitationsPanel::updateButtons()
{
    const Invitation *inv = selected();
    const bool open = m_request.status == RequestStatus::Tagged || m_request.status == RequestStatus::Inviting
        || m_request.status == RequestStatus::Confirmed;
    // A viewer reads only: the answers are not offered, and the buttons say why (the service's refusal).
    const Status writer = m_office ? m_office->requireWriter() : Status::success();
    const bool answerable = inv && open && inv->response != InvitationResponse::Withdrawn && writer.ok();
    if (!writer) {
        for (QPushButton *b : { m_accepted, m_declined, m_noReply, m_reminder, m_withdraw, m_takeIntoTeam })
            b->setToolTip(writer.error().message);
    }
    m_accepted->setEnabled(answerable && inv->response != InvitationResponse::Accepted);
    m_declined->setEnabled(answerable && inv->response != InvitationResponse::Declined);
    m_noReply->setEnabled(answerable && inv->response == InvitationResponse::Pending);
    m_reminder->setEnabled(
        answerable && (inv->response == InvitationResponse::Pending || inv->response == InvitationResponse::NoReply));
    m_withdraw->setEnabled(answerable && inv->response != InvitationResponse::Declined);
    m_takeIntoTeam->setEnabled(inv && inv->reserve && m_request.status == RequestStatus::Confirmed && writer.ok());
    m_takeIntoTeam->setVisible(m_model->reserveCount() > 0);
    showHistory();
}

void InvitationsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InvitationsPanel::retranslateUi()
{
    m_summary->setText(summaryText());
    m_view->setAccessibleName(tr("Invitations"));
    m_view->setAccessibleDescription(tr("The workers invited to this request and their answers"));
    m_accepted->setText(tr("&Accepted"));
    m_accepted->setToolTip(tr("The selected worker said yes"));
    m_declined->setText(tr("&Declined…"));
    m_declined->setToolTip(tr("The selected worker said no; you can note the reason"));
    m_noReply->setText(tr("No repl&y"));
    m_noReply->setToolTip(tr("The selected worker did not answer in time"));
    m_reminder->setText(tr("Re&minder sent"));
    m_reminder->setToolTip(tr("Note that you reminded the selected worker today"));
    m_withdraw->setText(tr("Withdraw"));
    m_withdraw->setToolTip(tr("Take the invitation back, e.g. when the team is full"));
    m_takeIntoTeam->setText(tr("Into the team"));
    m_takeIntoTeam->setToolTip(tr("The selected worker, kept in reserve, joins the team"));
    m_noticesDone->setText(tr("Mark as told"));
    m_noticesDone->setToolTip(tr("These workers have been told of the change"));
    updateButtons();
}

} // namespace Kohtaamo
