#include "RequestInboxView.h"
#include "common/DateTexts.h"

#include "RequestFilterBar.h"
#include "RequestListModel.h"
#include "office/OfficeService.h"
#include "requests/RequestInboxQuery.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace Kohtaamo {

RequestInboxView::RequestInboxView(QWidget *parent) : QWidget(parent)
{
    m_filterBar = new RequestFilterBar(this);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    connect(m_filterBar, &RequestFilterBar::filterChanged, this, &RequestInboxView::applyFilter);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setFrameShape(QFrame::StyledPanel);
    m_error->setMargin(8);
    m_error->hide();

    m_model = new RequestListModel(this);
    connect(m_model, &RequestListModel::loaded, this, &RequestInboxView::onLoaded);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("requests"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the list; the arrow keys move in it
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setCornerButtonEnabled(false);
    // Rows of one height: the view never measures rows it does not show.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setSortIndicator(RequestListModel::columnOf(m_model->sortOrder().key), m_model->sortOrder().order);
    m_table->setSortingEnabled(true);
    // Topics cannot be sorted: clicking its header leaves the order (and the arrow) as it was.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        if (RequestListModel::sortKeyOf(column))
            return;
        const QSignalBlocker block(header);
        header->setSortIndicator(RequestListModel::columnOf(m_model->sortOrder().key), m_model->sortOrder().order);
    });
    setInitialColumnWidths();

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->requestId(index.row()))
            emit activated(id);
    });
    // Filtering or sorting reads the list anew: the current request stays current if it is among the rows read.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (!m_restoring)
            m_table->setProperty("kohtaamoKeep", m_currentId);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_restoring)
            restoreCurrent(m_table->property("kohtaamoKeep").toLongLong(), false);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_error);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);

    QWidget::setTabOrder(m_filterBar->lastInTabOrder(), m_table);
    setFocusProxy(m_filterBar->searchField());
    retranslateUi();
    onLoaded();
}

void RequestInboxView::setInitialColumnWidths()
{
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = fm.horizontalAdvance(QStringLiteral("MM"));
    const QString sampleDate = DateTexts::shortText(QDate(2026, 12, 28));
    const auto chars = [&fm](int n) { return fm.horizontalAdvance(QString(n, QLatin1Char('n'))); };
    const QVector<int> widths {
        fm.horizontalAdvance(QStringLiteral("2026-0000")) + pad, // Reference
        fm.horizontalAdvance(sampleDate) + pad, // Received
        chars(30), // Title
        chars(16), // Requester
        chars(18), // Unit
        chars(18), // Service
        chars(10), // Status
        fm.horizontalAdvance(sampleDate) + pad, // Work date
        fm.horizontalAdvance(QStringLiteral("00/00")) + pad, // Workers
    };
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < widths.size(); ++column) {
        const int title = fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 2 * pad;
        header->resizeSection(column, std::max(widths.at(column), title));
    }
}

void RequestInboxView::setOffice(OfficeService *office)
{
    m_office = office;
    loadChoices();
    m_restoring = true;
    m_model->setOffice(office);
    m_restoring = false;
    setCurrentId(0);
}

void RequestInboxView::loadChoices()
{
    QVector<Topic> topics;
    QVector<ServiceType> types;
    if (m_office) {
        topics = m_office->topics().valueOr({});
        types = m_office->serviceTypes().valueOr({});
    }
    m_filterBar->setChoices(topics, types);
}

void RequestInboxView::refresh()
{
    loadChoices();
    const qint64 keep = m_currentId;
    const int scroll = m_table->verticalScrollBar()->value();
    m_restoring = true;
    m_model->refresh();
    m_table->verticalScrollBar()->setValue(scroll);
    m_restoring = false;
    restoreCurrent(keep, true);
}

bool RequestInboxView::selectRequest(qint64 id)
{
    if (!m_office || id <= 0)
        return false;
    int row = m_model->fetchUntil(id, kFindLimit);
    if (row < 0) {
        // Hidden by the filters? Then clear them, if that shows it.
        const RequestInboxFilter everything;
        if (m_model->filter() == everything)
            return false;
        auto position = m_office->inboxPosition(everything, m_model->sortOrder(), id);
        if (!position || *position < 0 || *position >= kFindLimit)
            return false;
        m_filterBar->clear(); // applies at once
        row = m_model->fetchUntil(id, kFindLimit);
        if (row < 0)
            return false;
    }
    setCurrentRow(row);
    setCurrentId(id);
    return true;
}

RequestInboxFilter RequestInboxView::filter() const
{
    return m_model->filter();
}

void RequestInboxView::setFilter(const RequestInboxFilter &filter)
{
    m_filterBar->setFilter(filter);
    applyFilter(filter); // also when the bar shows it already
}

void RequestInboxView::applyFilter(const RequestInboxFilter &filter)
{
    m_model->setFilter(filter);
}

int RequestInboxView::requestCount() const
{
    return m_model->totalCount();
}

QString RequestInboxView::countText() const
{
    return m_count->text();
}

QString RequestInboxView::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void RequestInboxView::onLoaded()
{
    const int n = m_model->totalCount();
    if (!m_office)
        m_count->clear();
    else if (n == 1)
        m_count->setText(tr("1 request"));
    else
        m_count->setText(tr("%1 requests").arg(QLocale().toString(n)));
    m_table->setAccessibleDescription(m_count->text());
    const Error &error = m_model->lastError();
    m_error->setVisible(error.isError());
    if (error.isError())
        m_error->setText(tr("The requests could not be read from the database. %1").arg(error.message));
}

void RequestInboxView::onCurrentChanged(const QModelIndex &current)
{
    if (m_restoring)
        return;
    setCurrentId(current.isValid() ? m_model->requestId(current.row()) : 0);
}

void RequestInboxView::restoreCurrent(qint64 id, bool searchFurther)
{
    int row = id > 0 ? m_model->rowOf(id) : -1;
    if (row < 0 && id > 0 && searchFurther)
        row = m_model->fetchUntil(id, kFindLimit);
    if (row >= 0)
        setCurrentRow(row);
    setCurrentId(row >= 0 ? id : 0);
}

void RequestInboxView::setCurrentRow(int row)
{
    const int column = std::max(0, m_table->currentIndex().column());
    const QModelIndex index = m_model->index(row, column);
    m_restoring = true;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_restoring = false;
    m_table->scrollTo(index);
}

void RequestInboxView::setCurrentId(qint64 id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    emit currentRequestChanged(id);
}

void RequestInboxView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RequestInboxView::retranslateUi()
{
    m_table->setAccessibleName(tr("Requests"));
    m_model->retranslate();
    onLoaded();
}

} // namespace Kohtaamo
