#include "WorkerImportDialog.h"

#include "WorkerImportPreviewModel.h"
#include "office/OfficeService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kohtaamo {

namespace {
enum MappingColumn { FieldColumn, ChooserColumn, SampleColumn };
}

WorkerImportDialog::WorkerImportDialog(OfficeService &office, QWidget *parent) : QDialog(parent), m_office(office)
{
    setObjectName(QStringLiteral("workerImportDialog"));
    m_fileLabel = new QLabel(this);
    m_pathField = new QLineEdit(this);
    m_pathField->setObjectName(QStringLiteral("importFile"));
    m_pathField->setReadOnly(true);
    m_fileLabel->setBuddy(m_pathField);
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("chooseImportFile"));
    m_choose->setAutoDefault(false);
    m_reload = new QPushButton(this);
    m_reload->setObjectName(QStringLiteral("reloadImportFile"));
    m_reload->setAutoDefault(false);
    m_reload->setEnabled(false);
    connect(m_choose, &QPushButton::clicked, this, &WorkerImportDialog::chooseFile);
    connect(m_reload, &QPushButton::clicked, this, &WorkerImportDialog::reload);
    m_fileInfo = new QLabel(this);
    m_fileInfo->setObjectName(QStringLiteral("importFileInfo"));
    m_fileInfo->setWordWrap(true);

    m_mappingHeading = new QLabel(this);
    m_mappingTable = new QTableWidget(0, 3, this);
    m_mappingTable->setObjectName(QStringLiteral("importMapping"));
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingTable->setTabKeyNavigation(false);
    m_mappingHeading->setBuddy(m_mappingTable);
    const QVector<WorkerImportField> fields = WorkerImportFields::all();
    m_mappingTable->setRowCount(int(fields.size()));
    for (int r = 0; r < fields.size(); ++r) {
        const WorkerImportField field = fields.at(r);
        m_mappingTable->setItem(r, FieldColumn, new QTableWidgetItem);
        m_mappingTable->setItem(r, SampleColumn, new QTableWidgetItem);
        auto *chooser = new QComboBox(m_mappingTable);
        chooser->setObjectName(QStringLiteral("column_") + WorkerImportFields::code(field));
        connect(chooser, &QComboBox::currentIndexChanged, this, [this, field] { onColumnChosen(field); });
        m_mappingTable->setCellWidget(r, ChooserColumn, chooser);
        m_choosers.insert(field, chooser);
    }
    m_mappingTable->resizeRowsToContents();

    m_organisationLabel = new QLabel(this);
    m_organisation = new QComboBox(this);
    m_organisation->setObjectName(QStringLiteral("importOrganisation"));
    m_organisationLabel->setBuddy(m_organisation);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &WorkerImportDialog::updatePreview);

    m_previewHeading = new QLabel(this);
    m_model = new WorkerImportPreviewModel(this);
    m_previewView = new QTableView(this);
    m_previewView->setObjectName(QStringLiteral("importPreview"));
    m_previewView->setModel(m_model);
    m_previewView->verticalHeader()->hide();
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setTabKeyNavigation(false);
    m_previewView->setWordWrap(true);
    m_previewHeading->setBuddy(m_previewView);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_consent = new QLabel(this);
    m_consent->setObjectName(QStringLiteral("importConsent"));
    m_consent->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    // Texts of a few lines keep their height for the width they get; the tables give way.
    for (QLabel *label : { m_fileInfo, m_summary, m_consent, m_error }) {
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
        policy.setHeightForWidth(true);
        label->setSizePolicy(policy);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("confirmImport"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WorkerImportDialog::importRows);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_pathField, 1);
    fileRow->addWidget(m_choose);
    fileRow->addWidget(m_reload);
    auto *organisationRow = new QFormLayout;
    organisationRow->addRow(m_organisationLabel, m_organisation);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_fileInfo);
    layout->addWidget(m_mappingHeading);
    layout->addWidget(m_mappingTable, 1);
    layout->addLayout(organisationRow);
    layout->addWidget(m_previewHeading);
    layout->addWidget(m_previewView, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_consent);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    // Organisations for rows without one; an office of one organisation has it chosen.
    m_organisation->addItem(QString(), 0);
    if (auto organisations = m_office.organisations()) {
        for (const Organisation &o : std::as_const(*organisations)) {
            if (o.active)
                m_organisation->addItem(o.name, o.id);
        }
    }
    if (m_organisation->count() == 2)
        m_organisation->setCurrentIndex(1);

    retranslateUi();
    fillMapping();
    resize(900, 760);
}

WorkerImportDialog::~WorkerImportDialog() = default;

void WorkerImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Workers"), QFileInfo(m_path).absolutePath(),
                                                      tr("Spreadsheets (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool WorkerImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_pathField->setText(QFileInfo(path).fileName());
    m_pathField->setToolTip(path);
    m_reload->setEnabled(true);
    auto table = OfficeService::readWorkerRegister(path);
    if (!table) {
        m_table = {};
        m_mapping = {};
        m_fileInfo->setText(table.error().message);
        fillMapping();
        updatePreview();
        return false;
    }
    m_table = *table;
    m_mapping = WorkerImportMapping::guess(m_table.header);
    m_fileInfo->setText(tr("%1 rows under a header of %2 columns.")
                            .arg(QLocale().toString(qsizetype(m_table.rows.size())))
                            .arg(QLocale().toString(qsizetype(m_table.header.size()))));
    fillMapping();
    updatePreview();
    return true;
}

