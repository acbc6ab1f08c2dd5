#pragma once

#include "SettingsSection.h"
#include "domain/Organisation.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

class QUndoStack;

namespace Kohtaamo {

class OfficeService;
struct OfficeChange;
class OrganisationListModel;
class SectionMessage;

// The organisations whose experience workers the office works with: the list, a form for the chosen one (or a new
// one), and deactivate / reactivate. An organisation is never deleted: a deactivated one stays on its workers'
// records. Writes go through the office service (audited, version-checked; admins only: for others the form is
// read-only and says why). The list follows the service's changes, other coordinators' included; a form with
// unsaved changes is kept. Enter saves, Escape puts back.
class OrganisationsSection : public SettingsSection
{
    Q_OBJECT
public:
    explicit OrganisationsSection(QWidget *parent = nullptr);

    QString title() const override;
    void setOffice(OfficeService *office) override;

    // Reads the list again and shows `selectId` (0 = keep the chosen one, and unsaved changes in the form).
    void reload(qint64 selectId = 0);
    void select(qint64 id);
    // Empties the form for a new organisation.
    void startNew();
    // Stores the form (a new organisation or a rename); returns whether it was stored.
    bool save();
    // Deactivates the chosen organisation, or reactivates a deactivated one.
    bool toggleActive();

    OrganisationListModel *model() const { return m_model; }
    // Saved changes of organisations go on this stack (Edit ▸ Undo / Redo); nullptr = no undo.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QTableView *view() const { return m_view; }
    QLineEdit *nameInput() const { return m_name; }
    SectionMessage *message() const { return m_message; }

signals:
    void organisationsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void retranslateUi() override;

private:
    QUndoStack *m_undoStack = nullptr;
    void onCurrentChanged();
    void onChanged(const OfficeChange &change);
    bool mayChange() const;
    void fill(const Organisation &organisation);
    Organisation entered() const;
    bool hasUnsavedChanges() const;
    QString problem() const;
    void updateState();
    bool store(const Organisation &organisation, const QString &done);

    QPointer<OfficeService> m_office; // the window may close the office first
    bool m_saving = false; // our own save: its change is shown by store() itself
    Organisation m_current; // as stored; id 0 = a new one
    bool m_filling = false;
    OrganisationListModel *m_model = nullptr;
    QLabel *m_listLabel = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_formTitle = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_shortLabel = nullptr;
    QLineEdit *m_shortName = nullptr;
    QLabel *m_regionLabel = nullptr;
    QLineEdit *m_region = nullptr;
    QLabel *m_problem = nullptr;
    SectionMessage *m_message = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Kohtaamo
