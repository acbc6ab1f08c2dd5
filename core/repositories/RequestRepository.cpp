#include "RequestRepository.h"

#include "OfficeSettingsRepository.h"

#include "common/Clock.h"
#include "requests/RequestWorkflow.h"
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
#include <tuple>

namespace Kohtaamo {

namespace {
const QString kTable = QStringLiteral("requests");
const QString kTopicsTable = QStringLiteral("request_topics");
const QString kDatesTable = QStringLiteral("request_date_options");
const QString kOrganisationsTable = QStringLiteral("request_organisations");
const QString kParentColumn = QStringLiteral("request_id");
const QStringList kTopicColumns { QStringLiteral("topic_id"), QStringLiteral("weight") };
const QStringList kDateColumns { QStringLiteral("starts_at"), QStringLiteral("ends_at"), QStringLiteral("chosen") };
const QStringList kOrganisationColumns { QStringLiteral("organisation_id") };

const QString kColumns = QStringLiteral(
    "id, version, reference, received_on, requester_name, requester_unit, requester_email, requester_phone, title, "
    "description, service_type, wanted_perspective, workers_needed, deadline, remote, place, region, "
    "duration_minutes, audience, fee_terms, fee_cents, language, supervised, recorded, status, cancel_reason, notes, "
    "funded_activity_id, requester_sector");

Request fromQuery(const SqlQuery &q)
{
    Request r;
    r.id = q.value(0).toLongLong();
    r.version = q.value(1).toInt();
    r.reference = q.value(2).toString();
    r.receivedOn = SqlQuery::toDate(q.value(3));
    r.requesterName = q.value(4).toString();
    r.requesterUnit = q.value(5).toString();
    r.requesterEmail = q.value(6).toString();
    r.requesterPhone = q.value(7).toString();
    r.title = q.value(8).toString();
    r.description = q.value(9).toString();
    r.serviceType = q.value(10).toString();
    r.wantedPerspective = perspectiveFromCode(q.value(11).toString()).value_or(Perspective::Any);
    r.workersNeeded = q.value(12).toInt();
    r.deadline = SqlQuery::toDate(q.value(13));
    r.remote = q.value(14).toBool();
    r.place = q.value(15).toString();
    r.region = q.value(16).toString();
    r.durationMinutes = q.value(17).toInt();
    r.audience = q.value(18).toString();
    r.feeTerms = q.value(19).toString();
    r.feeCents = SqlQuery::toOptionalCents(q.value(20));
    r.language = q.value(21).toString();
    r.supervised = q.value(22).toBool();
    r.recorded = q.value(23).toBool();
    r.status = requestStatusFromCode(q.value(24).toString()).value_or(RequestStatus::New);
    r.cancelReason = q.value(25).toString();
    r.notes = q.value(26).toString();
    r.fundedActivityId = q.value(27).toLongLong();
    r.requesterSector = q.value(28).toString();
    return r;
}

// Children are sets; these orders make them comparable and give the UI a stable order.
void sortTopics(QVector<RequestTopic> &topics)
{
    std::sort(topics.begin(), topics.end(), [](const RequestTopic &a, const RequestTopic &b) {
        if (a.weight != b.weight)
            return a.weight == TopicWeight::Primary;
        return a.topicId < b.topicId;
    });
}

void sortDateOptions(QVector<DateOption> &options)
{
    std::stable_sort(options.begin(), options.end(), [](const DateOption &a, const DateOption &b) {
        if (a.starts != b.starts)
            return a.starts < b.starts;
        if (a.ends != b.ends)
            return a.ends < b.ends;
        return a.chosen < b.chosen;
    });
}

QVector<QVariantList> topicRows(const Request &r)
{
    QVector<QVariantList> rows;
    for (const RequestTopic &t : r.topics)
        rows.append({ t.topicId, toCode(t.weight) });
    return rows;
}

QVector<QVariantList> dateRows(const Request &r)
{
    QVector<QVariantList> rows;
    for (const DateOption &o : r.dateOptions)
        rows.append({ SqlQuery::fromDateTime(o.starts), SqlQuery::fromDateTime(o.ends), o.chosen });
    return rows;
}

QVector<QVariantList> organisationRows(const Request &r)
{
    QVector<QVariantList> rows;
    for (qint64 id : r.organisationScope)
        rows.append(QVariantList { id });
    return rows;
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

// The ids of `ids` that `table` does not hold. The table name is a code constant of the caller.
Result<QVector<qint64>> missingIds(Database &db, const QString &table, const QVector<qint64> &ids)
{
    if (ids.isEmpty())
        return QVector<qint64> {};
    SqlQuery q(db, QStringLiteral("SELECT id FROM %1 WHERE id IN (%2)").arg(table, SqlQuery::placeholders(ids.size())));
    for (qint64 id : ids)
        q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    QSet<qint64> found;
    while (q.next())
        found.insert(q.value(0).toLongLong());
    QVector<qint64> missing;
    for (qint64 id : ids) {
        if (!found.contains(id))
            missing.append(id);
    }
    return missing;
}

} // namespace

Request RequestRepository::normalised(Request r)
{
    for (QString *s :
         { &r.reference, &r.requesterName, &r.requesterUnit, &r.requesterEmail, &r.requesterPhone, &r.title,
           &r.serviceType, &r.place, &r.region, &r.audience, &r.feeTerms, &r.language, &r.requesterSector })
        *s = s->trimmed();
    sortTopics(r.topics);
    sortDateOptions(r.dateOptions);
    std::sort(r.organisationScope.begin(), r.organisationScope.end());
    return r;
}

namespace {

Row requestRow(const Request &r)
{
    Row row;
    row.set(QStringLiteral("reference"), r.reference)
        .set(QStringLiteral("received_on"), SqlQuery::fromDate(r.receivedOn))
        .set(QStringLiteral("requester_name"), r.requesterName)
        .set(QStringLiteral("requester_unit"), r.requesterUnit)
        .set(QStringLiteral("requester_email"), r.requesterEmail)
        .set(QStringLiteral("requester_phone"), r.requesterPhone)
        .set(QStringLiteral("title"), r.title)
        .set(QStringLiteral("description"), r.description)
        .set(QStringLiteral("service_type"),
             r.serviceType.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.serviceType))
        .set(QStringLiteral("wanted_perspective"), toCode(r.wantedPerspective))
        .set(QStringLiteral("workers_needed"), r.workersNeeded)
        .set(QStringLiteral("deadline"), SqlQuery::fromDate(r.deadline))
        .set(QStringLiteral("remote"), r.remote)
        .set(QStringLiteral("place"), r.place)
        .set(QStringLiteral("region"), r.region)
        .set(QStringLiteral("duration_minutes"), r.durationMinutes)
        .set(QStringLiteral("audience"), r.audience)
        .set(QStringLiteral("fee_terms"), r.feeTerms)
        .set(QStringLiteral("fee_cents"), SqlQuery::fromOptionalCents(r.feeCents))
        .set(QStringLiteral("language"), r.language)
        .set(QStringLiteral("supervised"), r.supervised)
        .set(QStringLiteral("recorded"), r.recorded)
        .set(QStringLiteral("notes"), r.notes)
        .set(QStringLiteral("funded_activity_id"), SqlQuery::fromId(r.fundedActivityId))
        .set(QStringLiteral("requester_sector"), r.requesterSector);
    return row;
}

bool sameTopics(QVector<RequestTopic> a, QVector<RequestTopic> b)
{
    sortTopics(a);
    sortTopics(b);
    return a == b;
}

bool sameDateOptions(QVector<DateOption> a, QVector<DateOption> b)
{
    sortDateOptions(a);
    sortDateOptions(b);
    return a == b;
}

bool sameIds(QVector<qint64> a, QVector<qint64> b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}
} // namespace

RequestRepository::RequestRepository(Database &db) : m_db(db) { }

QString RequestRepository::label(const Request &request) const
{
    if (request.reference.isEmpty())
        return tr("The request “%1”").arg(request.title.trimmed());
    return tr("The request %1 “%2”").arg(request.reference, request.title.trimmed());
}

Result<QVector<Request>> RequestRepository::load(const QString &where, const QVariantList &binds)
{
    // `where` is a condition on requests written in this file; the children are filtered by the same condition,
    // so that loading one request and loading all of them take the same four queries.
    const QString requestWhere = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    const QString childWhere = where.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE request_id IN (SELECT id FROM requests WHERE %1)").arg(where);

    QVector<Request> result;
    QHash<qint64, int> index;
    {
        SqlQuery q(
            m_db,
            QStringLiteral("SELECT %1 FROM requests%2 ORDER BY received_on DESC, id DESC").arg(kColumns, requestWhere));
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
    {
        SqlQuery q(m_db, QStringLiteral("SELECT request_id, topic_id, weight FROM request_topics%1").arg(childWhere));
        q.bindAll(binds);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.constEnd())
                continue;
            RequestTopic t;
            t.topicId = q.value(1).toLongLong();
            t.weight = topicWeightFromCode(q.value(2).toString()).value_or(TopicWeight::Primary);
            result[*it].topics.append(t);
        }
    }
    {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT request_id, id, starts_at, ends_at, chosen FROM request_date_options%1 "
                                  "ORDER BY starts_at, id")
                       .arg(childWhere));
        q.bindAll(binds);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.constEnd())
                continue;
            DateOption o;
            o.id = q.value(1).toLongLong();
            o.starts = SqlQuery::toDateTime(q.value(2));
            o.ends = SqlQuery::toDateTime(q.value(3));
            o.chosen = q.value(4).toBool();
            result[*it].dateOptions.append(o);
        }
    }
    {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT request_id, organisation_id FROM request_organisations%1 "
                                  "ORDER BY organisation_id")
                       .arg(childWhere));
        q.bindAll(binds);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it != index.constEnd())
                result[*it].organisationScope.append(q.value(1).toLongLong());
        }
    }
    for (Request &r : result)
        sortTopics(r.topics);
    return result;
}

