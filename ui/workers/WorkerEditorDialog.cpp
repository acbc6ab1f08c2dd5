#include "WorkerEditorDialog.h"

#include "WorkerAvailabilityForm.h"
#include "WorkerConsentsPanel.h"
#include "WorkerExperiencesForm.h"
#include "WorkerHistoryPanel.h"
#include "WorkerProfileForm.h"
#include "WorkerServicesForm.h"
#include "WorkerSupportForm.h"
#include "common/ErrorMessage.h"
#include "common/ScrollingPage.h"
#include "office/OfficeService.h"
#include "requests/FieldProblems.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabBar>

#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace Kohtaamo {

WorkerEditorDialog::WorkerEditorDialog(OfficeService &office, const Worker &worker, QWidget *parent)
    : QDialog(parent), m_office(office), m_problems(new FieldProblems(this))
{
    setObjectName(QStringLiteral("workerEditor"));
    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_notice->hide();
    layout->addWidget(m_notice);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_profile = new WorkerProfileForm(*m_problems, m_tabs);
    m_experiences = new WorkerExperiencesForm(*m_problems, m_tabs);
    m_services = new WorkerServicesForm(*m_problems, m_tabs);
    m_availability = new WorkerAvailabilityForm(*m_problems, m_tabs);
    m_consents = new WorkerConsentsPanel(m_tabs);
    m_support = new WorkerSupportForm(*m_problems, m_tabs);
    m_history = new WorkerHistoryPanel(m_tabs);
    m_tabs->addTab(scrollingPage(m_profile), tr("Profile"));
    m_tabs->addTab(m_experiences, tr("Experiences"));
    m_tabs->addTab(scrollingPage(m_services), tr("Kinds of Work"));
    m_tabs->addTab(scrollingPage(m_availability), tr("Availability"));
    m_tabs->addTab(m_consents, tr("Consents"));
    m_tabs->addTab(scrollingPage(m_support), tr("Support"));
    m_tabs->addTab(m_history, tr("History"));
    layout->addWidget(m_tabs, 1);
    m_parts = { m_profile, m_experiences, m_services, m_availability, m_support };

    layout->addWidget(m_problems->panel());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WorkerEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WorkerEditorDialog::reject);
    for (WorkerFormPart *part : std::as_const(m_parts))
        connect(part, &FormPart::changed, this, &WorkerEditorDialog::revalidate);
    connect(m_consents, &WorkerConsentsPanel::changed, this, [this] { m_modified = true; });
    connect(m_problems, &FieldProblems::shownChanged, this, &WorkerEditorDialog::markTabs);
    // The history is read-only: it follows what this office and other coordinators record (an answer, an outcome).
    connect(&m_office, &OfficeService::changed, this, [this](const OfficeChange &change) {
        if (m_original.id != 0
            && (change.touches(OfficeChange::Kind::Worker, m_original.id)
                || change.touches(OfficeChange::Kind::Invitation) || change.touches(OfficeChange::Kind::Engagement)
                || change.touches(OfficeChange::Kind::Request)))
            m_history->load(m_office, m_original);
    });

    loadLists();
    load(worker);
    m_saved = worker;
    // What this coordinator may not change is shown, not offered: Save is off and says why (the service refuses it
    // all the same).
    const Status may = worker.id != 0 ? m_office.mayChangeWorker(worker.id) : m_office.requireWriter();
    if (!may) {
        QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
        save->setEnabled(false);
        save->setToolTip(may.error().message);
        showNotice(may.error().message);
    }
    // Wide enough for every tab's whole name (QTabWidget's own hint counts on scroll arrows instead), in every
    // language and at 150 % font size (issue 19).
    const QMargins margins = layout->contentsMargins();
    const int tabsWidth = m_tabs->tabBar()->sizeHint().width() + margins.left() + margins.right() + 8;
    resize(std::max({ sizeHint().width(), 900, tabsWidth }), qMax(sizeHint().height(), 640));
    // Opens on the name with a visible focus, not on the tab bar (which shows no focus ring).
    if (auto *name = findChild<QWidget *>(QStringLiteral("displayName")))
        name->setFocus(Qt::OtherFocusReason);
}

WorkerEditorDialog::~WorkerEditorDialog() = default;

void WorkerEditorDialog::loadLists()
{
    QStringList missing;
    const auto note = [&](const QString &what, const Error &error) {
        ErrorMessage::log(what, error);
        missing << tr("%1 %2").arg(what, error.message);
    };
    if (auto list = m_office.topics())
        m_experiences->setTaxonomy(*list);
    else
        note(tr("The topics could not be read."), list.error());
    if (auto types = m_office.serviceTypes())
        m_services->setServiceTypes(*types);
    else
        note(tr("The kinds of work could not be read."), types.error());
    if (auto organisations = m_office.organisations())
        m_profile->setOrganisations(*organisations);
    else
        note(tr("The organisations could not be read."), organisations.error());
    if (!missing.isEmpty())
        showNotice(missing.join(QLatin1Char('\n')));
}

