#pragma once

#include <QDate>
#include <QString>

namespace Kohtaamo {

// What a funder's results report covers: a period (a year, a quarter or any dates, both ends included) and, where the
// office has several, one organisation or one funded activity. `language` ("fi", "sv", "en") names the topics and
// the kinds of work as the office's taxonomy names them.
struct ResultsReportOptions
{
    QDate from;
    QDate to;
    qint64 organisationId = 0; // 0 = every organisation
    qint64 fundedActivityId = 0; // 0 = every activity
    QString language = QStringLiteral("en");

    static ResultsReportOptions year(int year)
    {
        ResultsReportOptions o;
        o.from = QDate(year, 1, 1);
        o.to = QDate(year, 12, 31);
        return o;
    }
    static ResultsReportOptions quarter(int year, int quarter)
    {
        ResultsReportOptions o;
        o.from = QDate(year, (quarter - 1) * 3 + 1, 1);
        o.to = o.from.addMonths(3).addDays(-1);
        return o;
    }
};

} // namespace Kohtaamo
