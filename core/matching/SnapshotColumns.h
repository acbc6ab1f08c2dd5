#pragma once

#include <QString>
#include <QVariant>

#include "storage/RowReader.h"

#include <initializer_list>
#include <vector>

namespace Kohtaamo {

class RowReader;
class RowCell;

// Part of SnapshotLoader (not for other callers).
//
// A select list of which a focused load leaves out the columns the ranking does not read (every value read costs,
// a text the most), and to which it may add some. Values are asked for by their place in the whole list; a column
// not read reads as null.
class SnapshotColumns
{
public:
    using List = std::initializer_list<const char *>;
    // `first`: where in the row the list starts (after the columns of another list).
    SnapshotColumns(List all, bool focus, List unreadWithFocus, List onlyWithFocus = {}, int first = 0);

    const QString &sql() const { return m_sql; }
    int count() const;
    RowCell value(const RowReader &q, int column) const;

private:
    std::vector<int> m_at;
    QString m_sql;
};

} // namespace Kohtaamo
