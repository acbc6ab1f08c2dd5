#pragma once

#include "workerimport/ImportTable.h"
#include "workerimport/WorkerImportMapping.h"
#include "workerimport/WorkerImportPreview.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Kohtaamo {

class OfficeService;
class WorkerImportPreviewModel;

// Workers ▸ Import workers…: a worker register kept in a spreadsheet (CSV or XLSX) read into the office. The
// coordinator chooses the file, checks which column fills which field (guessed from the headers, each with a sample
// value), and reads the preview: every row with its status and what is wrong or doubtful. Import stores all rows or
// none (OfficeService::importWorkerRegister) and is offered only when no row is refused; a refused row is corrected in
// the file and read again. The dialog stays open when the import fails.
class WorkerImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit WorkerImportDialog(OfficeService &office, QWidget *parent = nullptr);
    ~WorkerImportDialog() override;

    // Reads the file, guesses the columns and shows the preview; false (with the reason shown) when it cannot be read.
    bool openFile(const QString &path);
    // Reads the same file again, keeping the columns chosen (after it was corrected).
    bool reload();

    QComboBox *columnChooser(WorkerImportField field) const { return m_choosers.value(field); }
    QComboBox *organisationChooser() const { return m_organisation; }
    WorkerImportPreviewModel *previewModel() const { return m_model; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *reloadButton() const { return m_reload; }
    QString summaryText() const;
    QString consentText() const;
    const WorkerImportResult &result() const { return m_result; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void fillMapping();
    void onColumnChosen(WorkerImportField field);
    void updatePreview();
    void importRows();
    void retranslateUi();

    OfficeService &m_office;
    QString m_path;
    ImportTable m_table;
    WorkerImportMapping m_mapping;
    WorkerImportResult m_result;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_pathField = nullptr;
    QPushButton *m_choose = nullptr;
    QPushButton *m_reload = nullptr;
    QLabel *m_fileInfo = nullptr;
    QLabel *m_mappingHeading = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QMap<WorkerImportField, QComboBox *> m_choosers;
    QLabel *m_organisationLabel = nullptr;
    QComboBox *m_organisation = nullptr;
    QLabel *m_previewHeading = nullptr;
    QTableView *m_previewView = nullptr;
    WorkerImportPreviewModel *m_model = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_consent = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
    bool m_filling = false;
};

} // namespace Kohtaamo
