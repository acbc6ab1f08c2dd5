#include "RequestDetailView.h"

#include "common/DateTexts.h"
#include "common/FlowLayout.h"

#include "CandidatesPanel.h"
#include "CommissionSummaryDialog.h"
#include "InvitationListModel.h"
#include "InvitationsPanel.h"
#include "common/AccessibleValue.h"
#include "common/Clock.h"
#include "common/ErrorMessage.h"
#include "common/FocusKeeper.h"
#include "common/Translations.h"
#include "mail/OutboxModel.h"
#include "mail/OutboxPanel.h"
#include "matching/MatchTexts.h"
#include "office/OfficeService.h"
#include "requests/RequestWorkflow.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Kohtaamo {

namespace {
enum Tab { DetailsTab, CandidatesTab, InvitationsTab, OutboxTab };
}

RequestDetailView::RequestDetailView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("requestDetail"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("requestHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    // The status, and beside it the commission summary (the step buttons' row below has no room to spare).
    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("requestStatus"));
    m_status->setWordWrap(true);
    statusRow->addWidget(m_status, 1);
    m_summary = new QPushButton(this);
    m_summary->setObjectName(QStringLiteral("commissionSummary"));
    statusRow->addWidget(m_summary, 0, Qt::AlignTop);
    layout->addLayout(statusRow);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("requestHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    // The steps, then Record outcome and Edit: one line when there is room, wrapped when the font is large or the
    // language long, never wider than the detail pane (issue 19).
    auto *bar = new FlowLayout;
    m_stepBar = new QWidget(this);
    new FlowLayout(m_stepBar); // owned by m_stepBar
    bar->addWidget(m_stepBar);
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editRequest"));
    m_outcome = new QPushButton(this);
    m_outcome->setObjectName(QStringLiteral("recordOutcome"));
    bar->addWidget(m_outcome);
    bar->addWidget(m_edit);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("requestTabs"));
    m_tabs->addTab(createDetailsTab(), QString());
    m_candidates = new CandidatesPanel(m_tabs);
    m_tabs->addTab(m_candidates, QString());
    m_invitations = new InvitationsPanel(m_tabs);
    m_tabs->addTab(m_invitations, QString());
    m_outbox = new OutboxPanel(m_tabs);
    m_outbox->setObjectName(QStringLiteral("requestOutbox"));
    m_tabs->addTab(m_outbox, QString());
    layout->addWidget(m_tabs, 1);

    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_request.id != 0)
            emit editRequested(m_request.id);
    });
    connect(m_outcome, &QPushButton::clicked, this, [this] {
        if (m_request.id != 0)
            emit outcomeRequested(m_request.id);
    });
    connect(m_summary, &QPushButton::clicked, this, [this] { showCommissionSummary(); });
    connect(m_candidates, &CandidatesPanel::invited, this, [this](const Request &, int) {
        reload();
        m_tabs->setCurrentIndex(InvitationsTab);
        emit requestChanged(m_request.id);
        FocusKeeper::keepInside(this, m_invitations->view()); // the answers come next
    });
    connect(m_invitations, &InvitationsPanel::invitationsChanged, this, [this] {
        reload(); // the office read the ranking's data again on the change (a decline frees a worker)
        emit requestChanged(m_request.id);
        FocusKeeper::keepInside(this, m_invitations->view()); // the next answer
    });
    connect(m_outbox, &OutboxPanel::outboxChanged, this, [this] {
        retranslateUi(); // the tab's count
        emit requestChanged(m_request.id);
    });
    retranslateUi();
    showRequest(0);
}

QWidget *RequestDetailView::createDetailsTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("requestDetailsTab"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    m_form = new QFormLayout(content);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (int f = 0; f < FieldCount; ++f) {
        auto *label = new QLabel(content);
        auto *value = new QLabel(content);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::StrongFocus); // screen readers and keyboard users can reach every value
        label->setBuddy(value);
        m_form->addRow(label, value);
        m_labels.append(label);
        m_values.append(value);
    }
    scroll->setWidget(content);
    return scroll;
}

