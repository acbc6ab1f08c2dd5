#include "WorkerRepository.h"

#include "common/Clock.h"
#include "common/Plausibility.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <tuple>

namespace Kohtaamo {

namespace {
const QString kTable = QStringLiteral("workers");
const QString kParentColumn = QStringLiteral("worker_id");
const QString kLanguagesTable = QStringLiteral("worker_languages");
const QString kRegionsTable = QStringLiteral("worker_regions");
const QString kExperiencesTable = QStringLiteral("worker_experiences");
const QString kServiceTypesTable = QStringLiteral("worker_service_types");
const QString kUnavailableTable = QStringLiteral("worker_unavailability");
const QStringList kLanguageColumns { QStringLiteral("language") };
const QStringList kRegionColumns { QStringLiteral("region") };
const QStringList kExperienceColumns { QStringLiteral("topic_id"), QStringLiteral("perspective"),
                                       QStringLiteral("note") };
const QStringList kServiceTypeColumns { QStringLiteral("service_type") };
const QStringList kUnavailableColumns { QStringLiteral("starts"), QStringLiteral("ends"), QStringLiteral("kind"),
                                        QStringLiteral("reason") };

const QString kColumns = QStringLiteral(
    "id, version, display_name, pseudonym, email, phone, organisation_id, title, date_of_birth, municipality, "
    "home_region, status, notes, training_name, training_hours, training_completed, last_supervision, last_debrief, "
    "annual_earnings_ceiling_cents, weekly_availability, max_engagements_per_month, min_days_between_engagements, "
    "notice_days, left_on");

constexpr int kMaxNameLength = Plausibility::kMaxNameLength;
constexpr int kMaxRegionLength = 100;

Worker fromQuery(const SqlQuery &q)
{
    Worker w;
    w.id = q.value(0).toLongLong();
    w.version = q.value(1).toInt();
    w.displayName = q.value(2).toString();
    w.pseudonym = q.value(3).toBool();
    w.email = q.value(4).toString();
    w.phone = q.value(5).toString();
    w.organisationId = q.value(6).toLongLong();
    w.title = workerTitleFromCode(q.value(7).toString()).value_or(WorkerTitle::Other);
    w.dateOfBirth = SqlQuery::toDate(q.value(8));
    w.municipality = q.value(9).toString();
    w.homeRegion = q.value(10).toString();
    // An unknown status (a newer Kohtaamo's) must not make the worker invitable.
    w.status = workerStatusFromCode(q.value(11).toString()).value_or(WorkerStatus::Left);
    w.notes = q.value(12).toString();
    w.trainingName = q.value(13).toString();
    w.trainingHours = q.value(14).toDouble();
    w.trainingCompleted = SqlQuery::toDate(q.value(15));
    w.lastSupervision = SqlQuery::toDate(q.value(16));
    w.lastDebrief = SqlQuery::toDate(q.value(17));
    w.annualEarningsCeilingCents = SqlQuery::toOptionalCents(q.value(18));
    w.weekly = WeeklyAvailability(q.value(19).toInt());
    w.maxEngagementsPerMonth = q.value(20).toInt();
    w.minDaysBetweenEngagements = q.value(21).toInt();
    w.noticeDays = q.value(22).toInt();
    w.leftOn = SqlQuery::toDate(q.value(23));
    return w;
}

// The fixed orders of the child sets: they make sets comparable and give the UI a stable order.
bool experienceLess(const WorkerExperience &a, const WorkerExperience &b)
{
    return std::tuple(a.topicId, int(a.perspective), a.note) < std::tuple(b.topicId, int(b.perspective), b.note);
}

bool periodLess(const UnavailablePeriod &a, const UnavailablePeriod &b)
{
    return std::tuple(a.starts, a.ends, int(a.kind), a.reason) < std::tuple(b.starts, b.ends, int(b.kind), b.reason);
}

void sortChildren(Worker &w)
{
    w.languages.sort();
    w.regionsCovered.sort();
    w.serviceTypes.sort();
    std::stable_sort(w.experiences.begin(), w.experiences.end(), experienceLess);
    std::stable_sort(w.unavailable.begin(), w.unavailable.end(), periodLess);
}

QStringList trimmedAll(const QStringList &list, bool lower)
{
    QStringList out;
    out.reserve(list.size());
    for (const QString &s : list)
        out << (lower ? s.trimmed().toLower() : s.trimmed());
    return out;
}

Worker normalised(Worker w)
{
    for (QString *s : { &w.displayName, &w.email, &w.phone, &w.municipality, &w.homeRegion, &w.trainingName })
        *s = s->trimmed();
    w.languages = trimmedAll(w.languages, true);
    w.regionsCovered = trimmedAll(w.regionsCovered, false);
    w.serviceTypes = trimmedAll(w.serviceTypes, false);
    for (UnavailablePeriod &p : w.unavailable)
        p.reason = p.reason.trimmed();
    sortChildren(w);
    return w;
}

Row workerRow(const Worker &w)
{
    Row row;
    row.set(QStringLiteral("display_name"), w.displayName)
        .set(QStringLiteral("pseudonym"), w.pseudonym)
        .set(QStringLiteral("email"), w.email)
        .set(QStringLiteral("phone"), w.phone)
        .set(QStringLiteral("organisation_id"), w.organisationId)
        .set(QStringLiteral("title"), toCode(w.title))
        .set(QStringLiteral("date_of_birth"), SqlQuery::fromDate(w.dateOfBirth))
        .set(QStringLiteral("municipality"), w.municipality)
        .set(QStringLiteral("home_region"), w.homeRegion)
        .set(QStringLiteral("status"), toCode(w.status))
        .set(QStringLiteral("notes"), w.notes)
        .set(QStringLiteral("training_name"), w.trainingName)
        .set(QStringLiteral("training_hours"), w.trainingHours)
        .set(QStringLiteral("training_completed"), SqlQuery::fromDate(w.trainingCompleted))
        .set(QStringLiteral("last_supervision"), SqlQuery::fromDate(w.lastSupervision))
        .set(QStringLiteral("last_debrief"), SqlQuery::fromDate(w.lastDebrief))
        .set(QStringLiteral("annual_earnings_ceiling_cents"), SqlQuery::fromOptionalCents(w.annualEarningsCeilingCents))
        .set(QStringLiteral("weekly_availability"), w.weekly.mask())
        .set(QStringLiteral("max_engagements_per_month"), w.maxEngagementsPerMonth)
        .set(QStringLiteral("min_days_between_engagements"), w.minDaysBetweenEngagements)
        .set(QStringLiteral("notice_days"), w.noticeDays)
        .set(QStringLiteral("left_on"), SqlQuery::fromDate(w.status == WorkerStatus::Left ? w.leftOn : QDate()));
    return row;
}

QVector<QVariantList> textRows(const QStringList &values)
{
    QVector<QVariantList> rows;
    rows.reserve(values.size());
    for (const QString &v : values)
        rows.append(QVariantList { v });
    return rows;
}

QVector<QVariantList> experienceRows(const Worker &w)
{
    QVector<QVariantList> rows;
    for (const WorkerExperience &e : w.experiences)
        rows.append({ e.topicId, toCode(e.perspective), e.note });
    return rows;
}

QVector<QVariantList> unavailableRows(const Worker &w)
{
    QVector<QVariantList> rows;
    for (const UnavailablePeriod &p : w.unavailable)
        rows.append({ SqlQuery::fromDate(p.starts), SqlQuery::fromDate(p.ends), toCode(p.kind), p.reason });
    return rows;
}

struct ChildSet
{
    QString table;
    QStringList columns;
    QVector<QVariantList> rows;
};

QVector<ChildSet> childSets(const Worker &w)
{
    return { { kLanguagesTable, kLanguageColumns, textRows(w.languages) },
             { kRegionsTable, kRegionColumns, textRows(w.regionsCovered) },
             { kExperiencesTable, kExperienceColumns, experienceRows(w) },
             { kServiceTypesTable, kServiceTypeColumns, textRows(w.serviceTypes) },
             { kUnavailableTable, kUnavailableColumns, unavailableRows(w) } };
}

// Which child sets differ between two normalised workers, in the order of childSets().
QVector<bool> changedChildSets(const Worker &a, const Worker &b)
{
    return { a.languages != b.languages, a.regionsCovered != b.regionsCovered, a.experiences != b.experiences,
             a.serviceTypes != b.serviceTypes, a.unavailable != b.unavailable };
}

// The {"new": [...]} audit value of the children a new record starts with, in the form replaceChildren uses.
QJsonObject newChildrenJson(const QStringList &columns, const QVector<QVariantList> &rows)
{
    QJsonArray array;
    for (const QVariantList &values : rows) {
        QJsonObject o;
        for (int i = 0; i < columns.size(); ++i)
            o.insert(columns.at(i), RecordStore::toJson(values.value(i)));
        array.append(o);
    }
    return QJsonObject { { QStringLiteral("new"), array } };
}

Error invalid(const QString &message, const char *field)
{
    return Error(Error::Code::InvalidInput, message, QString::fromLatin1(field));
}
} // namespace

WorkerRepository::WorkerRepository(Database &db) : m_db(db) { }

QString WorkerRepository::label(const Worker &worker) const
{
    return tr("The worker “%1”").arg(worker.displayName.trimmed());
}

Result<QVector<Worker>> WorkerRepository::load(const QString &where, const QVariantList &binds)
{
    // `where` is a condition on workers written in this file. The children are filtered by the same condition, so
    // that one worker and a hundred thousand take the same six queries; each child table is read in one pass and
    // handed out through an index by worker id.
    const QString workerWhere = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    const QString childWhere = where.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE worker_id IN (SELECT id FROM workers WHERE %1)").arg(where);

    QVector<Worker> result;
    QHash<qint64, int> index;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM workers%2 ORDER BY id").arg(kColumns, workerWhere));
        q.bindAll(binds);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            index.insert(q.value(0).toLongLong(), int(result.size()));
            result.append(fromQuery(q));
        }
    }
    if (result.isEmpty())
        return result;

    // Runs one child query and calls `take` with the worker each row belongs to.
    const auto readChildren = [&](const QString &columns, const QString &table,
                                  const std::function<void(Worker &, const SqlQuery &)> &take) -> Status {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT worker_id, %1 FROM %2%3 ORDER BY worker_id").arg(columns, table, childWhere));
        q.bindAll(binds);
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.constEnd())
                take(result[*it], q);
        }
        return Status::success();
    };
    if (Status s = readChildren(QStringLiteral("language"), kLanguagesTable,
                                [](Worker &w, const SqlQuery &q) { w.languages.append(q.value(1).toString()); });
        !s)
        return s.error();
    if (Status s = readChildren(QStringLiteral("region"), kRegionsTable,
                                [](Worker &w, const SqlQuery &q) { w.regionsCovered.append(q.value(1).toString()); });
        !s)
        return s.error();
    if (Status s = readChildren(QStringLiteral("id, topic_id, perspective, note"), kExperiencesTable,
                                [](Worker &w, const SqlQuery &q) {
                                    WorkerExperience e;
                                    e.id = q.value(1).toLongLong();
                                    e.topicId = q.value(2).toLongLong();
                                    e.perspective
                                        = perspectiveFromCode(q.value(3).toString()).value_or(Perspective::Other);
                                    e.note = q.value(4).toString();
                                    w.experiences.append(e);
                                });
        !s)
        return s.error();
    if (Status s = readChildren(QStringLiteral("service_type"), kServiceTypesTable,
                                [](Worker &w, const SqlQuery &q) { w.serviceTypes.append(q.value(1).toString()); });
        !s)
        return s.error();
    if (Status s
        = readChildren(QStringLiteral("id, starts, ends, kind, reason"), kUnavailableTable,
                       [](Worker &w, const SqlQuery &q) {
                           UnavailablePeriod p;
                           p.id = q.value(1).toLongLong();
                           p.starts = SqlQuery::toDate(q.value(2));
                           p.ends = SqlQuery::toDate(q.value(3));
                           p.kind
                               = unavailableKindFromCode(q.value(4).toString()).value_or(UnavailableKind::Unavailable);
                           p.reason = q.value(5).toString();
                           w.unavailable.append(p);
                       });
        !s)
        return s.error();
    for (Worker &w : result)
        sortChildren(w);
    return result;
}

