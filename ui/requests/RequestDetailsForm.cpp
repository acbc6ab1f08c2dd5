#include "RequestDetailsForm.h"

#include "FieldProblems.h"
#include "common/AccessibleValue.h"
#include "common/Clock.h"
#include "common/DateField.h"
#include "common/Translations.h"
#include "reports/ResultsReport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Kohtaamo {

RequestDetailsForm::RequestDetailsForm(FieldProblems &problems, QWidget *parent) : RequestFormPart(problems, parent)
{
    auto *layout = new QVBoxLayout(this);

    auto *top = newForm();
    m_reference = new QLabel(this);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    top->addRow(new QLabel(tr("Reference:"), this), m_reference); // a value to read, not an input: no buddy
    m_receivedOn = new DateField(this);
    m_receivedOn->setObjectName(QStringLiteral("receivedOn"));
    m_receivedOn->setCalendarPopup(true);
    m_receivedOn->setAccessibleName(tr("Date received"));
    addRow(top, tr("Recei&ved on:"), QStringLiteral("receivedOn"), m_receivedOn);
    layout->addLayout(top);

    auto *who = new QGroupBox(tr("Who asks"), this);
    auto *whoForm = newForm(who);
    m_requesterName = new QLineEdit(who);
    m_requesterName->setObjectName(QStringLiteral("requesterName"));
    m_requesterName->setAccessibleName(tr("Requester's name"));
    m_requesterName->setAccessibleDescription(tr("Required."));
    addRow(whoForm, required(tr("&Name:")), QStringLiteral("requesterName"), m_requesterName);
    m_requesterUnit = new QLineEdit(who);
    m_requesterUnit->setObjectName(QStringLiteral("requesterUnit"));
    m_requesterUnit->setAccessibleName(tr("Requester's unit or organisation"));
    m_requesterUnit->setPlaceholderText(tr("e.g. Youth reception team, City of Turku"));
    addRow(whoForm, tr("&Unit:"), QStringLiteral("requesterUnit"), m_requesterUnit);
    m_sector = new QComboBox(who);
    m_sector->setObjectName(QStringLiteral("requesterSector"));
    m_sector->setAccessibleName(tr("Requester's sector"));
    m_sector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sector->setMinimumContentsLength(20);
    m_sector->addItem(ResultsReport::sectorName(QString()), QString());
    for (const QString &code : ResultsReport::sectorCodes())
        m_sector->addItem(ResultsReport::sectorName(code), code);
    addRow(whoForm, tr("Se&ctor:"), QStringLiteral("requesterSector"), m_sector);
    m_requesterEmail = new QLineEdit(who);
    m_requesterEmail->setObjectName(QStringLiteral("requesterEmail"));
    m_requesterEmail->setAccessibleName(tr("Requester's e-mail address"));
    m_requesterEmail->setPlaceholderText(tr("name@example.fi"));
    m_requesterEmail->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    addRow(whoForm, tr("&E-mail:"), QStringLiteral("requesterEmail"), m_requesterEmail);
    m_requesterPhone = new QLineEdit(who);
    m_requesterPhone->setObjectName(QStringLiteral("requesterPhone"));
    m_requesterPhone->setAccessibleName(tr("Requester's phone number"));
    m_requesterPhone->setPlaceholderText(tr("040 123 4567"));
    m_requesterPhone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    addRow(whoForm, tr("P&hone:"), QStringLiteral("requesterPhone"), m_requesterPhone);
    layout->addWidget(who);

    auto *what = new QGroupBox(tr("What is asked"), this);
    auto *whatForm = newForm(what);
    m_title = new QLineEdit(what);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setAccessibleDescription(tr("Required."));
    m_title->setPlaceholderText(tr("Required, e.g. Plain-language review of the placement brochure"));
    addRow(whatForm, required(tr("&Title:")), QStringLiteral("title"), m_title);
    m_description = new QPlainTextEdit(what);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 4);
    addRow(whatForm, tr("&Description:"), QStringLiteral("description"), m_description);
    m_serviceType = new QComboBox(what);
    m_serviceType->setObjectName(QStringLiteral("serviceType"));
    m_serviceType->setAccessibleName(tr("Kind of work"));
    m_serviceType->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addRow(whatForm, tr("&Kind of work:"), QStringLiteral("serviceType"), m_serviceType);
    m_fundedActivity = new QComboBox(what);
    m_fundedActivity->setObjectName(QStringLiteral("fundedActivity"));
    m_fundedActivity->setAccessibleName(tr("Funded activity"));
    m_fundedActivity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fundedActivity->setMinimumContentsLength(20);
    addRow(whatForm, tr("Funded activit&y:"), QStringLiteral("fundedActivityId"), m_fundedActivity);
    layout->addWidget(what, 1);

    track(m_receivedOn, QStringLiteral("receivedOn"));
    track(m_requesterName, QStringLiteral("requesterName"));
    track(m_requesterUnit, QStringLiteral("requesterUnit"));
    track(m_requesterEmail, QStringLiteral("requesterEmail"));
    track(m_requesterPhone, QStringLiteral("requesterPhone"));
    track(m_title, QStringLiteral("title"));
    track(m_description, QStringLiteral("description"));
    track(m_serviceType, QStringLiteral("serviceType"));
    track(m_sector, QStringLiteral("requesterSector"));
    track(m_fundedActivity, QStringLiteral("fundedActivityId"));
    setServiceTypes({});
    setFundedActivities({});
}

