#include "InterchangeImporter.h"

#include "InterchangeFormat.h"
#include "JsonRecord.h"
#include "JsonStreamReader.h"
#include "JsonTextCheck.h"
#include "OfficeDataImporter.h"
#include "RequestImporter.h"
#include "WorkerImporter.h"
#include "domain/Coordinator.h"
#include "domain/KnowledgeEntry.h"
#include "domain/Organisation.h"
#include "repositories/CoordinatorRepository.h"
#include "repositories/OfficeSettingsRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/RequestRepository.h"
#include "repositories/TopicRepository.h"
#include "storage/AuditPause.h"
#include "storage/BulkWrite.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>
#include <optional>
#include <vector>

namespace Kohtaamo {

namespace {

// SQLite's wait for another connection's write lock, raised to ten minutes while an import begins and set back after.
class ImportLockWait
{
public:
    explicit ImportLockWait(Database &db) : m_db(db)
    {
        if (!db.dialect().isSQLite())
            return;
        SqlQuery q(db, QStringLiteral("PRAGMA busy_timeout"));
        if (auto ms = q.scalar(); ms && SqlQuery::runStatement(db, QStringLiteral("PRAGMA busy_timeout = 600000")))
            m_previous = ms->toLongLong();
    }
    ~ImportLockWait()
    {
        if (m_previous)
            SqlQuery::runStatement(m_db, QStringLiteral("PRAGMA busy_timeout = %1").arg(*m_previous));
    }
    ImportLockWait(const ImportLockWait &) = delete;
    ImportLockWait &operator=(const ImportLockWait &) = delete;

private:
    Database &m_db;
    std::optional<qint64> m_previous;
};
const QString kTopics = QStringLiteral("topics");
const QString kServiceTypes = QStringLiteral("serviceTypes");
const QString kOrganisations = QStringLiteral("organisations");
const QString kCoordinators = QStringLiteral("coordinators");
const QString kWorkers = QStringLiteral("workers");
const QString kRequests = QStringLiteral("requests");
const QString kKnowledge = QStringLiteral("knowledge");
const QString kOfficeSettings = QStringLiteral("officeSettings");
const QString kMaxFeeCents = QStringLiteral("maxFeeCents");
const QString kTimeZone = QStringLiteral("timeZone");
const QString kRetentionLeftYears = QStringLiteral("retentionLeftYears");
const QString kRetentionAuditYears = QStringLiteral("retentionAuditYears");

const QHash<QString, QString> kTopicFields { { QStringLiteral("code"), QStringLiteral("code") },
                                             { QStringLiteral("name"), QStringLiteral("name") },
                                             { QStringLiteral("parentId"), QStringLiteral("parent") } };
const QHash<QString, QString> kNameFields { { QStringLiteral("name"), QStringLiteral("name") } };
const QHash<QString, QString> kCoordinatorFields { { QStringLiteral("username"), QStringLiteral("username") },
                                                   { QStringLiteral("displayName"), QStringLiteral("displayName") },
                                                   { QStringLiteral("email"), QStringLiteral("email") },
                                                   { QStringLiteral("organisationId"),
                                                     QStringLiteral("organisation") } };
const QHash<QString, QString> kKnowledgeFields { { QStringLiteral("text"), QStringLiteral("text") },
                                                 { QStringLiteral("recordedOn"), QStringLiteral("recordedOn") },
                                                 { QStringLiteral("topicIds"), QStringLiteral("topics") },
                                                 { QStringLiteral("requestId"), QStringLiteral("request") } };

bool sameTopic(const Topic &a, const Topic &b)
{
    return a.parentId == b.parentId && a.nameFi == b.nameFi && a.nameSv == b.nameSv && a.nameEn == b.nameEn
        && a.heavy == b.heavy && a.retired == b.retired && a.sortOrder == b.sortOrder;
}

} // namespace

InterchangeImporter::InterchangeImporter(Database &db) : m_db(db) { }

Result<InterchangeSummary> InterchangeImporter::importJson(const QByteArray &json)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    return importDevice(buffer);
}

Result<InterchangeSummary> InterchangeImporter::importDevice(QIODevice &in)
{
    QBuffer whole; // for a device that cannot seek back
    QIODevice *device = &in;
    if (in.isSequential()) {
        whole.setData(in.readAll());
        whole.open(QIODevice::ReadOnly);
        device = &whole;
    }
    JsonStreamReader reader(*device, { kWorkers, kRequests, kKnowledge });
    if (Status s = reader.scan(); !s)
        return s.error();
    m_reader = &reader;
    auto summary = importObject(reader.head());
    m_reader = nullptr;
    return summary;
}