bool WorkerImportDialog::reload()
{
    if (m_path.isEmpty())
        return false;
    const WorkerImportMapping chosen = m_mapping;
    const QStringList header = m_table.header;
    const bool read = openFile(m_path);
    if (read && m_table.header == header) {
        m_mapping = chosen; // the coordinator's choices stand while the columns are the same
        fillMapping();
        updatePreview();
    }
    return read;
}

void WorkerImportDialog::fillMapping()
{
    m_filling = true;
    const QVector<WorkerImportField> fields = WorkerImportFields::all();
    for (int r = 0; r < fields.size(); ++r) {
        const WorkerImportField field = fields.at(r);
        m_mappingTable->item(r, FieldColumn)->setText(WorkerImportFields::name(field));
        QComboBox *chooser = m_choosers.value(field);
        chooser->clear();
        chooser->addItem(tr("(not imported)"), WorkerImportMapping::kNone);
        for (int c = 0; c < m_table.header.size(); ++c) {
            const QString name = m_table.header.at(c).isEmpty() ? tr("column %1").arg(c + 1) : m_table.header.at(c);
            chooser->addItem(name, c);
        }
        chooser->setCurrentIndex(chooser->findData(m_mapping.column(field)));
        chooser->setAccessibleName(tr("Column for %1").arg(WorkerImportFields::name(field)));
        const int column = m_mapping.column(field);
        m_mappingTable->item(r, SampleColumn)
            ->setText(column == WorkerImportMapping::kNone ? QString() : m_table.sample(column));
    }
    m_mappingTable->resizeColumnToContents(FieldColumn);
    m_mappingTable->resizeColumnToContents(ChooserColumn);
    m_filling = false;
}

void WorkerImportDialog::onColumnChosen(WorkerImportField field)
{
    if (m_filling)
        return;
    QComboBox *chooser = m_choosers.value(field);
    m_mapping.set(field, chooser->currentData().toInt());
    fillMapping(); // a column fills one field: another field that had it loses it
    updatePreview();
}

void WorkerImportDialog::updatePreview()
{
    m_error->hide();
    if (m_table.header.isEmpty()) {
        m_model->clear();
        m_summary->clear();
        m_consent->clear();
        m_import->setEnabled(false);
        return;
    }
    WorkerImportOptions options;
    options.defaultOrganisationId = m_organisation->currentData().toLongLong();
    auto preview = m_office.previewWorkerImport(m_table, m_mapping, options);
    if (!preview) {
        m_model->clear();
        m_summary->setText(preview.error().message);
        m_consent->clear();
        m_import->setEnabled(false);
        return;
    }
    m_model->setPreview(*preview);
    for (int column :
         { WorkerImportPreviewModel::Row, WorkerImportPreviewModel::State, WorkerImportPreviewModel::Name })
        m_previewView->resizeColumnToContents(column);
    m_previewView->resizeRowsToContents();
    m_summary->setText(summaryText());
    m_consent->setText(preview->consentNote);
    m_import->setEnabled(preview->canImport());
}

QString WorkerImportDialog::summaryText() const
{
    const WorkerImportPreview &p = m_model->preview();
    if (p.rows.isEmpty())
        return {};
    QString text = tr("%1 rows: %2 ready, %3 with warnings, %4 refused.")
                       .arg(QLocale().toString(qsizetype(p.rows.size())))
                       .arg(QLocale().toString(p.ready))
                       .arg(QLocale().toString(p.warnings))
                       .arg(QLocale().toString(p.refused));
    if (p.refused > 0)
        text += QLatin1Char(' ')
            + tr("Nothing can be imported while a row is refused: correct the file and read it again, or change "
                 "the columns.");
    return text;
}

QString WorkerImportDialog::consentText() const
{
    return m_consent->text();
}

void WorkerImportDialog::importRows()
{
    WorkerImportOptions options;
    options.defaultOrganisationId = m_organisation->currentData().toLongLong();
    auto result = m_office.importWorkerRegister(m_table, m_mapping, options);
    if (!result) {
        m_error->setText(tr("Nothing was imported. %1").arg(result.error().message));
        m_error->show();
        return;
    }
    m_result = *result;
    accept();
}

void WorkerImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void WorkerImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import Workers"));
    m_fileLabel->setText(tr("&File:"));
    m_pathField->setAccessibleName(tr("File to import"));
    m_choose->setText(tr("&Choose…"));
    m_choose->setAccessibleName(tr("Choose the file to import"));
    m_reload->setText(tr("&Read Again"));
    m_reload->setAccessibleName(tr("Read the file again"));
    m_reload->setToolTip(tr("After correcting the file, read it again with the same columns."));
    m_mappingHeading->setText(tr("C&olumns: which column of the file fills each field"));
    m_mappingTable->setAccessibleName(tr("Columns"));
    m_mappingTable->setHorizontalHeaderLabels({ tr("Field"), tr("Column"), tr("First value") });
    m_organisationLabel->setText(tr("Organisation of rows &without one:"));
    m_organisation->setItemText(0, tr("(none: such rows are refused)"));
    m_previewHeading->setText(tr("&Preview"));
    m_previewView->setAccessibleName(tr("Preview"));
    m_import->setText(tr("&Import"));
    m_import->setAccessibleName(tr("Import the workers"));
    if (!m_table.header.isEmpty()) {
        fillMapping();
        updatePreview();
    }
}

} // namespace Kohtaamo
