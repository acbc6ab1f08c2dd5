#include "CoordinatorsSection.h"

#include "CoordinatorTableModel.h"
#include "SectionMessage.h"
#include "common/ErrorMessage.h"
#include "office/OfficeService.h"
#include "requests/FieldProblems.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Kohtaamo {

namespace {
const QString kUsername = QStringLiteral("username");
const QString kDisplayName = QStringLiteral("displayName");
const QString kEmail = QStringLiteral("email");
const QString kOrganisation = QStringLiteral("organisationId");
const QString kRole = QStringLiteral("role");
} // namespace

CoordinatorsSection::CoordinatorsSection(QWidget *parent) : SettingsSection(parent)
{
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    m_listLabel = new QLabel(body());
    m_model = new CoordinatorTableModel(this);
    m_view = addRecordList(layout, m_listLabel, m_model, CoordinatorTableModel::NameColumn,
                           QStringLiteral("coordinatorsView"));

    m_formTitle = addFormTitle(layout);
    m_formTitle->setObjectName(QStringLiteral("coordinatorFormTitle"));

    m_problems = new FieldProblems(this);
    auto *form = new QFormLayout;
    const auto addLine = [&](QLabel *&label, QLineEdit *&edit, const char *name, const QString &field, int length) {
        label = new QLabel(body());
        edit = new QLineEdit(body());
        edit->setObjectName(QString::fromLatin1(name));
        edit->setMaxLength(length);
        edit->installEventFilter(this);
        label->setBuddy(edit);
        connect(edit, &QLineEdit::textEdited, this, [this, field] { edited(field); });
    };
    addLine(m_loginLabel, m_login, "coordinatorLogin", kUsername, 64);
    addLine(m_nameLabel, m_name, "coordinatorName", kDisplayName, 200);
    addLine(m_emailLabel, m_email, "coordinatorEmail", kEmail, 200);
    m_organisationLabel = new QLabel(body());
    m_organisation = new QComboBox(body());
    m_organisation->setObjectName(QStringLiteral("coordinatorOrganisation"));
    m_organisation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organisation->setMinimumContentsLength(24);
    m_organisationLabel->setBuddy(m_organisation);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, [this] { edited(kOrganisation); });
    m_roleLabel = new QLabel(body());
    m_role = new QComboBox(body());
    m_role->setObjectName(QStringLiteral("coordinatorRole"));
    m_roleLabel->setBuddy(m_role);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] { edited(kRole); });
    m_active = new QCheckBox(body());
    m_active->setObjectName(QStringLiteral("coordinatorActive"));
    connect(m_active, &QCheckBox::toggled, this, [this] { edited(QString()); });

    m_message = new SectionMessage(body());
    m_message->setObjectName(QStringLiteral("coordinatorMessage"));
    m_new = new QPushButton(body());
    m_new->setObjectName(QStringLiteral("newCoordinatorButton"));
    m_save = new QPushButton(body());
    m_save->setObjectName(QStringLiteral("saveCoordinatorButton"));

    // The texts first: FieldProblems keeps each input's accessible description to put a problem before it.
    retranslateUi();
    form->addRow(m_loginLabel, m_problems->add(kUsername, m_login));
    form->addRow(m_nameLabel, m_problems->add(kDisplayName, m_name));
    form->addRow(m_emailLabel, m_problems->add(kEmail, m_email));
    form->addRow(m_organisationLabel, m_problems->add(kOrganisation, m_organisation));
    form->addRow(m_roleLabel, m_problems->add(kRole, m_role));
    form->addRow(QString(), m_active);
    layout->addLayout(form);
    layout->addWidget(m_problems->panel());
    layout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CoordinatorsSection::onCurrentChanged);
    connect(m_new, &QPushButton::clicked, this, &CoordinatorsSection::startNew);
    connect(m_save, &QPushButton::clicked, this, &CoordinatorsSection::save);

    setOffice(nullptr);
}

QString CoordinatorsSection::title() const
{
    return tr("Coordinators");
}

