#include "WorkerImportMapping.h"

#include <QRegularExpression>

namespace Kohtaamo {

namespace {
QString simplified(const QString &header)
{
    QString h = header.toLower().simplified();
    h.replace(QLatin1Char('_'), QLatin1Char(' '));
    h.remove(QRegularExpression(QStringLiteral("[:*]+$")));
    return h.trimmed();
}
} // namespace

WorkerImportMapping WorkerImportMapping::guess(const QStringList &header)
{
    WorkerImportMapping mapping;
    for (const WorkerImportField field : WorkerImportFields::all()) {
        const QStringList names = WorkerImportFields::headerNames(field);
        for (int c = 0; c < header.size(); ++c) {
            const bool taken = std::any_of(mapping.m_columns.cbegin(), mapping.m_columns.cend(),
                                           [c](int used) { return used == c; });
            if (!taken && names.contains(simplified(header.at(c)))) {
                mapping.m_columns.insert(field, c);
                break;
            }
        }
    }
    return mapping;
}

void WorkerImportMapping::set(WorkerImportField field, int column)
{
    if (column == kNone) {
        m_columns.remove(field);
        return;
    }
    for (auto it = m_columns.begin(); it != m_columns.end();) {
        if (it.value() == column && it.key() != field)
            it = m_columns.erase(it);
        else
            ++it;
    }
    m_columns.insert(field, column);
}

Status WorkerImportMapping::apply(const QString &spec, const QStringList &header)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return Error(Error::Code::InvalidInput, tr("“%1” is not field=column.").arg(spec), QStringLiteral("map"));
    const QString code = spec.left(eq).trimmed();
    const QString column = spec.mid(eq + 1).trimmed();
    const auto field = WorkerImportFields::fromCode(code);
    if (!field) {
        QStringList codes;
        for (const WorkerImportField f : WorkerImportFields::all())
            codes << WorkerImportFields::code(f);
        return Error(Error::Code::InvalidInput,
                     tr("There is no field “%1”; the fields are: %2.").arg(code, codes.join(QStringLiteral(", "))),
                     QStringLiteral("map"));
    }
    if (column.isEmpty()) {
        set(*field, kNone);
        return Status::success();
    }
    for (int c = 0; c < header.size(); ++c) {
        if (simplified(header.at(c)) == simplified(column)) {
            set(*field, c);
            return Status::success();
        }
    }
    bool isNumber = false;
    const int number = column.toInt(&isNumber);
    if (isNumber && number >= 1 && number <= header.size()) {
        set(*field, number - 1);
        return Status::success();
    }
    static const QRegularExpression letters(QStringLiteral("^[A-Za-z]{1,2}$"));
    if (letters.match(column).hasMatch()) {
        int index = 0;
        for (const QChar ch : column)
            index = index * 26 + (ch.toUpper().unicode() - 'A' + 1);
        if (index <= header.size()) {
            set(*field, index - 1);
            return Status::success();
        }
    }
    return Error(Error::Code::InvalidInput,
                 tr("The file has no column “%1”; its columns are: %2.").arg(column, header.join(QStringLiteral(", "))),
                 QStringLiteral("map"));
}

QString WorkerImportMapping::columnName(WorkerImportField field, const QStringList &header) const
{
    const int c = column(field);
    if (c == kNone)
        return {};
    const QString name = header.value(c).trimmed();
    return name.isEmpty() ? tr("column %1").arg(c + 1) : name;
}

} // namespace Kohtaamo
