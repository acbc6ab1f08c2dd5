#include "AuditTexts.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Kohtaamo {

namespace {
QString valueText(const QJsonValue &v, int maxValue)
{
    QString text;
    if (v.isString())
        text = v.toString();
    else if (v.isDouble())
        text = QString::number(v.toDouble(), 'g', 15);
    else if (v.isBool())
        text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (v.isNull() || v.isUndefined())
        text = QStringLiteral("–");
    else if (v.isArray())
        text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    else
        text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (maxValue > 0 && text.size() > maxValue)
        text = text.left(maxValue) + QChar(0x2026);
    return text;
}
} // namespace

QString AuditTexts::recordKind(const QString &table)
{
    static const QHash<QString, const char *> kinds {
        { QStringLiteral("workers"), QT_TR_NOOP("worker") },
        { QStringLiteral("requests"), QT_TR_NOOP("request") },
        { QStringLiteral("consents"), QT_TR_NOOP("consent") },
        { QStringLiteral("invitations"), QT_TR_NOOP("invitation") },
        { QStringLiteral("engagements"), QT_TR_NOOP("engagement") },
        { QStringLiteral("meeting_outcomes"), QT_TR_NOOP("meeting outcome") },
        { QStringLiteral("knowledge_entries"), QT_TR_NOOP("experience knowledge") },
        { QStringLiteral("coordinators"), QT_TR_NOOP("coordinator") },
        { QStringLiteral("organisations"), QT_TR_NOOP("organisation") },
        { QStringLiteral("topics"), QT_TR_NOOP("topic") },
        { QStringLiteral("outbox_messages"), QT_TR_NOOP("message") },
        { QStringLiteral("message_templates"), QT_TR_NOOP("message wording") },
        { QStringLiteral("ranking_weights"), QT_TR_NOOP("ranking weights") },
        { QStringLiteral("office_settings"), QT_TR_NOOP("office settings") },
        { QStringLiteral("fee_batches"), QT_TR_NOOP("payment batch") },
        { QStringLiteral("funded_activities"), QT_TR_NOOP("funded activity") },
        { QStringLiteral("group_meeting_rhythm"), QT_TR_NOOP("group meeting rhythm") },
        { QStringLiteral("change_notices"), QT_TR_NOOP("change notice") },
    };
    const auto it = kinds.constFind(table);
    return it == kinds.constEnd() ? table : tr(it.value());
}

QString AuditTexts::action(const AuditEntry &entry)
{
    const QString &t = entry.tableName;
    if (t == QLatin1String("exports")) {
        const QString what
            = entry.changes.value(QStringLiteral("exported")).toObject().value(QStringLiteral("new")).toString();
        if (what == QLatin1String("office data"))
            return tr("Exported office data");
        if (what == QLatin1String("results report"))
            return tr("Exported results report");
        if (what == QLatin1String("fees"))
            return tr("Exported fees");
        if (what == QLatin1String("commission summary"))
            return tr("Exported commission summary");
        return tr("Exported %1").arg(what);
    }
    if (t == QLatin1String("subject_access"))
        return tr("Exported subject access data");
    if (t == QLatin1String("erasures"))
        return tr("Erased worker");
    const QString kind = recordKind(t);
    if (entry.action == QLatin1String("insert"))
        return tr("Added %1").arg(kind);
    if (entry.action == QLatin1String("delete"))
        return tr("Removed %1").arg(kind);
    return tr("Changed %1").arg(kind);
}

QString AuditTexts::record(const AuditLogEntry &entry)
{
    if (!entry.recordLabel.isEmpty())
        return entry.recordLabel;
    const QString &t = entry.entry.tableName;
    if (entry.entry.recordId <= 0)
        return QString();
    const QString kind = t == QLatin1String("erasures") || t == QLatin1String("subject_access")
        ? recordKind(QStringLiteral("workers"))
        : recordKind(t);
    return tr("%1 #%2").arg(kind).arg(entry.entry.recordId);
}

QString AuditTexts::changes(const AuditEntry &entry, const QString &separator, int maxValue)
{
    QStringList parts;
    for (auto it = entry.changes.constBegin(); it != entry.changes.constEnd(); ++it) {
        const QJsonObject change = it.value().toObject();
        const bool hasOld = change.contains(QStringLiteral("old"));
        const bool hasNew = change.contains(QStringLiteral("new"));
        if (!change.isEmpty() && (hasOld || hasNew)) {
            if (hasOld && hasNew)
                parts << tr("%1: %2 → %3")
                             .arg(it.key(), valueText(change.value(QStringLiteral("old")), maxValue),
                                  valueText(change.value(QStringLiteral("new")), maxValue));
            else
                parts << tr("%1: %2").arg(
                    it.key(),
                    valueText(change.value(hasNew ? QStringLiteral("new") : QStringLiteral("old")), maxValue));
        } else {
            parts << tr("%1: %2").arg(it.key(), valueText(it.value(), maxValue));
        }
    }
    return parts.join(separator);
}

QString AuditTexts::actor(const AuditLogEntry &entry)
{
    return entry.actorName.isEmpty() ? login(entry.entry.actor) : entry.actorName;
}

QString AuditTexts::login(const QString &login)
{
    return login == Database::unknownActor() ? tr("(user not known)") : login;
}

} // namespace Kohtaamo