void CoordinatorsSection::retranslateUi()
{
    setIntroduction(tr("Everyone who works in this office with Kohtaamo; what each of them records is recorded under "
                       "their name. An admin adds coordinators and sets their role; everyone can change their own "
                       "name and e-mail. Nobody is deleted: a coordinator who leaves is made inactive."));
    m_listLabel->setText(tr("&Coordinators:"));
    m_view->setAccessibleName(tr("Coordinators"));
    m_view->setAccessibleDescription(tr("Choose one to see or change the details; you are marked “(you)”"));
    m_loginLabel->setText(tr("&Login:"));
    m_login->setAccessibleName(tr("Login of the coordinator"));
    m_login->setAccessibleDescription(tr("The user name Kohtaamo knows the coordinator by; letters a–z, digits and "
                                         ". _ @ -"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Name of the coordinator"));
    m_name->setAccessibleDescription(tr("Required; shown as “Recorded by”"));
    m_emailLabel->setText(tr("&E-mail:"));
    m_email->setAccessibleName(tr("E-mail address of the coordinator"));
    m_email->setAccessibleDescription(tr("Optional"));
    m_organisationLabel->setText(tr("Or&ganisation:"));
    m_organisation->setAccessibleName(tr("Organisation of the coordinator"));
    m_organisation->setAccessibleDescription(tr("Optional"));
    m_roleLabel->setText(tr("&Role:"));
    m_role->setAccessibleName(tr("Role of the coordinator"));
    m_role->setAccessibleDescription(tr("Admins change everything, coordinators do the work, viewers only read"));
    m_active->setText(tr("Acti&ve"));
    m_active->setAccessibleName(tr("The coordinator is active"));
    m_active->setAccessibleDescription(tr("Clear it when the coordinator leaves; nobody is deleted"));
    m_new->setText(tr("New Coordina&tor"));
    m_new->setAccessibleName(tr("Add a new coordinator"));
    m_new->setAccessibleDescription(tr("Empties the form for a new coordinator"));
    m_save->setAccessibleName(tr("Save the coordinator"));
    m_save->setAccessibleDescription(tr("Stores the form (Enter in a field)"));
    m_model->retranslate();
    if (!m_filling) { // the choices follow the language too
        m_filling = true;
        fillOrganisations(m_organisation->currentData().toLongLong());
        fillRoles(static_cast<CoordinatorRole>(m_role->currentData().toInt()));
        m_filling = false;
    }
    updateState();
}

void CoordinatorsSection::setOffice(OfficeService *office)
{
    if (m_office)
        disconnect(m_office, nullptr, this, nullptr);
    m_office = office;
    m_message->clear();
    m_problems->reset();
    m_current = Coordinator();
    if (office) {
        connect(office, &OfficeService::changed, this, &CoordinatorsSection::onChanged);
        reload(office->coordinator().id);
    } else {
        m_organisations.clear();
        m_model->setCoordinators({}, {}, 0);
        fill(Coordinator());
    }
}

void CoordinatorsSection::onChanged(const OfficeChange &change)
{
    if (change.touches(OfficeChange::Kind::Coordinator) || change.touches(OfficeChange::Kind::Organisation))
        reload();
}

void CoordinatorsSection::reload(qint64 selectId)
{
    if (!m_office)
        return;
    auto listed = m_office->coordinators();
    if (!listed) {
        ErrorMessage::show(this, tr("The coordinators could not be read."), listed.error());
        return;
    }
    auto organisations = m_office->organisations();
    if (!organisations) {
        ErrorMessage::show(this, tr("The organisations could not be read."), organisations.error());
        return;
    }
    // Unsaved changes in the form stay (another coordinator's save then shows as a conflict, never overwritten).
    const bool keepForm = selectId == 0 && hasUnsavedChanges();
    const qint64 keep = selectId != 0 ? selectId : m_current.id;
    m_organisations = *organisations;
    m_model->setCoordinators(*listed, m_organisations, m_office->coordinator().id);
    if (keepForm) {
        m_filling = true;
        const qint64 chosen = m_organisation->currentData().toLongLong();
        if (const int row = m_model->rowOf(keep); row >= 0)
            m_view->setCurrentIndex(m_model->index(row, CoordinatorTableModel::NameColumn));
        fillOrganisations(chosen);
        m_filling = false;
        updateState();
        return;
    }
    if (m_model->rowOf(keep) >= 0)
        select(keep);
    else if (keep == 0 && m_office->isAdmin())
        fill(Coordinator()); // an admin's new form stays
    else if (m_model->rowOf(m_office->coordinator().id) >= 0)
        select(m_office->coordinator().id);
    else if (m_model->rowCount() > 0)
        select(m_model->coordinators().constFirst().id);
    else
        fill(Coordinator());
}

void CoordinatorsSection::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, CoordinatorTableModel::NameColumn));
    onCurrentChanged();
}