void RequestDetailView::setOffice(OfficeService *office)
{
    m_office = office;
    m_candidates->setOffice(office);
    m_invitations->setOffice(office);
    m_outbox->setOffice(office);
    showRequest(0);
}

void RequestDetailView::showRequest(qint64 id)
{
    m_request = Request();
    m_acceptedCount = 0;
    if (m_office && id != 0) {
        auto found = m_office->request(id);
        if (!found) {
            ErrorMessage::show(this, tr("The request could not be read."), found.error());
        } else {
            m_request = *found;
            m_acceptedCount = m_office->acceptedCount(id).valueOr(0);
        }
    }
    const bool shown = m_request.id != 0;
    m_tabs->setVisible(shown);
    m_stepBar->setVisible(shown);
    m_edit->setVisible(shown);
    m_outcome->setVisible(shown);
    m_summary->setVisible(shown);
    m_status->setVisible(shown);
    m_candidates->setRequest(m_request);
    m_invitations->setRequest(m_request);
    m_outbox->setRequest(m_request.id);
    showFields();
    rebuildSteps();
    retranslateUi();
}

void RequestDetailView::reload()
{
    showRequest(m_request.id);
}

QString RequestDetailView::stepLabel(RequestStatus to)
{
    switch (to) {
    case RequestStatus::New:
        return {};
    case RequestStatus::Tagged:
        return tr("Mark tagged");
    case RequestStatus::Inviting:
        return tr("Start inviting");
    case RequestStatus::Confirmed:
        return tr("Confirm &participants");
    case RequestStatus::Held:
        return tr("Mark he&ld");
    case RequestStatus::Closed:
        return tr("C&lose");
    case RequestStatus::Cancelled:
        return tr("Cancel re&quest…");
    }
    return {};
}

void RequestDetailView::rebuildSteps()
{
    // A step button may be the one whose click led here: it goes once its signal is done, and the keyboard focus it
    // had moves on to the next step (or the tabs) instead of getting lost.
    const bool hadFocus = m_stepBar->isAncestorOf(QApplication::focusWidget());
    for (QPushButton *button : std::as_const(m_stepButtons)) {
        button->hide();
        m_stepBar->layout()->removeWidget(button);
        button->deleteLater();
    }
    m_stepButtons.clear();
    if (m_request.id == 0)
        return;
    RequestWorkflow::Context context;
    context.acceptedInvitations = m_acceptedCount;
    context.today = Clock::instance().today();
    for (RequestStatus to : RequestWorkflow::nextSteps(m_request.status)) {
        auto *button = new QPushButton(stepLabel(to), m_stepBar);
        button->setObjectName(QStringLiteral("step_") + toCode(to));
        // A cancellation asks for its reason in the next step, so only the order is checked here.
        const QString reason = to == RequestStatus::Cancelled ? QStringLiteral("-") : QString();
        // A viewer reads only: no step is offered, and each says so first (the role, not this request's state).
        Status allowed = m_office ? m_office->requireWriter() : Status::success();
        if (allowed)
            allowed = RequestWorkflow::checkTransition(m_request, to, reason, context);
        button->setEnabled(allowed.ok());
        button->setToolTip(allowed.ok() ? tr("Move the request to “%1”").arg(RequestWorkflow::statusName(to))
                                        : allowed.error().message);
        button->setAccessibleDescription(button->toolTip());
        m_stepBar->layout()->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, to] { moveTo(to); });
        m_stepButtons.insert(to, button);
    }
    if (m_request.status == RequestStatus::Closed && m_office && m_office->isAdmin()) {
        // An admin's way back, to correct a closed request's outcome; asks for the reason.
        auto *reopen = new QPushButton(tr("Reopen…"), m_stepBar);
        reopen->setObjectName(QStringLiteral("step_reopen"));
        reopen->setToolTip(tr("Make the request held again to correct its outcome (admins only; the reason is kept)"));
        reopen->setAccessibleDescription(reopen->toolTip());
        m_stepBar->layout()->addWidget(reopen);
        connect(reopen, &QPushButton::clicked, this, [this] { reopenRequest(); });
    }
    if (hadFocus)
        nextControl()->setFocus(Qt::OtherFocusReason);
}

