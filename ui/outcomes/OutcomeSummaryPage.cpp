#include "OutcomeSummaryPage.h"
#include "common/DateTexts.h"

#include "common/Clock.h"
#include "common/DateField.h"
#include "common/Plausibility.h"

#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Kohtaamo {

OutcomeSummaryPage::OutcomeSummaryPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("summaryPage"));
    m_heldOnLabel = new QLabel(this);
    m_heldOn = new DateField(this);
    m_heldOn->setObjectName(QStringLiteral("heldOn"));
    m_heldOn->setCalendarPopup(true);
    m_heldOnLabel->setBuddy(m_heldOn);

    m_summaryLabel = new QLabel(this);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("meetingSummary"));
    m_summary->setTabChangesFocus(true);
    m_summaryLabel->setBuddy(m_summary);

    m_feedbackLabel = new QLabel(this);
    m_feedback = new QPlainTextEdit(this);
    m_feedback->setObjectName(QStringLiteral("requesterFeedback"));
    m_feedback->setTabChangesFocus(true);
    m_feedbackLabel->setBuddy(m_feedback);

    m_audienceLabel = new QLabel(this);
    m_audience = new QSpinBox(this);
    m_audience->setObjectName(QStringLiteral("audienceSize"));
    m_audience->setRange(0, Plausibility::kMaxAudience);
    m_audience->setGroupSeparatorShown(true);
    m_audienceLabel->setBuddy(m_audience);

    auto *dateRow = new QFormLayout;
    dateRow->addRow(m_heldOnLabel, m_heldOn);
    dateRow->addRow(m_audienceLabel, m_audience);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(dateRow);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_summary, 3);
    layout->addWidget(m_feedbackLabel);
    layout->addWidget(m_feedback, 2);
    setTabOrder(m_heldOn, m_audience);
    setTabOrder(m_audience, m_summary);
    setTabOrder(m_summary, m_feedback);
    retranslateUi();
}

void OutcomeSummaryPage::setOutcome(const MeetingOutcome &outcome)
{
    m_loaded = outcome;
    if (!m_loaded.heldOn.isValid())
        m_loaded.heldOn = Clock::instance().today();
    m_heldOn->setDate(m_loaded.heldOn);
    m_summary->setPlainText(outcome.summary);
    m_feedback->setPlainText(outcome.requesterFeedback);
    m_audience->setValue(outcome.audienceSize);
}

MeetingOutcome OutcomeSummaryPage::outcome() const
{
    MeetingOutcome o = m_loaded;
    o.heldOn = m_heldOn->date();
    o.summary = m_summary->toPlainText().trimmed();
    o.requesterFeedback = m_feedback->toPlainText().trimmed();
    o.audienceSize = m_audience->value();
    return o;
}

bool OutcomeSummaryPage::isModified() const
{
    const MeetingOutcome o = outcome();
    return o.heldOn != m_loaded.heldOn || o.summary != m_loaded.summary.trimmed()
        || o.requesterFeedback != m_loaded.requesterFeedback.trimmed() || o.audienceSize != m_loaded.audienceSize;
}

std::optional<MeetingOutcome> OutcomeSummaryPage::changes() const
{
    if (!isModified())
        return std::nullopt;
    return outcome();
}

void OutcomeSummaryPage::markSaved(const MeetingOutcome &stored)
{
    setOutcome(stored);
}

QWidget *OutcomeSummaryPage::inputFor(const QString &field) const
{
    if (field == QLatin1String("heldOn"))
        return m_heldOn;
    if (field == QLatin1String("requesterFeedback"))
        return m_feedback;
    if (field == QLatin1String("audienceSize"))
        return m_audience;
    return m_summary;
}

void OutcomeSummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OutcomeSummaryPage::retranslateUi()
{
    m_heldOnLabel->setText(tr("Held &on:"));
    m_heldOn->setAccessibleName(tr("Held on"));
    m_heldOn->setDisplayFormat(DateTexts::dateFormat());
    m_audienceLabel->setText(tr("People reac&hed:"));
    m_audience->setAccessibleName(tr("People reached"));
    m_audience->setToolTip(tr("How many people the meeting reached (its audience or participants), for the results "
                              "report."));
    m_summaryLabel->setText(tr("Meeting s&ummary:"));
    m_summary->setAccessibleName(tr("Meeting summary"));
    m_summary->setPlaceholderText(tr("What was discussed, what the workers brought up, what was agreed."));
    m_feedbackLabel->setText(tr("&Requester's feedback:"));
    m_feedback->setAccessibleName(tr("Requester's feedback"));
    m_feedback->setPlaceholderText(tr("What the requester said about the meeting and what they will do with it."));
}

} // namespace Kohtaamo
