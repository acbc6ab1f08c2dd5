#include "WorkerProfileForm.h"

#include "OptionalDateEdit.h"
#include "WorkerTexts.h"
#include "requests/EuroAmountEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Kohtaamo {

WorkerProfileForm::WorkerProfileForm(FieldProblems &problems, QWidget *parent) : WorkerFormPart(problems, parent)
{
    auto *layout = new QHBoxLayout(this);
    auto *who = new QGroupBox(tr("Who"), this);
    auto *whoForm = newForm(who);
    const auto line = [this](QWidget *parent, const char *name, const QString &accessible) {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QLatin1String(name));
        edit->setAccessibleName(accessible);
        track(edit, QLatin1String(name));
        return edit;
    };
    m_name = line(who, "displayName", tr("Name"));
    m_name->setPlaceholderText(tr("Required; a pseudonym will do"));
    m_name->setAccessibleDescription(tr("Required."));
    addRow(whoForm, required(tr("&Name:")), QStringLiteral("displayName"), m_name);
    m_pseudonym = new QCheckBox(tr("The name is a &pseudonym"), who);
    m_pseudonym->setObjectName(QStringLiteral("pseudonym"));
    track(m_pseudonym, QStringLiteral("pseudonym"));
    whoForm->addRow(QString(), m_pseudonym);
    m_email = line(who, "email", tr("E-mail address"));
    m_email->setPlaceholderText(tr("name@example.fi"));
    addRow(whoForm, tr("&E-mail:"), QStringLiteral("email"), m_email);
    m_phone = line(who, "phone", tr("Phone number"));
    m_phone->setPlaceholderText(tr("040 123 4567"));
    addRow(whoForm, tr("P&hone:"), QStringLiteral("phone"), m_phone);
    m_dateOfBirth = new OptionalDateEdit(who);
    m_dateOfBirth->setObjectName(QStringLiteral("dateOfBirth"));
    m_dateOfBirth->setAccessibleName(tr("Date of birth"));
    m_dateOfBirth->setToolTip(tr("Needed for minors: they take part only with a guardian's consent and adults "
                                 "present."));
    track(m_dateOfBirth, QStringLiteral("dateOfBirth"));
    addRow(whoForm, tr("Date of &birth:"), QStringLiteral("dateOfBirth"), m_dateOfBirth);
    m_languages = line(who, "languages", tr("Languages"));
    m_languages->setPlaceholderText(tr("Codes separated by commas, e.g. fi, sv, en"));
    addRow(whoForm, tr("&Languages:"), QStringLiteral("languages"), m_languages);
    m_notes = new QPlainTextEdit(who);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    track(m_notes, QStringLiteral("notes"));
    addRow(whoForm, tr("N&otes:"), QStringLiteral("notes"), m_notes);
    layout->addWidget(who, 1);

    auto *work = new QGroupBox(tr("Where and with whom"), this);
    auto *workForm = newForm(work);
    m_organisation = new QComboBox(work);
    m_organisation->setObjectName(QStringLiteral("organisationId"));
    // The office's own organisation names: room for a usual one, a long one elided (the list shows it whole).
    m_organisation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organisation->setMinimumContentsLength(24);
    m_organisation->setAccessibleName(tr("Organisation"));
    track(m_organisation, QStringLiteral("organisationId"));
    addRow(workForm, tr("Or&ganisation:"), QStringLiteral("organisationId"), m_organisation);
    m_title = new QComboBox(work);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setAccessibleName(tr("Title"));
    for (const auto &entry : kWorkerTitleCodes)
        m_title->addItem(WorkerTexts::title(entry.first), QLatin1String(entry.second));
    track(m_title, QStringLiteral("title"));
    addRow(workForm, tr("&Title:"), QStringLiteral("title"), m_title);
    m_status = new QComboBox(work);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status"));
    for (const auto &entry : kWorkerStatusCodes)
        m_status->addItem(WorkerTexts::status(entry.first), QLatin1String(entry.second));
    track(m_status, QStringLiteral("status"));
    addRow(workForm, tr("&Status:"), QStringLiteral("status"), m_status);
    m_municipality = line(work, "municipality", tr("Municipality"));
    addRow(workForm, tr("&Municipality:"), QStringLiteral("municipality"), m_municipality);
    m_homeRegion = line(work, "homeRegion", tr("Home region"));
    m_homeRegion->setPlaceholderText(tr("e.g. Varsinais-Suomi"));
    addRow(workForm, tr("Home &region:"), QStringLiteral("homeRegion"), m_homeRegion);
    m_regions = line(work, "regionsCovered", tr("Regions covered"));
    m_regions->setPlaceholderText(tr("Separated by commas"));
    addRow(workForm, tr("Regions co&vered:"), QStringLiteral("regionsCovered"), m_regions);
    m_ceiling = new EuroAmountEdit(work);
    m_ceiling->setObjectName(QStringLiteral("annualEarningsCeilingCents"));
    m_ceiling->setAccessibleName(tr("Annual earnings ceiling in euros"));
    m_ceiling->setPlaceholderText(tr("None"));
    m_ceiling->setToolTip(tr("The most the worker may earn in fees a year, e.g. because of a pension; leave empty "
                             "when there is none."));
    track(m_ceiling, QStringLiteral("annualEarningsCeilingCents"));
    addRow(workForm, tr("Annual earnings &ceiling:"), QStringLiteral("annualEarningsCeilingCents"), m_ceiling);
    layout->addWidget(work, 1);
}

