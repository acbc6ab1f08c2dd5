#include "SnapshotColumns.h"

#include "storage/RowReader.h"

#include <QStringList>

#include <algorithm>

namespace Kohtaamo {

SnapshotColumns::SnapshotColumns(List all, bool focus, List unreadWithFocus, List onlyWithFocus, int first)
{
    const auto in = [](List list, const char *column) {
        return std::any_of(list.begin(), list.end(), [column](const char *c) { return qstrcmp(c, column) == 0; });
    };
    QStringList read;
    for (const char *column : all) {
        const bool left = focus ? in(unreadWithFocus, column) : in(onlyWithFocus, column);
        m_at.push_back(left ? -1 : first + int(read.size()));
        if (!left)
            read << QString::fromLatin1(column);
    }
    m_sql = read.join(QStringLiteral(", "));
}

int SnapshotColumns::count() const
{
    return int(std::count_if(m_at.begin(), m_at.end(), [](int at) { return at >= 0; }));
}

RowCell SnapshotColumns::value(const RowReader &q, int column) const
{
    return q.value(m_at[std::size_t(column)]); // -1: a null cell
}

} // namespace Kohtaamo
