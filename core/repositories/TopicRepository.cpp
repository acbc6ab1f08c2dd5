#include "TopicRepository.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace Kohtaamo {

namespace {
const QString kTable = QStringLiteral("topics");
const QString kColumns
    = QStringLiteral("id, version, parent_id, code, name_fi, name_sv, name_en, heavy, retired, sort_order");
constexpr int kMaxNameLength = 200;
constexpr int kMaxCodeLength = 100;

Topic fromQuery(const SqlQuery &q)
{
    Topic t;
    t.id = q.value(0).toLongLong();
    t.version = q.value(1).toInt();
    t.parentId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    t.code = q.value(3).toString();
    t.nameFi = q.value(4).toString();
    t.nameSv = q.value(5).toString();
    t.nameEn = q.value(6).toString();
    t.heavy = q.value(7).toBool();
    t.retired = q.value(8).toBool();
    t.sortOrder = q.value(9).toInt();
    return t;
}

Topic normalised(Topic t)
{
    t.code = t.code.trimmed();
    t.nameFi = t.nameFi.trimmed();
    t.nameSv = t.nameSv.trimmed();
    t.nameEn = t.nameEn.trimmed();
    return t;
}

Row topicRow(const Topic &t)
{
    Row row;
    row.set(QStringLiteral("parent_id"), SqlQuery::fromId(t.parentId))
        .set(QStringLiteral("code"), t.code)
        .set(QStringLiteral("name_fi"), t.nameFi)
        .set(QStringLiteral("name_sv"), t.nameSv)
        .set(QStringLiteral("name_en"), t.nameEn)
        .set(QStringLiteral("heavy"), t.heavy)
        .set(QStringLiteral("retired"), t.retired)
        .set(QStringLiteral("sort_order"), t.sortOrder);
    return row;
}

Error invalid(const QString &message, const char *field)
{
    return Error(Error::Code::InvalidInput, message, QString::fromLatin1(field));
}
} // namespace

TopicRepository::TopicRepository(Database &db) : m_db(db) { }

QString TopicRepository::label(const Topic &topic) const
{
    return tr("The topic “%1”").arg(topic.name(QLocale().name().left(2)));
}

Result<QVector<Topic>> TopicRepository::list()
{
    // COALESCE: SQLite sorts NULL first and PostgreSQL last; top-level topics come first on both.
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1 FROM topics ORDER BY COALESCE(parent_id, 0), sort_order, id").arg(kColumns));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Topic> result;
    while (q.next())
        result.append(fromQuery(q));
    return result;
}

Result<Topic> TopicRepository::get(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM topics WHERE id = ?").arg(kColumns));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return RecordStore::notFound(tr("Topic #%1").arg(id));
    return fromQuery(q);
}

Result<Topic> TopicRepository::findByCode(const QString &code)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM topics WHERE code = ?").arg(kColumns));
    q.bind(code.trimmed());
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return RecordStore::notFound(tr("The topic “%1”").arg(code.trimmed()));
    return fromQuery(q);
}

Result<QVector<ServiceType>> TopicRepository::listServiceTypes()
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT code, name_fi, name_sv, name_en, open_to_minors, needs_public_consent "
                              "FROM service_types ORDER BY sort_order, code"));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<ServiceType> result;
    while (q.next()) {
        ServiceType t;
        t.code = q.value(0).toString();
        t.nameFi = q.value(1).toString();
        t.nameSv = q.value(2).toString();
        t.nameEn = q.value(3).toString();
        t.openToMinors = q.value(4).toBool();
        t.needsPublicConsent = q.value(5).toBool();
        result.append(t);
    }
    return result;
}