int InterchangeImporter::listSize(const QJsonArray &list, const QString &key) const
{
    return m_reader ? m_reader->count(key) : int(list.size());
}

std::optional<QJsonValue> InterchangeImporter::listItem(const QJsonArray &list, const QString &key, int index)
{
    if (!m_reader)
        return list.at(index);
    auto item = m_reader->element(key, index);
    if (!item) {
        m_problem = item.error();
        return std::nullopt;
    }
    return *item;
}

Status InterchangeImporter::checkFormat(JsonRecord &document)
{
    const QString format = document.requiredText(QStringLiteral("format"));
    if (!document.failed() && format != InterchangeFormat::formatName())
        document.fail(QStringLiteral("format"),
                      tr("expected %1: this is not a Kohtaamo interchange file")
                          .arg(JsonRecord::quoted(InterchangeFormat::formatName())));
    const auto version = document.optionalInteger(QStringLiteral("version"), 1, std::numeric_limits<int>::max());
    if (!document.failed() && !version)
        document.fail(QStringLiteral("version"), tr("is required"));
    if (m_problem.isError())
        return m_problem;
    m_version = *version;
    if (*version > InterchangeFormat::kVersion)
        return Error(Error::Code::NewerSchema,
                     tr("version: the file has format version %1, written by a newer Kohtaamo; this Kohtaamo reads "
                        "version %2 and older. Nothing was imported: import it with a newer Kohtaamo.")
                         .arg(*version)
                         .arg(InterchangeFormat::kVersion),
                     QStringLiteral("version"));
    return Status::success();
}

Status InterchangeImporter::checkEmpty()
{
    // Workers have no key that would tell the same person in two offices apart, and requests, invitations and
    // engagements hang on workers: merging those would guess. An office is imported whole, into a database that has
    // none of its own yet.
    for (const char *table : { "workers", "requests", "knowledge_entries" }) {
        SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
        auto count = q.scalar();
        if (!count)
            return count.error();
        if (count->toLongLong() > 0)
            return Error(Error::Code::NotAllowed,
                         tr("The database already holds workers, requests or experience knowledge. Kohtaamo imports "
                            "an interchange file only into a database without them (topics, organisations and "
                            "coordinators it has are used by their code, name and username). Nothing was imported."),
                         QString::fromLatin1(table));
    }
    return Status::success();
}

Status InterchangeImporter::loadExisting()
{
    TopicRepository topics(m_db);
    auto topicList = topics.list();
    if (!topicList)
        return topicList.error();
    for (const Topic &t : *topicList)
        m_keys.topics.insert(t.code, t.id);
    auto serviceTypes = topics.listServiceTypes();
    if (!serviceTypes)
        return serviceTypes.error();
    for (const ServiceType &t : *serviceTypes)
        m_keys.serviceTypes.insert(t.code);
    auto organisations = OrganisationRepository(m_db).list();
    if (!organisations)
        return organisations.error();
    for (const Organisation &o : *organisations)
        m_keys.organisations.insert(o.name, o.id);
    auto coordinators = CoordinatorRepository(m_db).list();
    if (!coordinators)
        return coordinators.error();
    for (const Coordinator &c : *coordinators)
        m_keys.coordinators.insert(c.username, c.id);
    return Status::success();
}