Result<Worker> WorkerRepository::get(qint64 id)
{
    auto loaded = load(QStringLiteral("id = ?"), { id });
    if (!loaded)
        return loaded.error();
    if (loaded->isEmpty())
        return RecordStore::notFound(tr("Worker #%1").arg(id));
    return loaded->first();
}

Result<QVector<Worker>> WorkerRepository::list()
{
    return load(QString(), {});
}

Result<QVector<Worker>> WorkerRepository::listByOrganisation(qint64 organisationId)
{
    return load(QStringLiteral("organisation_id = ?"), { organisationId });
}

Status WorkerRepository::validate(const Worker &worker)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()/-]{5,25}$"));
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}$"));

    const Worker w = normalised(worker);
    if (w.displayName.isEmpty())
        return invalid(tr("A worker needs a name (a pseudonym will do)."), "displayName");
    if (w.displayName.size() > kMaxNameLength)
        return invalid(tr("The worker's name is longer than %1 characters.").arg(kMaxNameLength), "displayName");
    if (w.organisationId <= 0)
        return invalid(tr("Choose the organisation the worker belongs to."), "organisationId");
    if (toCode(w.title).isEmpty())
        return invalid(tr("The worker's title is not one Kohtaamo knows."), "title");
    if (toCode(w.status).isEmpty())
        return invalid(tr("The worker's status is not one Kohtaamo knows."), "status");
    if (w.dateOfBirth.isValid() && w.dateOfBirth > Clock::instance().today())
        return invalid(tr("The date of birth cannot be in the future."), "dateOfBirth");
    if (w.dateOfBirth.isValid() && w.dateOfBirth < Plausibility::earliestDateOfBirth())
        return invalid(tr("The date of birth %1 is before 1900. Check the year.")
                           .arg(QLocale().toString(w.dateOfBirth, QLocale::ShortFormat)),
                       "dateOfBirth");
    if (!w.email.isEmpty() && !email.match(w.email).hasMatch())
        return invalid(tr("“%1” is not an email address.").arg(w.email), "email");
    if (!w.phone.isEmpty() && !phone.match(w.phone).hasMatch())
        return invalid(tr("“%1” is not a phone number.").arg(w.phone), "phone");
    if (!std::isfinite(w.trainingHours) || w.trainingHours < 0)
        return invalid(tr("The training hours cannot be negative."), "trainingHours");
    if (w.trainingHours > Plausibility::kMaxTrainingHours)
        return invalid(tr("The training hours must be at most %1.").arg(Plausibility::kMaxTrainingHours),
                       "trainingHours");
    if (w.annualEarningsCeilingCents && *w.annualEarningsCeilingCents < 0)
        return invalid(tr("The annual earnings ceiling cannot be negative."), "annualEarningsCeilingCents");
    if (w.maxEngagementsPerMonth < 0)
        return invalid(tr("The most engagements a month cannot be negative (0 means no limit)."),
                       "maxEngagementsPerMonth");
    if (w.maxEngagementsPerMonth > Plausibility::kMaxEngagementsPerMonth)
        return invalid(tr("The most engagements a month must be at most %1 (0 means no limit).")
                           .arg(Plausibility::kMaxEngagementsPerMonth),
                       "maxEngagementsPerMonth");
    if (w.minDaysBetweenEngagements < 0)
        return invalid(tr("The days between engagements cannot be negative."), "minDaysBetweenEngagements");
    if (w.minDaysBetweenEngagements > Plausibility::kMaxPaceDays)
        return invalid(tr("The days between engagements must be at most %1.").arg(Plausibility::kMaxPaceDays),
                       "minDaysBetweenEngagements");
    if (w.noticeDays < 0)
        return invalid(tr("The notice in days cannot be negative."), "noticeDays");
    if (w.noticeDays > Plausibility::kMaxPaceDays)
        return invalid(tr("The notice must be at most %1 days.").arg(Plausibility::kMaxPaceDays), "noticeDays");
    // Texts of sensible length: a pasted document or a stuck key is refused, naming the field.
    const struct
    {
        const QString &text;
        int max;
        const char *field;
    } texts[] = { { w.municipality, kMaxNameLength, "municipality" },
                  { w.homeRegion, kMaxNameLength, "homeRegion" },
                  { w.trainingName, kMaxNameLength, "trainingName" },
                  { w.notes, Plausibility::kMaxNoteLength, "notes" } };
    for (const auto &t : texts) {
        if (Status s = Plausibility::checkLength(t.text, t.max, t.field); !s)
            return s;
    }

    for (const QString &code : w.languages) {
        if (!language.match(code).hasMatch())
            return invalid(
                tr("“%1” is not a language code: give two or three letters, such as “fi”, “sv” or “ar”.").arg(code),
                "languages");
    }
    if (QStringList(w.languages).removeDuplicates() > 0)
        return invalid(tr("A language is listed twice."), "languages");

    for (const QString &region : w.regionsCovered) {
        if (region.isEmpty())
            return invalid(tr("A region covered is empty."), "regionsCovered");
        if (region.size() > kMaxRegionLength)
            return invalid(tr("A region's name is longer than %1 characters.").arg(kMaxRegionLength), "regionsCovered");
    }
    if (QStringList(w.regionsCovered).removeDuplicates() > 0)
        return invalid(tr("A region is listed twice."), "regionsCovered");

    QSet<QPair<qint64, int>> experiences;
    for (const WorkerExperience &e : w.experiences) {
        if (e.topicId <= 0)
            return invalid(tr("Choose a topic for every experience."), "experiences");
        if (e.perspective == Perspective::Any || toCode(e.perspective).isEmpty())
            return invalid(tr("Choose from which position the worker lived each experience: as a child or young "
                              "person, as a parent, as a relative, or other."),
                           "experiences");
        const QPair<qint64, int> key(e.topicId, int(e.perspective));
        if (experiences.contains(key))
            return invalid(tr("The same experience is listed twice from the same position."), "experiences");
        experiences.insert(key);
    }

    for (const QString &code : w.serviceTypes) {
        if (code.isEmpty())
            return invalid(tr("A kind of work is empty."), "serviceTypes");
    }
    if (QStringList(w.serviceTypes).removeDuplicates() > 0)
        return invalid(tr("A kind of work is listed twice."), "serviceTypes");

    for (const UnavailablePeriod &p : w.unavailable) {
        if (!p.starts.isValid() || !p.ends.isValid())
            return invalid(tr("An unavailable period needs a first and a last day."), "unavailable");
        if (p.ends < p.starts)
            return invalid(tr("An unavailable period cannot end (%1) before it starts (%2).")
                               .arg(QLocale().toString(p.ends, QLocale::ShortFormat),
                                    QLocale().toString(p.starts, QLocale::ShortFormat)),
                           "unavailable");
        if (toCode(p.kind).isEmpty())
            return invalid(tr("The kind of an unavailable period is not one Kohtaamo knows."), "unavailable");
        if (Status s = Plausibility::checkLength(p.reason, Plausibility::kMaxNameLength, "unavailable"); !s)
            return s;
    }
    return Status::success();
}

