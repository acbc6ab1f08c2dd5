#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace Kohtaamo {

class RefreshWhenShown;

class OfficeService;
struct OfficeChange;
class WorkerEditorDialog;
class WorkerFilterBar;
class WorkerImportDialog;
class WorkerListModel;

// The register of experience workers: search and filters, the list (read a page at a time, sorted by a click on a
// column header) with marks on minors, recovery breaks and monthly limits, and New worker, Edit (Enter or a double
// click) and Deactivate (left the activity: the status changes, every record stays). Everything goes through the
// office service; the page reads again when the office announces a change to what it shows, whoever made it.
class WorkersPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kFindLimit = 5000;

    explicit WorkersPage(QWidget *parent = nullptr);
    ~WorkersPage() override;

    void setOffice(OfficeService *office);
    // Reads the choices and the list again, keeping the current worker when still listed.
    void refresh();
    // Saved edits of workers go on this stack (Edit ▸ Undo / Redo); nullptr = no undo.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    bool selectWorker(qint64 id);
    qint64 currentWorkerId() const;

    // Opens the editor (window-modal, not blocking) for a new worker or the current one; editor() while it is open.
    void newWorker();
    void editCurrent();
    // Asks, then marks the current worker as having left the activity.
    void deactivateCurrent();
    // Erases the selected worker after a confirmation that names them (admins only; docs/data-protection.md).
    void eraseCurrent();
    // Writes everything held about the selected worker: asks for the PDF's name, writes the JSON beside it.
    void exportSubjectAccess();
    // The same without asking (tests): the PDF at `pdfPath`, the JSON at `jsonPath`. Returns whether both were written.
    bool writeSubjectAccess(qint64 workerId, const QString &pdfPath, const QString &jsonPath);
    WorkerEditorDialog *editor() const; // the open editor, if any
    // Opens Import Workers (window-modal, not blocking): a register from a CSV or XLSX file; importDialog() while open.
    void importWorkers();
    WorkerImportDialog *importDialog() const;

    WorkerListModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    WorkerFilterBar *filterBar() const { return m_filterBar; }
    QString countText() const;

signals:
    void workerSaved(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openEditor(qint64 id);
    void onOfficeChanged(const OfficeChange &change);
    // The filters' organisations, topics, languages and regions: read now when the page is shown, else when it is
    // next shown (the distinct languages and regions of 50,000 workers cost a noticeable part of the start).
    void loadChoices();
    void readChoices();
    RefreshWhenShown *m_choices = nullptr;
    void onLoaded();
    void updateButtons();
    void retranslateUi();

    QPointer<OfficeService> m_office;
    QUndoStack *m_undoStack = nullptr;
    QLabel *m_heading = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_deactivate = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_erase = nullptr;
    QPushButton *m_subjectAccess = nullptr;
    WorkerFilterBar *m_filterBar = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_table = nullptr;
    WorkerListModel *m_model = nullptr;
    QPointer<WorkerEditorDialog> m_editor;
    QPointer<WorkerImportDialog> m_importDialog;
};

} // namespace Kohtaamo
