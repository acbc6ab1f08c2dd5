#include "FeesPage.h"

#include "FeeListModel.h"
#include "MarkPaidDialog.h"
#include "common/DateField.h"
#include "common/FlowLayout.h"
#include "common/RefreshWhenShown.h"

#include "common/Clock.h"
#include "common/HeaderTexts.h"
#include "common/ItemRoles.h"
#include "export/CsvWriter.h"
#include "export/XlsxWriter.h"
#include "fees/FeeExport.h"
#include "office/OfficeService.h"
#include "outcomes/OutcomeTexts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Kohtaamo {

namespace {
void setComboItems(QComboBox *combo, const QVector<QPair<QString, QVariant>> &items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QLabel *buddyLabel(QWidget *parent, QWidget *buddy)
{
    auto *label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

FeesPage::FeesPage(QWidget *parent) : QWidget(parent)
{
    m_shown = new RefreshWhenShown(this, [this] { refresh(); });
    auto *layout = new QVBoxLayout(this);

    // The filters: period (with its dates), organisation, worker, state, batch.
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("feePeriod"));
    m_from = new DateField(this);
    m_from->setObjectName(QStringLiteral("feeFrom"));
    m_from->setCalendarPopup(true);
    m_to = new DateField(this);
    m_to->setObjectName(QStringLiteral("feeTo"));
    m_to->setCalendarPopup(true);
    m_organisation = new QComboBox(this);
    m_organisation->setObjectName(QStringLiteral("feeOrganisation"));
    m_worker = new QLineEdit(this);
    m_worker->setObjectName(QStringLiteral("feeWorker"));
    m_worker->setClearButtonEnabled(true);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("feeState"));
    m_batch = new QComboBox(this);
    m_batch->setObjectName(QStringLiteral("feeBatch"));
    m_periodLabel = buddyLabel(this, m_period);
    m_fromLabel = buddyLabel(this, m_from);
    m_toLabel = buddyLabel(this, m_to);
    m_organisationLabel = buddyLabel(this, m_organisation);
    m_workerLabel = buddyLabel(this, m_worker);
    m_stateLabel = buddyLabel(this, m_state);
    m_batchLabel = buddyLabel(this, m_batch);
    // Long organisation names and batch notes must not widen the page (and with it the window, which is as wide as its
    // widest page): the choosers show what fits and list the whole names when opened.
    for (QComboBox *combo : { m_organisation, m_batch }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
    }
    // Each label stays with its field; the pairs wrap onto more lines when the font is large or the language long, so
    // that the filters never make the page wider than a 1280 px window (issue 19).
    auto *filters = new FlowLayout(nullptr, 14, 6);
    for (const auto &[label, field] :
         std::initializer_list<std::pair<QLabel *, QWidget *>> { { m_periodLabel, m_period },
                                                                 { m_fromLabel, m_from },
                                                                 { m_toLabel, m_to },
                                                                 { m_stateLabel, m_state },
                                                                 { m_organisationLabel, m_organisation },
                                                                 { m_workerLabel, m_worker },
                                                                 { m_batchLabel, m_batch } }) {
        auto *pair = new QWidget(this);
        auto *h = new QHBoxLayout(pair);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(6);
        h->addWidget(label);
        h->addWidget(field);
        filters->addWidget(pair);
    }
    m_worker->setMinimumWidth(m_worker->fontMetrics().horizontalAdvance(QString(16, QLatin1Char('n'))));
    // The pairs' boxes moved the fields to the end of the focus chain: the order they were created in again.
    QWidget::setTabOrder(m_period, m_from);
    QWidget::setTabOrder(m_from, m_to);
    QWidget::setTabOrder(m_to, m_organisation);
    QWidget::setTabOrder(m_organisation, m_worker);
    QWidget::setTabOrder(m_worker, m_state);
    QWidget::setTabOrder(m_state, m_batch);
    layout->addLayout(filters);

    m_model = new FeeListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ItemRoles::SortRole);
    m_proxy->setFilterKeyColumn(FeeListModel::Worker);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("feeList"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FeeListModel::HeldOn, Qt::AscendingOrder);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    keepHeaderTextsWhole(m_view->horizontalHeader());
    layout->addWidget(m_view, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("feeError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *bottom = new QHBoxLayout;
    auto *texts = new QVBoxLayout;
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("feeTotals"));
    m_totals->setWordWrap(true); // long sums at 150 % must not widen the page (issue 19)
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_selection = new QLabel(this);
    m_selection->setObjectName(QStringLiteral("feeSelection"));
    m_selection->setWordWrap(true);
    m_selection->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    texts->addWidget(m_totals);
    texts->addWidget(m_selection);
    bottom->addLayout(texts, 1);
    m_undoBatch = new QPushButton(this);
    m_undoBatch->setObjectName(QStringLiteral("undoBatch"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportFees"));
    m_markPaid = new QPushButton(this);
    m_markPaid->setObjectName(QStringLiteral("markPaid"));
    bottom->addWidget(m_undoBatch);
    bottom->addWidget(m_export);
    bottom->addWidget(m_markPaid);
    layout->addLayout(bottom);

    retranslateUi();
    setPeriod(Period::ThisYear);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { applyPeriod(); });
    for (QDateEdit *edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_applying)
                return;
            const QSignalBlocker block(m_period);
            m_period->setCurrentIndex(m_period->findData(int(Period::Custom)));
            refresh();
        });
    for (QComboBox *combo : { m_organisation, m_state, m_batch })
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_worker, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateTotals();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateTotals(); });
    connect(m_markPaid, &QPushButton::clicked, this, &FeesPage::markPaid);
    connect(m_export, &QPushButton::clicked, this, &FeesPage::exportShown);
    connect(m_undoBatch, &QPushButton::clicked, this, &FeesPage::undoBatch);
}

