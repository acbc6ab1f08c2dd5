// OfficeService: encrypted backups of an SQLite office and their restore (docs/data-protection.md).
#include "OfficeService.h"

#include "storage/Database.h"
#include "storage/EncryptedBackup.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

namespace Kohtaamo {

namespace {
constexpr int kMinPassphraseLength = 10;

Status checkPassphrase(const QString &passphrase)
{
    if (passphrase.size() < kMinPassphraseLength)
        return Error(
            Error::Code::InvalidInput,
            OfficeService::tr("The passphrase is too short: at least %1 characters.").arg(kMinPassphraseLength),
            QStringLiteral("passphrase"));
    return Status::success();
}

Status sqliteOnly(const Database &db)
{
    if (db.dialect().isSQLite())
        return Status::success();
    return Error(Error::Code::InvalidInput,
                 OfficeService::tr("A shared PostgreSQL database is backed up by its administrator with pg_dump "
                                   "(docs/shared-database.md); Kohtaamo backs up SQLite offices."),
                 QStringLiteral("database"));
}
} // namespace

EncryptedBackup::Limits OfficeService::s_backupLimits = EncryptedBackup::Limits::standard();

Status OfficeService::writeBackup(const QString &path, const QString &passphrase)
{
    if (Status s = sqliteOnly(*m_db); !s)
        return s;
    if (Status s = checkPassphrase(passphrase); !s)
        return s;
    if (path.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, tr("Name the backup file."), QStringLiteral("path"));
    if (QFileInfo::exists(path))
        return Error(Error::Code::InvalidInput,
                     tr("The file “%1” already exists. Choose another name; Kohtaamo does not overwrite it.")
                         .arg(QDir::toNativeSeparators(path)),
                     QStringLiteral("path"));
    if (m_db->inTransaction())
        return Error(Error::Code::NotAllowed, tr("A backup cannot be made in the middle of a change."));
    // The plain copy lives only in a private temporary folder, and only until it is encrypted.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error(Error::Code::CannotOpen, tr("No temporary folder for the backup: %1").arg(scratch.errorString()));
    const QString plain = scratch.filePath(QStringLiteral("office.sqlite"));
    if (Status s = m_db->copyTo(plain); !s)
        return s;
    return EncryptedBackup::encryptFile(plain, path, passphrase, s_backupLimits);
}

Status OfficeService::restoreBackup(const QString &path, const QString &passphrase)
{
    if (Status s = sqliteOnly(*m_db); !s)
        return s;
    if (Status s = requireWriter(); !s)
        return s;
    if (m_db->inTransaction())
        return Error(Error::Code::NotAllowed, tr("A backup cannot be restored in the middle of a change."));
    // Decrypted next to the office (the same file system, so that it moves into place at once), private, and checked
    // before anything is replaced.
    const QString office = m_db->location().path;
    const QString restored = office + QStringLiteral(".restore-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (Status s = EncryptedBackup::decryptFile(path, restored, passphrase); !s)
        return s;
    const auto discard = [&restored](const Error &e) -> Status {
        QFile::remove(restored);
        QFile::remove(restored + QStringLiteral("-wal"));
        QFile::remove(restored + QStringLiteral("-shm"));
        return e;
    };
    {
        Database::OpenOptions look;
        look.create = false;
        look.migrate = false;
        look.readOnly = true;
        look.targetVersion = 1; // an older office is fine: it is upgraded once it is in place
        auto copy = Database::open(DatabaseLocation::sqlite(restored), look);
        if (!copy)
            return discard(Error(Error::Code::InvalidInput,
                                 tr("The backup “%1” does not hold a Kohtaamo office this version can open: %2 Nothing "
                                    "was restored.")
                                     .arg(QDir::toNativeSeparators(path), copy.error().message),
                                 QStringLiteral("path")));
        SqlQuery check(**copy, QStringLiteral("PRAGMA integrity_check"));
        auto verdict = check.scalar();
        if (!verdict || verdict->toString() != QLatin1String("ok"))
            return discard(
                Error(Error::Code::InvalidInput,
                      tr("The office in the backup “%1” is damaged (integrity check: %2). Nothing was "
                         "restored.")
                          .arg(QDir::toNativeSeparators(path), verdict ? verdict->toString() : verdict.error().message),
                      QStringLiteral("path")));
    }
    if (m_matching) // its connection reading ahead would keep the file open
        m_matching->abandonWarmUp();
    if (Status s = m_db->replaceFileWith(restored); !s)
        return discard(s.error());
    // The coordinator working may be another record (or none) in the restored office.
    if (m_coordinator.id != 0 || !m_coordinator.username.isEmpty()) {
        const QString login = m_coordinator.username;
        m_coordinator = Coordinator();
        m_db->setActorId(0);
        if (Status s = actAs(login); !s)
            return s;
    }
    announce(everything());
    return Status::success();
}

} // namespace Kohtaamo
