#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace Kohtaamo {

// Enums are stored as short stable text codes ("as_parent", "declined" ...), never as numbers, so the database reads
// plainly and an enum can grow without renumbering. One table per enum maps values to codes.
template <typename E, std::size_t N> using EnumCodeTable = std::array<std::pair<E, const char *>, N>;

template <typename E, std::size_t N> QString enumToCode(const EnumCodeTable<E, N> &table, E value)
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> enumFromCode(const EnumCodeTable<E, N> &table, const QString &code)
{
    for (const auto &entry : table) {
        if (code == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

} // namespace Kohtaamo
