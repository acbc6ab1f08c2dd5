#include "RequestEditorDialog.h"

#include "FieldProblems.h"
#include "RequestDetailsForm.h"
#include "RequestScheduleForm.h"
#include "RequestTermsForm.h"
#include "TopicPicker.h"
#include "common/ErrorMessage.h"
#include "common/ScrollingPage.h"
#include "office/OfficeService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kohtaamo {

RequestEditorDialog::RequestEditorDialog(OfficeService &office, const Request &request, QWidget *parent)
    : QDialog(parent), m_office(office), m_problems(new FieldProblems(this))
{
    setObjectName(QStringLiteral("requestEditor"));
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
    m_details = new RequestDetailsForm(*m_problems, m_tabs);
    m_tabs->addTab(scrollingPage(m_details), tr("Re&quest"));

    auto *topicsPage = new QWidget(m_tabs);
    auto *topicsLayout = new QVBoxLayout(topicsPage);
    m_topics = new TopicPicker(topicsPage);
    m_topics->setObjectName(QStringLiteral("topicPicker"));
    topicsLayout->addWidget(m_problems->add(QStringLiteral("topics"), m_topics->chosenInput(), m_topics));
    m_tabs->addTab(topicsPage, tr("Top&ics"));

    m_schedule = new RequestScheduleForm(*m_problems, m_tabs);
    m_tabs->addTab(scrollingPage(m_schedule), tr("&When and Where"));
    m_terms = new RequestTermsForm(*m_problems, m_tabs);
    m_tabs->addTab(scrollingPage(m_terms), tr("Te&rms"));
    layout->addWidget(m_tabs, 1);
    m_parts = { m_details, m_schedule, m_terms };

    layout->addWidget(m_problems->panel());
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RequestEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RequestEditorDialog::reject);
    for (RequestFormPart *part : std::as_const(m_parts))
        connect(part, &RequestFormPart::changed, this, &RequestEditorDialog::revalidate);
    connect(m_topics, &TopicPicker::changed, this, [this] {
        m_problems->edited(QStringLiteral("topics"));
        revalidate();
    });
    connect(m_problems, &FieldProblems::shownChanged, this, &RequestEditorDialog::markTabs);

    loadLists();
    load(request);
    m_saved = request;
    resize(qMax(sizeHint().width(), 860), qMax(sizeHint().height(), 640));
    // Opens on who asks (the date received is today's already) with a visible focus, not on the tab bar.
    if (auto *name = findChild<QWidget *>(QStringLiteral("requesterName")))
        name->setFocus(Qt::OtherFocusReason);
}

RequestEditorDialog::~RequestEditorDialog() = default;