void FeesPage::retranslateUi()
{
    m_periodLabel->setText(tr("&Period:"));
    m_fromLabel->setText(tr("Fro&m:"));
    m_toLabel->setText(tr("&To:"));
    m_organisationLabel->setText(tr("&Organisation:"));
    m_workerLabel->setText(tr("&Worker:"));
    m_stateLabel->setText(tr("&State:"));
    m_batchLabel->setText(tr("&Batch:"));
    m_worker->setPlaceholderText(tr("Part of a name"));
    m_view->setAccessibleName(tr("Fees"));
    m_totals->setAccessibleName(tr("Totals of the fees shown"));
    m_selection->setAccessibleName(tr("Totals of the fees chosen"));
    m_error->setAccessibleName(tr("Why the fees could not be read"));
    m_markPaid->setText(tr("Mar&k Paid…"));
    m_export->setText(tr("E&xport…"));
    m_undoBatch->setText(tr("&Undo Batch…"));
    m_undoBatch->setToolTip(tr("The batch was marked by mistake: its fees become due again (admins)"));
    const QSignalBlocker block(m_period);
    setComboItems(m_period,
                  { { tr("This month"), int(Period::ThisMonth) },
                    { tr("Last month"), int(Period::LastMonth) },
                    { tr("This year"), int(Period::ThisYear) },
                    { tr("Last year"), int(Period::LastYear) },
                    { tr("All"), int(Period::All) },
                    { tr("Custom"), int(Period::Custom) } });
    setComboItems(m_state,
                  { { tr("Due"), int(FeeFilter::State::Due) },
                    { tr("Paid"), int(FeeFilter::State::Paid) },
                    { tr("Due and paid"), int(FeeFilter::State::All) } });
    loadChoices();
    updateTotals();
}

void FeesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FeesPage::setOffice(OfficeService *office)
{
    if (m_office)
        disconnect(m_office.data(), nullptr, this, nullptr);
    m_office = office;
    if (m_office)
        connect(m_office.data(), &OfficeService::changed, this, &FeesPage::onOfficeChanged);
    loadChoices();
    m_shown->request();
}

void FeesPage::onOfficeChanged(const OfficeChange &change)
{
    using Kind = OfficeChange::Kind;
    if (change.external || change.touches(Kind::Organisation))
        loadChoices();
    if (change.external || change.touches(Kind::Engagement) || change.touches(Kind::Worker)
        || change.touches(Kind::Organisation) || change.touches(Kind::Outcome) || change.touches(Kind::Request))
        m_shown->request();
}

