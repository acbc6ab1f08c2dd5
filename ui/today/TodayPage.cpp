#include "TodayPage.h"

#include "GroupMeetingRhythmEditor.h"
#include "RetentionPanel.h"
#include "TodayLine.h"
#include "common/Clock.h"
#include "common/CountTile.h"
#include "common/PageHeading.h"
#include "main/GettingStartedPanel.h"
#include "office/OfficeService.h"
#include "settings/Settings.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Kohtaamo {

namespace {

const char *const kContext = "Kohtaamo::TodayPage";

// English sources for one and for many (see MatchTexts::plural): without a catalogue the text still reads right.
QString plural(int n, const char *one, const char *many)
{
    return QCoreApplication::translate(kContext, n == 1 ? one : many, nullptr, n);
}

QString euros(qint64 cents)
{
    return QCoreApplication::translate(kContext, "%1 €").arg(QLocale().toString(double(cents) / 100.0, 'f', 2));
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

// The requests with messages in `state`, each once.
QVector<qint64> requestsWith(OfficeService &office, OutboxState state)
{
    OutboxFilter filter;
    filter.state = state;
    QVector<qint64> ids;
    if (auto messages = office.outbox(filter))
        for (const OutboxMessage &m : std::as_const(*messages))
            if (m.requestId != 0 && !ids.contains(m.requestId))
                ids << m.requestId;
    return ids;
}

} // namespace

QVector<TodayPage::Line> TodayPage::allLines()
{
    return { Line::UntaggedRequests,    Line::StaleInvitations, Line::MissingDebriefs, Line::UnpaidFees,
             Line::ExpiringConsents,    Line::RestingWorkers,   Line::FailedMessages,  Line::DraftMessages,
             Line::UpcomingEngagements, Line::GroupMeeting };
}

QString TodayPage::lineKey(Line line)
{
    switch (line) {
    case Line::UntaggedRequests:
        return QStringLiteral("line_untaggedRequests");
    case Line::StaleInvitations:
        return QStringLiteral("line_staleInvitations");
    case Line::UpcomingEngagements:
        return QStringLiteral("line_upcomingEngagements");
    case Line::MissingDebriefs:
        return QStringLiteral("line_missingDebriefs");
    case Line::UnpaidFees:
        return QStringLiteral("line_unpaidFees");
    case Line::ExpiringConsents:
        return QStringLiteral("line_expiringConsents");
    case Line::RestingWorkers:
        return QStringLiteral("line_restingWorkers");
    case Line::GroupMeeting:
        return QStringLiteral("line_groupMeeting");
    case Line::FailedMessages:
        return QStringLiteral("line_failedMessages");
    case Line::DraftMessages:
        return QStringLiteral("line_draftMessages");
    }
    return {};
}

TodayPage::TodayPage(Settings &settings, QWidget *parent) : QWidget(parent), m_settings(settings)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    content->setMaximumWidth(980);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 28, 32, 28);
    layout->setSpacing(14);

    m_title = new PageHeading(PageHeading::Level::Title, content);
    layout->addWidget(m_title);
    m_date = new QLabel(content);
    m_date->setObjectName(QStringLiteral("date"));
    layout->addWidget(m_date);
    layout->addSpacing(4);

    m_error = new QLabel(content);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(10);
    m_error->hide();
    layout->addWidget(m_error);

    m_gettingStarted = new GettingStartedPanel(content);
    m_gettingStarted->hide();
    connect(m_gettingStarted, &GettingStartedPanel::pageRequested, this, &TodayPage::pageRequested);
    layout->addWidget(m_gettingStarted);

    m_summary = createSummary(content);
    m_summary->hide();
    layout->addWidget(m_summary);
    layout->addStretch(1);

    auto *row = new QWidget(scroll);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(content, 1);
    rowLayout->addStretch(0);
    scroll->setWidget(row);

    retranslateUi();
}

