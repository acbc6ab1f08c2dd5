#pragma once

#include "domain/Organisation.h"
#include "domain/Topic.h"
#include "matching/RankingWeights.h"

#include <QCoreApplication>

#include <functional>

class QUndoCommand;
class QWidget;

namespace Kohtaamo {

class OfficeService;

// The undo steps for the Settings page's saves: the ranking weights as one set (a save or a restore of the
// defaults), one topic of the taxonomy (its names, place, heavy mark, retirement), one organisation (name, state). Each
// undo or redo is itself a save through the office service (its rules, an audit entry, the change signal), refused
// when another coordinator saved the same since. `office` must outlive the command (the main window clears the stack
// before it closes an office).
class SettingsUndo
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::SettingsUndo)
public:
    // `after` as stored (its version() is the stored set's version now).
    static QUndoCommand *weights(OfficeService &office, const RankingWeights &before, const RankingWeights &after,
                                 QWidget *messageParent, std::function<void()> whenDone);
    static QUndoCommand *topic(OfficeService &office, const Topic &before, const Topic &after, QWidget *messageParent,
                               std::function<void()> whenDone);
    static QUndoCommand *organisation(OfficeService &office, const Organisation &before, const Organisation &after,
                                      QWidget *messageParent, std::function<void()> whenDone);
};

} // namespace Kohtaamo