void FeesPage::loadChoices()
{
    QVector<QPair<QString, QVariant>> organisations { { tr("All organisations"), qint64(0) } };
    QVector<QPair<QString, QVariant>> batches { { tr("Any batch"), qint64(0) } };
    if (m_office) {
        if (auto list = m_office->organisations())
            for (const Organisation &o : std::as_const(*list))
                organisations.append({ o.name, o.id });
        if (auto list = m_office->feeBatches())
            for (const FeeBatch &b : std::as_const(*list))
                batches.append(
                    { tr("%1 (%2)", "batch reference (date paid)").arg(b.reference, OutcomeTexts::date(b.paidOn)),
                      b.id });
    }
    setComboItems(m_organisation, organisations);
    setComboItems(m_batch, batches);
    m_undoBatch->setEnabled(m_office && m_office->isAdmin() && m_batch->currentData().toLongLong() > 0);
}

void FeesPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
    applyPeriod();
}

void FeesPage::applyPeriod()
{
    const auto period = static_cast<Period>(m_period->currentData().toInt());
    const QDate today = Clock::instance().today();
    const QDate month(today.year(), today.month(), 1);
    QDate from = m_from->date();
    QDate to = m_to->date();
    switch (period) {
    case Period::ThisMonth:
        from = month;
        to = month.addMonths(1).addDays(-1);
        break;
    case Period::LastMonth:
        from = month.addMonths(-1);
        to = month.addDays(-1);
        break;
    case Period::ThisYear:
        from = QDate(today.year(), 1, 1);
        to = QDate(today.year(), 12, 31);
        break;
    case Period::LastYear:
        from = QDate(today.year() - 1, 1, 1);
        to = QDate(today.year() - 1, 12, 31);
        break;
    case Period::All:
    case Period::Custom:
        break;
    }
    m_applying = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_applying = false;
    m_from->setEnabled(period != Period::All);
    m_to->setEnabled(period != Period::All);
    refresh();
}

void FeesPage::setState(FeeFilter::State state)
{
    m_state->setCurrentIndex(m_state->findData(int(state)));
}

void FeesPage::setOrganisation(qint64 organisationId)
{
    m_organisation->setCurrentIndex(std::max(0, m_organisation->findData(organisationId)));
}

void FeesPage::setBatch(qint64 batchId)
{
    m_batch->setCurrentIndex(std::max(0, m_batch->findData(batchId)));
}

void FeesPage::setWorkerText(const QString &text)
{
    m_worker->setText(text);
}

FeeFilter FeesPage::filter() const
{
    FeeFilter f;
    if (static_cast<Period>(m_period->currentData().toInt()) != Period::All) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.organisationId = m_organisation->currentData().toLongLong();
    f.state = static_cast<FeeFilter::State>(m_state->currentData().toInt());
    f.batchId = m_batch->currentData().toLongLong();
    if (f.batchId > 0) {
        // A batch is a payment: its fees are paid, whenever the work was done.
        f.state = FeeFilter::State::Paid;
        f.from = {};
        f.to = {};
    }
    return f;
}

void FeesPage::refresh()
{
    if (m_applying)
        return;
    m_shown->markRead();
    m_error->hide();
    QVector<FeeRow> rows;
    if (m_office) {
        auto read = m_office->feesToPay(filter());
        if (read) {
            rows = *read;
        } else {
            m_error->setText(tr("The fees could not be read: %1").arg(read.error().message));
            m_error->show();
        }
    }
    m_model->setRows(rows);
    m_view->resizeColumnsToContents();
    // Long organisation names and request titles are cut (whole in the tooltip) so that the list fits a 1280-pixel
    // window without scrolling sideways.
    const int longest = m_view->fontMetrics().averageCharWidth() * 26;
    for (int column : { FeeListModel::Organisation, FeeListModel::Request })
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), longest));
    m_undoBatch->setEnabled(m_office && m_office->isAdmin() && m_batch->currentData().toLongLong() > 0);
    updateTotals();
}

QVector<FeeRow> FeesPage::shownRows() const
{
    QVector<FeeRow> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows.append(m_model->row(m_proxy->mapToSource(m_proxy->index(r, 0)).row()));
    return rows;
}

QVector<FeeRow> FeesPage::selectedRows() const
{
    QVector<FeeRow> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    QList<int> sourceRows;
    for (const QModelIndex &index : selected)
        sourceRows.append(m_proxy->mapToSource(index).row());
    std::sort(sourceRows.begin(), sourceRows.end());
    for (int row : sourceRows)
        rows.append(m_model->row(row));
    return rows;
}

