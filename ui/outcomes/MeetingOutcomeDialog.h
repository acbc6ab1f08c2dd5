#pragma once

#include "common/Error.h"
#include "domain/RequestStatus.h"
#include "domain/Topic.h"
#include "requests/OutcomeRecorder.h"

#include <QDateTime>
#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace Kohtaamo {

class KnowledgePage;
struct OfficeChange;
class OfficeService;
class OutcomeSummaryPage;
class ParticipationPage;

// What came of a request that has been held (or is confirmed and its day has come): per engaged worker attendance,
// hours, fee or fee declined, travel costs, preparation and debrief (date, by whom); the meeting summary and the
// requester's feedback; and the experience knowledge the meeting produced. Three tabs: Participation, Summary and
// feedback, Experience knowledge.
//
// Save writes everything that changed through the office service, in ONE transaction (OfficeService::recordOutcome):
// invalid input is shown and the focus goes to the problem, with the dialog left open; a record another coordinator
// changed meanwhile is reported (which record, who changed it) with an offer to reload, and nothing is written.
// When another coordinator changes this meeting's records and nothing has been edited here yet, it reads them again.
class MeetingOutcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Tab { Participation, Summary, Knowledge };

    // Reads the request, its engagements, its outcome (empty when none is recorded yet) and its knowledge.
    MeetingOutcomeDialog(OfficeService &office, qint64 requestId, QWidget *parent = nullptr);
    ~MeetingOutcomeDialog() override;

    qint64 requestId() const { return m_requestId; }
    // False when the records could not be read; loadError() says why and Save is disabled.
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError.message; }
    bool hasUnsavedChanges() const;

    // Reads everything again from the database; unsaved changes in the dialog are dropped.
    bool reload();
    // What the Save button does, without closing: true when everything was stored (or nothing had changed).
    bool save();
    void showTab(Tab tab);

    ParticipationPage *participationPage() const { return m_participation; }
    OutcomeSummaryPage *summaryPage() const { return m_summary; }
    KnowledgePage *knowledgePage() const { return m_knowledge; }
    QTabWidget *tabs() const { return m_tabs; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // Save, then close; stays open when saving failed.
    void accept() override;
    // Asks before dropping unsaved changes.
    void reject() override;

signals:
    // After a successful save that wrote something.
    void saved(qint64 requestId);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Header
    {
        QString reference;
        QString title;
        QDateTime meeting; // invalid: then the work date
        QDate workDate;
        RequestStatus status = RequestStatus::New;
    };

    void retranslateUi();
    void showHeader();
    void showFailure(const Error &error, const OutcomeRecorder::Failure &failure,
                     const OutcomeRecorder::Changes &changes, const QVector<int> &knowledgeRows);
    void offerReload(const Error &error);
    void onChanged(const OfficeChange &change);

    QPointer<OfficeService> m_office; // the window may close the office first
    qint64 m_requestId = 0;
    bool m_loaded = false;
    Error m_loadError;
    Header m_header;
    QVector<Topic> m_taxonomy;
    QVector<qint64> m_engagementIds; // as read: whose changes concern this dialog

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_error = nullptr;
    QTabWidget *m_tabs = nullptr;
    ParticipationPage *m_participation = nullptr;
    OutcomeSummaryPage *m_summary = nullptr;
    KnowledgePage *m_knowledge = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kohtaamo