void CoordinatorsSection::onCurrentChanged()
{
    if (m_filling)
        return;
    const Coordinator *c = m_model->at(m_view->currentIndex().row());
    if (!c)
        return;
    m_problems->reset();
    fill(*c);
}

void CoordinatorsSection::startNew()
{
    if (!m_office || !m_office->isAdmin())
        return;
    m_view->clearSelection();
    m_view->setCurrentIndex({});
    m_problems->reset();
    fill(Coordinator());
    m_message->clear();
    m_login->setFocus();
}

void CoordinatorsSection::fill(const Coordinator &coordinator)
{
    m_filling = true;
    m_current = coordinator;
    m_login->setText(coordinator.username);
    m_name->setText(coordinator.displayName);
    m_email->setText(coordinator.email);
    fillOrganisations(coordinator.organisationId);
    fillRoles(coordinator.role);
    m_active->setChecked(coordinator.active);
    m_filling = false;
    updateState();
}

void CoordinatorsSection::fillOrganisations(qint64 chosen)
{
    m_organisation->clear();
    m_organisation->addItem(tr("No organisation"), qint64(0));
    for (const Organisation &o : std::as_const(m_organisations)) {
        // A deactivated organisation is offered only to the coordinator who already belongs to it.
        if (o.active || o.id == chosen || o.id == m_current.organisationId)
            m_organisation->addItem(o.active ? o.name : tr("%1 (deactivated)").arg(o.name), o.id);
    }
    if (chosen != 0 && m_organisation->findData(chosen) < 0) // not readable (any more): keep what is stored
        m_organisation->addItem(m_model->organisationName(chosen), chosen);
    m_organisation->setCurrentIndex(qMax(0, m_organisation->findData(chosen)));
}

void CoordinatorsSection::fillRoles(CoordinatorRole chosen)
{
    m_role->clear();
    for (CoordinatorRole r : { CoordinatorRole::Admin, CoordinatorRole::Coordinator, CoordinatorRole::Viewer })
        m_role->addItem(CoordinatorTableModel::roleName(r), int(r));
    m_role->setCurrentIndex(qMax(0, m_role->findData(int(chosen))));
}

Coordinator CoordinatorsSection::entered() const
{
    Coordinator c = m_current;
    c.username = m_login->text().trimmed();
    c.displayName = m_name->text().trimmed();
    c.email = m_email->text().trimmed();
    c.organisationId = m_organisation->currentData().toLongLong();
    c.role = static_cast<CoordinatorRole>(m_role->currentData().toInt());
    c.active = m_active->isChecked();
    return c;
}

bool CoordinatorsSection::hasUnsavedChanges() const
{
    const Coordinator c = entered();
    return c.username != m_current.username || c.displayName != m_current.displayName || c.email != m_current.email
        || c.organisationId != m_current.organisationId || c.role != m_current.role || c.active != m_current.active;
}

void CoordinatorsSection::edited(const QString &field)
{
    if (m_filling)
        return;
    if (!field.isEmpty())
        m_problems->edited(field);
    m_message->clear();
    updateState();
}

