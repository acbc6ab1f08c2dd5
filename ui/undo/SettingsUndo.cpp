#include "SettingsUndo.h"

#include "RecordEditUndo.h"
#include "StoredEditCommand.h"
#include "office/OfficeService.h"

#include <memory>

namespace Kohtaamo {

QUndoCommand *SettingsUndo::weights(OfficeService &office, const RankingWeights &before, const RankingWeights &after,
                                    QWidget *messageParent, std::function<void()> whenDone)
{
    auto expected = std::make_shared<int>(after.version());
    const auto restore = [&office, expected](RankingWeights values) -> Status {
        auto current = office.rankingWeights();
        if (!current)
            return current.error();
        if (current->version() != *expected)
            return Error(
                Error::Code::Conflict, StoredEditCommand::changedSince(tr("The ranking weights")),
                QStringLiteral("ranking weights: version %1, expected %2").arg(current->version()).arg(*expected));
        values.setVersion(current->version());
        auto saved = office.saveRankingWeights(values);
        if (!saved)
            return saved.error();
        *expected = saved->version();
        return Status::success();
    };
    return new StoredEditCommand(
        tr("change of the ranking weights"), [restore, before] { return restore(before); },
        [restore, after] { return restore(after); }, messageParent, std::move(whenDone));
}

QUndoCommand *SettingsUndo::topic(OfficeService &office, const Topic &before, const Topic &after,
                                  QWidget *messageParent, std::function<void()> whenDone)
{
    return recordEditUndo<Topic>(
        { [&office](qint64 id) { return office.topic(id); },
          [&office](const Topic &fields) { return office.saveTopic(fields); } },
        tr("edit of the topic “%1”").arg(after.nameEn.isEmpty() ? after.code : after.nameEn), before, after,
        after.version, {}, [](const Topic &current) { return tr("The topic “%1”").arg(current.code); }, messageParent,
        std::move(whenDone));
}

QUndoCommand *SettingsUndo::organisation(OfficeService &office, const Organisation &before, const Organisation &after,
                                         QWidget *messageParent, std::function<void()> whenDone)
{
    return recordEditUndo<Organisation>(
        { [&office](qint64 id) { return office.organisation(id); },
          [&office](const Organisation &fields) { return office.saveOrganisation(fields); } },
        tr("change of the organisation “%1”").arg(after.name), before, after, after.version, {},
        [](const Organisation &current) { return tr("The organisation “%1”").arg(current.name); }, messageParent,
        std::move(whenDone));
}

} // namespace Kohtaamo
