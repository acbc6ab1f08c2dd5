#pragma once

#include <QString>

namespace Kohtaamo {

// What a funder pays for and asks a yearly results report of: for most offices a STEA-funded activity
// (avustuskohde), run by one organisation for some years. Requests belong to one.
struct FundedActivity
{
    qint64 id = 0;
    int version = 0;
    QString name;
    QString funder; // "STEA"
    qint64 organisationId = 0; // 0 = the office as a whole
    int firstYear = 0; // 0 = not said
    int lastYear = 0; // 0 = still running
    bool active = true;

    bool runsIn(int year) const { return (firstYear == 0 || year >= firstYear) && (lastYear == 0 || year <= lastYear); }
};

} // namespace Kohtaamo