Status WorkerRepository::checkAgainstDatabase(const Worker &w)
{
    {
        SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM organisations WHERE id = ?"));
        q.bind(w.organisationId);
        auto count = q.scalar();
        if (!count)
            return count.error();
        if (count->toInt() == 0)
            return invalid(tr("Organisation #%1 does not exist; someone may have removed it.").arg(w.organisationId),
                           "organisationId");
    }
    if (!w.experiences.isEmpty()) {
        QVector<qint64> ids;
        for (const WorkerExperience &e : w.experiences) {
            if (!ids.contains(e.topicId))
                ids.append(e.topicId);
        }
        SqlQuery q(
            m_db,
            QStringLiteral("SELECT id FROM topics WHERE id IN (%1)").arg(SqlQuery::placeholders(int(ids.size()))));
        for (qint64 id : ids)
            q.bind(id);
        if (Status s = q.exec(); !s)
            return s;
        QSet<qint64> found;
        while (q.next())
            found.insert(q.value(0).toLongLong());
        for (qint64 id : ids) {
            if (!found.contains(id))
                return invalid(tr("Topic #%1 does not exist; someone may have removed it.").arg(id), "experiences");
        }
    }
    if (!w.serviceTypes.isEmpty()) {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT code FROM service_types WHERE code IN (%1)")
                       .arg(SqlQuery::placeholders(int(w.serviceTypes.size()))));
        for (const QString &code : w.serviceTypes)
            q.bind(code);
        if (Status s = q.exec(); !s)
            return s;
        QSet<QString> found;
        while (q.next())
            found.insert(q.value(0).toString());
        for (const QString &code : w.serviceTypes) {
            if (!found.contains(code))
                return invalid(tr("There is no kind of work “%1”.").arg(code), "serviceTypes");
        }
    }
    return Status::success();
}

