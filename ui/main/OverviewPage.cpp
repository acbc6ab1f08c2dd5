#include "OverviewPage.h"

#include "GettingStartedPanel.h"
#include "common/Clock.h"
#include "common/CountTile.h"
#include "common/PageHeading.h"
#include "requests/RequestWorkflow.h"
#include "storage/Database.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Kohtaamo {

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
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
    connect(m_gettingStarted, &GettingStartedPanel::pageRequested, this, &OverviewPage::pageRequested);
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

QWidget *OverviewPage::createSummary(QWidget *parent)
{
    auto *summary = new QWidget(parent);
    auto *layout = new QVBoxLayout(summary);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(14);
    m_organisations = new CountTile(summary);
    m_organisations->setObjectName(QStringLiteral("organisationsTile"));
    m_workers = new CountTile(summary);
    m_workers->setObjectName(QStringLiteral("workersTile"));
    m_requests = new CountTile(summary);
    m_requests->setObjectName(QStringLiteral("openRequestsTile"));
    for (CountTile *tile : {m_organisations, m_workers, m_requests})
        tiles->addWidget(tile, 1);
    layout->addLayout(tiles);

    layout->addSpacing(8);
    m_statusHeading = new PageHeading(PageHeading::Level::Section, summary);
    layout->addWidget(m_statusHeading);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(2, 1);
    int row = 0;
    for (RequestStatus status : OfficeSummary::openStatuses()) {
        StatusRow r;
        r.name = new QLabel(summary);
        r.count = new QLabel(summary);
        r.count->setObjectName(QStringLiteral("count_") + toCode(status));
        QFont bold = r.count->font();
        bold.setBold(true);
        r.count->setFont(bold);
        r.count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        r.count->setMinimumWidth(r.count->fontMetrics().horizontalAdvance(QStringLiteral("00000")));
        r.explanation = new QLabel(summary);
        r.explanation->setWordWrap(true);
        grid->addWidget(r.name, row, 0);
        grid->addWidget(r.count, row, 1);
        grid->addWidget(r.explanation, row, 2);
        m_statusRows.insert(status, r);
        ++row;
    }
    layout->addLayout(grid);

    m_closedLine = new QLabel(summary);
    m_closedLine->setObjectName(QStringLiteral("closedLine"));
    m_closedLine->setWordWrap(true);
    layout->addWidget(m_closedLine);

    layout->addSpacing(8);
    m_comingNote = new QLabel(summary);
    m_comingNote->setObjectName(QStringLiteral("comingNote"));
    m_comingNote->setWordWrap(true);
    layout->addWidget(m_comingNote);
    return summary;
}

void OverviewPage::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

bool OverviewPage::showsGettingStarted() const
{
    return !m_gettingStarted->isHidden();
}

QString OverviewPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OverviewPage::refresh()
{
    m_loaded = false;
    m_counts = {};
    m_error->hide();
    if (m_db) {
        auto counts = OfficeSummary(*m_db).counts();
        if (counts) {
            m_counts = *counts;
            m_loaded = true;
        } else {
            m_error->setText(tr("The numbers could not be read from the database. %1").arg(counts.error().message));
            m_error->show();
        }
    }
    showCounts();
}

void OverviewPage::showCounts()
{
    m_date->setText(QLocale().toString(Clock::instance().today(), QLocale::LongFormat));
    m_gettingStarted->setVisible(m_loaded && m_counts.isEmpty());
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

    for (auto it = m_statusRows.cbegin(); it != m_statusRows.cend(); ++it)
        it->count->setText(locale.toString(m_counts.requestsIn(it.key())));
    m_closedLine->setText(tr("Closed: %1 · Cancelled: %2")
                              .arg(locale.toString(m_counts.requestsIn(RequestStatus::Closed)),
                                   locale.toString(m_counts.requestsIn(RequestStatus::Cancelled))));
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OverviewPage::retranslateUi()
{
    m_title->setText(tr("Today"));
    m_organisations->setTitle(tr("Organisations"));
    m_workers->setTitle(tr("Active experience workers"));
    m_requests->setTitle(tr("Open requests"));
    m_statusHeading->setText(tr("Open requests by status"));

    const QMap<RequestStatus, QString> explanations{
        {RequestStatus::New, tr("Logged, not yet tagged with topics.")},
        {RequestStatus::Tagged, tr("Topics set; ready to find and invite experience workers.")},
        {RequestStatus::Inviting, tr("Invitations sent; waiting for answers.")},
        {RequestStatus::Confirmed, tr("Enough workers have said yes; the meeting is ahead.")},
        {RequestStatus::Held, tr("The meeting was held; outcome, debrief and fees to record before closing.")},
    };
    for (auto it = m_statusRows.cbegin(); it != m_statusRows.cend(); ++it) {
        it->name->setText(RequestWorkflow::statusName(it.key()));
        it->explanation->setText(explanations.value(it.key()));
    }
    m_comingNote->setText(tr("A fuller Today page comes in a later version: requests waiting for topics, invitations "
                             "without an answer, meetings in the next two weeks, debriefs and fees still to do, and "
                             "consents about to expire."));
    showCounts();
}

} // namespace Kohtaamo
