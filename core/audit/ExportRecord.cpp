#include "ExportRecord.h"

namespace Kohtaamo {

QString ExportRecord::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::OfficeData:
        return QStringLiteral("office data");
    case Kind::ResultsReport:
        return QStringLiteral("results report");
    case Kind::Fees:
        return QStringLiteral("fees");
    case Kind::CommissionSummary:
        return QStringLiteral("commission summary");
    }
    return {};
}

} // namespace Kohtaamo