std::optional<Request> RequestEditorDialog::edit(OfficeService &office, const Request &request, QWidget *parent)
{
    RequestEditorDialog dialog(office, request, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.savedRequest();
}

void RequestEditorDialog::loadLists()
{
    // Without these lists the form still works for everything else; the coordinator is told what is missing.
    QStringList missing;
    if (auto list = m_office.topics()) {
        m_topics->setTaxonomy(*list);
    } else {
        ErrorMessage::log(tr("The topics could not be read."), list.error());
        missing << tr("The topics could not be read: %1").arg(list.error().message);
    }
    if (auto types = m_office.serviceTypes()) {
        m_details->setServiceTypes(*types);
    } else {
        ErrorMessage::log(tr("The kinds of work could not be read."), types.error());
        missing << tr("The kinds of work could not be read: %1").arg(types.error().message);
    }
    if (auto activities = m_office.fundedActivities()) {
        m_details->setFundedActivities(*activities);
    } else {
        ErrorMessage::log(tr("The funded activities could not be read."), activities.error());
        missing << tr("The funded activities could not be read: %1").arg(activities.error().message);
    }
    if (auto organisations = m_office.organisations()) {
        m_terms->setOrganisations(*organisations);
    } else {
        ErrorMessage::log(tr("The organisations could not be read."), organisations.error());
        missing << tr("The organisations could not be read: %1").arg(organisations.error().message);
    }
    if (!missing.isEmpty())
        showNotice(missing.join(QLatin1Char('\n')));
}

void RequestEditorDialog::load(const Request &request)
{
    m_original = request;
    for (RequestFormPart *part : std::as_const(m_parts))
        part->setRequest(request);
    m_topics->setTopics(request.topics);
    m_topics->setPerspective(request.wantedPerspective);
    m_problems->reset();
    m_modified = false;
    revalidate();
    m_modified = false;
    markTabs();
    updateTitle();
}

void RequestEditorDialog::updateTitle()
{
    if (m_original.id == 0)
        setWindowTitle(tr("New Request"));
    else
        setWindowTitle(tr("Edit Request %1").arg(m_original.reference));
}

Request RequestEditorDialog::currentRequest() const
{
    Request r = m_original;
    for (const RequestFormPart *part : m_parts)
        part->applyTo(r);
    r.topics = m_topics->topics();
    r.wantedPerspective = m_topics->perspective();
    return r;
}

QVector<Error> RequestEditorDialog::findProblems() const
{
    // What only the form can see first (a fee that is not a number); core's rules for the rest, except where the
    // form already has a message for that field.
    QVector<Error> found;
    for (const RequestFormPart *part : m_parts)
        found += part->inputProblems();
    for (const Error &e : OfficeService::requestProblems(currentRequest())) {
        const bool known
            = std::any_of(found.cbegin(), found.cend(), [&](const Error &f) { return f.detail == e.detail; });
        if (!known)
            found.append(e);
    }
    return found;
}

void RequestEditorDialog::revalidate()
{
    m_modified = true;
    m_problems->setProblems(findProblems());
}

void RequestEditorDialog::markTabs()
{
    m_problems->markTabs(m_tabs);
}

void RequestEditorDialog::focusFirstProblem()
{
    QWidget *input = m_problems->showFirstInput(m_tabs);
    if (!input)
        return;
    if (m_schedule->isAncestorOf(input))
        m_schedule->selectFirstInvalidTime();
    input->setFocus(Qt::OtherFocusReason);
}

void RequestEditorDialog::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void RequestEditorDialog::accept()
{
    const QVector<Error> found = findProblems();
    m_problems->setProblems(found);
    m_problems->revealAll();
    if (!found.isEmpty()) {
        focusFirstProblem();
        return;
    }
    auto saved = m_office.saveRequest(currentRequest());
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
        // A rule only the database can check (a topic someone removed meanwhile ...): shown at its field.
        m_problems->addSaveProblem(error);
        focusFirstProblem();
    } else {
        ErrorMessage::show(this, tr("The request was not saved."), error);
    }
}

void RequestEditorDialog::resolveConflict(const Error &error)
{
    ErrorMessage::log(tr("The request was not saved."), error);
    QMessageBox box(this);
    box.setObjectName(QStringLiteral("conflict"));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Request Changed Meanwhile"));
    box.setText(tr("Another coordinator saved this request while you were editing it. Your changes were not "
                   "saved, and nothing of theirs was overwritten."));
    box.setInformativeText(error.message);
    QPushButton *reload = box.addButton(tr("&Reload and Discard My Changes"), QMessageBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("reload"));
    QPushButton *keep = box.addButton(tr("&Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditing"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != reload) {
        showNotice(tr("Not saved: another coordinator changed this request. Saving again will be refused until you "
                      "reload it; copy what you need from here first."));
        return;
    }
    auto stored = m_office.request(m_original.id);
    if (!stored) {
        ErrorMessage::show(this, tr("The stored request could not be read."), stored.error());
        return;
    }
    load(*stored);
    showNotice(tr("Reloaded: this is the request as it is stored now. Make your changes again and save."));
}

void RequestEditorDialog::reject()
{
    if (m_modified) {
        QMessageBox box(this);
        box.setObjectName(QStringLiteral("discard"));
        box.setIcon(QMessageBox::Question);
        box.setWindowTitle(tr("Discard Changes?"));
        box.setText(tr("Close without saving your changes to this request?"));
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
