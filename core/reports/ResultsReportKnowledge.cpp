// ResultsReport: the experience knowledge of the period and the names the report uses.
#include "ResultsReport.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QMap>

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

    QHash<qint64, QStringList> topicsOf;
    QMap<QString, QPair<qint64, qint64>> byTopic; // name → entries, critical points
    {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT k.id, t.%1, k.critical_point FROM knowledge_entries k "
                                  "JOIN knowledge_entry_topics kt ON kt.entry_id = k.id "
                                  "JOIN topics t ON t.id = kt.topic_id WHERE %2 ORDER BY t.sort_order, t.id")
                       .arg(names, condition));
        q.bindAll(binds);
        if (Status st = q.exec(); !st)
            return st;
        while (q.next()) {
            const QString topic = q.value(1).toString();
            topicsOf[q.value(0).toLongLong()].append(topic);
            auto &counts = byTopic[topic];
            ++counts.first;
            if (q.value(2).toBool())
                ++counts.second;
        }
    }

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
    SqlQuery q(m_db,
               QStringLiteral("SELECT k.id, k.life_course_phase, k.critical_point, k.recorded_on, k.text "
                              "FROM knowledge_entries k WHERE %1 ORDER BY k.recorded_on, k.id")
                   .arg(condition));
    q.bindAll(binds);
    if (Status st = q.exec(); !st)
        return st;
    QMap<int, QVector<QVariantList>> rowsByPhase;
    while (q.next()) {
        const LifeCoursePhase phase
            = lifeCoursePhaseFromCode(q.value(1).toString()).value_or(LifeCoursePhase::Unspecified);
        const bool critical = q.value(2).toBool();
        auto &counts = byPhase[int(phase)];
        ++counts.first;
        ++report.knowledgeEntries;
        if (critical) {
            ++counts.second;
            ++report.criticalPoints;
        }
        rowsByPhase[int(phase)].append(
            { phaseName(phase), topicsOf.value(q.value(0).toLongLong()).join(QStringLiteral(", ")),
              critical ? tr("yes") : tr("no"), SqlQuery::toDate(q.value(3)), q.value(4).toString() });
    }
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
