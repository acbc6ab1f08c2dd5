#pragma once

#include "SettingsSection.h"
#include "domain/FundedActivity.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Kohtaamo {

class FundedActivityListModel;
class OfficeService;
class SectionMessage;
struct OfficeChange;

// The funded activities the office reports on (docs/reports.md): for most a STEA-funded activity run by one
// organisation. The list, a form for the chosen one (or a new one) — name, funder, the organisation whose requests take
// it by default, first and last year — and deactivate / reactivate; an activity is never deleted. Writes go through
// the office service (audited, version-checked; admins only: for others the form is read-only and says why). The
// list follows the service's changes, other coordinators' included. Enter saves, Escape puts back.
class FundedActivitiesSection : public SettingsSection
{
    Q_OBJECT
public:
    explicit FundedActivitiesSection(QWidget *parent = nullptr);

    QString title() const override;
    void setOffice(OfficeService *office) override;

    // Reads the list again and shows `selectId` (0 = keep the chosen one, and unsaved changes in the form).
    void reload(qint64 selectId = 0);
    void select(qint64 id);
    void startNew();
    bool save();
    bool toggleActive();

    FundedActivityListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *nameInput() const { return m_name; }
    QLineEdit *funderInput() const { return m_funder; }
    QComboBox *organisationInput() const { return m_organisation; }
    QSpinBox *firstYearInput() const { return m_firstYear; }
    QSpinBox *lastYearInput() const { return m_lastYear; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *toggleButton() const { return m_toggle; }
    SectionMessage *message() const { return m_message; }

signals:
    void fundedActivitiesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void retranslateUi() override;

private:
    void onCurrentChanged();
    void onChanged(const OfficeChange &change);
    bool mayChange() const;
    void fill(const FundedActivity &activity);
    FundedActivity entered() const;
    bool hasUnsavedChanges() const;
    QString problem() const;
    void updateState();
    void fillOrganisations();
    bool store(const FundedActivity &activity, const QString &done);

    QPointer<OfficeService> m_office;
    bool m_saving = false;
    bool m_filling = false;
    FundedActivity m_current; // as stored; id 0 = a new one
    FundedActivityListModel *m_model = nullptr;
    QLabel *m_listLabel = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_formTitle = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_funderLabel = nullptr;
    QLineEdit *m_funder = nullptr;
    QLabel *m_organisationLabel = nullptr;
    QComboBox *m_organisation = nullptr;
    QLabel *m_firstYearLabel = nullptr;
    QSpinBox *m_firstYear = nullptr;
    QLabel *m_lastYearLabel = nullptr;
    QSpinBox *m_lastYear = nullptr;
    QLabel *m_problem = nullptr;
    SectionMessage *m_message = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace Kohtaamo