Result<InterchangeSummary> InterchangeImporter::importObject(const QJsonObject &object)
{
    m_keys = InterchangeKeys();
    m_summary = InterchangeSummary();
    m_problem = Error();
    m_version = 0;
    JsonRecord document(object, QString(), m_problem);
    if (Status s = checkFormat(document); !s)
        return s.error();
    for (const QString &list :
         { kTopics, kServiceTypes, kOrganisations, kCoordinators, kWorkers, kRequests, kKnowledge })
        document.array(list);
    if (m_version >= InterchangeFormat::kWorkflowVersion)
        document.object(kOfficeSettings);
    if (m_version >= InterchangeFormat::kOfficeDataVersion) {
        for (const QString &list : OfficeDataImporter::lists())
            document.array(list);
        for (const QString &object : OfficeDataImporter::objects())
            document.object(object);
    }
    document.finish();
    if (m_problem.isError())
        return m_problem;

    // Two imports at once into one empty SQLite file: the second waits for the first's write lock for as long as an
    // import may take (not the 5 s of an ordinary write), then finds its office and is refused (NotAllowed below).
    const ImportLockWait wait(m_db);
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    // Two imports at once into one empty PostgreSQL database: the second waits here for the first to commit, then
    // finds its office and is refused (NotAllowed), instead of both seeing an empty database and storing it twice.
    if (const QString lock = m_db.dialect().importLockSql(); !lock.isEmpty()) {
        SqlQuery q(m_db, lock);
        if (Status s = q.exec(); !s)
            return s.error();
    }
    if (Status s = checkEmpty(); !s)
        return s.error();
    // Thousands of records in one transaction: statements reused and the audit chain's head carried in memory.
    BulkWrite bulk(m_db);
    // The import is audited as what it is: one entry naming who brought the office in and what it held, written
    // below in this transaction, not an entry per record repeating every personal value of the file
    // (docs/data-protection.md, "What the audit log keeps for generated and imported records").
    std::optional<AuditPause> pause(std::in_place, m_db);
    if (Status s = loadExisting(); !s)
        return s.error();
    OfficeDataImporter officeData(m_db, m_keys, m_problem);
    bool ok = importTopics(document) && checkServiceTypes(document) && importOrganisations(document)
        && importCoordinators(document) && importOfficeSettings(document)
        && officeData.importFundedActivities(document, m_summary) && officeData.importMail(document, m_summary);
    WorkerImporter workers(m_db, m_keys, m_problem);
    const QJsonArray workerList = document.array(kWorkers);
    for (int i = 0; ok && i < listSize(workerList, kWorkers); ++i) {
        const auto item = listItem(workerList, kWorkers, i);
        if (item && !item->isObject())
            JsonRecord::element(*item, i, kWorkers, m_problem);
        ok = !m_problem.isError()
            && workers.importWorker(item->toObject(), JsonRecord::itemPath(kWorkers, i), m_summary);
    }
    RequestImporter requests(m_db, m_keys, m_problem, m_version);
    if (ok) {
        if (Status s = requests.start(); !s)
            return s.error();
    }
    const QJsonArray requestList = document.array(kRequests);
    for (int i = 0; ok && i < listSize(requestList, kRequests); ++i) {
        const auto item = listItem(requestList, kRequests, i);
        if (item && !item->isObject())
            JsonRecord::element(*item, i, kRequests, m_problem);
        ok = !m_problem.isError()
            && requests.importRequest(item->toObject(), JsonRecord::itemPath(kRequests, i), m_summary);
    }
    ok = ok && importKnowledge(document, requests);
    if (ok) {
        if (Status s = requests.finish(); !s)
            return s.error();
    }
    ok = ok && officeData.importPaymentBatches(document, m_summary) && officeData.importOutbox(document, m_summary);
    if (!ok || m_problem.isError())
        return m_problem; // the transaction rolls back
    pause.reset();
    if (Status s = auditImport(); !s)
        return s.error();
    if (Status s = bulk.finish(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return m_summary;
}

Status InterchangeImporter::auditImport()
{
    // In the form of an insert's entry (each field {"new": value}), like the demo generator's.
    const auto field = [](const QJsonValue &v) { return QJsonObject { { QStringLiteral("new"), v } }; };
    const QJsonObject entry {
        { QStringLiteral("import"),
          field(QStringLiteral("office imported: %1 workers, %2 requests, %3 knowledge entries")
                    .arg(m_summary.workers)
                    .arg(m_summary.requests)
                    .arg(m_summary.knowledgeEntries)) },
        { QStringLiteral("version"), field(m_version) },
        { QStringLiteral("workers"), field(m_summary.workers) },
        { QStringLiteral("consents"), field(m_summary.consents) },
        { QStringLiteral("requests"), field(m_summary.requests) },
        { QStringLiteral("invitations"), field(m_summary.invitations) },
        { QStringLiteral("engagements"), field(m_summary.engagements) },
        { QStringLiteral("knowledgeEntries"), field(m_summary.knowledgeEntries) },
    };
    return RecordStore(m_db).audit(QStringLiteral("office"), 0, QStringLiteral("insert"), entry);
}

bool InterchangeImporter::importTopics(JsonRecord &document)
{
    struct Item
    {
        Topic topic;
        QString parentCode;
        QString path;
        int state = 0; // 0 to do, 1 being placed (its parents are), 2 done
    };
    const QJsonArray list = document.array(kTopics);
    std::vector<Item> items;
    QHash<QString, int> byCode;
    for (int i = 0; i < list.size(); ++i) {
        JsonRecord t = JsonRecord::element(list, i, kTopics, m_problem);
        Item item;
        item.path = t.path();
        item.topic.code = t.requiredText(QStringLiteral("code"));
        item.parentCode = t.text(QStringLiteral("parent"));
        if (auto names = t.object(QStringLiteral("name"))) {
            item.topic.nameFi = names->text(QStringLiteral("fi"));
            item.topic.nameSv = names->text(QStringLiteral("sv"));
            item.topic.nameEn = names->text(QStringLiteral("en"));
            names->finish();
        }
        item.topic.heavy = t.flag(QStringLiteral("heavy"));
        item.topic.retired = t.flag(QStringLiteral("retired"));
        item.topic.sortOrder = t.integer(QStringLiteral("sortOrder"), -1000000, 1000000);
        if (!t.failed() && byCode.contains(item.topic.code))
            t.fail(QStringLiteral("code"),
                   tr("another topic of the file has the code %1").arg(JsonRecord::quoted(item.topic.code)));
        t.finish();
        if (t.failed())
            return false;
        byCode.insert(item.topic.code, int(items.size()));
        items.push_back(item);
    }

    TopicRepository repository(m_db);
    // How deep each topic of the database lies (1 = top level), for a topic of the file placed under one of them.
    QHash<QString, int> databaseDepth;
    {
        auto existing = repository.list();
        if (!existing) {
            m_problem = existing.error();
            return false;
        }
        QHash<qint64, qint64> parentOf;
        QHash<qint64, QString> codeOf;
        for (const Topic &t : std::as_const(*existing)) {
            parentOf.insert(t.id, t.parentId);
            codeOf.insert(t.id, t.code);
        }
        for (const Topic &t : std::as_const(*existing)) {
            int depth = 1;
            for (qint64 p = t.parentId; p != 0 && depth <= parentOf.size(); p = parentOf.value(p))
                ++depth;
            databaseDepth.insert(t.code, depth);
        }
    }
    // Parents first, whatever the order of the file, without recursion: from each topic not placed yet, walk up the
    // parents of the file to a placed topic, a top-level one or one of the database, then place that chain from the
    // top down. Every topic is walked once (linear), a chain deeper than Topic::kMaxDepth is refused naming its first
    // topic too deep, and a cycle naming a topic on it.
    std::vector<int> order;
    order.reserve(items.size());
    std::vector<int> depth(items.size(), 0);
    std::vector<int> chain;
    for (int start = 0; start < int(items.size()); ++start) {
        chain.clear();
        int base = 0; // the depth of what the chain hangs on
        for (int i = start;;) {
            Item &item = items[std::size_t(i)];
            if (item.state == 2) {
                base = depth[std::size_t(i)];
                break;
            }
            if (item.state == 1) {
                JsonRecord(QJsonObject(), item.path, m_problem)
                    .fail(QStringLiteral("parent"), tr("the topic is among its own parents"));
                return false;
            }
            item.state = 1;
            chain.push_back(i);
            if (item.parentCode.isEmpty())
                break;
            if (const auto parent = byCode.constFind(item.parentCode); parent != byCode.constEnd()) {
                i = *parent;
                continue;
            }
            if (const auto parent = databaseDepth.constFind(item.parentCode); parent != databaseDepth.constEnd()) {
                base = *parent;
                break;
            }
            JsonRecord(QJsonObject(), item.path, m_problem)
                .fail(QStringLiteral("parent"),
                      tr("no topic of the file or of the database has the code %1")
                          .arg(JsonRecord::quoted(item.parentCode)));
            return false;
        }
        for (auto k = chain.rbegin(); k != chain.rend(); ++k) {
            Item &item = items[std::size_t(*k)];
            const int d = ++base;
            if (d > Topic::kMaxDepth) {
                JsonRecord(QJsonObject(), item.path, m_problem)
                    .fail(QStringLiteral("parent"),
                          tr("the topic %1 would lie %2 levels deep; topics go at most %3 levels deep")
                              .arg(JsonRecord::quoted(item.topic.code))
                              .arg(d)
                              .arg(Topic::kMaxDepth));
                return false;
            }
            depth[std::size_t(*k)] = d;
            item.state = 2;
            order.push_back(*k);
        }
    }

    for (const int i : order) {
        const Item &item = items[std::size_t(i)];
        JsonRecord at(QJsonObject(), item.path, m_problem);
        Topic topic = item.topic;
        if (!item.parentCode.isEmpty())
            topic.parentId = m_keys.topics.value(item.parentCode, 0); // placed before it
        const qint64 existingId = m_keys.topics.value(topic.code, 0);
        if (existingId != 0) {
            auto existing = repository.get(existingId);
            if (!existing) {
                at.refuse(existing.error());
                return false;
            }
            topic.id = existing->id;
            topic.version = existing->version;
            if (sameTopic(topic, *existing)) {
                ++m_summary.topicsKept;
                continue;
            }
        }
        auto saved = repository.save(topic);
        if (!saved) {
            at.refuse(saved.error(), kTopicFields);
            return false;
        }
        m_keys.topics.insert(saved->code, saved->id);
        ++(existingId != 0 ? m_summary.topicsUpdated : m_summary.topicsCreated);
    }
    return true;
}

bool InterchangeImporter::checkServiceTypes(JsonRecord &document)
{
    const QJsonArray list = document.array(kServiceTypes);
    for (int i = 0; i < list.size(); ++i) {
        JsonRecord t = JsonRecord::element(list, i, kServiceTypes, m_problem);
        const QString code = t.requiredText(QStringLiteral("code"));
        if (auto names = t.object(QStringLiteral("name"))) {
            for (const char *language : { "fi", "sv", "en" })
                names->text(QString::fromLatin1(language));
            names->finish();
        }
        t.flag(QStringLiteral("openToMinors"));
        t.flag(QStringLiteral("needsPublicConsent"));
        if (!t.failed() && !m_keys.serviceTypes.contains(code))
            t.fail(QStringLiteral("code"),
                   tr("this database has no service type %1; Kohtaamo does not create "
                      "service types when importing")
                       .arg(JsonRecord::quoted(code)));
        t.finish();
        if (t.failed())
            return false;
    }
    return true;
}

bool InterchangeImporter::importOrganisations(JsonRecord &document)
{
    const QJsonArray list = document.array(kOrganisations);
    QSet<QString> inFile;
    OrganisationRepository repository(m_db);
    for (int i = 0; i < list.size(); ++i) {
        JsonRecord r = JsonRecord::element(list, i, kOrganisations, m_problem);
        Organisation o;
        o.name = r.requiredText(QStringLiteral("name"));
        o.shortName = r.text(QStringLiteral("shortName"));
        o.region = r.text(QStringLiteral("region"));
        o.contact = r.text(QStringLiteral("contact"));
        o.notes = r.text(QStringLiteral("notes"));
        o.active = r.flag(QStringLiteral("active"), true);
        if (!r.failed() && inFile.contains(o.name.trimmed()))
            r.fail(QStringLiteral("name"),
                   tr("another organisation of the file is called %1").arg(JsonRecord::quoted(o.name)));
        r.finish();
        if (r.failed())
            return false;
        inFile.insert(o.name.trimmed());
        if (const qint64 id = m_keys.organisations.value(o.name.trimmed(), 0)) {
            m_keys.organisations.insert(o.name, id);
            ++m_summary.organisationsKept;
            continue;
        }
        auto saved = repository.save(o);
        if (!saved) {
            r.refuse(saved.error(), kNameFields);
            return false;
        }
        m_keys.organisations.insert(saved->name, saved->id);
        m_keys.organisations.insert(o.name, saved->id);
        ++m_summary.organisationsCreated;
    }
    return true;
}

bool InterchangeImporter::importCoordinators(JsonRecord &document)
{
    const QJsonArray list = document.array(kCoordinators);
    CoordinatorRepository repository(m_db);
    for (int i = 0; i < list.size(); ++i) {
        JsonRecord r = JsonRecord::element(list, i, kCoordinators, m_problem);
        Coordinator c;
        c.username = r.requiredText(QStringLiteral("username"));
        c.displayName = r.text(QStringLiteral("displayName"));
        c.email = r.text(QStringLiteral("email"));
        c.role = r.code(QStringLiteral("role"), kCoordinatorRoleCodes, CoordinatorRole::Coordinator);
        c.organisationId = r.lookup(QStringLiteral("organisation"), m_keys.organisations,
                                    tr("no organisation of the file or of the database is called %1"), false);
        c.active = r.flag(QStringLiteral("active"), true);
        r.finish();
        if (r.failed())
            return false;
        const QString username = c.username.trimmed().toLower();
        if (const qint64 id = m_keys.coordinators.value(username, 0)) {
            m_keys.coordinators.insert(c.username, id);
            ++m_summary.coordinatorsKept;
            continue;
        }
        auto saved = repository.save(c);
        if (!saved) {
            r.refuse(saved.error(), kCoordinatorFields);
            return false;
        }
        m_keys.coordinators.insert(saved->username, saved->id);
        m_keys.coordinators.insert(c.username, saved->id);
        ++m_summary.coordinatorsCreated;
    }
    return true;
}

bool InterchangeImporter::importOfficeSettings(JsonRecord &document)
{
    if (m_version < InterchangeFormat::kWorkflowVersion)
        return true; // an older document has none: the database's stay
    auto settings = document.object(kOfficeSettings);
    if (!settings)
        return !document.failed();
    const std::optional<qint64> maxFee = settings->cents(kMaxFeeCents);
    if (!settings->failed() && !maxFee)
        settings->fail(kMaxFeeCents, tr("is required"));
    const QString zone = settings->text(kTimeZone); // optional: missing keeps the database's
    // Optional (written since schema 18): missing keeps the database's.
    const std::optional<int> leftYears
        = settings->optionalInteger(kRetentionLeftYears, 0, OfficeSettings::kMaxRetentionYears);
    const std::optional<int> auditYears
        = settings->optionalInteger(kRetentionAuditYears, 0, OfficeSettings::kMaxRetentionYears);
    settings->finish();
    if (settings->failed())
        return false;
    OfficeSettingsRepository repository(m_db);
    auto current = repository.get();
    if (!current) {
        settings->refuse(current.error());
        return false;
    }
    OfficeSettings wanted = *current;
    wanted.maxFeeCents = *maxFee;
    if (!zone.isEmpty())
        wanted.timeZone = zone.toLatin1();
    wanted.retentionLeftYears = leftYears.value_or(current->retentionLeftYears);
    wanted.retentionAuditYears = auditYears.value_or(current->retentionAuditYears);
    if (wanted.maxFeeCents == current->maxFeeCents && wanted.timeZone == current->timeZone
        && wanted.retentionLeftYears == current->retentionLeftYears
        && wanted.retentionAuditYears == current->retentionAuditYears)
        return true;
    auto saved = repository.save(wanted);
    if (!saved) {
        settings->refuse(saved.error(),
                         { { kMaxFeeCents, kMaxFeeCents },
                           { QStringLiteral("timeZone"), kTimeZone },
                           { kRetentionLeftYears, kRetentionLeftYears },
                           { kRetentionAuditYears, kRetentionAuditYears } });
        return false;
    }
    m_summary.officeSettingsUpdated = true;
    return true;
}

bool InterchangeImporter::importKnowledge(JsonRecord &document, RequestImporter &requests)
{
    const QJsonArray list = document.array(kKnowledge);
    for (int i = 0; i < listSize(list, kKnowledge); ++i) {
        const auto item = listItem(list, kKnowledge, i);
        if (!item)
            return false;
        JsonRecord r = JsonRecord::element(*item, i, kKnowledge, m_problem);
        KnowledgeEntry k;
        const QString reference = r.text(QStringLiteral("request"));
        if (!r.failed() && !reference.isEmpty()) {
            k.requestId = m_keys.requests.value(reference, 0);
            if (k.requestId == 0) {
                auto found = RequestRepository(m_db).findByReference(reference);
                if (found)
                    k.requestId = found->id;
                else if (found.error().code == Error::Code::NotFound)
                    r.fail(QStringLiteral("request"),
                           tr("no request of the file or of the database has the "
                              "reference %1")
                               .arg(JsonRecord::quoted(reference)));
                else
                    r.refuse(found.error());
            }
        }
        k.recordedOn = r.date(QStringLiteral("recordedOn"));
        k.text = r.text(QStringLiteral("text"));
        const QStringList topics = r.texts(QStringLiteral("topics"));
        for (int t = 0; t < topics.size() && !r.failed(); ++t) {
            const qint64 id = m_keys.topics.value(topics.at(t), 0);
            if (id == 0)
                r.fail(JsonRecord::itemPath(QStringLiteral("topics"), t),
                       tr("no topic has the code %1").arg(JsonRecord::quoted(topics.at(t))));
            k.topicIds.append(id);
        }
        k.phase = r.code(QStringLiteral("phase"), kLifeCoursePhaseCodes, LifeCoursePhase::Unspecified);
        k.criticalPoint = r.flag(QStringLiteral("criticalPoint"));
        r.finish();
        if (r.failed())
            return false;
        if (Status s = requests.importKnowledge(k); !s) {
            r.refuse(s.error(), kKnowledgeFields);
            return false;
        }
        ++m_summary.knowledgeEntries;
    }
    return true;
}

} // namespace Kohtaamo
