#include "MeetingOutcomeDialog.h"
#include "common/DateTexts.h"

#include "EngagementTableModel.h"
#include "EngagementTableView.h"
#include "KnowledgeEntryListModel.h"
#include "KnowledgePage.h"
#include "OutcomeSummaryPage.h"
#include "ParticipationPage.h"
#include "common/ErrorMessage.h"
#include "office/OfficeService.h"
#include "requests/RequestWorkflow.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFont>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kohtaamo {

MeetingOutcomeDialog::MeetingOutcomeDialog(OfficeService &office, qint64 requestId, QWidget *parent)
    : QDialog(parent), m_office(&office), m_requestId(requestId)
{
    setObjectName(QStringLiteral("meetingOutcomeDialog"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("outcomeTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle = new QLabel(this);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("outcomeLoadError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("outcomeTabs"));
    m_participation = new ParticipationPage(m_tabs);
    m_summary = new OutcomeSummaryPage(m_tabs);
    m_knowledge = new KnowledgePage(m_tabs);
    m_tabs->addTab(m_participation, QString());
    m_tabs->addTab(m_summary, QString());
    m_tabs->addTab(m_knowledge, QString());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MeetingOutcomeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MeetingOutcomeDialog::reject);
    // A long form of tables and fields: Enter finishes the cell or field being typed in, and never saves and closes
    // the whole outcome by surprise. Ctrl+Enter (or Alt+S) saves.
    for (const QKeySequence &keys : { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) })
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &MeetingOutcomeDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    retranslateUi();
    reload();
    // Wide enough for the whole participation table on a 1280-pixel screen.
    resize(1240, 640);
    // Opens on the participation table with a visible focus, not on the tab bar (which shows no focus ring).
    m_participation->view()->setFocus(Qt::OtherFocusReason);
    connect(&office, &OfficeService::changed, this, &MeetingOutcomeDialog::onChanged);
}

MeetingOutcomeDialog::~MeetingOutcomeDialog() = default;

bool MeetingOutcomeDialog::reload()
{
    m_loaded = false;
    m_loadError = Error();
    const auto failed = [this](const Error &error) {
        m_loadError = error;
        ErrorMessage::log(tr("The meeting outcome could not be read."), error);
        m_error->setText(tr("The meeting outcome could not be read: %1").arg(error.message));
        m_error->show();
        m_tabs->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return false;
    };

    if (!m_office)
        return failed(Error(Error::Code::CannotOpen, tr("The database is closed.")));
    auto read = m_office->meetingOutcomeSheet(m_requestId);
    if (!read)
        return failed(read.error());
    const MeetingOutcomeSheet &sheet = *read;
    const Request &request = sheet.request;
    const QDateTime meeting = RequestWorkflow::meetingStart(request);
    m_header.reference = request.reference;
    m_header.title = request.title;
    m_header.meeting = meeting;
    m_header.workDate = request.workDate();
    m_header.status = request.status;

    m_taxonomy = sheet.taxonomy;
    m_engagementIds.clear();
    for (const Engagement &e : sheet.engagements)
        m_engagementIds.append(e.id);
    m_participation->model()->setEngagements(sheet.engagements, sheet.workerNames);
    MeetingOutcome current;
    if (sheet.outcome) {
        current = *sheet.outcome;
    } else {
        current.requestId = m_requestId;
        current.heldOn = meeting.isValid() ? meeting.date() : request.workDate();
    }
    m_summary->setOutcome(current);
    // Oldest first, the order in which they were written down.
    QVector<KnowledgeEntry> entries = sheet.knowledge;
    std::reverse(entries.begin(), entries.end());
    m_knowledge->setContext(m_requestId, m_taxonomy);
    m_knowledge->model()->setEntries(entries);

    m_error->hide();
    m_tabs->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
    m_loaded = true;
    showHeader();
    return true;
}