bool RequestDetailView::moveTo(RequestStatus to, const QString &givenReason)
{
    if (!m_office || m_request.id == 0)
        return false;
    QString reason = givenReason;
    if (to == RequestStatus::Cancelled && reason.trimmed().isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(
            this, tr("Cancel request"),
            tr("Why is request %1 cancelled? The reason stays in its history.").arg(m_request.reference), QString(),
            &ok);
        if (!ok)
            return false;
        if (reason.trimmed().isEmpty()) {
            ErrorMessage::show(this, tr("The request was not cancelled."),
                               Error(Error::Code::InvalidInput, tr("A cancellation needs a reason.")));
            return false;
        }
    }
    bool despiteGaps = false;
    if (to == RequestStatus::Closed) {
        auto gaps = m_office->closeGaps(m_request.id);
        if (gaps && !gaps->isEmpty()) {
            QStringList lines;
            for (const CloseGap &g : std::as_const(*gaps))
                lines.append(QStringLiteral("• ") + g.text);
            QMessageBox ask(QMessageBox::Question, tr("Close request"),
                            tr("Request %1 still lacks:").arg(m_request.reference), QMessageBox::NoButton, this);
            ask.setObjectName(QStringLiteral("closeGapsQuestion"));
            ask.setInformativeText(lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                                   + tr("Close it anyway? What is missing is written into its history."));
            QPushButton *closeAnyway = ask.addButton(tr("Close &anyway"), QMessageBox::AcceptRole);
            QPushButton *back = ask.addButton(tr("&Go back and complete"), QMessageBox::RejectRole);
            ask.setDefaultButton(back);
            ask.setEscapeButton(back);
            ask.exec();
            if (ask.clickedButton() != closeAnyway)
                return false;
            despiteGaps = true;
        }
    }
    Result<Request> moved = m_office->moveRequest(m_request.id, m_request.version, to, reason, despiteGaps);
    if (!moved) {
        ErrorMessage::show(this, tr("The request was not moved to “%1”.").arg(RequestWorkflow::statusName(to)),
                           moved.error());
        reload();
        return false;
    }
    reload();
    emit requestChanged(m_request.id);
    FocusKeeper::keepInside(this, nextControl());
    return true;
}

QWidget *RequestDetailView::nextControl() const
{
    for (QPushButton *button : std::as_const(m_stepButtons)) {
        if (button->isEnabled())
            return button;
    }
    if (m_outcome->isVisible() && m_outcome->isEnabled())
        return m_outcome;
    return m_tabs->tabBar();
}

