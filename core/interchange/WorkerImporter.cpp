#include "WorkerImporter.h"

#include "InterchangeFormat.h"
#include "JsonRecord.h"
#include "common/Plausibility.h"
#include "domain/Consent.h"
#include "domain/Worker.h"
#include "repositories/ConsentRepository.h"
#include "repositories/WorkerRepository.h"

#include <QVector>

namespace Kohtaamo {

namespace {
// Where in a worker record the repository's field names are.
const QHash<QString, QString> kWorkerFields {
    { QStringLiteral("displayName"), QStringLiteral("displayName") },
    { QStringLiteral("organisationId"), QStringLiteral("organisation") },
    { QStringLiteral("title"), QStringLiteral("title") },
    { QStringLiteral("status"), QStringLiteral("status") },
    { QStringLiteral("dateOfBirth"), QStringLiteral("dateOfBirth") },
    { QStringLiteral("email"), QStringLiteral("email") },
    { QStringLiteral("phone"), QStringLiteral("phone") },
    { QStringLiteral("trainingHours"), QStringLiteral("trainingHours") },
    { QStringLiteral("annualEarningsCeilingCents"), QStringLiteral("annualEarningsCeilingCents") },
    { QStringLiteral("languages"), QStringLiteral("languages") },
    { QStringLiteral("regionsCovered"), QStringLiteral("regionsCovered") },
    { QStringLiteral("experiences"), QStringLiteral("experiences") },
    { QStringLiteral("serviceTypes"), QStringLiteral("serviceTypes") },
    { QStringLiteral("unavailable"), QStringLiteral("availability.unavailable") },
    { QStringLiteral("maxEngagementsPerMonth"), QStringLiteral("availability.maxEngagementsPerMonth") },
    { QStringLiteral("minDaysBetweenEngagements"), QStringLiteral("availability.minDaysBetweenEngagements") },
    { QStringLiteral("noticeDays"), QStringLiteral("availability.noticeDays") },
};

const QHash<QString, QString> kConsentFields {
    { QStringLiteral("scope"), QStringLiteral("scope") },
    { QStringLiteral("givenOn"), QStringLiteral("givenOn") },
    { QStringLiteral("expiresOn"), QStringLiteral("expiresOn") },
    { QStringLiteral("withdrawnOn"), QStringLiteral("withdrawnOn") },
    { QStringLiteral("guardianName"), QStringLiteral("guardianName") },
    { QStringLiteral("recordedBy"), QStringLiteral("recordedBy") },
    { QStringLiteral("supersedesId"), QStringLiteral("supersedes") },
};

constexpr int kMaxDays = Plausibility::kMaxPaceDays;
} // namespace

WorkerImporter::WorkerImporter(Database &db, InterchangeKeys &keys, Error &problem)
    : m_db(db), m_keys(keys), m_problem(problem)
{
}

void WorkerImporter::readProfile(JsonRecord &r, Worker &w)
{
    w.displayName = r.requiredText(QStringLiteral("displayName"));
    w.pseudonym = r.flag(QStringLiteral("pseudonym"));
    w.email = r.text(QStringLiteral("email"));
    w.phone = r.text(QStringLiteral("phone"));
    w.organisationId = r.lookup(QStringLiteral("organisation"), m_keys.organisations,
                                tr("no organisation of the file or of the database is called %1"));
    w.title = r.code(QStringLiteral("title"), kWorkerTitleCodes, WorkerTitle::ExpertByExperience);
    w.dateOfBirth = r.date(QStringLiteral("dateOfBirth"));
    w.languages = r.texts(QStringLiteral("languages"));
    w.municipality = r.text(QStringLiteral("municipality"));
    w.homeRegion = r.text(QStringLiteral("homeRegion"));
    w.regionsCovered = r.texts(QStringLiteral("regionsCovered"));
    w.status = r.code(QStringLiteral("status"), kWorkerStatusCodes, WorkerStatus::Active);
    w.leftOn = r.date(QStringLiteral("leftOn")); // optional (schema 18): missing means today's when Left
    w.notes = r.text(QStringLiteral("notes"));
    w.trainingName = r.text(QStringLiteral("trainingName"));
    w.trainingHours = r.number(QStringLiteral("trainingHours"), 0, 100000);
    w.trainingCompleted = r.date(QStringLiteral("trainingCompleted"));
    w.lastSupervision = r.date(QStringLiteral("lastSupervision"));
    w.lastDebrief = r.date(QStringLiteral("lastDebrief"));
    w.annualEarningsCeilingCents = r.cents(QStringLiteral("annualEarningsCeilingCents"));
}

void WorkerImporter::readExperiences(JsonRecord &r, Worker &w)
{
    const QJsonArray experiences = r.array(QStringLiteral("experiences"));
    for (int i = 0; i < experiences.size() && !r.failed(); ++i) {
        JsonRecord e = JsonRecord::element(experiences, i, r.path(QStringLiteral("experiences")), m_problem);
        WorkerExperience x;
        x.topicId = e.lookup(QStringLiteral("topic"), m_keys.topics, tr("no topic has the code %1"));
        x.perspective = e.code(QStringLiteral("perspective"), kPerspectiveCodes, Perspective::Other, true);
        x.note = e.text(QStringLiteral("note"));
        e.finish();
        w.experiences.append(x);
    }
    const QStringList serviceTypes = r.texts(QStringLiteral("serviceTypes"));
    for (int i = 0; i < serviceTypes.size() && !r.failed(); ++i) {
        if (!m_keys.serviceTypes.contains(serviceTypes.at(i)))
            r.fail(JsonRecord::itemPath(QStringLiteral("serviceTypes"), i),
                   tr("no service type has the code %1").arg(JsonRecord::quoted(serviceTypes.at(i))));
    }
    w.serviceTypes = serviceTypes;
}

void WorkerImporter::readAvailability(JsonRecord &r, Worker &w)
{
    auto availability = r.object(QStringLiteral("availability"));
    if (!availability)
        return;
    if (auto weekly = availability->object(QStringLiteral("weekly"))) {
        for (int day = 1; day <= 7; ++day) {
            const QString dayKey = InterchangeFormat::dayKey(day);
            const QStringList parts = weekly->texts(dayKey);
            for (int i = 0; i < parts.size(); ++i) {
                bool known = false;
                for (auto part :
                     { WeeklyAvailability::Morning, WeeklyAvailability::Afternoon, WeeklyAvailability::Evening }) {
                    if (parts.at(i) == InterchangeFormat::partKey(part)) {
                        w.weekly.set(day, part, true);
                        known = true;
                    }
                }
                if (!known)
                    weekly->fail(JsonRecord::itemPath(dayKey, i),
                                 tr("unknown value %1 (expected one of: morning, afternoon, evening)")
                                     .arg(JsonRecord::quoted(parts.at(i))));
            }
        }
        weekly->finish();
    }
    const QJsonArray periods = availability->array(QStringLiteral("unavailable"));
    for (int i = 0; i < periods.size() && !r.failed(); ++i) {
        JsonRecord p = JsonRecord::element(periods, i, availability->path(QStringLiteral("unavailable")), m_problem);
        UnavailablePeriod period;
        period.starts = p.date(QStringLiteral("starts"));
        period.ends = p.date(QStringLiteral("ends"));
        period.kind = p.code(QStringLiteral("kind"), kUnavailableKindCodes, UnavailableKind::Unavailable);
        period.reason = p.text(QStringLiteral("reason"));
        p.finish();
        w.unavailable.append(period);
    }
    w.maxEngagementsPerMonth = availability->integer(QStringLiteral("maxEngagementsPerMonth"), 0, 1000);
    w.minDaysBetweenEngagements = availability->integer(QStringLiteral("minDaysBetweenEngagements"), 0, kMaxDays);
    w.noticeDays = availability->integer(QStringLiteral("noticeDays"), 0, kMaxDays);
    availability->finish();
}

bool WorkerImporter::importWorker(const QJsonObject &object, const QString &path, InterchangeSummary &summary)
{
    JsonRecord r(object, path, m_problem);
    const QString key = r.requiredText(QStringLiteral("key"));
    if (!r.failed() && m_keys.workers.contains(key))
        r.fail(QStringLiteral("key"), tr("another worker of the file has the key %1").arg(JsonRecord::quoted(key)));
    Worker w;
    readProfile(r, w);
    readExperiences(r, w);
    readAvailability(r, w);
    const QJsonArray consents = r.array(QStringLiteral("consents"));
    r.finish();
    if (r.failed())
        return false;

    auto saved = WorkerRepository(m_db).save(w);
    if (!saved) {
        r.refuse(saved.error(), kWorkerFields);
        return false;
    }
    m_keys.workers.insert(key, saved->id);
    m_keys.workerNames.insert(saved->id, saved->displayName);
    ++summary.workers;
    return importConsents(r, saved->id, summary);
}

bool WorkerImporter::importConsents(JsonRecord &r, qint64 workerId, InterchangeSummary &summary)
{
    const QJsonArray consents = r.array(QStringLiteral("consents"));
    const QString listPath = r.path(QStringLiteral("consents"));
    ConsentRepository repository(m_db);
    QVector<Consent> stored; // in the order of the file
    QVector<QDate> withdrawals; // as the file says, for the ones not withdrawn by a replacement
    QVector<bool> replaced(consents.size(), false);
    for (int i = 0; i < consents.size(); ++i) {
        JsonRecord c = JsonRecord::element(consents, i, listPath, m_problem);
        Consent consent;
        consent.workerId = workerId;
        consent.scope = c.code(QStringLiteral("scope"), kConsentScopeCodes, ConsentScope::Contact, true);
        consent.givenOn = c.date(QStringLiteral("givenOn"));
        consent.expiresOn = c.date(QStringLiteral("expiresOn"));
        const QDate withdrawnOn = c.date(QStringLiteral("withdrawnOn"));
        consent.recordedBy = c.lookup(QStringLiteral("recordedBy"), m_keys.coordinators,
                                      tr("no coordinator of the file or of the database has the username %1"), false);
        consent.guardianName = c.text(QStringLiteral("guardianName"));
        consent.note = c.text(QStringLiteral("note"));
        const std::optional<int> supersedes = c.optionalInteger(QStringLiteral("supersedes"), 0, qMax(0, i - 1));
        if (!c.failed() && supersedes && *supersedes >= i)
            c.fail(QStringLiteral("supersedes"), tr("must be the place of an earlier consent in this list"));
        if (!c.failed() && supersedes) {
            // The replaced consent ends the day this one is given; a file that says otherwise cannot be stored.
            const QDate ended = withdrawals.at(*supersedes);
            if (ended.isValid() && ended != consent.givenOn)
                c.fail(QStringLiteral("supersedes"),
                       tr("the consent it replaces (%1) was withdrawn on %2, but a replaced consent ends the day the "
                          "new one is given (%3)")
                           .arg(JsonRecord::itemPath(listPath, *supersedes), ended.toString(Qt::ISODate),
                                consent.givenOn.toString(Qt::ISODate)));
            consent.supersedesId = stored.at(*supersedes).id;
            replaced[*supersedes] = true;
        }
        c.finish();
        if (c.failed())
            return false;
        auto recorded = repository.record(consent);
        if (!recorded) {
            c.refuse(recorded.error(), kConsentFields);
            return false;
        }
        stored.append(*recorded);
        withdrawals.append(withdrawnOn);
        ++summary.consents;
    }
    for (int i = 0; i < stored.size(); ++i) {
        if (replaced.at(i) || !withdrawals.at(i).isValid())
            continue;
        auto withdrawn = repository.withdraw(stored.at(i).id, stored.at(i).version, withdrawals.at(i));
        if (!withdrawn) {
            JsonRecord(consents.at(i).toObject(), JsonRecord::itemPath(listPath, i), m_problem)
                .refuse(withdrawn.error(), kConsentFields);
            return false;
        }
    }
    return true;
}

} // namespace Kohtaamo