bool MeetingOutcomeDialog::hasUnsavedChanges() const
{
    if (!m_loaded)
        return false;
    return !m_participation->model()->modifiedEngagements().isEmpty() || m_summary->isModified()
        || !m_knowledge->model()->modifiedRows().isEmpty();
}

bool MeetingOutcomeDialog::save()
{
    if (!m_loaded)
        return false;
    m_participation->commitPendingEdit();
    OutcomeRecorder::Changes changes;
    changes.engagements = m_participation->model()->modifiedEngagements();
    changes.outcome = m_summary->changes();
    const QVector<int> knowledgeRows = m_knowledge->model()->modifiedRows();
    for (int row : knowledgeRows)
        changes.knowledge.append(m_knowledge->model()->entry(row));
    if (changes.isEmpty())
        return true;

    if (!m_office)
        return false;
    OutcomeRecorder::Failure failure;
    auto stored = m_office->recordOutcome(m_requestId, changes, &failure);
    if (!stored) {
        showFailure(stored.error(), failure, changes, knowledgeRows);
        return false;
    }
    // Only now, with the transaction committed, do the new versions become what the dialog edits.
    m_participation->model()->markSaved(stored->engagements);
    if (stored->outcome)
        m_summary->markSaved(*stored->outcome);
    m_knowledge->model()->markSaved(knowledgeRows, stored->knowledge);
    emit saved(m_requestId);
    return true;
}

void MeetingOutcomeDialog::onChanged(const OfficeChange &change)
{
    // Only another coordinator's change of this meeting's records, and only while nothing is edited here: edits
    // stay, and their save then meets the other change as a conflict.
    if (!change.external || hasUnsavedChanges())
        return;
    bool concerned = change.touches(OfficeChange::Kind::Request, m_requestId)
        || change.touches(OfficeChange::Kind::Outcome, m_requestId);
    for (qint64 id : std::as_const(m_engagementIds))
        concerned = concerned || change.touches(OfficeChange::Kind::Engagement, id);
    if (concerned)
        reload();
}

void MeetingOutcomeDialog::showFailure(const Error &error, const OutcomeRecorder::Failure &failure,
                                       const OutcomeRecorder::Changes &changes, const QVector<int> &knowledgeRows)
{
    if (error.code == Error::Code::Conflict || error.code == Error::Code::NotFound) {
        offerReload(error);
        return;
    }
    if (error.code != Error::Code::InvalidInput) {
        ErrorMessage::show(this, tr("The meeting outcome was not saved."), error);
        return;
    }

    // Invalid input: say what is wrong, then put the focus where it can be fixed.
    QString message = error.message;
    EngagementTableModel *engagements = m_participation->model();
    int engagementRow = -1;
    if (failure.part == OutcomeRecorder::Part::Engagement && failure.index >= 0
        && failure.index < changes.engagements.size()) {
        engagementRow = engagements->rowOf(changes.engagements.at(failure.index).id);
        if (engagementRow >= 0)
            message = tr("%1: %2", "worker: problem").arg(engagements->workerName(engagementRow), error.message);
    }
    QMessageBox box(QMessageBox::Warning, tr("Meeting outcome"), tr("The meeting outcome was not saved."),
                    QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("outcomeInvalidBox"));
    box.setInformativeText(message + QLatin1Char('\n') + tr("Nothing was written. Correct it and save again."));
    box.exec();

    switch (failure.part) {
    case OutcomeRecorder::Part::Engagement:
        showTab(Tab::Participation);
        m_participation->focusCell(std::max(0, engagementRow), EngagementTableModel::columnForField(error.detail));
        break;
    case OutcomeRecorder::Part::Outcome:
        showTab(Tab::Summary);
        m_summary->inputFor(error.detail)->setFocus(Qt::OtherFocusReason);
        break;
    case OutcomeRecorder::Part::Knowledge:
        showTab(Tab::Knowledge);
        if (failure.index >= 0 && failure.index < knowledgeRows.size())
            m_knowledge->focusRow(knowledgeRows.at(failure.index));
        break;
    case OutcomeRecorder::Part::None:
        break;
    }
}

