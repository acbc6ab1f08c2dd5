// ResultsReport: the experience knowledge of the period and the names the report uses.
#include "ResultsReport.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace Kohtaamo {

namespace {
using Type = ExportTable::ColumnType;
} // namespace

Status ResultsReport::knowledge(const ResultsReportOptions &o, ResultsReportData &report)
{
    // Entries recorded in the period; with an organisation or an activity, those of its requests.
    const Scope s = scope(o, false);
    QString condition = QStringLiteral("k.recorded_on >= ? AND k.recorded_on <= ?");
    QVariantList binds { SqlQuery::fromDate(o.from), SqlQuery::fromDate(o.to) };
    if (o.organisationId != 0 || o.fundedActivityId != 0) {
        condition += QStringLiteral(" AND k.request_id IN (SELECT r.id FROM requests r WHERE %1)").arg(s.condition);
        binds << s.binds;
    }
    const QString names = nameColumn(o);

    // The topics by id, with their place in the topic list: an entry lists its topics in that order.
    struct Topic
    {
        qint64 id = 0;
        QString name;
        int sortOrder = 0;
    };
    QHash<qint64, Topic> topicById;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT id, %1, sort_order FROM topics").arg(names));
        if (Status st = q.exec(); !st)
            return st;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            topicById.insert(id, { id, q.value(1).toString(), q.value(2).toInt() });
        }
    }

    QMap<QString, QPair<qint64, qint64>> byTopic; // name → entries, critical points
    QMap<int, QPair<qint64, qint64>> byPhase; // phase index → entries, critical points
    ResultsReportData::Section entries;
    entries.key = QStringLiteral("knowledge_entries");
    entries.knowledge = true;
    entries.table.title = tr("Experience knowledge");
    entries.table.addColumn(tr("Life-course phase"), Type::Text)
        .addColumn(tr("Topics"), Type::Text)
        .addColumn(tr("Critical point"), Type::Text)
        .addColumn(tr("Recorded on"), Type::Date)
        .addColumn(tr("Text"), Type::Text);
    entries.definition = tr("The entries of experience knowledge recorded in the period, by life-course phase, with "
                            "their texts as recorded.");
    // One pass: each entry with its topics, one row per topic (a row with no topic for an entry without one), in the
    // order of the index knowledge_entries_report (schema 16).
    SqlQuery q(m_db,
               QStringLiteral("SELECT k.id, k.life_course_phase, k.critical_point, k.recorded_on, k.text, kt.topic_id "
                              "FROM knowledge_entries k LEFT JOIN knowledge_entry_topics kt ON kt.entry_id = k.id "
                              "WHERE %1 ORDER BY k.recorded_on, k.id")
                   .arg(condition));
    q.bindAll(binds);
    if (Status st = q.exec(); !st)
        return st;
    QMap<int, QVector<QVariantList>> rowsByPhase;
    const QString yes = tr("yes");
    const QString no = tr("no");
    const QString separator = QStringLiteral(", ");
    struct Entry
    {
        qint64 id = 0;
        LifeCoursePhase phase = LifeCoursePhase::Unspecified;
        bool critical = false;
        QDate recordedOn;
        QString text;
        QVector<const Topic *> topics;
    };
    Entry entry;
    const auto finish = [&](Entry &e) {
        std::sort(e.topics.begin(), e.topics.end(), [](const Topic *a, const Topic *b) {
            return a->sortOrder != b->sortOrder ? a->sortOrder < b->sortOrder : a->id < b->id;
        });
        QStringList names;
        for (const Topic *t : std::as_const(e.topics)) {
            names.append(t->name);
            auto &counts = byTopic[t->name];
            ++counts.first;
            if (e.critical)
                ++counts.second;
        }
        auto &counts = byPhase[int(e.phase)];
        ++counts.first;
        ++report.knowledgeEntries;
        if (e.critical) {
            ++counts.second;
            ++report.criticalPoints;
        }
        rowsByPhase[int(e.phase)].append(
            { phaseName(e.phase), names.join(separator), e.critical ? yes : no, e.recordedOn, std::move(e.text) });
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != entry.id) {
            if (entry.id != 0)
                finish(entry);
            entry = Entry();
            entry.id = id;
            entry.phase = lifeCoursePhaseFromCode(q.value(1).toString()).value_or(LifeCoursePhase::Unspecified);
            entry.critical = q.value(2).toBool();
            entry.recordedOn = SqlQuery::toDate(q.value(3));
            entry.text = q.value(4).toString();
        }
        const QVariant topic = q.value(5);
        if (!topic.isNull()) {
            const auto it = topicById.constFind(topic.toLongLong());
            if (it != topicById.cend())
                entry.topics.append(&it.value());
        }
    }
    if (entry.id != 0)
        finish(entry);
    for (const auto &rows : std::as_const(rowsByPhase))
        entries.table.rows << rows;

    ResultsReportData::Section phases;
    phases.key = QStringLiteral("knowledge_by_phase");
    phases.knowledge = true;
    phases.table.title = tr("Experience knowledge by life-course phase");
    phases.table.addColumn(tr("Life-course phase"), Type::Text)
        .addColumn(tr("Entries"), Type::Integer)
        .addColumn(tr("Critical points"), Type::Integer);
    for (auto it = byPhase.cbegin(); it != byPhase.cend(); ++it)
        phases.table.rows.append(
            { phaseName(static_cast<LifeCoursePhase>(it.key())), it.value().first, it.value().second });
    phases.definition = tr("Entries of experience knowledge recorded in the period and the critical points among "
                           "them, by the phase of the life course they concern.");

    ResultsReportData::Section topics;
    topics.key = QStringLiteral("knowledge_by_topic");
    topics.knowledge = true;
    topics.table.title = tr("Experience knowledge by topic");
    topics.table.addColumn(tr("Topic"), Type::Text)
        .addColumn(tr("Entries"), Type::Integer)
        .addColumn(tr("Critical points"), Type::Integer);
    for (auto it = byTopic.cbegin(); it != byTopic.cend(); ++it)
        topics.table.rows.append({ it.key(), it.value().first, it.value().second });
    topics.definition = tr("Entries of experience knowledge recorded in the period by topic; an entry with several "
                           "topics is counted under each.");

    report.sections << phases << topics << entries;
    return Status::success();
}

