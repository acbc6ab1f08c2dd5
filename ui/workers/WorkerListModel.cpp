#include "WorkerListModel.h"
#include "common/DateTexts.h"

#include "WorkerTexts.h"
#include "common/Chip.h"
#include "common/ItemRoles.h"
#include "office/OfficeService.h"

#include <QLocale>

#include <algorithm>

namespace Kohtaamo {

namespace {
using SortKey = WorkerRegisterQuery::SortKey;

std::optional<SortKey> keyOfColumn(int column)
{
    switch (column) {
    case WorkerListModel::Name:
        return SortKey::Name;
    case WorkerListModel::Organisation:
        return SortKey::Organisation;
    case WorkerListModel::Title:
        return SortKey::Title;
    case WorkerListModel::Status:
        return SortKey::Status;
    case WorkerListModel::Region:
        return SortKey::Region;
    case WorkerListModel::Age:
        return SortKey::Age;
    default:
        return std::nullopt;
    }
}
} // namespace

WorkerListModel::WorkerListModel(QObject *parent) : QAbstractTableModel(parent) { }

int WorkerListModel::columnOf(SortKey key)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (keyOfColumn(c) == key)
            return c;
    }
    return -1;
}

std::optional<SortKey> WorkerListModel::sortKeyOf(int column)
{
    return keyOfColumn(column);
}

void WorkerListModel::setOffice(OfficeService *office)
{
    m_office = office;
    reload(m_pageSize);
}

void WorkerListModel::setFilter(const WorkerRegisterFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload(m_pageSize);
}

void WorkerListModel::refresh()
{
    reload(std::max(int(m_rows.size()), m_pageSize));
}

void WorkerListModel::reload(int rows)
{
    beginResetModel();
    m_rows.clear();
    m_rowOfId.clear();
    m_total = 0;
    m_error = {};
    m_failed = false;
    if (m_office) {
        if (auto total = m_office->workerCount(m_filter))
            m_total = *total;
        else
            m_error = total.error();
        if (m_total > 0)
            appendPage(rows, true);
    }
    // Whoever reacts to the reset (a view, a tester) may ask for more rows; they come after the reset is done.
    m_changing = true;
    endResetModel();
    m_changing = false;
    emit loaded();
}

bool WorkerListModel::appendPage(int rows, bool insideReset)
{
    const int offset = int(m_rows.size());
    auto page = m_office->workerPage(m_filter, m_sort, offset, rows);
    if (!page) {
        m_error = page.error();
        m_failed = true;
        return false;
    }
    QVector<WorkerSummary> fresh;
    for (const WorkerSummary &w : *page) {
        if (!m_rowOfId.contains(w.id))
            fresh.append(w);
    }
    // Fewer rows than asked for: the list ends here, whatever the count said before.
    if (page->size() < rows)
        m_total = offset + int(fresh.size());
    if (fresh.isEmpty())
        return false;
    // Whoever reacts to the insertion may ask for more rows: not before these are in.
    m_changing = true;
    if (!insideReset)
        beginInsertRows({}, offset, offset + int(fresh.size()) - 1);
    for (WorkerSummary &w : fresh) {
        m_rowOfId.insert(w.id, int(m_rows.size()));
        m_rows.append(std::move(w));
    }
    m_total = std::max(m_total, int(m_rows.size()));
    if (!insideReset)
        endInsertRows();
    m_changing = insideReset;
    return true;
}

const WorkerSummary *WorkerListModel::summary(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

qint64 WorkerListModel::workerId(int row) const
{
    const WorkerSummary *w = summary(row);
    return w ? w->id : 0;
}

int WorkerListModel::fetchUntil(qint64 id, int maxRows)
{
    if (rowOf(id) >= 0 || !m_office)
        return rowOf(id);
    auto position = m_office->workerPosition(m_filter, m_sort, id);
    if (!position || *position < 0 || *position >= maxRows)
        return -1;
    const int missing = *position + 1 - int(m_rows.size());
    appendPage((missing + m_pageSize - 1) / m_pageSize * m_pageSize, false);
    emit loaded();
    return rowOf(id);
}

ChipList WorkerListModel::marksOf(const WorkerSummary &w)
{
    ChipList chips;
    if (w.minor())
        chips.append({ tr("Minor (%1)").arg(w.age), Chip::Tone::Caution });
    if (w.onRecoveryBreak())
        chips.append(
            { tr("Recovery break until %1").arg(DateTexts::shortText(w.recoveryBreakUntil)), Chip::Tone::Caution });
    if (w.atMonthlyLimit())
        chips.append({ tr("Monthly limit reached (%1/%2)").arg(w.engagementsThisMonth).arg(w.maxEngagementsPerMonth),
                       Chip::Tone::Caution });
    if (w.status == WorkerStatus::Left)
        chips.append({ tr("Left"), Chip::Tone::Neutral });
    return chips;
}

QString WorkerListModel::consentText(const WorkerSummary &w) const
{
    if (!w.contactConsentValid)
        return tr("None valid");
    if (!w.contactConsentExpires.isValid())
        return tr("Valid");
    return tr("Valid until %1").arg(DateTexts::shortText(w.contactConsentExpires));
}

int WorkerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool WorkerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_office && !m_failed && !m_changing && m_rows.size() < m_total;
}

void WorkerListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    appendPage(m_pageSize, false);
    emit loaded();
}

void WorkerListModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyOf(column);
    if (!key || (m_sort.key == *key && m_sort.order == order))
        return;
    m_sort = { *key, order };
    reload(m_pageSize);
}

Qt::ItemFlags WorkerListModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::NoItemFlags;
}

QVariant WorkerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const WorkerSummary &w = m_rows.at(index.row());
    const auto column = Column(index.column());
    if (role == ItemRoles::IdRole)
        return w.id;
    if (role == ItemRoles::ChipsRole && column == Marks)
        return QVariant::fromValue(marksOf(w));
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case Name:
            return w.displayName;
        case Marks:
            return chipsAsText(marksOf(w)); // drawn as chips; the text is for screen readers and copying
        case Organisation:
            return w.organisationName;
        case Title:
            return WorkerTexts::title(w.title);
        case Status:
            return WorkerTexts::status(w.status);
        case Region:
            return w.homeRegion;
        case Age:
            return w.age >= 0 ? QVariant(w.age) : QVariant(QString());
        case Languages:
            return w.languages.join(QStringLiteral(", "));
        case Consent:
            return consentText(w);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == Marks)
            return chipsAsText(marksOf(w));
        if (column == Name && w.pseudonym)
            return tr("The name is a pseudonym.");
        if (column == Consent)
            return tr("The consent to be contacted for commissions, as the matching reads it today.");
        if (column == Age && w.age < 0)
            return tr("Date of birth not recorded.");
        return {};
    }
    if (role == Qt::TextAlignmentRole && column == Age)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WorkerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Name:
            return tr("Name");
        case Marks:
            return tr("Marks");
        case Organisation:
            return tr("Organisation");
        case Title:
            return tr("Title");
        case Status:
            return tr("Status");
        case Region:
            return tr("Home region");
        case Age:
            return tr("Age");
        case Languages:
            return tr("Languages");
        case Consent:
            return tr("Contact consent");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && !sortKeyOf(section))
        return tr("This column cannot be sorted.");
    return {};
}

} // namespace Kohtaamo