void RequestDetailsForm::setFundedActivities(const QVector<FundedActivity> &activities)
{
    const qint64 current = m_fundedActivity->currentData().toLongLong();
    m_fundedActivity->clear();
    m_fundedActivity->addItem(tr("The organisation's, when it has one"), qint64(0));
    for (const FundedActivity &a : activities) {
        if (a.active || a.id == current)
            m_fundedActivity->addItem(a.funder.isEmpty() ? a.name : tr("%1 (%2)").arg(a.name, a.funder), a.id);
    }
    selectFundedActivity(current);
}

void RequestDetailsForm::selectFundedActivity(qint64 id)
{
    int index = m_fundedActivity->findData(id);
    if (index < 0) {
        m_fundedActivity->addItem(tr("Funded activity #%1").arg(id), id);
        index = m_fundedActivity->count() - 1;
    }
    m_fundedActivity->setCurrentIndex(index);
}

void RequestDetailsForm::setServiceTypes(const QVector<ServiceType> &types)
{
    const QString current = m_serviceType->currentData().toString();
    m_serviceType->clear();
    m_serviceType->addItem(tr("Not decided yet"), QString());
    const QString language = Translations::currentLanguage();
    for (const ServiceType &t : types)
        m_serviceType->addItem(t.name(language), t.code);
    selectServiceType(current);
}

void RequestDetailsForm::selectServiceType(const QString &code)
{
    int index = m_serviceType->findData(code);
    if (index < 0) {
        // A type no longer listed stays as it is rather than being dropped silently.
        m_serviceType->addItem(code, code);
        index = m_serviceType->count() - 1;
    }
    m_serviceType->setCurrentIndex(index);
}

void RequestDetailsForm::fill(const Request &r)
{
    AccessibleValue::setValue(m_reference, tr("Reference:"),
                              r.reference.isEmpty() ? tr("Given when the request is saved") : r.reference);
    m_receivedOn->setDate(r.receivedOn.isValid() ? r.receivedOn : Clock::instance().today());
    m_requesterName->setText(r.requesterName);
    m_requesterUnit->setText(r.requesterUnit);
    m_requesterEmail->setText(r.requesterEmail);
    m_requesterPhone->setText(r.requesterPhone);
    m_title->setText(r.title);
    m_description->setPlainText(r.description);
    selectServiceType(r.serviceType);
    const int sector = m_sector->findData(r.requesterSector);
    m_sector->setCurrentIndex(sector < 0 ? 0 : sector);
    selectFundedActivity(r.fundedActivityId);
}

void RequestDetailsForm::applyTo(Request &r) const
{
    r.receivedOn = m_receivedOn->date();
    r.requesterName = m_requesterName->text();
    r.requesterUnit = m_requesterUnit->text();
    r.requesterEmail = m_requesterEmail->text();
    r.requesterPhone = m_requesterPhone->text();
    r.title = m_title->text();
    r.description = m_description->toPlainText();
    r.serviceType = m_serviceType->currentData().toString();
    r.requesterSector = m_sector->currentData().toString();
    r.fundedActivityId = m_fundedActivity->currentData().toLongLong();
}

} // namespace Kohtaamo