void FeesPage::updateTotals()
{
    const auto describe = [](const QVector<FeeRow> &rows) {
        qint64 fees = 0;
        qint64 travel = 0;
        for (const FeeRow &r : rows) {
            fees += r.feeCents;
            travel += r.travelCents;
        }
        const QString count = tr("%Ln fee(s)", nullptr, int(rows.size()));
        return tr("%1: fees %2, travel costs %3, in all %4", "count: fees, travel, total")
            .arg(count, OutcomeTexts::euros(fees), OutcomeTexts::euros(travel), OutcomeTexts::euros(fees + travel));
    };
    const QVector<FeeRow> shown = shownRows();
    const QVector<FeeRow> selected = selectedRows();
    m_totals->setText(tr("Shown: %1").arg(describe(shown)));
    m_selection->setText(selected.isEmpty() ? tr("Choose fees to mark them paid (Ctrl or Shift for several).")
                                            : tr("Chosen: %1").arg(describe(selected)));
    // Named for what they are; the description carries the sums, so a screen reader says them too.
    m_totals->setAccessibleDescription(m_totals->text());
    m_selection->setAccessibleDescription(m_selection->text());
    const bool allDue = !selected.isEmpty() && std::all_of(selected.cbegin(), selected.cend(), [](const FeeRow &r) {
        return r.state == FeeRow::State::Due;
    });
    m_markPaid->setEnabled(m_office && allDue && m_office->coordinator().role != CoordinatorRole::Viewer);
    m_export->setEnabled(!shown.isEmpty());
}

QString FeesPage::totalsText() const
{
    return m_totals->text();
}

QString FeesPage::selectionText() const
{
    return m_selection->text();
}

QString FeesPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FeesPage::markPaid()
{
    const QVector<FeeRow> chosen = selectedRows();
    if (!m_office || chosen.isEmpty())
        return;
    MarkPaidDialog dialog(*m_office, chosen, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 batchId = dialog.batch().id;
    loadChoices();
    setBatch(batchId); // the batch shown, ready to export
    emit batchMarked(batchId);
}

QString FeesPage::exportTo(const QString &path) const
{
    QString title = tr("Fees");
    if (m_batch->currentData().toLongLong() > 0)
        title = tr("Fees %1").arg(m_batch->currentText().section(QLatin1Char(' '), 0, 0));
    const ExportTable table = FeeExport::table(shownRows(), title);
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const Status written = csv ? CsvWriter::write(table, path) : XlsxWriter::write({ table }, path);
    if (!written)
        return written.error().message;
    if (!m_office)
        return {};
    // A read that leaves the office: logged with the batch or the period shown (docs/data-protection.md).
    const QString shown = m_batch->currentData().toLongLong() > 0
        ? m_batch->currentText().section(QLatin1Char(' '), 0, 0)
        : QStringLiteral("%1 – %2").arg(filter().from.toString(Qt::ISODate), filter().to.toString(Qt::ISODate));
    const Status logged = m_office->recordExport(
        { ExportRecord::Kind::Fees, csv ? QStringLiteral("CSV") : QStringLiteral("XLSX"), path, shown });
    return logged ? QString()
                  : tr("The fees were written, but the export could not be logged in the audit log: %1")
                        .arg(logged.error().message);
}

void FeesPage::exportShown()
{
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString csv = tr("CSV for spreadsheets (*.csv)");
    QString chosenFilter = xlsx;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Fees"), tr("fees.xlsx"),
                                                xlsx + QStringLiteral(";;") + csv, &chosenFilter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += chosenFilter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    const QString error = exportTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Fees"), error);
}

void FeesPage::undoBatch()
{
    const qint64 batchId = m_batch->currentData().toLongLong();
    if (!m_office || batchId <= 0)
        return;
    auto batches = m_office->feeBatches();
    if (!batches)
        return;
    const auto found
        = std::find_if(batches->cbegin(), batches->cend(), [&](const FeeBatch &b) { return b.id == batchId; });
    if (found == batches->cend())
        return;
    const auto answer
        = QMessageBox::question(this, tr("Undo Batch"),
                                tr("Undo the payment batch %1? Its %2 fees become due again, and the batch is removed.")
                                    .arg(found->reference)
                                    .arg(found->fees));
    if (answer != QMessageBox::Yes)
        return;
    auto undone = m_office->undoFeePayment(batchId, found->version);
    if (!undone) {
        QMessageBox::warning(this, tr("Undo Batch"), undone.error().message);
        return;
    }
    setBatch(0);
    loadChoices();
    refresh();
}

} // namespace Kohtaamo
