#pragma once

#include <QCoreApplication>

class QWidget;

namespace Kohtaamo {

class OfficeService;

// File ▸ Back Up Office… and Restore Office…: the file and the passphrase asked for, the work done by the office
// service (OfficeService::writeBackup, restoreBackup; an SQLite office only), the outcome said.
class OfficeBackupActions
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::OfficeBackupActions)
public:
    static void backUp(QWidget *parent, OfficeService &office);
    // True when the office was replaced by the backup (the caller forgets its undo steps).
    static bool restore(QWidget *parent, OfficeService &office);
};

} // namespace Kohtaamo
