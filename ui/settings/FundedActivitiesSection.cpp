#include "FundedActivitiesSection.h"

#include "FundedActivityListModel.h"
#include "SectionMessage.h"
#include "common/Colours.h"
#include "office/OfficeService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Kohtaamo {

namespace {
constexpr int kNoYear = 1989; // the spin boxes' lowest value: "not said" (0)

int yearOf(const QSpinBox *box)
{
    return box->value() == kNoYear ? 0 : box->value();
}
void setYear(QSpinBox *box, int year)
{
    box->setValue(year == 0 ? kNoYear : year);
}
} // namespace

FundedActivitiesSection::FundedActivitiesSection(QWidget *parent) : SettingsSection(parent)
{
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    m_listLabel = new QLabel(body());
    m_model = new FundedActivityListModel(this);
    m_view = addRecordList(layout, m_listLabel, m_model, FundedActivityListModel::NameColumn,
                           QStringLiteral("fundedActivitiesView"));

    m_formTitle = addFormTitle(layout);
    auto *form = new QFormLayout;
    const auto addEdit = [&](QLabel *&label, QLineEdit *&edit, const char *name, int length) {
        label = new QLabel(body());
        edit = new QLineEdit(body());
        edit->setObjectName(QString::fromLatin1(name));
        edit->setMaxLength(length);
        edit->installEventFilter(this);
        label->setBuddy(edit);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_message->clear();
            updateState();
        });
    };
    addEdit(m_nameLabel, m_name, "fundedActivityName", 200);
    addEdit(m_funderLabel, m_funder, "fundedActivityFunder", 100);
    m_organisationLabel = new QLabel(body());
    m_organisation = new QComboBox(body());
    m_organisation->setObjectName(QStringLiteral("fundedActivityOrganisation"));
    m_organisationLabel->setBuddy(m_organisation);
    form->addRow(m_organisationLabel, m_organisation);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_message->clear();
        updateState();
    });
    const auto addYear = [&](QLabel *&label, QSpinBox *&box, const char *name) {
        label = new QLabel(body());
        box = new QSpinBox(body());
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(kNoYear, 2100);
        box->installEventFilter(this);
        label->setBuddy(box);
        form->addRow(label, box);
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (m_filling)
                return;
            m_message->clear();
            updateState();
        });
    };
    addYear(m_firstYearLabel, m_firstYear, "fundedActivityFirstYear");
    addYear(m_lastYearLabel, m_lastYear, "fundedActivityLastYear");
    layout->addLayout(form);

    m_problem = new QLabel(body());
    m_problem->setObjectName(QStringLiteral("fundedActivityProblem"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, Colours::toneText(palette, Colours::Tone::Problem));
    m_problem->setPalette(palette);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_message = new SectionMessage(body());
    m_message->setObjectName(QStringLiteral("fundedActivityMessage"));
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(body());
    m_new->setObjectName(QStringLiteral("newFundedActivityButton"));
    buttons->addWidget(m_new);
    m_toggle = new QPushButton(body());
    m_toggle->setObjectName(QStringLiteral("toggleFundedActivityButton"));
    buttons->addWidget(m_toggle);
    buttons->addStretch(1);
    m_save = new QPushButton(body());
    m_save->setObjectName(QStringLiteral("saveFundedActivityButton"));
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FundedActivitiesSection::onCurrentChanged);
    connect(m_new, &QPushButton::clicked, this, &FundedActivitiesSection::startNew);
    connect(m_toggle, &QPushButton::clicked, this, &FundedActivitiesSection::toggleActive);
    connect(m_save, &QPushButton::clicked, this, &FundedActivitiesSection::save);

    retranslateUi();
    setOffice(nullptr);
}

QString FundedActivitiesSection::title() const
{
    return tr("Funded Activities");
}

