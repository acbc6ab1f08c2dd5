#pragma once

#include <QString>

namespace Kohtaamo {

// What went wrong, as a code the caller can branch on and a translated sentence the UI can show as it is.
// The core never shows anything itself.
struct Error
{
    enum class Code {
        None,
        InvalidInput, // the caller's data breaks a rule; nothing was changed
        NotFound, // the record does not exist (any more)
        Conflict, // someone else saved the record since it was read; nothing was overwritten
        NotAllowed, // a workflow or permission rule forbids the change
        Database, // the database refused or failed
        CannotOpen, // the database could not be opened or created
        ForeignDatabase, // the file or database is not a Kohtaamo database; it was not touched
        NewerSchema, // written by a newer Kohtaamo; it was not touched
        Mail, // the mail server refused or could not be reached (detail: the server's answer)
    };

    Code code = Code::None;
    QString message; // translated, for the user
    QString detail; // technical detail for logs (driver text, field name ...)

    Error() = default;
    Error(Code c, QString msg, QString det = {}) : code(c), message(std::move(msg)), detail(std::move(det)) { }

    bool isError() const { return code != Code::None; }
    QString codeName() const;
};

} // namespace Kohtaamo
