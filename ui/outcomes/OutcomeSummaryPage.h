#pragma once

#include "domain/MeetingOutcome.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace Kohtaamo {

// The "Summary and feedback" tab: the day the meeting was held, the meeting summary and the requester's feedback.
class OutcomeSummaryPage : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomeSummaryPage(QWidget *parent = nullptr);

    // `outcome` as loaded; id 0 = none recorded yet (then its held date is the suggested one).
    void setOutcome(const MeetingOutcome &outcome);
    MeetingOutcome outcome() const;
    // Whether the coordinator changed anything; an untouched new outcome is not worth a record.
    bool isModified() const;
    // The outcome to save, when there is something to save.
    std::optional<MeetingOutcome> changes() const;
    void markSaved(const MeetingOutcome &stored);

    // The input a core error about `field` concerns (MeetingOutcome field names).
    QWidget *inputFor(const QString &field) const;

    QDateEdit *heldOnEdit() const { return m_heldOn; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QPlainTextEdit *feedbackEdit() const { return m_feedback; }
    QSpinBox *audienceEdit() const { return m_audience; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    MeetingOutcome m_loaded;
    QLabel *m_heldOnLabel = nullptr;
    QDateEdit *m_heldOn = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLabel *m_feedbackLabel = nullptr;
    QPlainTextEdit *m_feedback = nullptr;
    QLabel *m_audienceLabel = nullptr;
    QSpinBox *m_audience = nullptr; // people reached (the results report)
};

} // namespace Kohtaamo