Result<Request> RequestRepository::loadOne(const QString &where, const QVariantList &binds, const QString &label)
{
    auto loaded = load(where, binds);
    if (!loaded)
        return loaded.error();
    if (loaded->isEmpty())
        return RecordStore::notFound(label);
    return loaded->first();
}

Result<Request> RequestRepository::get(qint64 id)
{
    return loadOne(QStringLiteral("id = ?"), { id }, tr("Request #%1").arg(id));
}

Result<Request> RequestRepository::findByReference(const QString &reference)
{
    return loadOne(QStringLiteral("reference = ?"), { reference.trimmed() },
                   tr("The request %1").arg(reference.trimmed()));
}

Result<QVector<Request>> RequestRepository::listAll()
{
    return load(QString(), {});
}

Result<QVector<Request>> RequestRepository::listIds(qint64 first, qint64 last)
{
    auto loaded = load(QStringLiteral("id BETWEEN ? AND ?"), { first, last });
    if (!loaded)
        return loaded.error();
    QVector<Request> requests = std::move(loaded).value();
    std::sort(requests.begin(), requests.end(), [](const Request &a, const Request &b) { return a.id < b.id; });
    return requests;
}

Result<QVector<QPair<qint64, QString>>> RequestRepository::references()
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, reference FROM requests ORDER BY id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<QPair<qint64, QString>> result;
    while (q.next())
        result.append({ q.value(0).toLongLong(), q.value(1).toString() });
    return result;
}

