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
        const QString folder = QFileInfo(location.path).absolutePath();
        if (!QFileInfo(folder).isDir())
            return Error(Error::Code::NotFound,
                         tr("There is no office at “%1”: the folder “%2” does not exist. Check the path; Kohtaamo "
                            "does not create folders.")
                             .arg(QDir::toNativeSeparators(location.path), QDir::toNativeSeparators(folder)),
                         QStringLiteral("path"));
        if (!QFileInfo(folder).isWritable())
            return Error(Error::Code::NotAllowed,
                         tr("There is no office at “%1”, and none can be created there: you have no permission to "
                            "write in the folder “%2”.")
                             .arg(QDir::toNativeSeparators(location.path), QDir::toNativeSeparators(folder)),
                         QStringLiteral("path"));
        if (!ask || !ask(location.path))
            return Error(Error::Code::NotFound, QString(), QStringLiteral("cancelled"));
        how.create = true;
        how.requireWrite = true;
    }
    return OfficeService::open(location, how);
}

Result<std::unique_ptr<OfficeService>> OfficeOpener::create(const QString &path)
{
    if (QFileInfo::exists(path))
        return Error(Error::Code::InvalidInput,
                     tr("“%1” already exists. A new office needs a new file name.").arg(QDir::toNativeSeparators(path)),
                     QStringLiteral("path"));
    return open(DatabaseLocation::sqlite(path), [](const QString &) { return true; });
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
