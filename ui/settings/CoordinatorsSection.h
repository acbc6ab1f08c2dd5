#pragma once

#include "SettingsSection.h"
#include "domain/Coordinator.h"
#include "domain/Organisation.h"

#include <QPointer>
#include <QVector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Kohtaamo {

class CoordinatorTableModel;
class FieldProblems;
class OfficeService;
class SectionMessage;
struct OfficeChange;

// The coordinators of the office: everyone who works in it with Kohtaamo (name, login, e-mail, organisation, role,
// active), the acting coordinator marked "(you)", and a form for the chosen one. An admin adds coordinators and
// changes anyone; a coordinator changes only their own name and e-mail (the other inputs are disabled and say why).
// Nobody is deleted: one who leaves is made inactive, so that what they recorded keeps naming them. Everything goes
// through the office service, which checks the same rules again; the list follows its changed signal, other
// coordinators' changes included. Invalid input is shown under its field, other errors in a message box. Enter
// saves, Escape puts back.
class CoordinatorsSection : public SettingsSection
{
    Q_OBJECT
public:
    explicit CoordinatorsSection(QWidget *parent = nullptr);

    QString title() const override;
    // Works through `office` until another is set; nullptr empties the section.
    void setOffice(OfficeService *office) override;

    // Reads the list again and keeps the chosen coordinator (or `selectId`). A form with unsaved changes is kept.
    void reload(qint64 selectId = 0);
    void select(qint64 id);
    // Empties the form for a new coordinator (an admin's).
    void startNew();
    // Stores the form; returns whether it was stored.
    bool save();

    // Whether the form may change the field now (the acting coordinator's rights on the chosen record).
    bool canChangeNameAndEmail() const;
    bool canChangeEverything() const;

    CoordinatorTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *loginInput() const { return m_login; }
    QLineEdit *nameInput() const { return m_name; }
    QLineEdit *emailInput() const { return m_email; }
    QComboBox *organisationInput() const { return m_organisation; }
    QComboBox *roleInput() const { return m_role; }
    QCheckBox *activeInput() const { return m_active; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *saveButton() const { return m_save; }
    SectionMessage *message() const { return m_message; }
    FieldProblems *problems() const { return m_problems; }
    // The coordinator the form shows, as stored (id 0 = a new one).
    const Coordinator &current() const { return m_current; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void retranslateUi() override;

private:
    void onChanged(const OfficeChange &change);
    void onCurrentChanged();
    void fill(const Coordinator &coordinator);
    void fillOrganisations(qint64 chosen);
    void fillRoles(CoordinatorRole chosen);
    Coordinator entered() const;
    bool hasUnsavedChanges() const;
    void edited(const QString &field);
    void updateState();

    QPointer<OfficeService> m_office;
    QVector<Organisation> m_organisations;
    Coordinator m_current; // as stored; id 0 = a new one
    bool m_filling = false;
    CoordinatorTableModel *m_model = nullptr;
    QLabel *m_listLabel = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_formTitle = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLineEdit *m_login = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_organisationLabel = nullptr;
    QComboBox *m_organisation = nullptr;
    QLabel *m_roleLabel = nullptr;
    QComboBox *m_role = nullptr;
    QCheckBox *m_active = nullptr;
    FieldProblems *m_problems = nullptr;
    SectionMessage *m_message = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Kohtaamo