QString ResultsReport::titleName(WorkerTitle title)
{
    switch (title) {
    case WorkerTitle::ExpertByExperience:
        return tr("Expert by experience");
    case WorkerTitle::PeerSupporter:
        return tr("Peer supporter");
    case WorkerTitle::PeerRelative:
        return tr("Peer relative");
    case WorkerTitle::ExperiencePartner:
        return tr("Experience partner");
    case WorkerTitle::YouthDeveloper:
        return tr("Youth developer");
    case WorkerTitle::VeturiMentor:
        return tr("Veturi mentor");
    case WorkerTitle::Other:
        break;
    }
    return tr("Other title");
}

QString ResultsReport::phaseName(LifeCoursePhase phase)
{
    switch (phase) {
    case LifeCoursePhase::Unspecified:
        break;
    case LifeCoursePhase::Pregnancy:
        return tr("Pregnancy");
    case LifeCoursePhase::EarlyChildhood:
        return tr("Early childhood");
    case LifeCoursePhase::SchoolAge:
        return tr("School age");
    case LifeCoursePhase::Youth:
        return tr("Youth");
    case LifeCoursePhase::TransitionToAdulthood:
        return tr("Transition to adulthood");
    case LifeCoursePhase::Adulthood:
        return tr("Adulthood");
    case LifeCoursePhase::Parenthood:
        return tr("Parenthood");
    case LifeCoursePhase::OldAge:
        return tr("Old age");
    }
    return tr("Phase not given");
}

QStringList ResultsReport::sectorCodes()
{
    return { QStringLiteral("public"), QStringLiteral("education"), QStringLiteral("ngo"), QStringLiteral("research"),
             QStringLiteral("other") };
}

QString ResultsReport::sectorName(const QString &code)
{
    if (code == QLatin1String("public"))
        return tr("Public services");
    if (code == QLatin1String("education"))
        return tr("Education");
    if (code == QLatin1String("ngo"))
        return tr("Organisations and associations");
    if (code == QLatin1String("research"))
        return tr("Research and development");
    if (code == QLatin1String("other"))
        return tr("Other sector");
    return tr("Sector not given");
}

int ResultsReport::ageGroup(const QDate &dateOfBirth, const QDate &on)
{
    if (!dateOfBirth.isValid() || !on.isValid() || dateOfBirth > on)
        return -1;
    int age = on.year() - dateOfBirth.year();
    if (on.month() < dateOfBirth.month() || (on.month() == dateOfBirth.month() && on.day() < dateOfBirth.day()))
        --age;
    if (age < 18)
        return 0;
    if (age < 30)
        return 1;
    if (age < 45)
        return 2;
    if (age < 65)
        return 3;
    return 4;
}

QStringList ResultsReport::ageGroupNames()
{
    return { tr("Under 18"), tr("18–29"), tr("30–44"), tr("45–64"), tr("65 and over"), tr("Age not recorded") };
}

} // namespace Kohtaamo
