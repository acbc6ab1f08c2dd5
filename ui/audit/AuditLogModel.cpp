#include "AuditLogModel.h"

#include "audit/AuditTexts.h"
#include "common/DateTexts.h"
#include "common/ItemRoles.h"
#include "office/OfficeService.h"

namespace Kohtaamo {

namespace {
constexpr int kSummaryValueLength = 40;
}

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) { }

void AuditLogModel::load(OfficeService *office, const AuditFilter &filter)
{
    m_office = office;
    m_filter = filter;
    reload();
}

void AuditLogModel::reload()
{
    // A view (or the model tester) answers a reset or an insertion by asking for more rows: none until the change is
    // announced whole, or the same page would be read twice.
    m_busy = true;
    beginResetModel();
    m_entries.clear();
    m_total = 0;
    m_error.clear();
    if (m_office) {
        auto total = m_office->auditLogCount(m_filter);
        auto first = total ? m_office->auditLog(m_filter, 0, kPageSize) : Result<QVector<AuditLogEntry>>(total.error());
        if (total && first) {
            m_total = *total;
            m_entries = *first;
        } else {
            m_error = total ? first.error().message : total.error().message;
        }
    }
    endResetModel();
    m_busy = false;
}

QString AuditLogModel::fullChanges(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return QString();
    return AuditTexts::changes(m_entries.at(row).entry, QStringLiteral("\n"));
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditLogEntry &e = m_entries.at(index.row());
    if (role == ItemRoles::IdRole)
        return e.entry.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WhenColumn:
            return DateTexts::shortText(e.entry.at.toLocalTime());
        case CoordinatorColumn:
            if (role == Qt::ToolTipRole)
                return e.entry.actor; // the login
            return AuditTexts::actor(e);
        case ActionColumn:
            return AuditTexts::action(e.entry);
        case RecordColumn:
            return AuditTexts::record(e);
        case ChangesColumn:
            if (role == Qt::ToolTipRole)
                return AuditTexts::changes(e.entry, QStringLiteral("\n"));
            return AuditTexts::changes(e.entry, QStringLiteral("; "), kSummaryValueLength);
        default:
            return {};
        }
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case CoordinatorColumn:
        return tr("Coordinator");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        return tr("Record");
    case ChangesColumn:
        return tr("Changes");
    default:
        return {};
    }
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && m_office && m_entries.size() < m_total;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_office->auditLog(m_filter, int(m_entries.size()), kPageSize);
    if (!page) {
        m_error = page.error().message;
        m_total = int(m_entries.size()); // nothing more to fetch after a failure
        return;
    }
    if (page->isEmpty()) {
        m_total = int(m_entries.size());
        return;
    }
    m_busy = true;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page->size() - 1));
    m_entries += *page;
    endInsertRows();
    m_busy = false;
}

} // namespace Kohtaamo
