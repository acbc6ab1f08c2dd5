// File ▸ Back Up Office… and Restore Office… (encrypted backups through the office service): offered for an SQLite
// office, not for a read-only one; the passphrase dialog hides what is typed and lets a backup be written only with
// two equal passphrases of at least 10 characters. The backups themselves: tests/storage/tst_encrypted_backup.
#include "main/MainWindow.h"
#include "main/PassphraseDialog.h"
#include "office/DatabaseLocation.h"
#include "office/OfficeService.h"
#include "settings/Settings.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Kohtaamo;

class TestBackupMenu : public QObject
{
    Q_OBJECT

private slots:
    void backupAndRestoreAreInTheFileMenu();
    void readOnlyOfficeCannotBeRestored();
    void passphraseDialogAsksTwiceForABackup();
    void passphraseDialogAsksOnceForARestore();
};

namespace {
QMenu *fileMenu(MainWindow &window)
{
    return window.menuBar()->actions().constFirst()->menu();
}
} // namespace

void TestBackupMenu::backupAndRestoreAreInTheFileMenu()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("kohtaamo.ini")));
    OfficeService::OpenOptions how;
    how.create = true;
    auto opened = OfficeService::open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("office.sqlite"))), how);
    QVERIFY2(opened, qPrintable(opened.error().message));
    MainWindow window(std::move(opened).value(), settings);
    auto *backup = window.findChild<QAction *>(QStringLiteral("backupAction"));
    auto *restore = window.findChild<QAction *>(QStringLiteral("restoreAction"));
    QVERIFY(backup && restore);
    QVERIFY(fileMenu(window)->actions().contains(backup));
    QVERIFY(fileMenu(window)->actions().contains(restore));
    QVERIFY(backup->isEnabled());
    QVERIFY(restore->isEnabled());
    QCOMPARE(backup->text(), QStringLiteral("&Back Up Office…"));
    QCOMPARE(restore->text(), QStringLiteral("Res&tore Office…"));
}

void TestBackupMenu::readOnlyOfficeCannotBeRestored()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    {
        OfficeService::OpenOptions how;
        how.create = true;
        QVERIFY(OfficeService::open(DatabaseLocation::sqlite(path), how));
    }
    Settings settings(dir.filePath(QStringLiteral("kohtaamo.ini")));
    OfficeService::OpenOptions how;
    how.readOnly = true;
    auto opened = OfficeService::open(DatabaseLocation::sqlite(path), how);
    QVERIFY(opened);
    MainWindow window(std::move(opened).value(), settings);
    QVERIFY(window.findChild<QAction *>(QStringLiteral("backupAction"))->isEnabled());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("restoreAction"))->isEnabled());
}

void TestBackupMenu::passphraseDialogAsksTwiceForABackup()
{
    PassphraseDialog dialog(PassphraseDialog::Purpose::Backup);
    auto *first = dialog.findChild<QLineEdit *>(QStringLiteral("passphrase"));
    auto *second = dialog.findChild<QLineEdit *>(QStringLiteral("passphraseAgain"));
    QVERIFY(first && second);
    QCOMPARE(first->echoMode(), QLineEdit::Password);
    QCOMPARE(second->echoMode(), QLineEdit::Password);
    QPushButton *write = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!write->isEnabled());
    QTest::keyClicks(first, QStringLiteral("lyhyt"));
    QTest::keyClicks(second, QStringLiteral("lyhyt"));
    QVERIFY(!write->isEnabled()); // too short
    first->setText(QStringLiteral("kolme iloista kokemustoimijaa"));
    second->setText(QStringLiteral("kolme iloista kokemustoimijoita"));
    QVERIFY(!write->isEnabled()); // they differ
    second->setText(first->text());
    QVERIFY(write->isEnabled());
    QCOMPARE(dialog.passphrase(), QStringLiteral("kolme iloista kokemustoimijaa"));
}

void TestBackupMenu::passphraseDialogAsksOnceForARestore()
{
    PassphraseDialog dialog(PassphraseDialog::Purpose::Restore);
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("passphraseAgain")));
    auto *first = dialog.findChild<QLineEdit *>(QStringLiteral("passphrase"));
    QPushButton *restore = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!restore->isEnabled());
    QTest::keyClicks(first, QStringLiteral("x"));
    QVERIFY(restore->isEnabled());
}

QTEST_MAIN(TestBackupMenu)
#include "tst_backup_menu.moc"