Status RequestRepository::validate(const Request &request)
{
    const QVector<Error> found = problems(request);
    return found.isEmpty() ? Status::success() : Status(found.first());
}

Status RequestRepository::validateDateOption(const DateOption &option)
{
    if (!option.starts.isValid())
        return Error(Error::Code::InvalidInput, tr("A proposed time needs a start."), QStringLiteral("dateOptions"));
    if (option.ends.isValid() && option.ends <= option.starts)
        return Error(Error::Code::InvalidInput, tr("A proposed time must end after it starts."),
                     QStringLiteral("dateOptions"));
    return Status::success();
}

QVector<Error> RequestRepository::problems(const Request &request)
{
    QVector<Error> found;
    const auto invalid = [&found](const QString &message, const char *field) {
        found.append(Error(Error::Code::InvalidInput, message, QString::fromLatin1(field)));
    };
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()/-]{5,25}$"));
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}$"));
    static const QRegularExpression notDigit(QStringLiteral("[^0-9]"));

    const Request r = normalised(request);
    if (r.title.isEmpty())
        invalid(tr("A request needs a title."), "title");
    else if (r.title.size() > 300)
        invalid(tr("The request's title is longer than 300 characters."), "title");
    if (r.requesterName.isEmpty())
        invalid(tr("Enter who made the request."), "requesterName");
    if (!r.receivedOn.isValid())
        invalid(tr("Enter the date the request was received."), "receivedOn");
    if (!r.requesterEmail.isEmpty() && !email.match(r.requesterEmail).hasMatch())
        invalid(tr("“%1” is not an email address. Enter one like name@example.fi.").arg(r.requesterEmail),
                "requesterEmail");
    if (!r.requesterPhone.isEmpty()
        && (!phone.match(r.requesterPhone).hasMatch() || QString(r.requesterPhone).remove(notDigit).size() < 5))
        invalid(
            tr("“%1” is not a phone number. Enter one like 040 123 4567 or +358 40 123 4567.").arg(r.requesterPhone),
            "requesterPhone");
    if (r.workersNeeded < 1)
        invalid(tr("A request needs at least one worker."), "workersNeeded");
    if (r.durationMinutes < 0)
        invalid(tr("The duration cannot be negative."), "durationMinutes");
    if (r.feeCents && *r.feeCents < 0)
        invalid(tr("The fee cannot be negative."), "feeCents");
    if (!language.match(r.language).hasMatch())
        invalid(tr("Give the language as a two-letter code such as “fi” or “sv”."), "language");
    if (r.id != 0 && r.reference.isEmpty())
        invalid(tr("A saved request must keep its reference."), "reference");

    QSet<qint64> topics;
    for (const RequestTopic &t : r.topics) {
        if (topics.contains(t.topicId)) {
            invalid(tr("A topic is listed twice on the request."), "topics");
            break;
        }
        topics.insert(t.topicId);
    }
    int chosen = 0;
    for (const DateOption &o : r.dateOptions) {
        if (Status s = validateDateOption(o); !s) {
            found.append(s.error());
            break;
        }
        if (o.chosen)
            ++chosen;
    }
    if (chosen > 1)
        invalid(tr("Only one of the proposed times can be the chosen one."), "dateOptions");
    // A meeting before the request even came is a slip in the date (a wrong year, say).
    if (r.receivedOn.isValid()) {
        const QLocale locale;
        for (const DateOption &o : r.dateOptions) {
            if (o.starts.isValid() && o.starts.toLocalTime().date() < r.receivedOn) {
                invalid(tr("A proposed time (%1) is before the request was received (%2). Check the dates.")
                            .arg(locale.toString(o.starts.toLocalTime().date(), QLocale::ShortFormat),
                                 locale.toString(r.receivedOn, QLocale::ShortFormat)),
                        "dateOptions");
                break;
            }
        }
        if (r.deadline.isValid() && r.deadline < r.receivedOn)
            invalid(tr("The deadline (%1) is before the request was received (%2). Check the dates.")
                        .arg(locale.toString(r.deadline, QLocale::ShortFormat),
                             locale.toString(r.receivedOn, QLocale::ShortFormat)),
                    "deadline");
    }
    // Texts of sensible length: a pasted document or a stuck key is refused, naming the field.
    const struct
    {
        const QString &text;
        int max;
        const char *field;
    } limits[] = { { r.requesterName, 200, "requesterName" },
                   { r.requesterUnit, 200, "requesterUnit" },
                   { r.place, 300, "place" },
                   { r.region, 100, "region" },
                   { r.audience, 1000, "audience" },
                   { r.feeTerms, 1000, "feeTerms" },
                   { r.description, 10000, "description" },
                   { r.notes, 10000, "notes" },
                   { r.cancelReason, 2000, "cancelReason" } };
    for (const auto &limit : limits)
        if (limit.text.size() > limit.max)
            invalid(tr("This text is %1 characters long; at most %2 fit here. Shorten it.")
                        .arg(limit.text.size())
                        .arg(limit.max),
                    limit.field);

    QSet<qint64> organisations;
    for (qint64 id : r.organisationScope) {
        if (organisations.contains(id)) {
            invalid(tr("An organisation is listed twice on the request."), "organisationScope");
            break;
        }
        organisations.insert(id);
    }
    return found;
}

