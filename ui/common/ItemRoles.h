#pragma once

#include <Qt>

namespace Kohtaamo {

// Item data roles shared by Kohtaamo's models and delegates.
namespace ItemRoles {
enum : int {
    IdRole = Qt::UserRole + 1, // qint64 id of the record behind the row
    ChipsRole, // ChipList (ui/common/Chip.h): short labelled facts, drawn by ChipsDelegate
    FractionRole, // double 0..1: how full a bar is, drawn by ScoreBarDelegate
    SortRole, // a value to sort by when the display text does not sort right
};
} // namespace ItemRoles

} // namespace Kohtaamo