void MeetingOutcomeDialog::offerReload(const Error &error)
{
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("outcomeConflictBox"));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Meeting outcome"));
    box.setText(error.code == Error::Code::Conflict
                    ? tr("Another coordinator saved changes to this meeting's records while you were editing.")
                    : tr("A record of this meeting was removed while you were editing."));
    box.setInformativeText(error.message + QStringLiteral("\n\n")
                           + tr("Reload shows the records as they are now; the changes you made here are then "
                                "dropped. Keep editing to copy your text first."));
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    QPushButton *reloadButton = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    reloadButton->setObjectName(QStringLiteral("reloadButton"));
    QPushButton *keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingButton"));
    box.setDefaultButton(reloadButton);
    box.exec();
    if (box.clickedButton() == reloadButton)
        reload();
}

void MeetingOutcomeDialog::showTab(Tab tab)
{
    switch (tab) {
    case Tab::Participation:
        m_tabs->setCurrentWidget(m_participation);
        break;
    case Tab::Summary:
        m_tabs->setCurrentWidget(m_summary);
        break;
    case Tab::Knowledge:
        m_tabs->setCurrentWidget(m_knowledge);
        break;
    }
}

void MeetingOutcomeDialog::accept()
{
    if (save())
        QDialog::accept();
}

void MeetingOutcomeDialog::reject()
{
    m_participation->commitPendingEdit();
    if (hasUnsavedChanges()) {
        QMessageBox box(QMessageBox::Question, tr("Meeting outcome"),
                        tr("Drop the changes you made to this meeting's outcome?"), QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("outcomeDiscardBox"));
        QPushButton *drop = box.addButton(tr("&Drop changes"), QMessageBox::DestructiveRole);
        drop->setObjectName(QStringLiteral("dropChangesButton"));
        QPushButton *keep = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
        keep->setObjectName(QStringLiteral("keepEditingButton"));
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() != drop)
            return;
    }
    QDialog::reject();
}

void MeetingOutcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void MeetingOutcomeDialog::showHeader()
{
    if (m_header.reference.isEmpty() && m_header.title.isEmpty()) {
        m_title->setText(tr("Meeting outcome"));
        m_subtitle->clear();
        return;
    }
    m_title->setText(tr("Meeting outcome: %1 %2").arg(m_header.reference, m_header.title));
    const QString when
        = m_header.meeting.isValid() ? DateTexts::shortText(m_header.meeting) : DateTexts::shortText(m_header.workDate);
    const QString status = RequestWorkflow::statusName(m_header.status);
    m_subtitle->setText(when.isEmpty() ? tr("Status: %1").arg(status)
                                       : tr("Meeting %1 · status: %2").arg(when, status));
    setWindowTitle(tr("Meeting outcome — %1").arg(m_header.reference));
}

void MeetingOutcomeDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter that no field took (a check box, a tab): on to the next field, as in a form, instead of the dialog's
    // default button. Ctrl+Enter saves (the shortcut above).
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ControlModifier)) {
        focusNextChild();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void MeetingOutcomeDialog::retranslateUi()
{
    setWindowTitle(tr("Meeting outcome"));
    m_tabs->setTabText(m_tabs->indexOf(m_participation), tr("&Participation"));
    m_tabs->setTabText(m_tabs->indexOf(m_summary), tr("Summary and &feedback"));
    m_tabs->setTabText(m_tabs->indexOf(m_knowledge), tr("E&xperience knowledge"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_buttons->button(QDialogButtonBox::Save)
        ->setToolTip(
            tr("Saves the participation, the summary and the knowledge together; if any of it cannot be saved, none "
               "of it is. (Ctrl+Enter)"));
    if (m_loaded)
        showHeader();
}

} // namespace Kohtaamo