Error RequestRepository::referenceTaken(const QString &reference)
{
    return Error(Error::Code::InvalidInput, tr("Another request already has the reference %1.").arg(reference),
                 QStringLiteral("reference"));
}

Status RequestRepository::checkAgainstDatabase(const Request &r)
{
    const auto invalid = [](const QString &message, const char *field) {
        return Error(Error::Code::InvalidInput, message, QString::fromLatin1(field));
    };
    if (r.feeCents) {
        if (Status s = OfficeSettingsRepository(m_db).checkFee(*r.feeCents, "feeCents"); !s)
            return s;
    }
    if (!r.serviceType.isEmpty()) {
        SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM service_types WHERE code = ?"));
        q.bind(r.serviceType);
        auto count = q.scalar();
        if (!count)
            return count.error();
        if (count->toInt() == 0)
            return invalid(tr("There is no kind of work “%1”.").arg(r.serviceType), "serviceType");
    }
    QVector<qint64> topicIds;
    for (const RequestTopic &t : r.topics)
        topicIds.append(t.topicId);
    auto missingTopics = missingIds(m_db, QStringLiteral("topics"), topicIds);
    if (!missingTopics)
        return missingTopics.error();
    if (!missingTopics->isEmpty())
        return invalid(tr("Topic #%1 does not exist; someone may have removed it.").arg(missingTopics->first()),
                       "topics");
    auto missingOrganisations = missingIds(m_db, QStringLiteral("organisations"), r.organisationScope);
    if (!missingOrganisations)
        return missingOrganisations.error();
    if (!missingOrganisations->isEmpty())
        return invalid(
            tr("Organisation #%1 does not exist; someone may have removed it.").arg(missingOrganisations->first()),
            "organisationScope");
    if (r.fundedActivityId != 0) {
        auto missing = missingIds(m_db, QStringLiteral("funded_activities"), { r.fundedActivityId });
        if (!missing)
            return missing.error();
        if (!missing->isEmpty())
            return invalid(
                tr("Funded activity #%1 does not exist; someone may have removed it.").arg(r.fundedActivityId),
                "fundedActivityId");
    }
    if (!r.reference.isEmpty()) {
        SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE reference = ? AND id <> ?"));
        q.bindAll({ r.reference, r.id });
        auto count = q.scalar();
        if (!count)
            return count.error();
        if (count->toInt() > 0)
            return referenceTaken(r.reference);
    }
    return Status::success();
}

