#pragma once

#include "StoredEditCommand.h"
#include "common/Error.h"
#include "common/Result.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace Kohtaamo {

// How an undo step reads and stores one kind of record: both through the office service (OfficeService), so the
// undo and redo of an edit are use cases like any other (one transaction, rules, audit, change signal).
template <typename Record> struct RecordAccess
{
    std::function<Result<Record>(qint64 id)> get;
    std::function<Result<Record>(const Record &fields)> save;
};

// The undo step for a saved edit of one record with a version (a request, a worker …): undo stores the fields as
// they were before, redo the edited ones, each through `access.save` (the office service). Refused when the
// record changed after the edit — another coordinator's save, a workflow step — so no later change is lost.
// `keep` copies onto the fields what an undo must not touch (a request's status and reference); `name` says which
// record it is in a message. What `access` calls must outlive the command: the main window clears the stack before
// it closes an office.
template <typename Record>
QUndoCommand *
recordEditUndo(RecordAccess<Record> access, const QString &text, const Record &before, const Record &after,
               int storedVersion, std::function<void(Record &fields, const Record &current)> keep,
               std::function<QString(const Record &)> name, QWidget *messageParent, std::function<void()> whenDone)
{
    auto expected = std::make_shared<int>(storedVersion);
    const auto restore = [access, expected, keep, name](Record fields) -> Status {
        auto current = access.get(fields.id);
        if (!current)
            return current.error();
        if (current->version != *expected)
            return Error(
                Error::Code::Conflict, StoredEditCommand::changedSince(name(*current)),
                QStringLiteral("id %1: version %2, expected %3").arg(fields.id).arg(current->version).arg(*expected));
        fields.version = current->version;
        if (keep)
            keep(fields, *current);
        auto saved = access.save(fields);
        if (!saved)
            return saved.error();
        *expected = saved->version;
        return Status::success();
    };
    return new StoredEditCommand(
        text, [restore, before] { return restore(before); }, [restore, after] { return restore(after); }, messageParent,
        std::move(whenDone));
}

} // namespace Kohtaamo