void WorkerProfileForm::setOrganisations(const QVector<Organisation> &organisations)
{
    const QVariant current = m_organisation->currentData();
    m_organisation->clear();
    m_organisation->addItem(tr("Choose…"), qint64(0));
    for (const Organisation &o : organisations)
        m_organisation->addItem(o.name, o.id);
    m_organisation->setCurrentIndex(std::max(0, m_organisation->findData(current)));
}

QStringList WorkerProfileForm::splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

void WorkerProfileForm::fill(const Worker &w)
{
    m_name->setText(w.displayName);
    m_pseudonym->setChecked(w.pseudonym);
    m_email->setText(w.email);
    m_phone->setText(w.phone);
    m_organisation->setCurrentIndex(std::max(0, m_organisation->findData(w.organisationId)));
    m_title->setCurrentIndex(std::max(0, m_title->findData(toCode(w.title))));
    m_status->setCurrentIndex(std::max(0, m_status->findData(toCode(w.status))));
    m_dateOfBirth->setValue(w.dateOfBirth);
    m_languages->setText(w.languages.join(QStringLiteral(", ")));
    m_municipality->setText(w.municipality);
    m_homeRegion->setText(w.homeRegion);
    m_regions->setText(w.regionsCovered.join(QStringLiteral(", ")));
    m_ceiling->setCents(w.annualEarningsCeilingCents);
    m_notes->setPlainText(w.notes);
}

void WorkerProfileForm::applyTo(Worker &w) const
{
    w.displayName = m_name->text();
    w.pseudonym = m_pseudonym->isChecked();
    w.email = m_email->text();
    w.phone = m_phone->text();
    w.organisationId = m_organisation->currentData().toLongLong();
    w.title = workerTitleFromCode(m_title->currentData().toString()).value_or(WorkerTitle::Other);
    w.status = workerStatusFromCode(m_status->currentData().toString()).value_or(WorkerStatus::Active);
    w.dateOfBirth = m_dateOfBirth->value();
    w.languages = splitList(m_languages->text());
    w.municipality = m_municipality->text();
    w.homeRegion = m_homeRegion->text();
    w.regionsCovered = splitList(m_regions->text());
    w.annualEarningsCeilingCents = m_ceiling->cents();
    w.notes = m_notes->toPlainText();
}

QVector<Error> WorkerProfileForm::inputProblems() const
{
    if (m_ceiling->isAmount())
        return {};
    return { Error(Error::Code::InvalidInput, EuroAmountEdit::formatHint(),
                   QStringLiteral("annualEarningsCeilingCents")) };
}

} // namespace Kohtaamo
