#pragma once

#include "ResultsReportData.h"
#include "common/Result.h"
#include "domain/KnowledgeEntry.h"
#include "domain/Worker.h"

#include <QCoreApplication>
#include <QHash>

namespace Kohtaamo {

class Database;

// The funder's results report (docs/reports.md): computed in SQL from the office's records for a period and,
// optionally, one organisation or funded activity. Plain reads; nothing is written.
//
// The commissions of the period are the requests whose work date (the chosen time, else the first proposed, else the
// deadline) falls in it; with an organisation, those scoped to it or worked on by one of its workers; with a funded
// activity, those that belong to it. Events held are those of them held or closed; the engagements counted are the
// attended ones of those events (with an organisation, of its own workers).
class ResultsReport
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::ResultsReport)
public:
    explicit ResultsReport(Database &db);

    Result<ResultsReportData> compute(const ResultsReportOptions &options);

    static Status validate(const ResultsReportOptions &options);

    // Names used in the report.
    static QString titleName(WorkerTitle title);
    static QString phaseName(LifeCoursePhase phase);
    static QString sectorName(const QString &code); // "public", "education", "ngo", "research", "other", ""
    static QStringList sectorCodes();
    // Age groups at the end of the period: under 18, 18–29, 30–44, 45–64, 65 and over; -1 = not recorded.
    static int ageGroup(const QDate &dateOfBirth, const QDate &on);
    static QStringList ageGroupNames(); // index = ageGroup(), the last one "not recorded"

private:
    struct Scope
    {
        QString condition; // on requests r
        QVariantList binds;
    };
    Scope scope(const ResultsReportOptions &options, bool withPeriod) const;
    Status commissions(const ResultsReportOptions &options, ResultsReportData &report);
    Status engagements(const ResultsReportOptions &options, ResultsReportData &report);
    Status outcomes(const ResultsReportOptions &options, ResultsReportData &report);
    Status knowledge(const ResultsReportOptions &options, ResultsReportData &report);
    QString nameColumn(const ResultsReportOptions &options) const; // name_fi / name_sv / name_en

    Database &m_db;
    QHash<QString, QString> m_kindNames; // service type code → its name in the report's language
};

} // namespace Kohtaamo