namespace {
QString referenceYear(const QDate &receivedOn)
{
    const int year = receivedOn.isValid() ? receivedOn.year() : Clock::instance().today().year();
    return QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
}

QString numberedReference(const QString &year, qint64 number)
{
    return year + QLatin1Char('-') + QStringLiteral("%1").arg(number, 4, 10, QLatin1Char('0'));
}
} // namespace

Result<QString> RequestRepository::nextReference(const QDate &receivedOn)
{
    const QString year = referenceYear(receivedOn);
    SqlQuery q(m_db, QStringLiteral("SELECT last_number FROM reference_counters WHERE scope = ?"));
    q.bind(QString(QStringLiteral("request-") + year));
    auto last = q.scalar();
    if (!last && last.error().code != Error::Code::NotFound)
        return last.error();
    return numberedReference(year, last ? last->toLongLong() + 1 : 1);
}

Result<QString> RequestRepository::claimReference(const QDate &receivedOn)
{
    const QString year = referenceYear(receivedOn);
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO reference_counters (scope, last_number) VALUES (?, 1) "
                              "ON CONFLICT (scope) DO UPDATE SET last_number = reference_counters.last_number + 1 "
                              "RETURNING last_number"));
    q.bind(QString(QStringLiteral("request-") + year));
    auto number = q.scalar();
    if (!number)
        return number.error();
    return numberedReference(year, number->toLongLong());
}

