#include "OfficeChange.h"

#include <QStringList>

#include <array>

namespace Kohtaamo {

namespace {
constexpr std::array<std::pair<OfficeChange::Kind, const char *>, 14> kNames { {
    { OfficeChange::Kind::Request, "request" },
    { OfficeChange::Kind::Invitation, "invitation" },
    { OfficeChange::Kind::Engagement, "engagement" },
    { OfficeChange::Kind::Outcome, "outcome" },
    { OfficeChange::Kind::Worker, "worker" },
    { OfficeChange::Kind::Consent, "consent" },
    { OfficeChange::Kind::Settings, "settings" },
    { OfficeChange::Kind::Taxonomy, "taxonomy" },
    { OfficeChange::Kind::Organisation, "organisation" },
    { OfficeChange::Kind::Coordinator, "coordinator" },
    { OfficeChange::Kind::Notice, "notice" },
    { OfficeChange::Kind::Outbox, "outbox" },
    { OfficeChange::Kind::MessageTemplate, "template" },
    { OfficeChange::Kind::FundedActivity, "funded_activity" },
} };
} // namespace

QString OfficeChange::toPayload() const
{
    QStringList parts;
    for (const auto &[kind, name] : kNames) {
        const auto it = records.constFind(kind);
        if (it == records.constEnd())
            continue;
        QStringList ids;
        for (qint64 id : *it)
            ids.append(QString::number(id));
        ids.sort();
        parts.append(QString::fromLatin1(name) + QLatin1Char(':') + ids.join(QLatin1Char(',')));
    }
    return parts.join(QLatin1Char(';'));
}

OfficeChange OfficeChange::fromPayload(const QString &payload)
{
    OfficeChange change;
    for (const QString &part : payload.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = part.section(QLatin1Char(':'), 0, 0);
        const QString idText = part.section(QLatin1Char(':'), 1);
        for (const auto &[kind, known] : kNames) {
            if (name != QLatin1String(known))
                continue;
            QSet<qint64> &ids = change.records[kind];
            for (const QString &id : idText.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool ok = false;
                const qint64 value = id.toLongLong(&ok);
                if (ok)
                    ids.insert(value);
            }
        }
    }
    return change;
}

} // namespace Kohtaamo
