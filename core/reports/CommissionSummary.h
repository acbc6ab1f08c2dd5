#pragma once

#include "common/Result.h"
#include "domain/KnowledgeEntry.h"
#include "domain/Request.h"
#include "domain/RequestStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Kohtaamo {

class Database;

// One commission on one page, for the requester and the file (docs/reports.md): what was asked, by whom, when and
// where, how it went through the office (its status and the dates of its steps), who took part — the experience
// workers named only as the confirmation to the requester names them (the name they use, a pseudonym if they use
// one, and only with a valid consent to appear in public; the others as a number) — the hours, the fees as one total,
// what came of the meeting and the experience knowledge it produced. Read by CommissionSummaryReader; nothing is
// written.
struct CommissionSummaryData
{
    struct Step
    {
        RequestStatus status = RequestStatus::New;
        QDateTime at; // UTC
    };
    struct Knowledge
    {
        QDate recordedOn;
        QString text;
        QStringList topics;
        LifeCoursePhase phase = LifeCoursePhase::Unspecified;
        bool criticalPoint = false;
    };

    qint64 requestId = 0;
    QString reference;
    QString title;
    QString description;
    QString requesterName;
    QString requesterUnit; // the requesting organisation or unit
    QString requesterSector; // its name, empty = not said
    QString kindOfWork; // the service type's name in the report's language
    QStringList topics; // primary topics first
    QString fundedActivity; // empty = none
    QDate workDate;
    QDateTime starts; // the chosen time (else the earliest proposed), invalid = none
    QDateTime ends;
    QDate deadline;
    bool remote = false;
    QString place;
    QString region;
    int workersNeeded = 0;
    RequestStatus status = RequestStatus::New;
    QVector<Step> history; // oldest first

    QStringList namedWorkers; // those who may be named, by the name they use
    int unnamedWorkers = 0; // the others, counted only
    double hours = 0; // of the attended engagements
    qint64 feesCents = 0; // fees of the attended engagements, declined fees left out
    qint64 travelCents = 0;

    bool outcomeRecorded = false;
    QDate heldOn;
    QString outcomeSummary;
    QString requesterFeedback;
    int audienceSize = 0;
    QVector<Knowledge> knowledge; // oldest first

    int workerCount() const { return int(namedWorkers.size()) + unnamedWorkers; }
};

class CommissionSummaryReader
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::CommissionSummaryReader)
public:
    explicit CommissionSummaryReader(Database &db);

    // `language` ("fi", "sv", "en") names the topics and the kind of work; `on` is the day consents are valid on.
    Result<CommissionSummaryData> read(qint64 requestId, const QString &language, const QDate &on);

private:
    Database &m_db;
};

} // namespace Kohtaamo
