#include "RequestsPage.h"

#include "CandidatesPanel.h"
#include "RequestDetailView.h"
#include "RequestEditorDialog.h"
#include "RequestInboxView.h"
#include "RequestListModel.h"
#include "RequestShortcuts.h"
#include "common/Clock.h"
#include "common/ErrorMessage.h"
#include "common/FocusKeeper.h"
#include "common/PageHeading.h"
#include "office/OfficeService.h"
#include "outcomes/MeetingOutcomeDialog.h"
#include "requests/RequestWorkflow.h"
#include "settings/Settings.h"
#include "undo/RequestEditUndo.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kohtaamo {

RequestsPage::RequestsPage(Settings &settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 8);
    layout->setSpacing(10);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    m_title = new PageHeading(PageHeading::Level::Title, this);
    m_title->setObjectName(QStringLiteral("requestsTitle"));
    top->addWidget(m_title, 1);

    m_newAction = new QAction(this);
    m_newAction->setObjectName(QStringLiteral("newRequestAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, [this] { newRequest(); });
    addAction(m_newAction);

    m_editAction = new QAction(this);
    m_editAction->setObjectName(QStringLiteral("editRequestAction"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (m_inbox->currentRequestId() != 0)
            editRequest(m_inbox->currentRequestId());
    });
    addAction(m_editAction);

    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("refreshRequestsAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_refreshAction, &QAction::triggered, this, &RequestsPage::refresh);
    addAction(m_refreshAction);

    m_newButton = new QToolButton(this);
    m_newButton->setObjectName(QStringLiteral("newRequestButton"));
    m_newButton->setDefaultAction(m_newAction);
    m_newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addWidget(m_newButton);
    layout->addLayout(top);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("requestsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_inbox = new RequestInboxView(m_splitter);
    m_inbox->setObjectName(QStringLiteral("requestInbox"));
    // The request scrolls when its pane is narrower than its forms (150 % font size at 1280 px, issue 19): the
    // splitter's panes may then shrink and the page never makes the window wider than the screen.
    auto *detailScroll = new QScrollArea(m_splitter);
    detailScroll->setObjectName(QStringLiteral("requestDetailScroll"));
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setFocusPolicy(Qt::NoFocus);
    m_detail = new RequestDetailView(detailScroll);
    m_detail->setObjectName(QStringLiteral("requestDetail"));
    detailScroll->setWidget(m_detail);
    m_splitter->addWidget(m_inbox);
    m_splitter->addWidget(detailScroll);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    if (!m_splitter->restoreState(m_settings.bytes(Settings::Key::RequestsSplitter)))
        m_splitter->setSizes({ 440, 860 });
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setValue(Settings::Key::RequestsSplitter, m_splitter->saveState()); });
    layout->addWidget(m_splitter, 1);

    connect(m_inbox, &RequestInboxView::currentRequestChanged, this, [this](qint64 id) {
        m_detail->showRequest(id);
        updateActions();
    });
    connect(m_inbox, &RequestInboxView::activated, this, [this](qint64 id) { editRequest(id); });
    connect(m_detail, &RequestDetailView::requestChanged, this, &RequestsPage::onRequestChanged);
    connect(m_detail, &RequestDetailView::editRequested, this, [this](qint64 id) { editRequest(id); });
    connect(m_detail, &RequestDetailView::outcomeRequested, this, [this](qint64 id) { recordOutcome(id); });

    m_shortcuts = new RequestShortcuts(this);

    setTabOrder(m_newButton, m_inbox);
    setTabOrder(m_inbox, m_detail);
    retranslateUi();
    updateActions();
}

RequestsPage::~RequestsPage()
{
    // The views hold pointers into the matching service; let them go before it does.
    m_detail->setOffice(nullptr);
    m_inbox->setOffice(nullptr);
}

void RequestsPage::setOffice(OfficeService *office)
{
    m_detail->setOffice(nullptr);
    m_inbox->setOffice(nullptr);
    if (m_office)
        disconnect(m_office, nullptr, this, nullptr);
    m_office = office;
    if (m_office)
        connect(m_office, &OfficeService::changed, this, [this](const OfficeChange &change) {
            if (change.external)
                refresh(); // another coordinator changed something: never work on a stale screen
        });
    m_detail->setOffice(m_office);
    m_inbox->setOffice(m_office);
    chooseFirstWhenNone();
    m_detail->showRequest(m_inbox->currentRequestId());
    updateActions();
}

void RequestsPage::chooseFirstWhenNone()
{
    // The newest request is shown beside the list from the start rather than an empty half of the page.
    if (m_inbox->currentRequestId() == 0 && m_inbox->model()->rowCount() > 0)
        m_inbox->tableView()->setCurrentIndex(m_inbox->model()->index(0, 0));
}

void RequestsPage::refresh()
{
    if (!m_office)
        return;
    m_inbox->refresh();
    chooseFirstWhenNone();
    m_detail->showRequest(m_inbox->currentRequestId());
    updateActions();
}

qint64 RequestsPage::newRequest()
{
    if (!m_office)
        return 0;
    Request fresh;
    fresh.receivedOn = Clock::instance().today();
    const auto saved = RequestEditorDialog::edit(*m_office, fresh, this);
    if (!saved)
        return 0;
    afterSave(saved->id, true);
    // A tagged request waits for its invitations: the keyboard goes on with the ranked candidates.
    if (m_detail->request().id == saved->id && m_detail->request().status == RequestStatus::Tagged) {
        m_detail->tabs()->setCurrentWidget(m_detail->candidates());
        m_detail->candidates()->candidateView()->setFocus(Qt::OtherFocusReason);
    }
    return saved->id;
}

bool RequestsPage::editRequest(qint64 id)
{
    if (!m_office || id == 0)
        return false;
    auto stored = m_office->request(id);
    if (!stored) {
        ErrorMessage::show(this, tr("The request could not be opened."), stored.error());
        m_inbox->refresh();
        return false;
    }
    const Request before = *stored;
    const auto saved = RequestEditorDialog::edit(*m_office, before, this);
    if (!saved)
        return false;
    afterSave(saved->id, true);
    if (m_undoStack) {
        auto now = m_office->request(saved->id);
        if (now)
            m_undoStack->push(RequestEditUndo::create(*m_office, before, *saved, now->version, this,
                                                      [this, id = saved->id] { onRequestChanged(id); }));
    }
    return true;
}

bool RequestsPage::recordOutcome(qint64 id)
{
    if (!m_office || id == 0)
        return false;
    MeetingOutcomeDialog dialog(*m_office, id, this);
    bool stored = false;
    connect(&dialog, &MeetingOutcomeDialog::saved, this, [&stored] { stored = true; });
    dialog.exec();
    if (stored)
        onRequestChanged(id);
    FocusKeeper::keepInside(m_detail, m_detail->nextControl());
    return stored;
}

void RequestsPage::afterSave(qint64 id, bool tagIfNew)
{
    auto stored = m_office->request(id);
    // A new request whose topics are chosen is ready for the ranking: it moves on to Tagged by itself, as the
    // coordinator would otherwise do by hand right after saving.
    if (stored && tagIfNew && stored->status == RequestStatus::New && !stored->topics.isEmpty()
        && RequestWorkflow::checkTransition(*stored, RequestStatus::Tagged)) {
        auto tagged = m_office->markTagged(id, stored->version);
        if (!tagged)
            ErrorMessage::show(this, tr("The request was saved but could not be marked as tagged."), tagged.error());
    }
    onRequestChanged(id);
}

void RequestsPage::onRequestChanged(qint64 id)
{
    m_inbox->refresh();
    if (id != 0 && m_inbox->currentRequestId() != id)
        m_inbox->selectRequest(id);
    m_detail->showRequest(m_inbox->currentRequestId() != 0 ? m_inbox->currentRequestId() : id);
    updateActions();
}

void RequestsPage::updateActions()
{
    // A viewer reads only: new and edit are not offered, and say why (the service's refusal).
    const Status writer = m_office ? m_office->requireWriter() : Status::success();
    m_newAction->setEnabled(m_office != nullptr && writer.ok());
    m_editAction->setEnabled(m_office != nullptr && m_inbox->currentRequestId() != 0 && writer.ok());
    if (!writer) {
        m_newAction->setToolTip(writer.error().message);
        m_editAction->setToolTip(writer.error().message);
    }
    m_refreshAction->setEnabled(m_office != nullptr);
}

void RequestsPage::retranslateUi()
{
    m_title->setText(tr("Requests"));
    m_newAction->setText(tr("&New request"));
    m_newAction->setToolTip(tr("New request (%1)").arg(m_newAction->shortcut().toString(QKeySequence::NativeText)));
    m_editAction->setText(tr("&Edit request"));
    m_editAction->setToolTip(
        tr("Edit the chosen request (%1)").arg(m_editAction->shortcut().toString(QKeySequence::NativeText)));
    m_refreshAction->setText(tr("&Refresh"));
    m_newButton->setAccessibleName(tr("New request"));
    m_newButton->setAccessibleDescription(tr("Opens the form for a request that has just arrived."));
    m_inbox->setAccessibleName(tr("Request inbox"));
    m_detail->setAccessibleName(tr("Chosen request"));
    if (m_shortcuts)
        m_shortcuts->retranslateUi();
}

void RequestsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Kohtaamo