Result<Request> RequestRepository::save(const Request &request)
{
    if (Status s = validate(request); !s)
        return s.error();
    Request r = normalised(request);
    if (Status s = checkAgainstDatabase(r); !s)
        return s.error();
    if (r.fundedActivityId == 0 && r.organisationScope.size() == 1) {
        // The organisation's funded activity, when it has exactly one that is active.
        SqlQuery q(m_db, QStringLiteral("SELECT id FROM funded_activities WHERE organisation_id = ? AND active = ?"));
        q.bindAll({ r.organisationScope.first(), true });
        if (Status s = q.exec(); !s)
            return s.error();
        QVector<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        if (ids.size() == 1)
            r.fundedActivityId = ids.first();
    }
    if (r.id != 0)
        return update(r);

    if (!r.reference.isEmpty())
        return insert(r); // a numbered reference moves the year's counter on (a trigger, schema 15)

    // The number comes from the year's counter, taken in the request's own transaction: two coordinators creating
    // requests at once get different numbers (the second waits for the first's commit on PostgreSQL), and one who
    // cannot see the other organisations' requests never gets a number that is taken.
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto reference = claimReference(r.receivedOn);
    if (!reference)
        return reference.error();
    r.reference = *reference;
    auto saved = insert(r);
    if (!saved)
        return saved;
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Result<Request> RequestRepository::insert(Request r)
{
    r.status = RequestStatus::New;
    r.cancelReason.clear();
    Row row = requestRow(r);
    row.set(QStringLiteral("status"), toCode(r.status));

    QJsonObject children;
    if (!r.topics.isEmpty())
        children.insert(kTopicsTable, newChildrenJson(kTopicColumns, topicRows(r)));
    if (!r.dateOptions.isEmpty())
        children.insert(kDatesTable, newChildrenJson(kDateColumns, dateRows(r)));
    if (!r.organisationScope.isEmpty())
        children.insert(kOrganisationsTable, newChildrenJson(kOrganisationColumns, organisationRows(r)));

    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    RecordStore store(m_db);
    auto id = store.insert(kTable, row, true, children);
    if (!id)
        return id.error();
    for (const auto &[table, columns, rows] :
         { std::tuple { kTopicsTable, kTopicColumns, topicRows(r) },
           std::tuple { kDatesTable, kDateColumns, dateRows(r) },
           std::tuple { kOrganisationsTable, kOrganisationColumns, organisationRows(r) } }) {
        if (Status s = store.insertChildren(table, kParentColumn, *id, columns, rows); !s)
            return s.error();
    }
    if (Status s = addHistory(*id, std::nullopt, RequestStatus::New, QString()); !s)
        return s.error();
    if (Status s = storeWorkDate(*id, r); !s)
        return s.error();
    auto stored = get(*id);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Status RequestRepository::storeWorkDate(qint64 id, const Request &r)
{
    // Derived from the deadline and the proposed times, whose changes the request's audit entry holds; kept for the
    // inbox's work-date filter and sort (schema version 6).
    SqlQuery q(m_db, QStringLiteral("UPDATE requests SET work_date = ? WHERE id = ?"));
    q.bindAll({ SqlQuery::fromDate(r.workDate()), id });
    return q.exec();
}

Result<Request> RequestRepository::update(const Request &r)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    RecordStore store(m_db);
    auto current = get(r.id);
    if (!current)
        return current.error().code == Error::Code::NotFound ? RecordStore::notFound(label(r)) : current.error();
    // Messages name the request as it is stored, which is how the other coordinator sees it.
    const QString name = label(*current);
    if (current->version != r.version)
        return store.conflict(kTable, r.id, name);
    // The status is the stored one (save never changes it): once tagged, a request keeps at least one topic.
    const bool tagged = current->status != RequestStatus::New && current->status != RequestStatus::Cancelled;
    if (tagged && r.topics.isEmpty())
        return Error(Error::Code::InvalidInput,
                     tr("The request is already “%1”: it must keep at least one topic.")
                         .arg(RequestWorkflow::statusName(current->status)),
                     QStringLiteral("topics"));

    // Children are replaced only when they differ as sets, so that saving an unchanged request changes nothing.
    QJsonObject changes;
    const auto replace
        = [&](const QString &table, const QStringList &columns, const QVector<QVariantList> &rows) -> Status {
        auto replaced = store.replaceChildren(table, kParentColumn, r.id, columns, rows);
        if (!replaced)
            return replaced.error();
        if (!replaced->isEmpty())
            changes.insert(table, *replaced);
        return Status::success();
    };
    if (!sameTopics(current->topics, r.topics)) {
        if (Status s = replace(kTopicsTable, kTopicColumns, topicRows(r)); !s)
            return s.error();
    }
    if (!sameDateOptions(current->dateOptions, r.dateOptions)) {
        if (Status s = replace(kDatesTable, kDateColumns, dateRows(r)); !s)
            return s.error();
    }
    if (!sameIds(current->organisationScope, r.organisationScope)) {
        if (Status s = replace(kOrganisationsTable, kOrganisationColumns, organisationRows(r)); !s)
            return s.error();
    }
    auto version = store.update(kTable, r.id, r.version, requestRow(r), name, changes);
    if (!version)
        return version.error();
    if (Status s = storeWorkDate(r.id, r); !s)
        return s.error();
    auto stored = get(r.id);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

} // namespace Kohtaamo