void FundedActivitiesSection::retranslateUi()
{
    setIntroduction(tr("The funded activities the office reports on, such as a STEA-funded project. A request "
                       "belongs to one; a request of an organisation with one activity in use takes it by default. "
                       "An activity is never deleted: a deactivated one stays on its requests."));
    m_listLabel->setText(tr("&Funded activities:"));
    m_view->setAccessibleName(tr("Funded activities"));
    m_view->setAccessibleDescription(tr("Choose one to change or deactivate it"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Name of the funded activity"));
    m_name->setAccessibleDescription(tr("Required; no two activities share a name"));
    m_funderLabel->setText(tr("F&under:"));
    m_funder->setAccessibleName(tr("Funder"));
    m_funder->setAccessibleDescription(tr("Optional, such as STEA"));
    m_organisationLabel->setText(tr("Or&ganisation:"));
    m_organisation->setAccessibleName(tr("Organisation of the funded activity"));
    m_organisation->setAccessibleDescription(tr("Its requests take this activity by default"));
    m_firstYearLabel->setText(tr("First &year:"));
    m_firstYear->setAccessibleName(tr("First year of the funded activity"));
    m_firstYear->setSpecialValueText(tr("Not said"));
    m_lastYearLabel->setText(tr("&Last year:"));
    m_lastYear->setAccessibleName(tr("Last year of the funded activity"));
    m_lastYear->setSpecialValueText(tr("Still running"));
    m_new->setText(tr("New Funded Ac&tivity"));
    m_new->setAccessibleName(tr("Add a new funded activity"));
    m_new->setAccessibleDescription(tr("Empties the form for a new funded activity"));
    m_save->setAccessibleName(tr("Save the funded activity"));
    m_save->setAccessibleDescription(tr("Stores the form (Enter in a field)"));
    fillOrganisations();
    updateState();
}

void FundedActivitiesSection::setOffice(OfficeService *office)
{
    if (m_office)
        disconnect(m_office, nullptr, this, nullptr);
    m_office = office;
    m_view->setEnabled(office);
    m_message->clear();
    fillOrganisations();
    fill(FundedActivity());
    if (office) {
        connect(office, &OfficeService::changed, this, &FundedActivitiesSection::onChanged);
        reload();
    } else {
        m_model->setActivities({}, {});
    }
}

void FundedActivitiesSection::onChanged(const OfficeChange &change)
{
    if (change.touches(OfficeChange::Kind::Coordinator))
        updateState(); // an admin may have changed this coordinator's role
    if (change.touches(OfficeChange::Kind::Organisation)) {
        fillOrganisations();
        reload();
    }
    if (m_saving || !change.touches(OfficeChange::Kind::FundedActivity))
        return;
    reload();
    emit fundedActivitiesChanged();
}

bool FundedActivitiesSection::mayChange() const
{
    return m_office && m_office->isAdmin();
}

void FundedActivitiesSection::fillOrganisations()
{
    QScopedValueRollback<bool> filling(m_filling, true);
    const qint64 chosen = m_organisation->currentData().toLongLong();
    m_organisation->clear();
    m_organisation->addItem(tr("The whole office"), qint64(0));
    if (m_office) {
        if (auto organisations = m_office->organisations()) {
            for (const Organisation &o : std::as_const(*organisations))
                m_organisation->addItem(o.name, o.id);
        }
    }
    const int index = m_organisation->findData(chosen);
    m_organisation->setCurrentIndex(index < 0 ? 0 : index);
}

void FundedActivitiesSection::reload(qint64 selectId)
{
    if (!m_office)
        return;
    const bool keepForm = selectId == 0 && hasUnsavedChanges();
    const qint64 keep = selectId != 0 ? selectId : m_current.id;
    auto listed = m_office->fundedActivities();
    if (!listed) {
        m_message->show(SectionMessage::Kind::Problem,
                        tr("The funded activities could not be read: %1").arg(listed.error().message), tr("&Try Again"),
                        [this] { reload(); });
        return;
    }
    QHash<qint64, QString> names;
    for (int i = 1; i < m_organisation->count(); ++i)
        names.insert(m_organisation->itemData(i).toLongLong(), m_organisation->itemText(i));
    m_model->setActivities(*listed, names);
    if (keepForm) {
        QScopedValueRollback<bool> filling(m_filling, true);
        if (const int row = m_model->rowOf(keep); row >= 0 && keep != 0)
            m_view->setCurrentIndex(m_model->index(row, FundedActivityListModel::NameColumn));
        updateState();
        return;
    }
    if (m_model->rowOf(keep) >= 0)
        select(keep);
    else if (m_model->rowCount() > 0)
        select(m_model->activities().constFirst().id);
    else
        startNew();
}

void FundedActivitiesSection::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, FundedActivityListModel::NameColumn));
    onCurrentChanged();
}

void FundedActivitiesSection::onCurrentChanged()
{
    if (m_filling)
        return;
    const FundedActivity *a = m_model->at(m_view->currentIndex().row());
    fill(a ? *a : FundedActivity());
}

void FundedActivitiesSection::startNew()
{
    m_view->clearSelection();
    m_view->setCurrentIndex({});
    fill(FundedActivity());
    m_message->clear();
    m_name->setFocus();
}

void FundedActivitiesSection::fill(const FundedActivity &activity)
{
    {
        QScopedValueRollback<bool> filling(m_filling, true);
        m_current = activity;
        m_name->setText(activity.name);
        m_funder->setText(activity.funder);
        const int index = m_organisation->findData(activity.organisationId);
        m_organisation->setCurrentIndex(index < 0 ? 0 : index);
        setYear(m_firstYear, activity.firstYear);
        setYear(m_lastYear, activity.lastYear);
    }
    updateState();
}

