#pragma once

#include "domain/Worker.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace Kohtaamo {

class FieldProblems;
class OfficeService;
class WorkerAvailabilityForm;
class WorkerConsentsPanel;
class WorkerExperiencesForm;
class WorkerFormPart;
class WorkerHistoryPanel;
class WorkerProfileForm;
class WorkerServicesForm;
class WorkerSupportForm;
struct Error;

// Creates or edits an experience worker in tabs: profile, experiences, kinds of work, availability, consents,
// support, history (read-only). Core validation's message is shown at its field once the coordinator has changed and
// left it, and for every field on an attempt to save, which then refuses; nothing invalid is saved.
//
// Save is one use case of the office service (OfficeService::saveWorker): the worker and the new consents and
// withdrawals in one transaction, audited, "recorded by" the acting coordinator. A worker another coordinator saved
// meanwhile is a Conflict: the dialog says so and offers to reload the stored worker or keep editing; nothing is
// overwritten. The History tab follows the office's changes while the dialog is open.
class WorkerEditorDialog : public QDialog
{
    Q_OBJECT
public:
    enum Tab { ProfileTab, ExperiencesTab, ServicesTab, AvailabilityTab, ConsentsTab, SupportTab, HistoryTab };

    // `worker` with id 0 is a new one; otherwise the stored worker as read.
    WorkerEditorDialog(OfficeService &office, const Worker &worker, QWidget *parent = nullptr);
    ~WorkerEditorDialog() override;

    Worker savedWorker() const { return m_saved; }
    Worker currentWorker() const;
    bool isModified() const { return m_modified; }
    QTabWidget *tabs() const { return m_tabs; }
    FieldProblems *problems() const { return m_problems; }

    void accept() override;
    void reject() override;

private:
    void loadLists();
    void load(const Worker &worker);
    void loadConsents(qint64 workerId);
    QVector<Error> findProblems() const;
    void revalidate();
    void markTabs();
    void focusFirstProblem();
    void resolveConflict(const Error &error);
    void showNotice(const QString &text);

    OfficeService &m_office;
    Worker m_original;
    Worker m_saved;
    bool m_modified = false;

    FieldProblems *m_problems = nullptr;
    QLabel *m_notice = nullptr;
    QTabWidget *m_tabs = nullptr;
    WorkerProfileForm *m_profile = nullptr;
    WorkerExperiencesForm *m_experiences = nullptr;
    WorkerServicesForm *m_services = nullptr;
    WorkerAvailabilityForm *m_availability = nullptr;
    WorkerConsentsPanel *m_consents = nullptr;
    WorkerSupportForm *m_support = nullptr;
    WorkerHistoryPanel *m_history = nullptr;
    QVector<WorkerFormPart *> m_parts;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kohtaamo
