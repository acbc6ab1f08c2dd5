#include "WorkerHistoryPanel.h"
#include "common/DateTexts.h"

#include "common/Clock.h"
#include "office/OfficeService.h"
#include "outcomes/OutcomeTexts.h"
#include "requests/InvitationListModel.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kohtaamo {

namespace {
QTableWidget *newTable(QWidget *parent, const char *name, const QString &accessible, const QStringList &headers)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(QLatin1String(name));
    t->setAccessibleName(accessible);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setTabKeyNavigation(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &texts)
{
    for (int c = 0; c < texts.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(texts.at(c)));
}
} // namespace

WorkerHistoryPanel::WorkerHistoryPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("yearSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_summary);
    m_fees = new QLabel(this);
    m_fees->setObjectName(QStringLiteral("feeYearSummary"));
    m_fees->setAccessibleName(tr("Fees paid this year"));
    m_fees->setWordWrap(true);
    m_fees->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_fees);
    auto *engagementsLabel = new QLabel(tr("&Engagements:"), this);
    m_engagements = newTable(this, "engagementHistory", tr("Engagements"),
                             { tr("Request"), tr("Date"), tr("Attendance"), tr("Hours"), tr("Fee"), tr("Debrief") });
    engagementsLabel->setBuddy(m_engagements);
    layout->addWidget(engagementsLabel);
    layout->addWidget(m_engagements, 1);
    auto *invitationsLabel = new QLabel(tr("&Invitations:"), this);
    m_invitations = newTable(this, "invitationHistory", tr("Invitations"), { tr("Request"), tr("Sent"), tr("Answer") });
    invitationsLabel->setBuddy(m_invitations);
    layout->addWidget(invitationsLabel);
    layout->addWidget(m_invitations, 1);
}

QString WorkerHistoryPanel::yearSummary() const
{
    return m_summary->text();
}

QString WorkerHistoryPanel::feeSummary() const
{
    return m_fees->isHidden() ? QString() : m_fees->text();
}

QString WorkerHistoryPanel::load(OfficeService &office, const Worker &worker)
{
    m_invitations->setRowCount(0);
    m_engagements->setRowCount(0);
    m_fees->hide();
    if (worker.id != 0) {
        // Earnings are the fees paid in the year (by payment date), as the payment batches record them.
        const int year = Clock::instance().today().year();
        if (auto fees = office.workerFeeYear(worker.id, year)) {
            QString text = tr("Fees paid in %1: %2; due now: %3.")
                               .arg(QString::number(year), OutcomeTexts::euros(fees->paidCents),
                                    OutcomeTexts::euros(fees->dueCents));
            if (fees->ceilingCents) {
                const qint64 ceiling = *fees->ceilingCents;
                text += QLatin1Char(' ')
                    + (fees->paidCents > ceiling
                           ? tr("Paid over the earnings ceiling of %1 by %2.")
                                 .arg(OutcomeTexts::euros(ceiling), OutcomeTexts::euros(fees->paidCents - ceiling))
                           : tr("Paid %1 of the earnings ceiling of %2.")
                                 .arg(OutcomeTexts::euros(fees->paidCents), OutcomeTexts::euros(ceiling)));
            }
            m_fees->setText(text);
            m_fees->setAccessibleDescription(text); // heard as well as seen
            m_fees->show();
        }
    }
    if (worker.id == 0) {
        m_summary->setText(tr("A new worker has no history yet."));
        return {};
    }
    auto history = office.workerHistory(worker.id);
    if (!history) {
        const QString error = history.error().message;
        m_summary->setText(tr("The history could not be read: %1").arg(error));
        return error;
    }
    const QVector<Invitation> &invitations = history->invitations;
    const QVector<Engagement> &engagements = history->engagements;
    const auto requestName = [&](qint64 id) {
        const auto r = history->requests.constFind(id);
        return r != history->requests.constEnd() ? tr("%1 %2", "reference title").arg(r->reference, r->title)
                                                 : tr("Request #%1").arg(id);
    };

    m_invitations->setRowCount(int(invitations.size()));
    for (int row = 0; row < invitations.size(); ++row) {
        const Invitation &i = invitations.at(row);
        setRow(m_invitations, row,
               { requestName(i.requestId), DateTexts::shortText(i.sentAt),
                 InvitationListModel::responseName(i.response) });
    }

    const int year = Clock::instance().today().year();
    qint64 feesThisYear = 0;
    double hoursThisYear = 0;
    int countThisYear = 0;
    m_engagements->setRowCount(int(engagements.size()));
    for (int row = 0; row < engagements.size(); ++row) {
        const Engagement &e = engagements.at(row);
        setRow(m_engagements, row,
               { requestName(e.requestId), OutcomeTexts::date(e.starts.date()),
                 OutcomeTexts::attendanceName(e.attendance), OutcomeTexts::hours(e.hours),
                 e.feeDeclined ? tr("declined") : OutcomeTexts::euros(e.feeCents),
                 e.debriefDone ? OutcomeTexts::date(e.debriefOn) : tr("not yet") });
        if (e.starts.date().year() == year && e.attendance != Attendance::Cancelled) {
            ++countThisYear;
            hoursThisYear += e.hours;
            if (!e.feeDeclined)
                feesThisYear += e.feeCents;
        }
    }

    const QString engagementCount = tr("%Ln engagement(s)", nullptr, countThisYear);
    QString text = tr("In %1: %2, %3 hours, fees %4.", "year: engagements, hours, fees")
                       .arg(QString::number(year), engagementCount, OutcomeTexts::hours(hoursThisYear),
                            OutcomeTexts::euros(feesThisYear));
    if (worker.annualEarningsCeilingCents) {
        const qint64 ceiling = *worker.annualEarningsCeilingCents;
        text += QLatin1Char(' ');
        if (feesThisYear > ceiling)
            text += tr("Over the annual earnings ceiling of %1 by %2.")
                        .arg(OutcomeTexts::euros(ceiling), OutcomeTexts::euros(feesThisYear - ceiling));
        else
            text += tr("Annual earnings ceiling %1: %2 left.")
                        .arg(OutcomeTexts::euros(ceiling), OutcomeTexts::euros(ceiling - feesThisYear));
    } else {
        text += QLatin1Char(' ') + tr("No annual earnings ceiling recorded.");
    }
    m_summary->setText(text);
    return {};
}

} // namespace Kohtaamo
