#include "PrivateFile.h"

#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Kohtaamo {

Status PrivateFile::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
#ifdef Q_OS_UNIX
    // The temporary file is created under a private umask, so it is never readable by others, not even empty.
    const mode_t previous = ::umask(077);
    const bool opened = file.open(QIODevice::WriteOnly);
    ::umask(previous);
#else
    const bool opened = file.open(QIODevice::WriteOnly);
#endif
    const auto failed = [&path, &file]() {
        return Error(Error::Code::InvalidInput, tr("Could not write “%1”: %2").arg(path, file.errorString()),
                     QStringLiteral("file"));
    };
    if (!opened)
        return failed();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size())
        return failed();
    if (!file.commit())
        return failed();
    return Status::success();
}

} // namespace Kohtaamo
