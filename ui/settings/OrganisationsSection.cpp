#include "OrganisationsSection.h"

#include "OrganisationListModel.h"
#include "SectionMessage.h"
#include "common/Colours.h"
#include "common/ItemRoles.h"
#include "office/OfficeService.h"
#include "undo/SettingsUndo.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kohtaamo {

OrganisationsSection::OrganisationsSection(QWidget *parent) : SettingsSection(parent)
{
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    m_listLabel = new QLabel(body());
    m_model = new OrganisationListModel(this);
    m_view = addRecordList(layout, m_listLabel, m_model, OrganisationListModel::NameColumn,
                           QStringLiteral("organisationsView"));

    m_formTitle = addFormTitle(layout);
    auto *form = new QFormLayout;
    auto addRow = [&](QLabel *&label, QLineEdit *&edit, const char *name) {
        label = new QLabel(body());
        edit = new QLineEdit(body());
        edit->setObjectName(QString::fromLatin1(name));
        edit->setMaxLength(200);
        edit->installEventFilter(this);
        label->setBuddy(edit);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_message->clear();
            updateState();
        });
    };
    addRow(m_nameLabel, m_name, "organisationName");
    addRow(m_shortLabel, m_shortName, "organisationShortName");
    addRow(m_regionLabel, m_region, "organisationRegion");
    layout->addLayout(form);

    m_problem = new QLabel(body());
    m_problem->setObjectName(QStringLiteral("organisationProblem"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, Colours::toneText(palette, Colours::Tone::Problem));
    m_problem->setPalette(palette);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_message = new SectionMessage(body());
    m_message->setObjectName(QStringLiteral("organisationMessage"));
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(body());
    m_new->setObjectName(QStringLiteral("newOrganisationButton"));
    buttons->addWidget(m_new);
    m_toggle = new QPushButton(body());
    m_toggle->setObjectName(QStringLiteral("toggleOrganisationButton"));
    buttons->addWidget(m_toggle);
    buttons->addStretch(1);
    m_save = new QPushButton(body());
    m_save->setObjectName(QStringLiteral("saveOrganisationButton"));
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrganisationsSection::onCurrentChanged);
    connect(m_new, &QPushButton::clicked, this, &OrganisationsSection::startNew);
    connect(m_toggle, &QPushButton::clicked, this, &OrganisationsSection::toggleActive);
    connect(m_save, &QPushButton::clicked, this, &OrganisationsSection::save);

    retranslateUi();
    setOffice(nullptr);
}

QString OrganisationsSection::title() const
{
    return tr("Organisations");
}

void OrganisationsSection::retranslateUi()
{
    setIntroduction(tr("The organisations whose experience workers the office works with. An organisation is "
                       "never deleted: a deactivated one stays on its workers' records."));
    m_listLabel->setText(tr("&Organisations:"));
    m_view->setAccessibleName(tr("Organisations"));
    m_view->setAccessibleDescription(tr("Choose one to rename or deactivate it"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Organisation name"));
    m_name->setAccessibleDescription(tr("Required; no two organisations share a name"));
    m_shortLabel->setText(tr("Short na&me:"));
    m_shortName->setAccessibleName(tr("Short name of the organisation"));
    m_shortName->setAccessibleDescription(tr("Optional, for narrow lists"));
    m_regionLabel->setText(tr("Re&gion:"));
    m_region->setAccessibleName(tr("Region of the organisation"));
    m_region->setAccessibleDescription(tr("Optional, such as Uusimaa"));
    m_new->setText(tr("New Organisa&tion"));
    m_new->setAccessibleName(tr("Add a new organisation"));
    m_new->setAccessibleDescription(tr("Empties the form for a new organisation"));
    m_save->setAccessibleName(tr("Save the organisation"));
    m_save->setAccessibleDescription(tr("Stores the form (Enter in a field)"));
    updateState();
}

void OrganisationsSection::setOffice(OfficeService *office)
{
    if (m_office)
        disconnect(m_office, nullptr, this, nullptr);
    m_office = office;
    m_view->setEnabled(office);
    m_message->clear();
    fill(Organisation());
    if (office) {
        connect(office, &OfficeService::changed, this, &OrganisationsSection::onChanged);
        reload();
    } else {
        m_model->setOrganisations({});
    }
}

void OrganisationsSection::onChanged(const OfficeChange &change)
{
    if (change.touches(OfficeChange::Kind::Coordinator))
        updateState(); // an admin may have changed this coordinator's role
    if (m_saving || !change.touches(OfficeChange::Kind::Organisation))
        return;
    reload();
    emit organisationsChanged();
}

bool OrganisationsSection::mayChange() const
{
    return m_office && m_office->isAdmin();
}

void OrganisationsSection::reload(qint64 selectId)
{
    if (!m_office)
        return;
    // Unsaved changes in the form stay: a save then meets another coordinator's change as a conflict.
    const bool keepForm = selectId == 0 && hasUnsavedChanges();
    const qint64 keep = selectId != 0 ? selectId : m_current.id;
    auto listed = m_office->organisations();
    if (!listed) {
        m_message->show(SectionMessage::Kind::Problem,
                        tr("The organisations could not be read: %1").arg(listed.error().message), tr("&Try Again"),
                        [this] { reload(); });
        return;
    }
    m_model->setOrganisations(*listed);
    if (keepForm) {
        QScopedValueRollback<bool> filling(m_filling, true);
        if (const int row = m_model->rowOf(keep); row >= 0 && keep != 0)
            m_view->setCurrentIndex(m_model->index(row, OrganisationListModel::NameColumn));
        updateState();
        return;
    }
    if (m_model->rowOf(keep) >= 0)
        select(keep);
    else if (m_model->rowCount() > 0)
        select(m_model->organisations().constFirst().id);
    else
        startNew();
}

void OrganisationsSection::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, OrganisationListModel::NameColumn));
    onCurrentChanged();
}

