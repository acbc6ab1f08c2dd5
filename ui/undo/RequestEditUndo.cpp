#include "RequestEditUndo.h"

#include "StoredEditCommand.h"
#include "repositories/RequestRepository.h"

#include <memory>

namespace Kohtaamo {

namespace {

// Stores `fields` over the request if it is still at `*expected`; then `*expected` is the new version.
Status restore(Database &db, const Request &fields, int *expected)
{
    RequestRepository requests(db);
    auto current = requests.get(fields.id);
    if (!current)
        return current.error();
    if (current->version != *expected)
        return Error(Error::Code::Conflict,
                     RequestEditUndo::tr("Request %1 has changed since this edit (a workflow step or another "
                                         "coordinator's save); undoing or redoing it now would overwrite that.")
                         .arg(current->reference),
                     QStringLiteral("request %1: version %2, expected %3")
                         .arg(fields.id)
                         .arg(current->version)
                         .arg(*expected));
    Request r = fields;
    r.version = current->version;
    r.reference = current->reference;
    r.status = current->status;
    r.cancelReason = current->cancelReason;
    auto saved = requests.save(r);
    if (!saved)
        return saved.error();
    *expected = saved->version;
    return Status::success();
}

} // namespace

QUndoCommand *RequestEditUndo::create(Database &db, const Request &before, const Request &after, int storedVersion,
                                      QWidget *messageParent, std::function<void()> whenDone)
{
    auto expected = std::make_shared<int>(storedVersion);
    return new StoredEditCommand(
        tr("edit of request %1").arg(after.reference), [&db, before, expected] { return restore(db, before, expected.get()); },
        [&db, after, expected] { return restore(db, after, expected.get()); }, messageParent, std::move(whenDone));
}

} // namespace Kohtaamo
