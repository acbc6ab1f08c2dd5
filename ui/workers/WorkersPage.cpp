#include "WorkersPage.h"

#include "SubjectAccessDocument.h"
#include "WorkerEditorDialog.h"
#include "WorkerFilterBar.h"
#include "WorkerImportDialog.h"
#include "WorkerListModel.h"
#include "common/ChipsDelegate.h"
#include "common/ErrorMessage.h"
#include "common/FlowLayout.h"
#include "common/HeaderTexts.h"
#include "common/PageHeading.h"
#include "common/PrivateFile.h"
#include "common/RefreshWhenShown.h"
#include "office/DatabaseLocation.h"
#include "office/OfficeService.h"
#include "undo/WorkerEditUndo.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kohtaamo {

WorkersPage::WorkersPage(QWidget *parent) : QWidget(parent)
{
    m_choices = new RefreshWhenShown(this, [this] { readChoices(); });
    setObjectName(QStringLiteral("workersPage"));
    m_heading = new PageHeading(PageHeading::Level::Title, this);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newWorker"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editWorker"));
    m_deactivate = new QPushButton(this);
    m_deactivate->setObjectName(QStringLiteral("deactivateWorker"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importWorkers"));
    m_erase = new QPushButton(this);
    m_erase->setObjectName(QStringLiteral("eraseWorker"));
    m_subjectAccess = new QPushButton(this);
    m_subjectAccess->setObjectName(QStringLiteral("subjectAccess"));
    connect(m_erase, &QPushButton::clicked, this, &WorkersPage::eraseCurrent);
    connect(m_subjectAccess, &QPushButton::clicked, this, &WorkersPage::exportSubjectAccess);
    connect(m_new, &QPushButton::clicked, this, &WorkersPage::newWorker);
    connect(m_import, &QPushButton::clicked, this, &WorkersPage::importWorkers);
    connect(m_edit, &QPushButton::clicked, this, &WorkersPage::editCurrent);
    connect(m_deactivate, &QPushButton::clicked, this, &WorkersPage::deactivateCurrent);

    m_filterBar = new WorkerFilterBar(this);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    m_count = new QLabel(this);
    m_count->setWordWrap(true); // a long note must not make the page wider than the window (issue 19)
    m_count->setObjectName(QStringLiteral("count"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(8);
    m_error->hide();

    m_model = new WorkerListModel(this);
    // The register starts with the workers still in the activity.
    m_model->setFilter(m_filterBar->filter());
    connect(m_filterBar, &WorkerFilterBar::filterChanged, m_model, &WorkerListModel::setFilter);
    connect(m_model, &WorkerListModel::loaded, this, &WorkersPage::onLoaded);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("workers"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(WorkerListModel::Marks, new ChipsDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    keepHeaderTextsWhole(header);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSortIndicator(WorkerListModel::columnOf(m_model->sortOrder().key), m_model->sortOrder().order);
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        if (WorkerListModel::sortKeyOf(column))
            return;
        const QSignalBlocker block(header);
        header->setSortIndicator(WorkerListModel::columnOf(m_model->sortOrder().key), m_model->sortOrder().order);
    });
    const QFontMetrics fm = m_table->fontMetrics();
    const auto chars = [&fm](int n) { return fm.horizontalAdvance(QString(n, QLatin1Char('n'))); };
    const QVector<int> widths { chars(22), chars(26), chars(24), chars(16), chars(11), chars(14), chars(5), chars(12) };
    for (int c = 0; c < widths.size(); ++c)
        header->resizeSection(c, widths.at(c));
    connect(m_table, &QTableView::activated, this, [this] { editCurrent(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorkersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorkersPage::updateButtons);

    // The page's own actions beside its heading; what acts on the selected worker beside the count above the list,
    // so that the longest language (Finnish) still fits a 1280-pixel window.
    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_new);
    top->addWidget(m_import);
    // The buttons wrap onto a second line at 150 % font size rather than make the page wider than a 1280 px window
    // (issue 19); the tab order below is set after they moved into their box.
    auto *selection = new QHBoxLayout;
    selection->addWidget(m_count, 1);
    auto *buttons = new QWidget(this);
    buttons->setObjectName(QStringLiteral("workerButtons"));
    auto *buttonFlow = new FlowLayout(buttons);
    for (QWidget *button : { static_cast<QWidget *>(m_edit), static_cast<QWidget *>(m_deactivate),
                             static_cast<QWidget *>(m_subjectAccess), static_cast<QWidget *>(m_erase) })
        buttonFlow->addWidget(button);
    selection->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_error);
    layout->addLayout(selection);
    layout->addWidget(m_table, 1);

    QWidget::setTabOrder(m_filterBar->lastInTabOrder(), m_table);
    // The page's focus proxy is the search field, so Tab entering the page jumps to it and never reached the buttons
    // before it: they come after the list instead.
    QWidget::setTabOrder(m_table, m_edit);
    QWidget::setTabOrder(m_edit, m_deactivate);
    QWidget::setTabOrder(m_deactivate, m_subjectAccess);
    QWidget::setTabOrder(m_subjectAccess, m_erase);
    QWidget::setTabOrder(m_erase, m_new);
    QWidget::setTabOrder(m_new, m_import);
    setFocusProxy(m_filterBar->searchField());
    retranslateUi();
    updateButtons();
}

WorkersPage::~WorkersPage() = default;

void WorkersPage::setOffice(OfficeService *office)
{
    if (m_editor)
        m_editor->deleteLater();
    if (m_office)
        disconnect(m_office, nullptr, this, nullptr);
    m_office = office;
    if (m_office)
        connect(m_office, &OfficeService::changed, this, &WorkersPage::onOfficeChanged);
    loadChoices();
    m_model->setOffice(office);
}

void WorkersPage::onOfficeChanged(const OfficeChange &change)
{
    // What the register shows: the workers, whether a consent holds, this month's engagements, the organisations
    // and topics of the filters. Another coordinator's change may be any of these.
    using Kind = OfficeChange::Kind;
    if (change.external || change.touches(Kind::Worker) || change.touches(Kind::Consent)
        || change.touches(Kind::Engagement) || change.touches(Kind::Organisation) || change.touches(Kind::Taxonomy))
        refresh();
}

void WorkersPage::loadChoices()
{
    m_choices->request();
}

void WorkersPage::readChoices()
{
    if (!m_office) {
        m_filterBar->setChoices({}, {}, {}, {});
        return;
    }
    m_filterBar->setChoices(m_office->organisations().valueOr({}), m_office->topics().valueOr({}),
                            m_office->workerLanguages().valueOr({}), m_office->workerRegions().valueOr({}));
}

void WorkersPage::refresh()
{
    const qint64 keep = currentWorkerId();
    loadChoices();
    m_model->refresh();
    if (keep)
        selectWorker(keep);
}

bool WorkersPage::selectWorker(qint64 id)
{
    const int row = m_model->fetchUntil(id, kFindLimit);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

qint64 WorkersPage::currentWorkerId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->workerId(current.row()) : 0;
}

QString WorkersPage::countText() const
{
    return m_count->text();
}

void WorkersPage::newWorker()
{
    openEditor(0);
}

void WorkersPage::editCurrent()
{
    if (const qint64 id = currentWorkerId())
        openEditor(id);
}

void WorkersPage::openEditor(qint64 id)
{
    if (!m_office || m_editor)
        return;
    Worker worker;
    if (id != 0) {
        auto stored = m_office->worker(id);
        if (!stored) {
            ErrorMessage::show(this, tr("The worker could not be opened."), stored.error());
            return;
        }
        worker = *stored;
    } else {
        worker.organisationId = m_filterBar->filter().organisationId; // the organisation being looked at
        if (worker.organisationId == 0)
            worker.organisationId = m_office->coordinator().organisationId; // else the coordinator's own
    }
    m_editor = new WorkerEditorDialog(*m_office, worker, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    // The save itself has refreshed the list (the office announced it); here the saved worker becomes current.
    connect(m_editor, &QDialog::accepted, this, [this, before = worker] {
        const Worker after = m_editor->savedWorker();
        const qint64 saved = after.id;
        if (m_undoStack && before.id != 0) {
            auto now = m_office->worker(saved);
            if (now)
                m_undoStack->push(WorkerEditUndo::create(*m_office, before, after, now->version, this, [this, saved] {
                    selectWorker(saved);
                    emit workerSaved(saved);
                }));
        }
        if (!selectWorker(saved))
            m_count->setText(tr("%1 — the worker just saved is hidden by the filters.").arg(m_count->text()));
        emit workerSaved(saved);
    });
    m_editor->open();
}

void WorkersPage::deactivateCurrent()
{
    const qint64 id = currentWorkerId();
    if (!m_office || !id)
        return;
    auto stored = m_office->worker(id);
    if (!stored) {
        ErrorMessage::show(this, tr("The worker could not be read."), stored.error());
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Deactivate Worker?"),
                    tr("Mark %1 as having left the activity?").arg(stored->displayName), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmDeactivate"));
    box.setInformativeText(tr("They are no longer offered for requests. Their experiences, consents, invitations and "
                              "engagements all stay on record, and the status can be set back in the editor."));
    QPushButton *yes = box.addButton(tr("&Deactivate"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("deactivate"));
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    // The list follows from the office's change signal.
    auto saved = m_office->deactivateWorker(id, stored->version);
    if (!saved) {
        ErrorMessage::show(this, tr("The worker was not deactivated."), saved.error());
        return;
    }
    emit workerSaved(id);
}

void WorkersPage::onLoaded()
{
    const int n = m_model->totalCount();
    m_count->setText(!m_office ? QString() : tr("%Ln worker(s)", nullptr, n));
    m_table->setAccessibleDescription(m_count->text());
    const Error &error = m_model->lastError();
    m_error->setVisible(error.isError());
    if (error.isError())
        m_error->setText(tr("The workers could not be read from the database. %1").arg(error.message));
}

void WorkersPage::updateButtons()
{
    const qint64 id = currentWorkerId();
    const WorkerSummary *w = m_model->summary(m_model->rowOf(id));
    // What the coordinator's role does not allow is off, and its tooltip says why (the service's own refusal).
    const auto offer = [](QPushButton *button, bool possible, const Status &may, const QString &tip) {
        button->setEnabled(possible && may.ok());
        button->setToolTip(possible && !may.ok() ? may.error().message : tip);
    };
    const Status writer = m_office ? m_office->requireWriter() : Status::success();
    const Status mayChange = m_office && id != 0 ? m_office->mayChangeWorker(id) : writer;
    offer(m_new, m_office != nullptr, writer, QString());
    offer(m_import, m_office != nullptr, writer,
          tr("Add the workers of a register kept in a spreadsheet (CSV or XLSX)."));
    m_edit->setEnabled(id != 0); // opens the worker for reading too; Save says why it is off
    offer(m_deactivate, w && w->status != WorkerStatus::Left, mayChange,
          tr("The worker has left the activity: they are no longer offered, their history stays."));
    offer(m_subjectAccess, id != 0, mayChange,
          tr("Write everything the office holds about the worker as a PDF and a JSON file (GDPR Art. 15)."));
    offer(m_erase, id != 0,
          m_office ? m_office->requireAdminFor(tr("Only an admin can erase a worker.")) : Status::success(),
          tr("Remove the worker's personal data everywhere; their work stays in the statistics anonymously."));
}

void WorkersPage::eraseCurrent()
{
    const qint64 id = currentWorkerId();
    if (!m_office || !id)
        return;
    auto stored = m_office->worker(id);
    if (!stored) {
        ErrorMessage::show(this, tr("The worker could not be read."), stored.error());
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Erase Worker?"),
                    tr("Erase %1's personal data for good?").arg(stored->displayName), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmErase"));
    box.setInformativeText(tr("Their name, contact details, date of birth, experiences, notes and e-mail are removed "
                              "everywhere, old values in the audit log included. Their engagements, hours and fees "
                              "stay in the statistics as an anonymous worker. This cannot be undone."));
    QPushButton *yes = box.addButton(tr("&Erase for Good"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("erase"));
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    auto erased = m_office->eraseWorker(id, stored->version);
    if (!erased) {
        ErrorMessage::show(this, tr("The worker was not erased."), erased.error());
        return;
    }
    if (m_undoStack)
        m_undoStack->clear(); // an undo step may hold the erased values
    emit workerSaved(id);
}

void WorkersPage::exportSubjectAccess()
{
    const qint64 id = currentWorkerId();
    if (!m_office || !id)
        return;
    const QString pdf = QFileDialog::getSaveFileName(this, tr("Save Subject Access Document"), QString(),
                                                     tr("PDF documents (*.pdf)"));
    if (pdf.isEmpty())
        return;
    const QString base = pdf.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? pdf.chopped(4) : pdf;
    const QString json = base + QStringLiteral(".json");
    if (writeSubjectAccess(id, base + QStringLiteral(".pdf"), json))
        QMessageBox::information(this, tr("Subject Access"),
                                 tr("Wrote %1 and %2, readable by you only. The export is recorded in the audit log.")
                                     .arg(base + QStringLiteral(".pdf"), json));
}

bool WorkersPage::writeSubjectAccess(qint64 workerId, const QString &pdfPath, const QString &jsonPath)
{
    if (!m_office)
        return false;
    auto data = m_office->subjectAccess(workerId);
    if (!data) {
        ErrorMessage::show(this, tr("The subject access data could not be read."), data.error());
        return false;
    }
    if (Status s = PrivateFile::write(jsonPath, QJsonDocument(*data).toJson(QJsonDocument::Indented)); !s) {
        ErrorMessage::show(this, tr("The JSON file was not written."), s.error());
        return false;
    }
    auto pages = SubjectAccessDocument(*data, m_office->location().displayName()).writePdf(pdfPath);
    if (!pages) {
        ErrorMessage::show(this, tr("The PDF was not written."), pages.error());
        return false;
    }
    return true;
}

void WorkersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WorkersPage::retranslateUi()
{
    m_heading->setText(tr("Experience workers"));
    m_new->setText(tr("&New Worker…"));
    m_new->setAccessibleName(tr("New worker"));
    m_edit->setText(tr("Edi&t…"));
    m_edit->setAccessibleName(tr("Edit the selected worker"));
    m_edit->setToolTip(tr("Enter or a double click opens the worker too."));
    m_deactivate->setText(tr("&Deactivate…"));
    m_deactivate->setAccessibleName(tr("Deactivate the selected worker"));
    m_import->setText(tr("&Import Workers…"));
    m_import->setAccessibleName(tr("Import workers"));
    m_subjectAccess->setText(tr("S&ubject Access…"));
    m_subjectAccess->setAccessibleName(tr("Write everything held about the selected worker"));
    m_erase->setText(tr("Erase Wor&ker…"));
    m_erase->setAccessibleName(tr("Erase the selected worker's personal data"));
    updateButtons();
    m_table->setAccessibleName(tr("Experience workers"));
    m_model->refresh();
}

WorkerEditorDialog *WorkersPage::editor() const
{
    return m_editor;
}

void WorkersPage::importWorkers()
{
    if (!m_office || m_importDialog)
        return;
    m_importDialog = new WorkerImportDialog(*m_office, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_importDialog->setWindowModality(Qt::WindowModal);
    connect(m_importDialog, &QDialog::accepted, this, [this] {
        // The list reads again on the office's change; the first worker imported is shown.
        if (m_importDialog && !m_importDialog->result().workerIds.isEmpty())
            selectWorker(m_importDialog->result().workerIds.constFirst());
    });
    m_importDialog->open();
}

WorkerImportDialog *WorkersPage::importDialog() const
{
    return m_importDialog;
}

} // namespace Kohtaamo
