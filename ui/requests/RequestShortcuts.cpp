#include "RequestShortcuts.h"

#include "CandidatesPanel.h"
#include "InvitationsPanel.h"
#include "RequestDetailView.h"
#include "RequestInboxView.h"
#include "RequestsPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>

#include <functional>

namespace Kohtaamo {

RequestShortcuts::RequestShortcuts(RequestsPage *page) : QObject(page), m_page(page)
{
    const auto ctrlShift = [](Qt::Key key) { return QKeySequence(Qt::CTRL | Qt::SHIFT | key); };
    RequestDetailView *detail = page->detail();
    m_invite = add("inviteAction", ctrlShift(Qt::Key_I), [this, detail] {
        press(detail->candidates()->findChild<QPushButton *>(QStringLiteral("inviteButton")));
    });
    m_accepted = add("recordAcceptedAction", ctrlShift(Qt::Key_Y), [this, detail] {
        detail->tabs()->setCurrentWidget(detail->invitations());
        press(detail->invitations()->findChild<QPushButton *>(QStringLiteral("recordAccepted")));
    });
    m_declined = add("recordDeclinedAction", ctrlShift(Qt::Key_D), [this, detail] {
        detail->tabs()->setCurrentWidget(detail->invitations());
        press(detail->invitations()->findChild<QPushButton *>(QStringLiteral("recordDeclined")));
    });
    m_confirm = add("confirmAction", ctrlShift(Qt::Key_C),
                    [this, detail] { press(detail->stepButton(RequestStatus::Confirmed)); });
    m_held = add("markHeldAction", ctrlShift(Qt::Key_H),
                 [this, detail] { press(detail->stepButton(RequestStatus::Held)); });
    m_outcome = add("recordOutcomeAction", ctrlShift(Qt::Key_O),
                    [this, detail] { press(detail->findChild<QPushButton *>(QStringLiteral("recordOutcome"))); });
    m_close = add("closeRequestAction", ctrlShift(Qt::Key_L),
                  [this, detail] { press(detail->stepButton(RequestStatus::Closed)); });
    m_next = add("nextRequestAction", QKeySequence(Qt::ALT | Qt::Key_PageDown), [this] { stepInbox(1); });
    m_previous = add("previousRequestAction", QKeySequence(Qt::ALT | Qt::Key_PageUp), [this] { stepInbox(-1); });
    retranslateUi();
}

QAction *RequestShortcuts::add(const char *name, const QKeySequence &keys, std::function<void()> work)
{
    auto *action = new QAction(m_page);
    action->setObjectName(QLatin1String(name));
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, std::move(work));
    m_page->addAction(action);
    m_actions.append(action);
    return action;
}

void RequestShortcuts::press(QAbstractButton *button)
{
    if (button && button->isEnabled())
        button->click();
    else
        QApplication::beep();
}

void RequestShortcuts::stepInbox(int delta)
{
    QTableView *view = m_page->inbox()->tableView();
    const int rows = view->model()->rowCount();
    const int row = view->currentIndex().isValid() ? view->currentIndex().row() + delta : 0;
    if (row < 0 || row >= rows) {
        QApplication::beep();
        return;
    }
    const int column = view->currentIndex().isValid() ? view->currentIndex().column() : 0;
    view->setCurrentIndex(view->model()->index(row, column));
}

void RequestShortcuts::retranslateUi()
{
    m_invite->setText(tr("Invite the checked candidates"));
    m_accepted->setText(tr("Record: accepted"));
    m_declined->setText(tr("Record: declined…"));
    m_confirm->setText(tr("Confirm participants"));
    m_held->setText(tr("Mark held"));
    m_outcome->setText(tr("Record outcome…"));
    m_close->setText(tr("Close request"));
    m_next->setText(tr("Next request"));
    m_previous->setText(tr("Previous request"));
}

} // namespace Kohtaamo
