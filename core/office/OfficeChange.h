#pragma once

#include <QHash>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace Kohtaamo {

// What a use case changed, announced once by OfficeService::changed after its transaction committed: the kinds of
// records and their ids. Views refresh what they show from it instead of being refreshed by each other. A change
// another coordinator made (PostgreSQL LISTEN/NOTIFY) arrives the same way with `external` set.
struct OfficeChange
{
    enum class Kind {
        Request,
        Invitation,
        Engagement,
        Outcome,
        Worker,
        Consent,
        Settings,
        Taxonomy,
        Organisation,
        Coordinator,
        Notice,
        Outbox, // messages of the outbox, by id
        MessageTemplate, // the office's wording of the messages (no ids)
        FundedActivity, // funded activities, by id
    };

    QHash<Kind, QSet<qint64>> records;
    bool external = false; // made by another coordinator (or another window)

    OfficeChange &add(Kind kind, qint64 id)
    {
        records[kind].insert(id);
        return *this;
    }
    // Records of a kind changed without saying which (too many to list, or a change made outside the service).
    OfficeChange &addAll(Kind kind)
    {
        records[kind];
        return *this;
    }
    bool touches(Kind kind) const { return records.contains(kind); }
    // Whether record `id` of `kind` may have changed: named, or its kind changed as a whole.
    bool touches(Kind kind, qint64 id) const
    {
        const auto it = records.constFind(kind);
        return it != records.constEnd() && (it->isEmpty() || it->contains(id));
    }
    bool isEmpty() const { return records.isEmpty(); }

    // A compact text for NOTIFY payloads ("request:12,13;invitation:40") and back; unknown parts are skipped.
    QString toPayload() const;
    static OfficeChange fromPayload(const QString &payload);
};

} // namespace Kohtaamo

Q_DECLARE_METATYPE(Kohtaamo::OfficeChange)