void WorkerEditorDialog::load(const Worker &worker)
{
    m_original = worker;
    for (WorkerFormPart *part : std::as_const(m_parts))
        part->setWorker(worker);
    loadConsents(worker.id);
    const QString historyError = m_history->load(m_office, worker);
    if (!historyError.isEmpty())
        showNotice(tr("The history could not be read: %1").arg(historyError));
    m_problems->reset();
    revalidate();
    m_modified = false;
    markTabs();
    setWindowTitle(worker.id == 0 ? tr("New Experience Worker")
                                  : tr("Edit Experience Worker %1").arg(worker.displayName));
}

void WorkerEditorDialog::loadConsents(qint64 workerId)
{
    QHash<qint64, QString> names;
    if (auto coordinators = m_office.coordinators()) {
        for (const Coordinator &c : *coordinators)
            names.insert(c.id, c.displayName);
    }
    QVector<Consent> stored;
    if (workerId != 0) {
        auto consents = m_office.consents(workerId);
        if (consents)
            stored = *consents;
        else
            showNotice(tr("The consents could not be read: %1").arg(consents.error().message));
    }
    m_consents->setConsents(stored, names);
}

Worker WorkerEditorDialog::currentWorker() const
{
    Worker w = m_original;
    for (const WorkerFormPart *part : m_parts)
        part->applyTo(w);
    return w;
}

QVector<Error> WorkerEditorDialog::findProblems() const
{
    QVector<Error> found;
    for (const WorkerFormPart *part : m_parts)
        found += part->inputProblems();
    // Core reports the first rule broken; the form's own message for a field comes first.
    if (Status s = OfficeService::validateWorker(currentWorker()); !s) {
        const bool known
            = std::any_of(found.cbegin(), found.cend(), [&](const Error &f) { return f.detail == s.error().detail; });
        if (!known)
            found.append(s.error());
    }
    return found;
}

void WorkerEditorDialog::revalidate()
{
    m_modified = true;
    m_problems->setProblems(findProblems());
}

void WorkerEditorDialog::markTabs()
{
    m_problems->markTabs(m_tabs);
}

void WorkerEditorDialog::focusFirstProblem()
{
    QWidget *input = m_problems->showFirstInput(m_tabs);
    if (!input)
        return;
    input->setFocus(Qt::OtherFocusReason);
}

void WorkerEditorDialog::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void WorkerEditorDialog::accept()
{
    const QVector<Error> found = findProblems();
    m_problems->setProblems(found);
    m_problems->revealAll();
    if (!found.isEmpty()) {
        focusFirstProblem();
        return;
    }
    // The worker and its consents together, or nothing.
    const Result<Worker> saved = m_office.saveWorker(currentWorker(), m_consents->pendingChanges());
    if (saved) {
        m_saved = *saved;
        m_modified = false;
        QDialog::accept();
        return;
    }
    const Error &error = saved.error();
    if (error.code == Error::Code::Conflict) {
        resolveConflict(error);
    } else if (error.code == Error::Code::InvalidInput && m_problems->hasField(error.detail)) {
        m_problems->addSaveProblem(error);
        focusFirstProblem();
    } else {
        ErrorMessage::show(this, tr("The worker was not saved."), error);
    }
}

void WorkerEditorDialog::resolveConflict(const Error &error)
{
    ErrorMessage::log(tr("The worker was not saved."), error);
    QMessageBox box(QMessageBox::Warning, tr("Worker Changed Meanwhile"),
                    tr("Someone else saved this worker or one of their consents after you opened it. Nothing was "
                       "saved, and nothing of theirs was overwritten."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("conflict"));
    box.setInformativeText(error.message);
    QPushButton *reload = box.addButton(tr("&Reload and Discard My Changes"), QMessageBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("reload"));
    QPushButton *keep = box.addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditing"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != reload) {
        showNotice(tr("Not saved: this worker was changed by someone else. Reload to see their version; copy what "
                      "you need from here first."));
        return;
    }
    auto stored = m_office.worker(m_original.id);
    if (!stored) {
        ErrorMessage::show(this, tr("The stored worker could not be read."), stored.error());
        return;
    }
    load(*stored);
    showNotice(tr("Reloaded: this is the worker as stored now. Make your changes again and save."));
}

void WorkerEditorDialog::reject()
{
    if (m_modified || m_consents->hasPendingChanges()) {
        QMessageBox box(QMessageBox::Question, tr("Discard Changes?"),
                        tr("Close without saving your changes to this worker?"), QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("discard"));
        QPushButton *discard = box.addButton(QMessageBox::Discard);
        discard->setObjectName(QStringLiteral("discardChanges"));
        QPushButton *keep = box.addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

} // namespace Kohtaamo