QWidget *TodayPage::createSummary(QWidget *parent)
{
    auto *summary = new QWidget(parent);
    auto *layout = new QVBoxLayout(summary);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(14);
    m_organisations = new CountTile(summary);
    m_organisations->setObjectName(QStringLiteral("organisationsTile"));
    m_workers = new CountTile(summary);
    m_workers->setObjectName(QStringLiteral("workersTile"));
    m_requests = new CountTile(summary);
    m_requests->setObjectName(QStringLiteral("openRequestsTile"));
    for (CountTile *tile : { m_organisations, m_workers, m_requests })
        tiles->addWidget(tile, 1);
    layout->addLayout(tiles);

    layout->addSpacing(10);
    m_attentionHeading = new PageHeading(PageHeading::Level::Section, summary);
    layout->addWidget(m_attentionHeading);
    for (Line line : { Line::UntaggedRequests, Line::StaleInvitations, Line::MissingDebriefs, Line::UnpaidFees,
                       Line::ExpiringConsents, Line::RestingWorkers, Line::FailedMessages })
        layout->addWidget(addLine(line, summary));
    auto *drafts = new QHBoxLayout;
    drafts->setSpacing(8);
    drafts->addWidget(addLine(Line::DraftMessages, summary), 1);
    m_remindersButton = new QPushButton(summary);
    m_remindersButton->setObjectName(QStringLiteral("dueRemindersButton"));
    connect(m_remindersButton, &QPushButton::clicked, this, &TodayPage::draftDueReminders);
    drafts->addWidget(m_remindersButton, 0, Qt::AlignVCenter);
    layout->addLayout(drafts);
    m_remindersResult = new QLabel(summary);
    m_remindersResult->setObjectName(QStringLiteral("dueRemindersResult"));
    m_remindersResult->setWordWrap(true);
    m_remindersResult->hide();
    layout->addWidget(m_remindersResult);
    m_retention = new RetentionPanel(summary);
    layout->addWidget(m_retention);

    layout->addSpacing(10);
    m_comingHeading = new PageHeading(PageHeading::Level::Section, summary);
    layout->addWidget(m_comingHeading);
    layout->addWidget(addLine(Line::UpcomingEngagements, summary));
    auto *meeting = new QHBoxLayout;
    meeting->setSpacing(8);
    meeting->addWidget(addLine(Line::GroupMeeting, summary), 1);
    m_rhythmButton = new QPushButton(summary);
    m_rhythmButton->setObjectName(QStringLiteral("meetingRhythmButton"));
    connect(m_rhythmButton, &QPushButton::clicked, this, &TodayPage::editMeetingRhythm);
    meeting->addWidget(m_rhythmButton, 0, Qt::AlignVCenter);
    layout->addLayout(meeting);
    return summary;
}

TodayLine *TodayPage::addLine(Line line, QWidget *parent)
{
    auto *widget = new TodayLine(parent);
    widget->setObjectName(lineKey(line));
    connect(widget, &TodayLine::clicked, this, [this, line] { openLine(line); });
    m_lines.insert(line, widget);
    return widget;
}

void TodayPage::setOffice(OfficeService *office)
{
    m_office = office;
    m_retention->setOffice(office);
    refresh();
}

bool TodayPage::showsGettingStarted() const
{
    return !m_gettingStarted->isHidden();
}

QString TodayPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TodayPage::refresh()
{
    m_stale = false;
    m_loaded = false;
    m_counts = {};
    m_agenda = {};
    m_error->hide();
    if (m_office) {
        auto counts = m_office->counts();
        TodayAgenda::Options options;
        options.staleInvitationDays = qMax(0, m_settings.value(Settings::Key::StaleInvitationDays).toInt());
        auto agenda = counts ? m_office->today(options) : Result<TodayAgenda::Agenda>(counts.error());
        auto outbox = m_office->outboxCounts();
        if (counts && agenda && outbox) {
            m_counts = *counts;
            m_agenda = *agenda;
            m_outboxCounts = *outbox;
            m_failedRequests = requestsWith(*m_office, OutboxState::Failed);
            m_draftRequests = requestsWith(*m_office, OutboxState::Draft);
            m_loaded = true;
            m_retention->refresh();
        } else {
            const Error &error = !counts ? counts.error() : !agenda ? agenda.error() : outbox.error();
            m_error->setText(tr("The numbers could not be read from the database. %1").arg(error.message));
            m_error->show();
        }
    }
    showCounts();
}

QString TodayPage::lineTitle(Line line) const
{
    switch (line) {
    case Line::UntaggedRequests:
        return tr("Requests not yet tagged");
    case Line::StaleInvitations:
        return tr("Requests with invitations waiting for an answer");
    case Line::UpcomingEngagements:
        return tr("Requests with engagements in the next 14 days");
    case Line::MissingDebriefs:
        return tr("Requests with engagements held without a debrief");
    case Line::UnpaidFees:
        return tr("Requests with fees not yet paid");
    case Line::ExpiringConsents:
        return tr("Workers whose consent to be contacted expires soon");
    case Line::RestingWorkers:
        return tr("Workers on a recovery break or at their monthly limit");
    case Line::GroupMeeting:
        return tr("Requests to bring to the group meeting");
    case Line::FailedMessages:
        return tr("Requests with messages that could not be sent");
    case Line::DraftMessages:
        return tr("Requests with messages waiting for approval");
    }
    return {};
}