Status TopicRepository::validate(const Topic &topic)
{
    static const QRegularExpression codePattern(QStringLiteral("^[a-z0-9_]+(\\.[a-z0-9_]+)*$"));
    const Topic t = normalised(topic);
    if (t.code.isEmpty())
        return invalid(tr("A topic needs a code, such as “child_protection.placement”."), "code");
    if (t.code.size() > kMaxCodeLength || !codePattern.match(t.code).hasMatch())
        return invalid(tr("“%1” is not a topic code: use lower-case letters, digits and underscores, with dots "
                          "between the levels, at most %2 characters.")
                           .arg(t.code)
                           .arg(kMaxCodeLength),
                       "code");
    if (t.nameFi.isEmpty() && t.nameSv.isEmpty() && t.nameEn.isEmpty())
        return invalid(tr("A topic needs a name in at least one language."), "name");
    for (const QString *name : { &t.nameFi, &t.nameSv, &t.nameEn }) {
        if (name->size() > kMaxNameLength)
            return invalid(tr("A topic's name is longer than %1 characters.").arg(kMaxNameLength), "name");
    }
    if (t.parentId < 0)
        return invalid(tr("The parent topic is not valid."), "parentId");
    if (t.id != 0 && t.parentId == t.id)
        return invalid(tr("A topic cannot be placed under itself."), "parentId");
    return Status::success();
}

Status TopicRepository::checkAgainstDatabase(const Topic &t)
{
    SqlQuery dup(m_db, QStringLiteral("SELECT COUNT(*) FROM topics WHERE code = ? AND id <> ?"));
    dup.bindAll({ t.code, t.id });
    auto count = dup.scalar();
    if (!count)
        return count.error();
    if (count->toInt() > 0)
        return invalid(tr("Another topic already has the code “%1”.").arg(t.code), "code");
    if (t.parentId == 0)
        return Status::success();

    // Walk up from the parent one row at a time: the parent must exist, and a topic moved must not land under itself
    // or one of its subtopics. A new topic has no subtopics, so its parent's row is all it reads: an import of
    // 10,000 topics reads 10,000 rows, not the whole tree for each (issue 16).
    qint64 ancestor = t.parentId;
    for (int steps = 0; ancestor != 0; ++steps) {
        if (t.id != 0 && ancestor == t.id)
            return invalid(tr("A topic cannot be moved under one of its own subtopics."), "parentId");
        if (steps > 1000)
            break; // a loop already stored: not this save's to find
        SqlQuery q(m_db, QStringLiteral("SELECT parent_id FROM topics WHERE id = ?"));
        q.bind(ancestor);
        if (Status s = q.exec(); !s)
            return s;
        if (!q.next()) {
            if (steps == 0)
                return invalid(tr("The parent topic #%1 does not exist; someone may have removed it.").arg(t.parentId),
                               "parentId");
            break;
        }
        ancestor = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
        if (t.id == 0)
            break;
    }
    return Status::success();
}

Result<Topic> TopicRepository::save(const Topic &topic)
{
    if (Status s = validate(topic); !s)
        return s.error();
    Topic t = normalised(topic);

    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    // Checked inside the transaction, so that the tree seen is the tree the move is written into.
    if (Status s = checkAgainstDatabase(t); !s)
        return s.error();
    RecordStore store(m_db);
    if (t.id == 0) {
        auto id = store.insert(kTable, topicRow(t));
        if (!id)
            return id.error();
        t.id = *id;
        t.version = 1;
    } else {
        auto current = get(t.id);
        if (!current)
            return current.error().code == Error::Code::NotFound ? RecordStore::notFound(label(t)) : current.error();
        const QString name = label(*current);
        if (current->version != t.version)
            return store.conflict(kTable, t.id, name);
        if (current->code != t.code)
            return Error(Error::Code::NotAllowed,
                         tr("The code of a topic is its stable key and cannot be changed (“%1” to “%2”). Rename "
                            "the topic instead, or retire it and create a new one.")
                             .arg(current->code, t.code),
                         QStringLiteral("code"));
        auto version = store.update(kTable, t.id, t.version, topicRow(t), name);
        if (!version)
            return version.error();
        t.version = *version;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return t;
}

} // namespace Kohtaamo
