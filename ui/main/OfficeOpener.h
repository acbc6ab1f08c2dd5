#pragma once

#include "common/Result.h"
#include "office/DatabaseLocation.h"
#include "office/OfficeService.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class QWidget;

namespace Kohtaamo {

// Opens the office a coordinator names (kohtaamo --db, the remembered office, File ▸ Open Office…) the way a desktop
// program opens a document: an existing office as it is (read-only when the user may not write it), and a file that
// does not exist only after asking whether to create a new office there. Folders are never created, so a mistyped
// path is reported, not turned into an empty office.
class OfficeOpener
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::OfficeOpener)
public:
    // Asked when the file does not exist: true creates a new, empty office there.
    using AskCreate = std::function<bool(const QString &path)>;

    // A refusal to create is an error with code NotFound and an empty message: the caller says nothing more.
    static Result<std::unique_ptr<OfficeService>> open(const DatabaseLocation &location, const AskCreate &ask);

    // The question as a dialog over `parent`.
    static AskCreate askWithDialog(QWidget *parent);
};

} // namespace Kohtaamo
