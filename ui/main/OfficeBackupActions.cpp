#include "OfficeBackupActions.h"

#include "PassphraseDialog.h"
#include "common/ErrorMessage.h"
#include "office/DatabaseLocation.h"
#include "office/OfficeService.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace Kohtaamo {

void OfficeBackupActions::backUp(QWidget *parent, OfficeService &office)
{
    const QFileInfo info(office.location().path);
    const QString suggested = info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-")
                                                          + QDate::currentDate().toString(Qt::ISODate)
                                                          + QStringLiteral(".kohtaamo-backup"));
    const QString path = QFileDialog::getSaveFileName(parent, tr("Back Up the Office"), suggested,
                                                      tr("Kohtaamo backups (*.kohtaamo-backup)"));
    if (path.isEmpty())
        return;
    PassphraseDialog ask(PassphraseDialog::Purpose::Backup, parent);
    if (ask.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = office.writeBackup(path, ask.passphrase());
    QApplication::restoreOverrideCursor();
    if (!written) {
        ErrorMessage::show(parent, tr("The backup could not be written."), written.error());
        return;
    }
    QMessageBox::information(parent, tr("Back Up the Office"),
                             tr("The office was backed up, encrypted, to “%1”.").arg(QDir::toNativeSeparators(path)));
}

bool OfficeBackupActions::restore(QWidget *parent, OfficeService &office)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Restore the Office"),
                                                      QFileInfo(office.location().path).absolutePath(),
                                                      tr("Kohtaamo backups (*.kohtaamo-backup);;All files (*)"));
    if (path.isEmpty())
        return false;
    const auto answer = QMessageBox::question(
        parent, tr("Restore the Office"),
        tr("Replace this office with the backup “%1”? Everything changed since the backup was written is lost.")
            .arg(QFileInfo(path).fileName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    PassphraseDialog ask(PassphraseDialog::Purpose::Restore, parent);
    if (ask.exec() != QDialog::Accepted)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status restored = office.restoreBackup(path, ask.passphrase());
    QApplication::restoreOverrideCursor();
    if (!restored) {
        ErrorMessage::show(parent, tr("The office was not restored."), restored.error());
        return false;
    }
    QMessageBox::information(parent, tr("Restore the Office"), tr("The office was restored from the backup."));
    return true;
}

} // namespace Kohtaamo