void TodayPage::openLine(Line line)
{
    if (!m_loaded)
        return;
    const TodayAgenda::Agenda &a = m_agenda;
    if (line == Line::FailedMessages || line == Line::DraftMessages) {
        // The requests whose Messages tab holds them.
        emit requestsRequested(line == Line::FailedMessages ? m_failedRequests : m_draftRequests, lineTitle(line));
        return;
    }
    const TodayAgenda::Item *item = nullptr;
    switch (line) {
    case Line::UntaggedRequests:
        item = &a.untaggedRequests;
        break;
    case Line::StaleInvitations:
        item = &a.staleInvitations;
        break;
    case Line::UpcomingEngagements:
        item = &a.upcomingEngagements;
        break;
    case Line::MissingDebriefs:
        item = &a.missingDebriefs;
        break;
    case Line::UnpaidFees:
        item = &a.unpaidFees;
        break;
    case Line::ExpiringConsents:
        item = &a.expiringConsents;
        break;
    case Line::RestingWorkers:
        item = &a.restingWorkers;
        break;
    case Line::GroupMeeting:
        item = &a.meetingRequests;
        break;
    case Line::FailedMessages:
    case Line::DraftMessages:
        break;
    }
    if (!item)
        return;
    if (item->usesFilter)
        emit requestListRequested(item->filter);
    else if (line == Line::ExpiringConsents || line == Line::RestingWorkers)
        emit workerListRequested(item->workerIds, lineTitle(line));
    else
        emit requestsRequested(item->requestIds, lineTitle(line));
}

void TodayPage::showCounts()
{
    m_date->setText(longDate(Clock::instance().today()));
    // The guide stays until the office has an organisation, a worker and a request.
    m_gettingStarted->setDone(m_counts.organisations > 0, m_counts.workers > 0, m_counts.allRequests() > 0);
    m_gettingStarted->setVisible(m_loaded && !m_gettingStarted->allDone());
    m_summary->setVisible(m_loaded && !m_counts.isEmpty());
    if (!m_loaded)
        return;

    const QLocale locale;
    m_organisations->setValue(m_counts.activeOrganisations);
    const int inactive = m_counts.organisations - m_counts.activeOrganisations;
    m_organisations->setDetail(inactive > 0 ? tr("%1 no longer active").arg(locale.toString(inactive)) : QString());

    m_workers->setValue(m_counts.activeWorkers);
    QStringList workerDetail;
    if (m_counts.workersOnBreak > 0)
        workerDetail << tr("%1 on a break").arg(locale.toString(m_counts.workersOnBreak));
    workerDetail << tr("%1 registered in all").arg(locale.toString(m_counts.workers));
    m_workers->setDetail(workerDetail.join(QStringLiteral(" · ")));

    m_requests->setValue(m_counts.openRequests());
    m_requests->setDetail(tr("%1 received in all").arg(locale.toString(m_counts.allRequests())));
    showLines();
}

// A viewer (or a read-only office) is not offered the reminders: the button says the service's refusal instead.
void TodayPage::updateRemindersButton()
{
    const Status writer = m_office ? m_office->requireWriter() : Status::success();
    m_remindersButton->setEnabled(m_office && writer);
    m_remindersButton->setToolTip(
        writer ? tr("A reminder to each worker invited by e-mail who has not answered in time, and to the team of a "
                    "meeting in the next days; each waits for your approval.")
               : writer.error().message);
}