bool CoordinatorsSection::canChangeEverything() const
{
    return m_office && m_office->isAdmin();
}

bool CoordinatorsSection::canChangeNameAndEmail() const
{
    if (!m_office || m_office->coordinator().role == CoordinatorRole::Viewer)
        return false;
    const bool self = m_current.id != 0 && m_current.id == m_office->coordinator().id;
    return m_office->isAdmin() || self;
}

void CoordinatorsSection::updateState()
{
    const bool isNew = m_current.id == 0;
    const bool self = m_office && !isNew && m_current.id == m_office->coordinator().id;
    if (isNew)
        m_formTitle->setText(tr("New coordinator"));
    else if (self)
        m_formTitle->setText(tr("You: %1").arg(m_current.displayName));
    else
        m_formTitle->setText(tr("Coordinator %1").arg(m_current.displayName));

    const bool all = canChangeEverything();
    const bool own = canChangeNameAndEmail();
    const bool viewer = m_office && m_office->coordinator().role == CoordinatorRole::Viewer;
    // Why an input is disabled, said where the coordinator looks for it.
    QString whyNotOwn;
    QString whyNotAll;
    if (m_office && viewer) {
        whyNotOwn = whyNotAll = tr("Your role is viewer: you can read the coordinators but not change them.");
    } else if (m_office && !all) {
        whyNotOwn = tr("You can change only your own name and e-mail. An admin of the office can change the "
                       "others.");
        whyNotAll = self ? tr("Only an admin of the office can change a login, an organisation, a role or whether a "
                              "coordinator is active.")
                         : whyNotOwn;
    }
    for (QWidget *w : { static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_email) }) {
        w->setEnabled(own);
        w->setToolTip(own ? QString() : whyNotOwn);
    }
    for (QWidget *w : { static_cast<QWidget *>(m_login), static_cast<QWidget *>(m_organisation),
                        static_cast<QWidget *>(m_role), static_cast<QWidget *>(m_active) }) {
        w->setEnabled(all);
        w->setToolTip(all ? QString() : whyNotAll);
    }
    const bool open = !m_office.isNull();
    m_view->setEnabled(open);
    m_new->setEnabled(all);
    m_new->setToolTip(open && !all ? tr("Only an admin of the office can add coordinators.") : QString());
    m_save->setText(isNew ? tr("&Add Coordinator") : tr("&Save Changes"));
    m_save->setEnabled(open && (own || all) && hasUnsavedChanges());
}

bool CoordinatorsSection::save()
{
    if (!m_office || !hasUnsavedChanges())
        return false;
    const bool isNew = m_current.id == 0;
    auto saved = m_office->saveCoordinator(entered());
    if (!saved) {
        const Error &error = saved.error();
        if (error.code == Error::Code::InvalidInput && m_problems->hasField(error.detail)) {
            m_problems->addSaveProblem(error);
            if (QWidget *input = m_problems->firstInput())
                input->setFocus();
            return false;
        }
        ErrorMessage::show(this, isNew ? tr("The coordinator was not added.") : tr("The coordinator was not saved."),
                           error);
        if (error.code == Error::Code::Conflict)
            m_message->show(SectionMessage::Kind::Problem, error.message, tr("&Reload Coordinators"),
                            [this, id = m_current.id] {
                                m_problems->reset();
                                fill(m_current); // drop the edits, then read what is stored now
                                reload(id);
                                m_message->clear();
                            });
        return false;
    }
    m_problems->reset();
    fill(*saved); // what is stored, before the list is read again
    reload(saved->id);
    m_message->show(SectionMessage::Kind::Information,
                    isNew ? tr("The coordinator is added.") : tr("The coordinator is saved."));
    return true;
}

bool CoordinatorsSection::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            save();
            return true;
        }
        if (key->key() == Qt::Key_Escape && hasUnsavedChanges()) {
            m_problems->reset();
            fill(m_current);
            m_message->clear();
            return true;
        }
    }
    return SettingsSection::eventFilter(watched, event);
}

} // namespace Kohtaamo