void OrganisationsSection::onCurrentChanged()
{
    if (m_filling)
        return;
    const Organisation *o = m_model->at(m_view->currentIndex().row());
    fill(o ? *o : Organisation());
}

void OrganisationsSection::startNew()
{
    m_view->clearSelection();
    m_view->setCurrentIndex({});
    fill(Organisation());
    m_message->clear();
    m_name->setFocus();
}

void OrganisationsSection::fill(const Organisation &organisation)
{
    m_filling = true;
    m_current = organisation;
    m_name->setText(organisation.name);
    m_shortName->setText(organisation.shortName);
    m_region->setText(organisation.region);
    m_filling = false;
    updateState();
}

Organisation OrganisationsSection::entered() const
{
    Organisation o = m_current;
    o.name = m_name->text().trimmed();
    o.shortName = m_shortName->text().trimmed();
    o.region = m_region->text().trimmed();
    return o;
}

bool OrganisationsSection::hasUnsavedChanges() const
{
    const Organisation o = entered();
    return o.name != m_current.name || o.shortName != m_current.shortName || o.region != m_current.region;
}

QString OrganisationsSection::problem() const
{
    const Organisation o = entered();
    if (m_current.id == 0 && !hasUnsavedChanges())
        return {}; // an empty new form is not yet a mistake
    if (Status s = OfficeService::validateOrganisation(o); !s)
        return s.error().message;
    for (const Organisation &other : m_model->organisations()) {
        if (other.id != o.id && other.name == o.name)
            return tr("An organisation called “%1” already exists.").arg(o.name);
    }
    return {};
}

void OrganisationsSection::updateState()
{
    const bool isNew = m_current.id == 0;
    m_formTitle->setText(isNew ? tr("New organisation") : tr("Organisation “%1”").arg(m_current.name));
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_problem->setAccessibleName(tr("Problem with the organisation"));
    m_problem->setAccessibleDescription(text);
    const bool may = mayChange();
    const QString why = !m_office || may ? QString() : tr("Only an admin can change the organisations.");
    for (QLineEdit *edit : { m_name, m_shortName, m_region }) {
        edit->setEnabled(may);
        edit->setToolTip(why);
    }
    m_new->setEnabled(may);
    m_save->setText(isNew ? tr("&Add Organisation") : tr("&Save Changes"));
    m_save->setEnabled(may && hasUnsavedChanges() && text.isEmpty());
    m_toggle->setVisible(!isNew);
    m_toggle->setEnabled(may && !isNew);
    for (QPushButton *button : { m_new, m_save, m_toggle })
        button->setToolTip(why);
    m_toggle->setText(m_current.active ? tr("&Deactivate") : tr("&Reactivate"));
    m_toggle->setAccessibleName(m_current.active ? tr("Deactivate the organisation")
                                                 : tr("Reactivate the organisation"));
    m_toggle->setAccessibleDescription(m_current.active
                                           ? tr("Kept on its workers' records, no longer offered for new ones")
                                           : tr("Offers the organisation again"));
}

bool OrganisationsSection::store(const Organisation &organisation, const QString &done)
{
    const Organisation before = m_current;
    Result<Organisation> saved = Error();
    {
        QScopedValueRollback<bool> saving(m_saving, true);
        saved = m_office->saveOrganisation(organisation);
    }
    if (!saved) {
        if (saved.error().code == Error::Code::Conflict)
            m_message->show(SectionMessage::Kind::Problem, saved.error().message, tr("&Reload Organisations"),
                            [this] { reload(); });
        else
            m_message->show(SectionMessage::Kind::Problem,
                            tr("The organisation was not saved: %1").arg(saved.error().message));
        return false;
    }
    reload(saved->id);
    m_message->show(SectionMessage::Kind::Information, done);
    // The undo step's own save is announced by the office service (onChanged); then the step shows its organisation.
    if (m_undoStack && organisation.id != 0 && before.id == organisation.id)
        m_undoStack->push(
            SettingsUndo::organisation(*m_office, before, *saved, this, [this, id = saved->id] { reload(id); }));
    emit organisationsChanged();
    return true;
}

bool OrganisationsSection::save()
{
    if (!mayChange() || !hasUnsavedChanges())
        return false;
    if (const QString text = problem(); !text.isEmpty()) {
        m_problem->setText(text);
        m_problem->show();
        return false;
    }
    const bool isNew = m_current.id == 0;
    return store(entered(), isNew ? tr("The organisation is added.") : tr("The organisation is saved."));
}

bool OrganisationsSection::toggleActive()
{
    if (!mayChange() || m_current.id == 0)
        return false;
    Organisation o = m_current; // only the state changes, as stored; unsaved edits in the form are dropped
    o.active = !o.active;
    return store(o, o.active ? tr("The organisation is in use again.") : tr("The organisation is deactivated."));
}

bool OrganisationsSection::eventFilter(QObject *watched, QEvent *event)
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