CommissionSummaryDialog *RequestDetailView::showCommissionSummary()
{
    if (!m_office || m_request.id == 0)
        return nullptr;
    auto *dialog = new CommissionSummaryDialog(m_office, m_request.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool RequestDetailView::reopenRequest(const QString &givenReason)
{
    if (!m_office || m_request.id == 0)
        return false;
    QString reason = givenReason;
    if (reason.trimmed().isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(
            this, tr("Reopen request"),
            tr("Why is request %1 reopened? The reason stays in its history.").arg(m_request.reference), QString(),
            &ok);
        if (!ok)
            return false;
    }
    auto reopened = m_office->reopen(m_request.id, m_request.version, reason);
    if (!reopened) {
        ErrorMessage::show(this, tr("The request was not reopened."), reopened.error());
        reload();
        return false;
    }
    reload();
    emit requestChanged(m_request.id);
    return true;
}

QString RequestDetailView::whenText() const
{
    const QLocale locale;
    QStringList lines;
    for (const DateOption &o : m_request.dateOptions) {
        // "Sunday, 6 December 2026, 13:00 – 14:30": the day in full, the times short (no seconds, no zone).
        const QDateTime starts = o.starts.toLocalTime();
        QString line = tr("%1, %2", "date, time")
                           .arg(locale.toString(starts.date(), QLocale::LongFormat),
                                DateTexts::shortText(starts.time(), locale));
        if (o.ends.isValid())
            line = tr("%1 – %2").arg(line, DateTexts::shortText(o.ends.toLocalTime().time(), locale));
        if (o.chosen)
            line = tr("%1 (chosen)").arg(line);
        lines.append(line);
    }
    if (m_request.deadline.isValid())
        lines.append(tr("Deadline %1").arg(locale.toString(m_request.deadline, QLocale::LongFormat)));
    return lines.isEmpty() ? tr("Not set yet") : lines.join(QLatin1Char('\n'));
}

QString RequestDetailView::topicsText() const
{
    if (m_request.topics.isEmpty())
        return tr("None yet: edit the request to tag it");
    QHash<qint64, QString> names;
    if (m_office) {
        const QString language = Translations::currentLanguage();
        const auto topics = m_office->topics();
        for (const Topic &t : topics.valueOr({}))
            names.insert(t.id, t.name(language));
    }
    QStringList parts;
    for (const RequestTopic &t : m_request.topics) {
        const QString name = names.value(t.topicId, tr("Topic #%1").arg(t.topicId));
        parts.append(t.weight == TopicWeight::Primary ? tr("%1 (primary)").arg(name) : tr("%1 (secondary)").arg(name));
    }
    return parts.join(QStringLiteral(", "));
}

QString RequestDetailView::historyText() const
{
    if (!m_office || m_request.id == 0)
        return {};
    auto history = m_office->requestStatusHistory(m_request.id);
    if (!history)
        return history.error().message;
    const QLocale locale;
    QStringList lines;
    for (const RequestStatusChange &c : *history) {
        QString line = tr("%1 %2 by %3")
                           .arg(DateTexts::shortText(c.changedAt.toLocalTime(), locale),
                                RequestWorkflow::statusName(c.to), c.changedBy);
        if (!c.reason.isEmpty())
            line += tr(": %1").arg(c.reason);
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

void RequestDetailView::showFields()
{
    const Request &r = m_request;
    const QLocale locale;
    QString serviceName = r.serviceType;
    if (m_office && !r.serviceType.isEmpty()) {
        const QString language = Translations::currentLanguage();
        for (const ServiceType &s : m_office->serviceTypes().valueOr({})) {
            if (s.code == r.serviceType)
                serviceName = s.name(language);
        }
    }
    QStringList contact;
    for (const QString &c : { r.requesterEmail, r.requesterPhone }) {
        if (!c.isEmpty())
            contact.append(c);
    }
    QStringList conditions;
    if (r.supervised)
        conditions.append(tr("An adult of the organisation is present"));
    if (r.recorded)
        conditions.append(tr("Recorded"));
    if (!r.organisationScope.isEmpty())
        conditions.append(tr("Limited to %n organisation(s)", nullptr, int(r.organisationScope.size())));
    QString fee = r.feeCents ? MatchTexts::euros(*r.feeCents) : tr("No fee set");
    if (!r.feeTerms.isEmpty())
        fee = tr("%1 — %2").arg(fee, r.feeTerms);

    QVector<QString> values(FieldCount);
    values[Received] = locale.toString(r.receivedOn, QLocale::LongFormat);
    values[Requester]
        = r.requesterUnit.isEmpty() ? r.requesterName : tr("%1, %2").arg(r.requesterName, r.requesterUnit);
    values[Contact] = contact.join(QStringLiteral(" · "));
    values[ServiceTypeField] = serviceName;
    values[Topics] = topicsText();
    values[PerspectiveField]
        = r.wantedPerspective == Perspective::Any ? tr("Any") : MatchTexts::perspective(r.wantedPerspective);
    values[When] = whenText();
    values[Where] = r.remote ? tr("Remote") : QStringList({ r.place, r.region }).join(QStringLiteral(", "));
    values[Duration] = r.durationMinutes > 0
        ? tr("%1 min", "duration in minutes").arg(locale.toString(r.durationMinutes))
        : QString();
    values[Audience] = r.audience;
    values[Language] = Translations::nativeName(r.language);
    values[Workers] = locale.toString(r.workersNeeded);
    values[Conditions] = conditions.isEmpty() ? tr("None") : conditions.join(QStringLiteral(" · "));
    values[Fee] = fee;
    values[Description] = r.notes.isEmpty() ? r.description : tr("%1\n\nNotes: %2").arg(r.description, r.notes);
    values[History] = historyText();
    for (int f = 0; f < FieldCount; ++f) {
        AccessibleValue::setValue(m_values.at(f), fieldLabel(static_cast<Field>(f)), values.at(f));
        m_form->setRowVisible(f, !values.at(f).isEmpty());
    }
}

QString RequestDetailView::fieldLabel(Field field) const
{
    switch (field) {
    case Received:
        return tr("Received:");
    case Requester:
        return tr("Requested by:");
    case Contact:
        return tr("Contact:");
    case ServiceTypeField:
        return tr("Kind of work:");
    case Topics:
        return tr("Topics:");
    case PerspectiveField:
        return tr("Wanted perspective:");
    case When:
        return tr("When:");
    case Where:
        return tr("Where:");
    case Duration:
        return tr("Duration:");
    case Audience:
        return tr("Audience:");
    case Language:
        return tr("Language:");
    case Workers:
        return tr("Workers needed:");
    case Conditions:
        return tr("Conditions:");
    case Fee:
        return tr("Fee:");
    case Description:
        return tr("What is asked:");
    case History:
        return tr("History:");
    case FieldCount:
        break;
    }
    return {};
}

void RequestDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showFields();
        rebuildSteps();
    }
    QWidget::changeEvent(event);
}

void RequestDetailView::retranslateUi()
{
    if (m_request.id == 0) {
        m_heading->setText(tr("No request chosen"));
        m_hint->setText(tr("Choose a request in the list, or press New request (Ctrl+N) to log one."));
    } else {
        m_heading->setText(tr("%1 — %2").arg(m_request.reference, m_request.title));
        const QString status = RequestWorkflow::statusName(m_request.status);
        m_status->setText(m_request.status == RequestStatus::Cancelled && !m_request.cancelReason.isEmpty()
                              ? tr("Status: %1 (%2)").arg(status, m_request.cancelReason)
                              : tr("Status: %1").arg(status));
        m_hint->setText(m_request.status == RequestStatus::Held
                            ? tr("The meeting was held: record attendance, hours, fees and debriefs, then close.")
                            : QString());
    }
    m_hint->setVisible(!m_hint->text().isEmpty());
    m_edit->setText(tr("Ed&it…"));
    m_edit->setToolTip(tr("Change what is asked, when, where, and the topics"));
    m_summary->setText(tr("Commission s&ummary…"));
    m_summary->setToolTip(tr("The request on one page to print or save as PDF, for the requester and the file"));
    m_outcome->setText(tr("&Record outcome…"));
    m_outcome->setToolTip(tr("Attendance, hours, fees, debriefs, the summary and the experience knowledge"));
    const bool outcomeOpen = m_request.status == RequestStatus::Confirmed || m_request.status == RequestStatus::Held
        || m_request.status == RequestStatus::Closed;
    const Status writer = m_office ? m_office->requireWriter() : Status::success();
    m_outcome->setEnabled(outcomeOpen && writer.ok());
    m_edit->setEnabled(writer.ok());
    if (!writer) {
        m_edit->setToolTip(writer.error().message);
        m_outcome->setToolTip(writer.error().message);
    }
    m_tabs->setTabText(DetailsTab, tr("Details"));
    m_tabs->setTabText(CandidatesTab, tr("Candidates"));
    m_tabs->setTabText(InvitationsTab,
                       tr("Invi&tations (%1)").arg(QLocale().toString(m_invitations->model()->rowCount())));
    m_tabs->setTabText(OutboxTab, tr("Messages (%1)").arg(QLocale().toString(m_outbox->model()->rowCount())));
    for (int f = 0; f < FieldCount; ++f)
        m_labels.at(f)->setText(fieldLabel(static_cast<Field>(f)));
}

} // namespace Kohtaamo