Result<Worker> WorkerRepository::save(const Worker &worker)
{
    if (Status s = validate(worker); !s)
        return s.error();
    const Worker w = normalised(worker);
    if (Status s = checkAgainstDatabase(w); !s)
        return s.error();
    return w.id == 0 ? insert(w) : update(w);
}

// The day a worker left: the one given (an import), else today's when they become Left; kept while they stay Left.
QDate WorkerRepository::leftOn(const Worker &w, const Worker *current)
{
    if (w.status != WorkerStatus::Left)
        return {};
    if (current && current->status == WorkerStatus::Left && current->leftOn.isValid())
        return current->leftOn;
    return w.leftOn.isValid() ? w.leftOn : Clock::instance().today();
}

Result<Worker> WorkerRepository::insert(const Worker &w)
{
    const QVector<ChildSet> children = childSets(w);
    QJsonObject childAudit;
    for (const ChildSet &c : children) {
        if (!c.rows.isEmpty())
            childAudit.insert(c.table, newChildrenJson(c.columns, c.rows));
    }

    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    RecordStore store(m_db);
    Worker dated = w;
    dated.leftOn = leftOn(w, nullptr);
    auto id = store.insert(kTable, workerRow(dated), true, childAudit);
    if (!id)
        return id.error();
    for (const ChildSet &c : children) {
        if (c.rows.isEmpty())
            continue;
        if (Status s = store.insertChildren(c.table, kParentColumn, *id, c.columns, c.rows); !s)
            return s.error();
    }
    auto stored = get(*id);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Result<Worker> WorkerRepository::update(const Worker &w)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    RecordStore store(m_db);
    auto current = get(w.id);
    if (!current)
        return current.error().code == Error::Code::NotFound ? RecordStore::notFound(label(w)) : current.error();
    // Messages name the worker as stored, which is how the other coordinator sees them.
    const QString name = label(*current);
    if (current->version != w.version)
        return store.conflict(kTable, w.id, name);

    // Child sets are replaced only when they differ, so that saving an unchanged worker changes nothing.
    QJsonObject changes;
    const QVector<ChildSet> children = childSets(w);
    const QVector<bool> changed = changedChildSets(*current, w);
    for (int i = 0; i < children.size(); ++i) {
        if (!changed.at(i))
            continue;
        const ChildSet &c = children.at(i);
        auto replaced = store.replaceChildren(c.table, kParentColumn, w.id, c.columns, c.rows);
        if (!replaced)
            return replaced.error();
        if (!replaced->isEmpty())
            changes.insert(c.table, *replaced);
    }
    Worker dated = w;
    dated.leftOn = leftOn(w, &*current);
    auto version = store.update(kTable, w.id, w.version, workerRow(dated), name, changes);
    if (!version)
        return version.error();
    auto stored = get(w.id);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

} // namespace Kohtaamo
