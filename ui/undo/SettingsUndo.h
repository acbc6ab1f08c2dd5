#pragma once

#include "domain/Organisation.h"
#include "domain/Topic.h"
#include "matching/RankingWeights.h"

#include <QCoreApplication>

#include <functional>

class QUndoCommand;
class QWidget;

namespace Kohtaamo {

class Database;

// The undo steps for the Settings page's saves: the ranking weights as one set (a save or a restore of the
// defaults), one topic of the taxonomy (its names, place, heavy mark, retirement), one organisation (name, state). Each
// undo or redo is itself a save with an audit entry, refused when another coordinator saved the same since.
class SettingsUndo
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::SettingsUndo)
public:
    // `after` as stored (its version() is the stored set's version now).
    static QUndoCommand *weights(Database &db, const RankingWeights &before, const RankingWeights &after,
                                 QWidget *messageParent, std::function<void()> whenDone);
    static QUndoCommand *topic(Database &db, const Topic &before, const Topic &after, QWidget *messageParent,
                               std::function<void()> whenDone);
    static QUndoCommand *organisation(Database &db, const Organisation &before, const Organisation &after,
                                      QWidget *messageParent, std::function<void()> whenDone);
};

} // namespace Kohtaamo