FundedActivity FundedActivitiesSection::entered() const
{
    FundedActivity a = m_current;
    a.name = m_name->text().trimmed();
    a.funder = m_funder->text().trimmed();
    a.organisationId = m_organisation->currentData().toLongLong();
    a.firstYear = yearOf(m_firstYear);
    a.lastYear = yearOf(m_lastYear);
    return a;
}

bool FundedActivitiesSection::hasUnsavedChanges() const
{
    const FundedActivity a = entered();
    return a.name != m_current.name || a.funder != m_current.funder || a.organisationId != m_current.organisationId
        || a.firstYear != m_current.firstYear || a.lastYear != m_current.lastYear;
}

QString FundedActivitiesSection::problem() const
{
    const FundedActivity a = entered();
    if (m_current.id == 0 && !hasUnsavedChanges())
        return {}; // an empty new form is not yet a mistake
    if (Status s = OfficeService::validateFundedActivity(a); !s)
        return s.error().message;
    for (const FundedActivity &other : m_model->activities()) {
        if (other.id != a.id && other.name == a.name)
            return tr("A funded activity called “%1” already exists.").arg(a.name);
    }
    return {};
}

void FundedActivitiesSection::updateState()
{
    const bool isNew = m_current.id == 0;
    m_formTitle->setText(isNew ? tr("New funded activity") : tr("Funded activity “%1”").arg(m_current.name));
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_problem->setAccessibleName(tr("Problem with the funded activity"));
    m_problem->setAccessibleDescription(text);
    const bool may = mayChange();
    const QString why = !m_office || may ? QString() : tr("Only an admin can change the funded activities.");
    for (QWidget *input :
         std::initializer_list<QWidget *> { m_name, m_funder, m_organisation, m_firstYear, m_lastYear }) {
        input->setEnabled(may);
        input->setToolTip(why);
    }
    m_new->setEnabled(may);
    m_save->setText(isNew ? tr("&Add Funded Activity") : tr("&Save Changes"));
    m_save->setEnabled(may && hasUnsavedChanges() && text.isEmpty());
    m_toggle->setVisible(!isNew);
    m_toggle->setEnabled(may && !isNew);
    for (QPushButton *button : { m_new, m_save, m_toggle })
        button->setToolTip(why);
    m_toggle->setText(m_current.active ? tr("&Deactivate") : tr("&Reactivate"));
    m_toggle->setAccessibleName(m_current.active ? tr("Deactivate the funded activity")
                                                 : tr("Reactivate the funded activity"));
    m_toggle->setAccessibleDescription(m_current.active ? tr("Kept on its requests, no longer offered for new ones")
                                                        : tr("Offers the funded activity again"));
}

bool FundedActivitiesSection::store(const FundedActivity &activity, const QString &done)
{
    Result<FundedActivity> saved = Error();
    {
        QScopedValueRollback<bool> saving(m_saving, true);
        saved = m_office->saveFundedActivity(activity);
    }
    if (!saved) {
        if (saved.error().code == Error::Code::Conflict)
            m_message->show(SectionMessage::Kind::Problem, saved.error().message, tr("&Reload Funded Activities"),
                            [this] { reload(); });
        else
            m_message->show(SectionMessage::Kind::Problem,
                            tr("The funded activity was not saved: %1").arg(saved.error().message));
        return false;
    }
    reload(saved->id);
    m_message->show(SectionMessage::Kind::Information, done);
    emit fundedActivitiesChanged();
    return true;
}

bool FundedActivitiesSection::save()
{
    if (!mayChange() || !hasUnsavedChanges())
        return false;
    if (const QString text = problem(); !text.isEmpty()) {
        m_problem->setText(text);
        m_problem->show();
        return false;
    }
    const bool isNew = m_current.id == 0;
    return store(entered(), isNew ? tr("The funded activity is added.") : tr("The funded activity is saved."));
}

bool FundedActivitiesSection::toggleActive()
{
    if (!mayChange() || m_current.id == 0)
        return false;
    FundedActivity a = m_current; // only the state changes, as stored
    a.active = !a.active;
    return store(a, a.active ? tr("The funded activity is in use again.") : tr("The funded activity is deactivated."));
}

bool FundedActivitiesSection::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            save();
            return true;
        }
        if (key->key() == Qt::Key_Escape && hasUnsavedChanges()) {
            fill(m_current);
            m_message->clear();
            return true;
        }
    }
    return SettingsSection::eventFilter(watched, event);
}

} // namespace Kohtaamo
