#include "SettingsUndo.h"

#include "RecordEditUndo.h"
#include "StoredEditCommand.h"
#include "matching/RankingWeightsRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/TopicRepository.h"

#include <memory>

namespace Kohtaamo {

QUndoCommand *SettingsUndo::weights(Database &db, const RankingWeights &before, const RankingWeights &after,
                                    QWidget *messageParent, std::function<void()> whenDone)
{
    auto expected = std::make_shared<int>(after.version());
    const auto restore = [&db, expected](RankingWeights values) -> Status {
        RankingWeightsRepository repository(db);
        auto current = repository.load();
        if (!current)
            return current.error();
        if (current->version() != *expected)
            return Error(
                Error::Code::Conflict, StoredEditCommand::changedSince(tr("The ranking weights")),
                QStringLiteral("ranking weights: version %1, expected %2").arg(current->version()).arg(*expected));
        values.setVersion(current->version());
        auto saved = repository.save(values);
        if (!saved)
            return saved.error();
        *expected = saved->version();
        return Status::success();
    };
    return new StoredEditCommand(
        tr("change of the ranking weights"), [restore, before] { return restore(before); },
        [restore, after] { return restore(after); }, messageParent, std::move(whenDone));
}

QUndoCommand *SettingsUndo::topic(Database &db, const Topic &before, const Topic &after, QWidget *messageParent,
                                  std::function<void()> whenDone)
{
    return recordEditUndo<Topic>(
        { [&db](qint64 id) { return TopicRepository(db).get(id); },
          [&db](const Topic &fields) { return TopicRepository(db).save(fields); } },
        tr("edit of the topic “%1”").arg(after.nameEn.isEmpty() ? after.code : after.nameEn), before, after,
        after.version, {}, [](const Topic &current) { return tr("The topic “%1”").arg(current.code); }, messageParent,
        std::move(whenDone));
}

QUndoCommand *SettingsUndo::organisation(Database &db, const Organisation &before, const Organisation &after,
                                         QWidget *messageParent, std::function<void()> whenDone)
{
    return recordEditUndo<Organisation>(
        { [&db](qint64 id) { return OrganisationRepository(db).get(id); },
          [&db](const Organisation &fields) { return OrganisationRepository(db).save(fields); } },
        tr("change of the organisation “%1”").arg(after.name), before, after, after.version, {},
        [](const Organisation &current) { return tr("The organisation “%1”").arg(current.name); }, messageParent,
        std::move(whenDone));
}

} // namespace Kohtaamo
