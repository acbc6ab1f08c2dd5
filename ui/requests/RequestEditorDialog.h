#pragma once

#include "domain/Request.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace Kohtaamo {

class OfficeService;
class FieldProblems;
class RequestDetailsForm;
class RequestFormPart;
class RequestScheduleForm;
class RequestTermsForm;
class TopicPicker;
struct Error;

// Creates or edits a request (commission) with every field and its topics, in four tabs: the request (who asks,
// what for), topics, when and where, terms. What core validation finds wrong is shown next to the field, once the
// coordinator has changed and left it, and for every field on an attempt to save; Save then refuses and puts the
// focus on the first field at fault (switching to its tab), so nothing invalid is saved.
//
// Save writes through RequestRepository::save. If another coordinator saved the request meanwhile (a Conflict) the
// dialog says so and offers to reload the stored version, which discards the edits made here only when the
// coordinator chooses it, or to keep editing; nothing is overwritten. Other errors are shown and the dialog stays
// open. Escape with unsaved edits asks before discarding them.
class RequestEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // `request` with id 0 is a new one; otherwise it is the stored request as read (its version is what a save
    // checks against). Topics, service types and organisations are read from `db`.
    RequestEditorDialog(OfficeService &office, const Request &request, QWidget *parent = nullptr);
    ~RequestEditorDialog() override;

    // Opens the dialog modally; the request as stored when the coordinator saved, else nothing.
    // Saves through the office service (a new time then moves the team and marks whom to tell).
    static std::optional<Request> edit(OfficeService &office, const Request &request, QWidget *parent = nullptr);

    // What was stored (after the dialog was accepted); the request it was opened with before that.
    Request savedRequest() const { return m_saved; }
    // What the form holds now.
    Request currentRequest() const;
    // Whether the form differs from the request it was opened with (or last reloaded).
    bool isModified() const { return m_modified; }

    void accept() override;
    void reject() override;

private:
    void load(const Request &request);
    void loadLists();
    QVector<Error> findProblems() const;
    void revalidate();
    void markTabs();
    void focusFirstProblem();
    void resolveConflict(const Error &error);
    void showNotice(const QString &text);
    void updateTitle();

    OfficeService &m_office;
    Request m_original;
    Request m_saved;
    bool m_modified = false;

    FieldProblems *m_problems = nullptr;
    QLabel *m_notice = nullptr;
    QTabWidget *m_tabs = nullptr;
    RequestDetailsForm *m_details = nullptr;
    TopicPicker *m_topics = nullptr;
    RequestScheduleForm *m_schedule = nullptr;
    RequestTermsForm *m_terms = nullptr;
    QVector<RequestFormPart *> m_parts;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kohtaamo
