#include "RequestListModel.h"
#include "common/DateTexts.h"

#include "common/ItemRoles.h"
#include "common/Translations.h"
#include "office/OfficeService.h"
#include "requests/RequestWorkflow.h"

#include <QLocale>

#include <algorithm>

namespace Kohtaamo {

namespace {
using SortKey = RequestInboxQuery::SortKey;

// Column by column: the sort key, if the column can be sorted.
const QVector<std::optional<SortKey>> &columnKeys()
{
    static const QVector<std::optional<SortKey>> keys {
        SortKey::Reference,   SortKey::Received, SortKey::Title,    SortKey::Requester, SortKey::Unit,
        SortKey::ServiceType, SortKey::Status,   SortKey::WorkDate, SortKey::Accepted,  std::nullopt,
    };
    return keys;
}
} // namespace

RequestListModel::RequestListModel(QObject *parent)
    : QAbstractTableModel(parent), m_language(Translations::currentLanguage())
{
}

int RequestListModel::columnOf(SortKey key)
{
    const auto &keys = columnKeys();
    const auto it = std::find(keys.cbegin(), keys.cend(), std::optional<SortKey>(key));
    return it == keys.cend() ? -1 : int(it - keys.cbegin());
}

std::optional<SortKey> RequestListModel::sortKeyOf(int column)
{
    return column >= 0 && column < columnKeys().size() ? columnKeys().at(column) : std::nullopt;
}

void RequestListModel::setOffice(OfficeService *office)
{
    m_office = office;
    loadNames();
    reload(m_pageSize);
}

void RequestListModel::setFilter(const RequestInboxFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload(m_pageSize);
}

void RequestListModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

void RequestListModel::refresh()
{
    loadNames();
    reload(std::max(int(m_rows.size()), m_pageSize));
}

void RequestListModel::retranslate()
{
    const QString language = Translations::currentLanguage();
    const bool orderChanges = language != m_language && m_sort.key == SortKey::ServiceType;
    m_language = language;
    loadNames();
    if (orderChanges) {
        reload(std::max(int(m_rows.size()), m_pageSize));
        return;
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void RequestListModel::loadNames()
{
    m_topicNames.clear();
    m_serviceTypeNames.clear();
    if (!m_office)
        return;
    if (auto topics = m_office->topics()) {
        for (const Topic &t : *topics)
            m_topicNames.insert(t.id, t.name(m_language));
    }
    if (auto types = m_office->serviceTypes()) {
        for (const ServiceType &t : *types)
            m_serviceTypeNames.insert(t.code, t.name(m_language));
    }
}

void RequestListModel::reload(int rows)
{
    m_changing = true;
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_total = 0;
    m_error = {};
    m_fetchFailed = false;
    if (m_office) {
        // The first rows are read inside the reset, so the view lays out once.
        auto first = m_office->inboxFirstPage(m_filter, m_sort, rows, m_language);
        if (first) {
            m_total = first->total;
            if (first->rows.size() < rows)
                m_total = int(first->rows.size()); // another coordinator removed some since the count
            append(std::move(first->rows));
        } else {
            m_error = first.error();
            m_fetchFailed = true; // stop asking for more until the next reload
        }
    }
    endResetModel();
    m_changing = false;
    emit loaded();
}

QVector<RequestSummary> RequestListModel::readRows(int rows)
{
    if (!m_office || rows <= 0)
        return {};
    const int offset = int(m_rows.size());
    auto page = m_office->inboxPage(m_filter, m_sort, offset, rows, m_language);
    if (!page) {
        m_error = page.error();
        m_fetchFailed = true; // stop asking for more until the next reload
        return {};
    }
    // Another coordinator may have added or removed requests since the count: a request seen on an earlier page is
    // not shown twice, and a short page is the end of the list.
    QVector<RequestSummary> fresh;
    for (const RequestSummary &r : *page) {
        if (!m_rowOfId.contains(r.id))
            fresh.append(r);
    }
    if (page->size() < rows)
        m_total = offset + int(fresh.size());
    return fresh;
}

void RequestListModel::append(QVector<RequestSummary> rows)
{
    for (RequestSummary &r : rows) {
        m_rowOfId.insert(r.id, int(m_rows.size()));
        m_rows.append(std::move(r));
    }
    m_total = std::max(m_total, int(m_rows.size()));
}

bool RequestListModel::fetchRows(int rows)
{
    QVector<RequestSummary> fresh = readRows(rows);
    if (fresh.isEmpty())
        return false;
    const int first = int(m_rows.size());
    // A view that hears of the new rows may ask for more at once (to fill itself): not until they are in, or two
    // insertions would overlap (found by QAbstractItemModelTester).
    m_changing = true;
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    append(std::move(fresh));
    endInsertRows();
    m_changing = false;
    return true;
}

qint64 RequestListModel::requestId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

const RequestSummary *RequestListModel::summary(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RequestListModel::rowOf(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

int RequestListModel::fetchUntil(qint64 id, int maxRows)
{
    if (const int row = rowOf(id); row >= 0)
        return row;
    if (!m_office)
        return -1;
    auto position = m_office->inboxPosition(m_filter, m_sort, id);
    if (!position) {
        m_error = position.error();
        emit loaded();
        return -1;
    }
    if (*position < 0 || *position >= maxRows)
        return -1;
    // Whole pages, so that the next fetchMore continues where a page ends.
    const int wanted = *position + 1 - int(m_rows.size());
    fetchRows((wanted + m_pageSize - 1) / m_pageSize * m_pageSize);
    emit loaded();
    return rowOf(id);
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RequestListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetchFailed && !m_changing && m_rows.size() < m_total;
}

void RequestListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    fetchRows(m_pageSize);
    emit loaded();
}

void RequestListModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyOf(column);
    if (!key)
        return;
    const RequestInboxQuery::Sort sort { *key, order };
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload(m_pageSize);
}

Qt::ItemFlags RequestListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString RequestListModel::topicsText(const RequestSummary &r) const
{
    QStringList names;
    for (const RequestTopic &t : r.topics)
        names << m_topicNames.value(t.topicId, tr("Topic #%1").arg(t.topicId));
    return names.join(QStringLiteral(", "));
}

QString RequestListModel::topicsToolTip(const RequestSummary &r) const
{
    QStringList primary;
    QStringList secondary;
    for (const RequestTopic &t : r.topics)
        (t.weight == TopicWeight::Primary ? primary : secondary)
            << m_topicNames.value(t.topicId, tr("Topic #%1").arg(t.topicId));
    QStringList lines;
    if (!primary.isEmpty())
        lines << tr("Main topics: %1").arg(primary.join(QStringLiteral(", ")));
    if (!secondary.isEmpty())
        lines << tr("Also: %1").arg(secondary.join(QStringLiteral(", ")));
    return lines.isEmpty() ? tr("Not tagged with topics yet.") : lines.join(QLatin1Char('\n'));
}

QString RequestListModel::workersText(const RequestSummary &r) const
{
    return tr("%1/%2", "accepted workers / workers needed").arg(r.acceptedCount).arg(r.workersNeeded);
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const RequestSummary &r = m_rows.at(index.row());
    if (role == ItemRoles::IdRole)
        return r.id;
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (Column(index.column())) {
        case Reference:
            return r.reference;
        case Received:
            return DateTexts::shortText(r.receivedOn, locale);
        case Title:
            return r.title;
        case Requester:
            return r.requesterName;
        case Unit:
            return r.requesterUnit;
        case Service:
            return m_serviceTypeNames.value(r.serviceType, r.serviceType);
        case Status:
            return RequestWorkflow::statusName(r.status);
        case WorkDate:
            return r.workDate.isValid() ? DateTexts::shortText(r.workDate, locale) : QString();
        case Workers:
            return workersText(r);
        case Topics:
            return topicsText(r);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Title:
            return r.title;
        case Requester:
        case Unit:
            return r.requesterUnit.isEmpty() ? r.requesterName
                                             : tr("%1, %2", "requester, unit").arg(r.requesterName, r.requesterUnit);
        case WorkDate:
            return r.workDate.isValid() ? QLocale().toString(r.workDate, QLocale::LongFormat)
                                        : tr("No time proposed and no deadline yet.");
        case Workers:
            return tr("%1 of the %2 workers needed have accepted.").arg(r.acceptedCount).arg(r.workersNeeded);
        case Topics:
            return topicsToolTip(r);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Workers)
        return QVariant::fromValue(Qt::AlignCenter);
    return {};
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Reference:
            return tr("Reference");
        case Received:
            return tr("Received");
        case Title:
            return tr("Title");
        case Requester:
            return tr("Requester");
        case Unit:
            return tr("Unit");
        case Service:
            return tr("Kind of work");
        case Status:
            return tr("Status");
        case WorkDate:
            return tr("Work date");
        case Workers:
            return tr("Workers");
        case Topics:
            return tr("Topics");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case WorkDate:
            return tr("The chosen time, else the earliest proposed time, else the deadline.");
        case Workers:
            return tr("Workers who have accepted / workers needed");
        case Topics:
            return tr("Main topics first. This column cannot be sorted.");
        default:
            return {};
        }
    }
    return {};
}

} // namespace Kohtaamo