void TodayPage::showLines()
{
    updateRemindersButton();
    const QLocale locale;
    const TodayAgenda::Agenda &a = m_agenda;
    const auto set = [&](Line line, const TodayAgenda::Item &item, const QString &sentence, const QString &detail) {
        m_lines.value(line)->setLine(item.count, locale.toString(item.count), sentence, detail);
    };

    set(Line::UntaggedRequests, a.untaggedRequests,
        plural(a.untaggedRequests.count, QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln request not yet tagged"),
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln requests not yet tagged")),
        tr("Tag them with topics so that the right experience workers can be found."));

    const int days = a.options.staleInvitationDays;
    set(Line::StaleInvitations, a.staleInvitations,
        plural(a.staleInvitations.count,
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln invitation waiting for an answer"),
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln invitations waiting for an answer")),
        plural(days,
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "Sent more than %Ln day ago; remind or ask someone else."),
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "Sent more than %Ln days ago; remind or ask someone else.")));

    set(Line::MissingDebriefs, a.missingDebriefs,
        plural(a.missingDebriefs.count,
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln engagement held without a debrief"),
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln engagements held without a debrief")),
        tr("Every experience worker gets a debrief after the event."));

    set(Line::UnpaidFees, a.unpaidFees,
        plural(a.unpaidFees.count, QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln fee not yet paid"),
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln fees not yet paid")),
        a.unpaidFees.count > 0 ? tr("%1 in fees and travel costs still to pay.").arg(euros(a.unpaidCents)) : QString());

    set(Line::ExpiringConsents, a.expiringConsents,
        plural(a.expiringConsents.count,
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln worker's consent to be contacted expires soon"),
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln workers' consents to be contacted expire soon")),
        plural(a.options.consentDaysAhead,
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "Within %Ln day; ask them to renew it."),
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "Within %Ln days; ask them to renew it.")));

    set(Line::RestingWorkers, a.restingWorkers,
        plural(a.restingWorkers.count,
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln worker resting: do not ask for now"),
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln workers resting: do not ask them for now")),
        tr("%1 on a recovery break, %2 at their monthly limit.")
            .arg(locale.toString(a.onRecoveryBreak), locale.toString(a.atMonthlyLimit)));

    set(Line::UpcomingEngagements, a.upcomingEngagements,
        plural(a.upcomingEngagements.count,
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln engagement in the next 14 days"),
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln engagements in the next 14 days")),
        plural(int(a.upcomingEngagements.requestIds.size()),
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "In %Ln request; check the preparation."),
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "In %Ln requests; check the preparation.")));

    const OutboxCounts &o = m_outboxCounts;
    const auto setMail = [&](Line line, int count, const QString &sentence, const QString &detail) {
        m_lines.value(line)->setLine(count, locale.toString(count), sentence, detail);
    };
    setMail(Line::FailedMessages, o.failed,
            plural(o.failed, QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln message could not be sent"),
                   QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln messages could not be sent")),
            tr("The server's answer is on the request's Messages tab; they go again with the next send."));
    setMail(Line::DraftMessages, o.drafts,
            plural(o.drafts, QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln draft waits for approval"),
                   QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln drafts wait for approval")),
            plural(o.queued, QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln approved message waits to be sent."),
                   QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln approved messages wait to be sent.")));

    QString meeting;
    if (!a.nextMeeting.isValid())
        meeting = tr("The group's meeting days are not set yet: set them with “Meeting days…”.");
    else if (a.nextMeeting == a.today)
        meeting = tr("The group meets today. Requests still looking for workers, received since %1.")
                      .arg(longDate(a.bringSince));
    else
        meeting = plural(int(a.today.daysTo(a.nextMeeting)),
                         QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "The group meets on %1, in %Ln day."),
                         QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "The group meets on %1, in %Ln days."))
                      .arg(longDate(a.nextMeeting))
            + QLatin1Char(' ')
            + tr("Requests still looking for workers, received since %1.").arg(longDate(a.bringSince));
    set(Line::GroupMeeting, a.meetingRequests,
        plural(a.meetingRequests.count,
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln request to bring to the group meeting"),
               QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln requests to bring to the group meeting")),
        meeting);
}

int TodayPage::draftDueReminders()
{
    if (!m_office)
        return -1;
    TodayAgenda::Options options;
    options.staleInvitationDays = qMax(0, m_settings.value(Settings::Key::StaleInvitationDays).toInt());
    options.engagementDaysAhead = qMax(1, m_settings.value(Settings::Key::ReminderDaysAhead).toInt());
    auto drafts = m_office->draftDueReminders(options);
    if (!drafts) {
        m_remindersResult->setText(drafts.error().message);
        m_remindersResult->show();
        return -1;
    }
    const int n = int(drafts->size());
    m_remindersResult->setText(
        n == 0 ? tr("No reminders are due (or the office has no sender address in Settings ▸ E-mail).")
               : plural(n, QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln reminder written: read and approve it."),
                        QT_TRANSLATE_N_NOOP("Kohtaamo::TodayPage", "%Ln reminders written: read and approve them.")));
    m_remindersResult->show();
    refresh();
    return n;
}

void TodayPage::editMeetingRhythm()
{
    if (!m_office)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Group meeting days"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *editor = new GroupMeetingRhythmEditor(&dialog);
    editor->setOffice(m_office);
    layout->addWidget(editor);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (editor->save())
            dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void TodayPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Read again when the page comes back; not right after setOffice() read it for the first showing.
    if (m_stale || !m_loaded)
        refresh();
}

void TodayPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_stale = true;
}

void TodayPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TodayPage::retranslateUi()
{
    m_title->setText(tr("Today"));
    m_organisations->setTitle(tr("Organisations"));
    m_workers->setTitle(tr("Active experience workers"));
    m_requests->setTitle(tr("Open requests"));
    m_attentionHeading->setText(tr("Needs doing"));
    m_comingHeading->setText(tr("Coming up"));
    m_rhythmButton->setText(tr("Meeting &days…"));
    m_remindersButton->setText(tr("Write due &reminders"));
    updateRemindersButton();
    m_rhythmButton->setAccessibleName(tr("Group meeting days"));
    m_rhythmButton->setAccessibleDescription(tr("When the group meets: the first meeting and how often."));
    for (Line line : allLines())
        m_lines.value(line)->setActionDescription(tr("Opens the list: %1").arg(lineTitle(line)));
    showCounts();
}

} // namespace Kohtaamo
