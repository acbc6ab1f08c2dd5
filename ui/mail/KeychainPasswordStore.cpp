#include "KeychainPasswordStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace Kohtaamo {

namespace {

// Runs `job` to its end and turns its error into ours.
Status finish(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    switch (job.error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(Error::Code::NotAllowed,
                     KeychainPasswordStore::tr("No keyring is available on this desktop: the password cannot be "
                                               "kept. Kohtaamo asks for it when it sends."),
                     job.errorString());
    default:
        return Error(Error::Code::NotAllowed,
                     KeychainPasswordStore::tr("The keyring did not answer: %1").arg(job.errorString()),
                     job.errorString());
    }
}

} // namespace

QString KeychainPasswordStore::serviceName()
{
    return QStringLiteral("Kohtaamo");
}

Result<QString> KeychainPasswordStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(serviceName());
    job.setKey(key);
    if (Status s = finish(job); !s)
        return s.error();
    return job.error() == QKeychain::EntryNotFound ? QString() : job.textData();
}

Status KeychainPasswordStore::write(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(serviceName());
    job.setKey(key);
    job.setTextData(password);
    return finish(job);
}

Status KeychainPasswordStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(serviceName());
    job.setKey(key);
    return finish(job);
}

} // namespace Kohtaamo
