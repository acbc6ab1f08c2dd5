#include "OfficeOpener.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace Kohtaamo {

Result<std::unique_ptr<OfficeService>> OfficeOpener::open(const DatabaseLocation &location, const AskCreate &ask)
{
    OfficeService::OpenOptions how;
    if (location.kind == DatabaseLocation::Kind::SQLite && !location.path.isEmpty()
        && !QFileInfo::exists(location.path)) {
        // The office's own look at the place (a folder that does not exist is an error there) decides whether a new
        // office could be made at all, before the coordinator is asked.
        auto place = OfficeService::inspect(location);
        if (!place)
            return place.error();
        if (!place->canCreate)
            return Error(Error::Code::NotAllowed,
                         tr("There is no office at “%1”, and none can be created there: you have no permission to "
                            "write in the folder “%2”.")
                             .arg(QDir::toNativeSeparators(location.path), QDir::toNativeSeparators(place->folder)),
                         QStringLiteral("path"));
        if (!ask || !ask(location.path))
            return Error(Error::Code::NotFound, QString(), QStringLiteral("cancelled"));
        how.create = true;
        how.requireWrite = true;
    }
    return OfficeService::open(location, how);
}

OfficeOpener::AskCreate OfficeOpener::askWithDialog(QWidget *parent)
{
    return [parent](const QString &path) {
        QMessageBox box(parent);
        box.setIcon(QMessageBox::Question);
        box.setWindowTitle(tr("No office here yet"));
        box.setText(tr("There is no Kohtaamo office at “%1”.").arg(QDir::toNativeSeparators(path)));
        box.setInformativeText(tr("Create a new, empty office in this file? If you meant an existing office, "
                                  "cancel and check the path."));
        QPushButton *create = box.addButton(tr("Create New Office"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == create;
    };
}

} // namespace Kohtaamo
