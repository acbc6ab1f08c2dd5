#pragma once

#include "ResultsReportOptions.h"
#include "export/ExportTable.h"

#include <QString>
#include <QVector>

namespace Kohtaamo {

// A funder's results report as computed by ResultsReport: tables of figures, each with the definition of what it
// counts, ready for the screen, the spreadsheet writers and the PDF. No table names a worker; counts of people are in
// columns marked `countsPeople`, which every written or printed form shows as "< 5" from 1 to 4.
struct ResultsReportData
{
    struct Section
    {
        QString key; // stable name, e.g. "commissions_by_month" (the CSV file's name)
        ExportTable table;
        QString definition; // what the figures count (translated)
        bool knowledge = false; // part of the experience knowledge, after the figures
    };

    ResultsReportOptions options;
    QString scope; // "Organisation: …", "Funded activity: …" or "Whole office"
    QVector<Section> sections;

    // Headline figures, also in the tables.
    int workers = 0;
    int newWorkers = 0;
    int commissions = 0;
    int eventsHeld = 0;
    double hours = 0;
    qint64 peopleReached = 0;
    int engagements = 0;
    int preparationDone = 0;
    int debriefDone = 0;
    int feedbackReceived = 0;
    int knowledgeEntries = 0;
    int criticalPoints = 0;

    const Section *section(const QString &key) const
    {
        for (const Section &s : sections) {
            if (s.key == key)
                return &s;
        }
        return nullptr;
    }
    QVector<ExportTable> tables() const
    {
        QVector<ExportTable> result;
        for (const Section &s : sections)
            result.append(s.table);
        return result;
    }
};

} // namespace Kohtaamo
