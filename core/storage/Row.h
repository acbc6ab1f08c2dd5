#pragma once

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace Kohtaamo {

// Column values of one record, in order, as a repository maps a domain value to a table.
// Column names always come from the repository's code, never from user input.
class Row
{
public:
    Row &set(const QString &column, const QVariant &value)
    {
        m_fields.append({ column, value });
        return *this;
    }
    const QVector<QPair<QString, QVariant>> &fields() const { return m_fields; }
    QStringList columns() const
    {
        QStringList c;
        for (const auto &f : m_fields)
            c << f.first;
        return c;
    }
    QVariantList values() const
    {
        QVariantList v;
        for (const auto &f : m_fields)
            v << f.second;
        return v;
    }

private:
    QVector<QPair<QString, QVariant>> m_fields;
};

} // namespace Kohtaamo
